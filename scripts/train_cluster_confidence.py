"""Train the cluster confidence model (`sieve/confidence.py`) on GUM train, choose its threshold on GUM dev.

    .venv/bin/python scripts/train_cluster_confidence.py                 # train, print the threshold curve
    .venv/bin/python scripts/train_cluster_confidence.py --write 0.3     # and write that threshold's model

LICENCE: the shipped weights may be learned only from the GUM genres whose texts are CC BY or CC BY-SA
(academic, court: CC BY; bio, voyage: CC BY-SA; see ../shared/README.md), and only from their **train**
documents. `TRAIN_GENRES` is that list; dev is read to choose the L2 strength and the threshold, and with
all of train (the test stand-in) to report; test is never read.

How: the default resolver runs over each document with the model off and its recorder on, which keeps
every cluster it would score (those with no person's evidence and no citation) and its features. After
the whole pipeline, each recorded cluster that the evaluation counts (`eval/coref.py`'s `_clusters`: some
mention aligned with a gold mention) is labelled: *keep* when it is right (its aligned mentions' commonest
gold entity is a named person or organization bearing its name) or carries a gold mention the evaluation
scores right; *drop* otherwise. A logistic regression (numpy, L2) is fitted on the CC BY genres' train
clusters. For each threshold the recorded clusters scoring below it are taken out of the final clusters
and the evaluation's `score` is run again (a simulation: the real run drops them before the dialogue
component, which can only add first and second persons to them); `dateline eval coref` checks the
threshold chosen.

The spaCy parse is cached under /tmp by `scripts/pronoun_misses.py`'s `parsed` (never in the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pronoun_misses import GUM, parsed  # noqa: E402

from dateline.eval.coref import EVALUATED_TYPES, _evaluated, align, names_entity, score  # noqa: E402
from dateline.eval.coref_systems import dateline_resolver  # noqa: E402
from dateline.eval.gum import conllu_files, read_documents  # noqa: E402
from dateline.pipeline import DEFAULT_MODEL, load  # noqa: E402
from dateline.pipeline.people.sieve import confidence  # noqa: E402

TRAIN_GENRES = ("academic", "bio", "court", "voyage")  # CC BY / CC BY-SA: the only ones a shipped model may learn from
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "cluster_confidence.json"
ROWS = ("all but 1st/2nd-person pronouns", "form name", "form description", "person 3rd-person pronouns")
THRESHOLDS = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)


def record(resolver, docs, parses):
    """Per document: its final clusters and [(features, cluster index or None)] of the clusters scored."""
    confidence.use(None)
    out = []
    for doc, parse in zip(docs, parses, strict=True):
        confidence.RECORDER = []
        found = resolver([parse])[0]
        index = {(c.name, c.mentions): k for k, c in enumerate(found)}
        rows = []
        for _, c, row in confidence.RECORDER:
            key = (c.name, tuple((m.start_char, m.end_char) for m in c.mentions))
            rows.append((row, index.get(key)))
        out.append((found, rows))
    confidence.RECORDER = None
    confidence.use()
    return out


def labels(doc, found):
    """Per cluster index the evaluation counts: True to keep (right, or a mention scored right), False to drop."""
    aligned = align(doc, found)
    members: dict[int, Counter] = {}
    for (_, _, k), i in zip(aligned.system, aligned.for_system, strict=True):
        if i is not None:
            members.setdefault(k, Counter())[doc.mentions[i].entity] += 1
    scored = Counter()
    for i, g in enumerate(doc.mentions):
        j = aligned.at_gold[i]
        if j is not None and _evaluated(doc, g):
            k = aligned.system[j][2]
            if names_entity(found[k].name, doc.entities[g.entity]):
                scored[k] += 1
    out = {}
    for k, entities in members.items():
        entity = doc.entities[entities.most_common(1)[0][0]]
        right = entity.type in EVALUATED_TYPES and names_entity(found[k].name, entity)
        out[k] = (right or k in scored, scored[k])
    return out


def examples(docs, recorded, genres=None):
    """Features, labels (1 keep, 0 drop) and the mentions scored right of the recorded clusters the evaluation counts."""
    x, y, scored = [], [], []
    for doc, (found, rows) in zip(docs, recorded, strict=True):
        if genres is not None and doc.id.split("_")[1] not in genres:
            continue
        keep = labels(doc, found)
        for row, k in rows:
            if k is not None and k in keep:
                x.append(row)
                y.append(keep[k][0])
                scored.append(keep[k][1])
    return np.array(x, dtype=float), np.array(y, dtype=float), np.array(scored, dtype=float)


def fit(x, y, l2: float, weight=None, steps: int = 3000, rate: float = 0.05) -> np.ndarray:
    """Logistic regression weights (bias first, unpenalized) by Adam on the (weighted) mean log loss plus L2."""
    w = np.zeros(x.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    penalty = np.full_like(w, l2)
    penalty[0] = 0.0
    weight = np.ones_like(y) if weight is None else weight
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (weight * (p - y)) / weight.sum() + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def dropped(docs, recorded, w, threshold):
    """The final clusters with the recorded ones scoring below the threshold taken out."""
    logit = np.log(threshold / (1 - threshold))
    out = []
    for (found, rows) in recorded:
        gone = {k for row, k in rows if k is not None and float(np.dot(w, row)) < logit}
        out.append([c for k, c in enumerate(found) if k not in gone])
    return out


def figures(docs, clusters) -> str:
    s = score(docs, clusters)
    acc = s["accuracy"]
    c = s["cluster_precision"]
    parts = [f"cluster precision {c['precision']:.3f} ({c['correct']}/{c['n']})"]
    parts += [f"{k.split()[-1] if k.startswith('form') else k[:8]} {acc[k]['accuracy']:.3f} ({acc[k]['correct']}/{acc[k]['n']})"
              for k in ROWS if k in acc]
    return "; ".join(parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, nargs="+", default=[0.1, 0.03, 0.01, 0.003])
    ap.add_argument("--keep-weight", type=float, default=1.0, help="weight of a cluster to keep against one to drop")
    ap.add_argument("--scored-power", type=float, default=0.0, help="a cluster to keep weighs its scored mentions to this power")
    ap.add_argument("--write", type=float, metavar="THRESHOLD", help="write the model with this threshold (probability)")
    args = ap.parse_args(argv)
    nlp = load(DEFAULT_MODEL)
    resolver = dateline_resolver(nlp, None)
    sets = {}
    for split in ("train", "dev"):
        docs = list(read_documents(conllu_files([GUM], split=split)))
        sets[split] = (docs, record(resolver, docs, parsed(nlp, docs, split)))
    x, y, scored = examples(*sets["train"], genres=TRAIN_GENRES)
    xd, yd, _ = examples(*sets["dev"])
    # a right cluster dropped costs its scored mentions too: weighed by them (at least 1), times --keep-weight
    weight = np.where(y > 0, args.keep_weight * np.maximum(scored, 1.0) ** args.scored_power, 1.0)
    print(f"fitted on {len(y)} clusters of the train documents of {', '.join(TRAIN_GENRES)} "
          f"({int(len(y) - y.sum())} to drop); dev {len(yd)} ({int(len(yd) - yd.sum())} to drop)", file=sys.stderr)
    for split, (docs, recorded) in sets.items():
        print(f"{split} as is: {figures(docs, [f for f, _ in recorded])}", file=sys.stderr)
    models = {}
    for l2 in args.l2:
        w = fit(x, y, l2, weight)
        models[l2] = w
        loss = lambda a, b: float(np.mean(np.log1p(np.exp(-(2 * b - 1) * (a @ w)))))
        print(f"\nl2 {l2}: log loss fitted {loss(x, y):.3f}, dev {loss(xd, yd):.3f}", file=sys.stderr)
        for t in THRESHOLDS:
            line = [f"  p<{t:.2f}"]
            for split, (docs, recorded) in sets.items():
                line.append(f"{split}: {figures(docs, dropped(docs, recorded, w, t))}")
            print("\n     ".join(line), file=sys.stderr)
    if args.write is not None:
        l2 = args.l2[0]
        w = models[l2]
        for name, weight in zip(confidence.FEATURES, w, strict=True):
            print(f"  {name:26} {weight:+.3f}", file=sys.stderr)
        t = args.write
        data = {
            "trained_on": f"GUM train documents of the genres {', '.join(TRAIN_GENRES)} (CC BY / CC BY-SA), {len(y)} clusters",
            "retrain": f"python scripts/train_cluster_confidence.py --l2 {l2} --scored-power {args.scored_power} --write {t}",
            "l2": l2, "scored_power": args.scored_power, "probability_threshold": t,
            "threshold": round(float(np.log(t / (1 - t))), 4),  # on the dot product (the logit)
            "features": list(confidence.FEATURES), "weights": [round(float(v), 4) for v in w],
        }
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
