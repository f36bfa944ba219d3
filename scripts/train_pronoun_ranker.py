"""Train the pronoun ranker (`sieve/ranker.py`) on GUM train, choose its regularization on GUM dev.

    .venv/bin/python scripts/train_pronoun_ranker.py                 # train, print train and dev figures
    .venv/bin/python scripts/train_pronoun_ranker.py --write         # and write data/coref/pronoun_ranker.json

LICENCE: the shipped weights may be learned only from the GUM genres whose texts are CC BY or CC BY-SA
(academic, court: CC BY; bio, voyage: CC BY-SA; see ../shared/README.md), and only from their **train**
documents. `TRAIN_GENRES` below is that list; dev is read only to choose the L2 strength and the number
of rounds, and to report; test is never read.

How: the default resolver runs over each document with the ranker's recorder on. At every he/she/him/his
(and their forms) with two or more agreeing candidates, the recorder keeps each candidate's features
(`ranker.FEATURES`); a candidate is right when its cluster's final canonical name names the pronoun's
gold entity (as `dateline eval coref` counts it). A conditional logit over each pronoun's candidates is
fitted by gradient descent, its weights pulled toward the rules' (weight 1 on the rules' score, 0
elsewhere) by the L2 term, so a strong term gives the rules back. Round 1 records the walk the rules take;
each further round records the walk the latest weights take (the clusters then differ), and trains on
all rounds' records together.

The spaCy parse is cached under /tmp by `scripts/pronoun_misses.py`'s `parsed` (never in the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pronoun_misses import GUM, parsed  # noqa: E402

from dateline.eval.coref import names_entity, score  # noqa: E402
from dateline.eval.coref_systems import dateline_resolver  # noqa: E402
from dateline.eval.gum import conllu_files, read_documents  # noqa: E402
from dateline.pipeline import DEFAULT_MODEL, load  # noqa: E402
from dateline.pipeline.people.sieve import ranker  # noqa: E402

TRAIN_GENRES = ("academic", "bio", "court", "voyage")  # CC BY / CC BY-SA: the only ones a shipped model may learn from
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "pronoun_ranker.json"
ROWS = ("person 3rd-person pronouns", "organization pronouns", "all but 1st/2nd-person pronouns")


def corpus(nlp, split: str, genres: tuple[str, ...] | None):
    docs = list(read_documents(conllu_files([GUM], split=split)))
    parses = parsed(nlp, docs, split)
    keep = [k for k, d in enumerate(docs) if genres is None or d.id.split("_")[1] in genres]
    return [docs[k] for k in keep], [parses[k] for k in keep]


def corpus_ids(split: str) -> list:
    return list(read_documents(conllu_files([GUM], split=split)))


def run(resolver, docs, parses, weights, *, record: bool):
    """The resolver's clusters of every document with these weights; with `record`, the labelled candidates."""
    ranker.use(weights)
    examples, clusters = [], []
    for doc, parse in zip(docs, parses, strict=True):
        ranker.RECORDER = [] if record else None
        clusters.append(resolver([parse])[0])
        if record:
            examples += _labelled(doc, ranker.RECORDER)
    ranker.RECORDER = None
    ranker.use()
    return examples, clusters


def _labelled(doc, records):
    """(features, right) of each recorded pronoun that is a gold 3rd-person pronoun of a named person."""
    gold = {(g.head_start, g.head_end): doc.entities[g.entity] for g in doc.mentions if g.form == "pronoun3"}
    out = []
    for parse, i, candidates, rows in records:
        token = parse[i]
        entity = gold.get((token.idx, token.idx + len(token.text)))
        if entity is None or entity.type != "person" or entity.name is None:
            continue
        right = np.array([names_entity(c.name, entity) for c in candidates])
        if right.any() and not right.all():  # else nothing to learn: every order gives the same answer
            out.append((np.array(rows, dtype=float), right))
    return out


def fit(examples, l2: float, *, steps: int = 2000, rate: float = 0.05) -> np.ndarray:
    """Weights maximizing the log probability of the right candidates, pulled toward the rules' by `l2`."""
    width = max(len(x) for x, _ in examples)
    x = np.zeros((len(examples), width, len(ranker.FEATURES)))
    real = np.zeros((len(examples), width), dtype=bool)
    right = np.zeros_like(real)
    for k, (rows, ok) in enumerate(examples):  # padded to the widest candidate list, the padding masked out
        x[k, : len(rows)], real[k, : len(rows)], right[k, : len(rows)] = rows, True, ok
    prior = np.zeros(len(ranker.FEATURES))
    prior[0] = 1.0
    w = prior.copy()
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):  # Adam: the features' scales differ
        s = np.where(real, x @ w, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        q = np.where(right, p, 0.0)
        q /= q.sum(axis=1, keepdims=True)
        grad = np.einsum("nk,nkf->f", p - q, x) / len(examples) + l2 * (w - prior)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def _top_right(examples, weights) -> int:
    w = np.zeros(len(ranker.FEATURES)) if weights is None else np.array(weights)
    if weights is None:
        w[0] = 1.0
    return sum(int(right[int(np.argmax(x @ w))]) for x, right in examples)


def figures(docs, clusters) -> str:
    acc = score(docs, clusters)
    rows = [f"{k} {acc['accuracy'][k]['accuracy']:.3f} ({acc['accuracy'][k]['correct']}/{acc['accuracy'][k]['n']})"
            for k in ROWS if k in acc["accuracy"]]
    rows += [f"{k} {acc[k]['precision']:.3f}" for k in ("link_precision", "cluster_precision")]
    return "; ".join(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, nargs="+", default=[0.3, 0.1, 0.03, 0.01])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--write", action="store_true", help="write the weights chosen on dev into the package")
    args = ap.parse_args(argv)
    nlp = load(DEFAULT_MODEL)
    resolver = dateline_resolver(nlp, None)
    train_docs, train_parses = corpus(nlp, "train", TRAIN_GENRES)
    dev_docs, dev_parses = corpus(nlp, "dev", None)
    # The train documents of the other genres are never fitted on: a second held-out set beside dev.
    other = tuple(g for g in {d.id.split("_")[1] for d in corpus_ids("train")} if g not in TRAIN_GENRES)
    held_docs, held_parses = corpus(nlp, "train", other)
    print(f"train: {len(train_docs)} documents of {', '.join(TRAIN_GENRES)}", file=sys.stderr)
    _, base = run(resolver, dev_docs, dev_parses, None, record=False)
    print(f"dev, rules: {figures(dev_docs, base)}", file=sys.stderr)
    _, base = run(resolver, train_docs, train_parses, None, record=False)
    print(f"train, rules: {figures(train_docs, base)}", file=sys.stderr)
    _, base = run(resolver, held_docs, held_parses, None, record=False)
    print(f"train of other genres (held out), rules: {figures(held_docs, base)}", file=sys.stderr)
    best = None
    for l2 in args.l2:
        examples, weights = [], None
        for r in range(args.rounds):
            found, train_clusters = run(resolver, train_docs, train_parses, weights, record=True)
            examples += found
            weights = tuple(fit(examples, l2))
            print(f"  top candidate right on the records: rules {_top_right(examples, None)}, "
                  f"model {_top_right(examples, weights)} of {len(examples)}", file=sys.stderr)
            _, dev_clusters = run(resolver, dev_docs, dev_parses, weights, record=False)
            _, train_clusters = run(resolver, train_docs, train_parses, weights, record=False)
            _, held_clusters = run(resolver, held_docs, held_parses, weights, record=False)
            dev_acc = score(dev_docs, dev_clusters)["accuracy"][ROWS[0]]["accuracy"]
            print(f"l2 {l2} round {r + 1} ({len(examples)} pronouns): train {figures(train_docs, train_clusters)}\n"
                  f"    dev {figures(dev_docs, dev_clusters)}\n"
                  f"    held-out train genres {figures(held_docs, held_clusters)}", file=sys.stderr)
            if best is None or dev_acc > best[0]:
                best = (dev_acc, l2, r + 1, weights)
    _, l2, rounds, weights = best
    print(f"chosen: l2 {l2}, {rounds} rounds, dev {best[0]:.3f}", file=sys.stderr)
    for name, w in zip(ranker.FEATURES, weights, strict=True):
        print(f"  {name:20} {w:+.3f}", file=sys.stderr)
    if args.write:
        data = {
            "trained_on": f"GUM train documents of the genres {', '.join(TRAIN_GENRES)} (CC BY / CC BY-SA)",
            "retrain": "python scripts/train_pronoun_ranker.py --write",
            "l2": l2, "rounds": rounds,
            "features": list(ranker.FEATURES), "weights": [round(float(w), 4) for w in weights],
        }
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
