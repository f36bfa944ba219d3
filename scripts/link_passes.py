"""Which pass of the sieve makes each link of `dateline eval coref`, and how often it is wrong.

    .venv/bin/python scripts/link_passes.py --split train                  # links by pass
    .venv/bin/python scripts/link_passes.py --split train --show 'pronouns.resolve'   # that pass's wrong links

The people component runs with `sieve.resolve` traced line by line: after each of its lines (a pass) the
clusters are read as a partition of the mentions (token spans). The clusters before the first pass are the
names the component grouped itself ("names before the sieve"); what the later components add (the dialogue's
1st/2nd-person pronouns) is "after the sieve".

For each final cluster, the gold entity most of its aligned mentions stand for (as `eval/coref.py`'s cluster
precision takes it) is the cluster's entity. A mention of another gold entity (or of none: a span GUM does not
mark) is an intruder; the pass that made the wrong link is the first one after which the intruder shares a
cluster with a mention of the cluster's entity. A mention of the cluster's entity is a right link, made by the
first pass after which it shares a cluster with another mention of its final cluster. Singletons make no link.
The parse is cached under /tmp like `pronoun_misses.py`'s; GUM's text never goes into the repository.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter

from dateline.eval.coref import _evaluated, align, names_entity
from dateline.eval.coref_systems import SystemCluster, dateline_components
from dateline.eval.gum import conllu_files, read_documents
from dateline.pipeline import DEFAULT_MODEL, load
from dateline.pipeline.people import sieve

from pronoun_misses import GUM, parsed

BEFORE, AFTER = "names before the sieve", "after the sieve"


class _Tracer:
    """Snapshots of the clusters after each line of `sieve.resolve`: (pass, {token span: cluster id})."""

    def __init__(self) -> None:
        self.code = sieve.resolve.__code__
        lines, first = inspect.getsourcelines(sieve.resolve)
        self.source = {first + n: line.strip() for n, line in enumerate(lines)}
        self.snapshots: list[tuple[str, dict]] = []
        self.previous: int | None = None

    def __call__(self, frame, event, arg):
        return self._line if event == "call" and frame.f_code is self.code else None

    def _line(self, frame, event, arg):
        if event in ("line", "return"):
            label = BEFORE if self.previous is None else _pass_name(self.source.get(self.previous, "?"))
            self.snapshots.append((label, _partition(frame.f_locals)))
            self.previous = frame.f_lineno if event == "line" else None
        return self._line


def _pass_name(line: str) -> str:
    """"people.extend(peoples(doc, people, refs))" -> "peoples"; "names.merge_people(people, refs)" -> its call."""
    call = line.split("(")[0].split("=")[-1].strip()
    inner = line.split("(")[1].strip() if call.endswith("extend") and "(" in line else ""
    return inner if inner and not inner.startswith(")") else call


def _partition(local: dict) -> dict:
    spans = {}
    for name in ("people", "orgs", "found"):
        for c in local.get(name) or ():
            for m in c.mentions:
                spans.setdefault((m.start, m.end), id(c))
    return spans


def run(nlp, doc):
    """The final clusters (as the evaluation reads them, with their token spans) and the passes' snapshots."""
    tracer = _Tracer()
    doc = doc.copy()
    sys.settrace(tracer)
    try:
        for component in dateline_components(nlp):
            doc = nlp.get_pipe(component)(doc)
    finally:
        sys.settrace(None)
    clusters, spans = [], []
    for label, found in (("PERSON", doc._.dl_people), ("ORG", doc._.dl_orgs)):
        for c in found or ():
            clusters.append(SystemCluster(c.name, label, tuple((m.start_char, m.end_char) for m in c.mentions)))
            spans.append([(m.start, m.end) for m in c.mentions])
    return clusters, spans, tracer.snapshots


def _joined(snapshots, span, others) -> str:
    """The first pass after which `span` shares a cluster with one of `others`."""
    for label, part in snapshots:
        k = part.get(span)
        if k is not None and any(part.get(o) == k for o in others if o != span):
            return label
    return AFTER


def links(gold, clusters, spans, snapshots):
    """(pass, right?, intruder's gold form or "", counted right by the evaluation's link precision (None: not
    counted), mention text, cluster name) for each linked mention."""
    aligned = align(gold, clusters)
    by_char = {}
    for k, c in enumerate(clusters):
        for (s, e), tok in zip(c.mentions, spans[k], strict=True):
            by_char[(s, e, k)] = tok
    members: dict[int, list] = {}
    for (s, e, k), i in zip(aligned.system, aligned.for_system, strict=True):
        members.setdefault(k, []).append((by_char[(s, e, k)], None if i is None else gold.mentions[i], s, e))
    for k, ms in members.items():
        if len(ms) < 2:
            continue
        entities = Counter(g.entity for _, g, _, _ in ms if g is not None)
        if not entities:
            continue
        top = entities.most_common(1)[0][0]
        ours = [tok for tok, g, _, _ in ms if g is not None and g.entity == top]
        for tok, g, s, e in ms:
            right = g is not None and g.entity == top
            label = _joined(snapshots, tok, [t for t, _, _, _ in ms] if right else ours)
            form = "" if right else (g.form if g is not None else "unmarked")
            scored = None if g is None else _evaluated(gold, g) and names_entity(clusters[k].name, gold.entities[g.entity])
            yield label, right, form, scored, gold.text[s:e], clusters[k].name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--show", help="list the wrong links of this pass")
    args = ap.parse_args()
    docs = list(read_documents(conllu_files([GUM], split=args.split)))
    nlp = load(DEFAULT_MODEL)
    right, wrong, forms, scored = Counter(), Counter(), Counter(), Counter()
    for gold, parse in zip(docs, parsed(nlp, docs, args.split), strict=True):
        clusters, spans, snapshots = run(nlp, parse)
        for label, ok, form, credit, text, name in links(gold, clusters, spans, snapshots):
            (right if ok else wrong)[label] += 1
            if credit is not None:
                scored[label, credit] += 1
            if not ok:
                forms[label, form] += 1
                if args.show == label:
                    print(f"{gold.id:28s} {form:12s} {text[:50]!r} in {name!r}")
    print(f"\n{'pass':40s} {'right':>6s} {'wrong':>6s} {'prec.':>6s} {'scored':>7s} {'prec.':>6s}  wrong by gold form")
    for label in sorted(right.keys() | wrong.keys(), key=lambda x: -(right[x] + wrong[x])):
        print(_row(label, right[label], wrong[label], scored[label, True], scored[label, False],
                   ", ".join(f"{f} {c}" for (p, f), c in forms.most_common() if p == label)))
    ok, bad = (sum(n for (_, c), n in scored.items() if c is flag) for flag in (True, False))
    print(_row("all", sum(right.values()), sum(wrong.values()), ok, bad, ""))
    print("right/wrong: the mention's gold entity is (not) its cluster's; scored: the mentions the evaluation's link"
          " precision counts (a gold mention), and its precision over them")


def _row(label: str, right: int, wrong: int, ok: int, bad: int, forms: str) -> str:
    share = lambda a, b: f"{a / (a + b):6.3f}" if a + b else "     -"
    return f"{label:40s} {right:6d} {wrong:6d} {share(right, wrong)} {ok + bad:7d} {share(ok, bad)}  {forms}"


if __name__ == "__main__":
    main()
