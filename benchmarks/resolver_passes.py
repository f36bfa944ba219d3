"""CPU time of the coreference resolver pass by pass, over the first N texts of a corpus (issue 13).

    python benchmarks/resolver_passes.py benchmarks/data/reuters.jsonl --limit 1000 --repeat 3
    python benchmarks/resolver_passes.py benchmarks/data/reuters.jsonl --dump /tmp/out.txt
    python benchmarks/resolver_passes.py benchmarks/data/reuters.jsonl --profile 25

The texts are parsed once by the model (kept in `--cache`, a DocBin, so that
later runs and other versions of the code read the same parse); dateline's
components then run over copies of the parsed Docs `--repeat` times. Each
pass of `dateline_people` (the legacy name clustering that seeds the sieve,
then every pass of `sieve.resolve`) and of `dateline_dialogue` is wrapped in
a `time.process_time` timer (CPU time: steadier than the wall clock on a
shared machine); a pass called from inside another is counted in the outer
one only. Prints each pass's least and median seconds over the runs.

`--dump` writes every cluster, mention and quotation speaker, to compare the
output of two versions; `--profile N` prints cProfile's N costliest functions
of the two components instead of timing them.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import pstats
import statistics
import time
from itertools import islice
from pathlib import Path

RESOLVING = ("dateline_people", "dateline_dialogue")


def _texts(corpus: str, limit: int) -> tuple[list[str], list[str | None], list[str | None]]:
    from dateline.readers.jsonl import TEXT_FIELDS

    with open(corpus, encoding="utf-8") as f:
        rows = [json.loads(line) for line in islice(f, limit)]
    texts = [next(r[k] for k in TEXT_FIELDS if r.get(k)) for r in rows]
    published = [str(r.get("date_publish") or r.get("date") or "")[:10] or None for r in rows]
    titles = [r.get("title") if isinstance(r.get("title"), str) else None for r in rows]
    return texts, published, titles


def parsed(nlp, corpus: str, limit: int, cache: Path | None):
    """The model's parse of the first `limit` texts (dateline's components not run), from `cache` when it holds them."""
    from spacy.tokens import DocBin

    from dateline.eval.coref_systems import dateline_components

    texts, published, titles = _texts(corpus, limit)
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
            return docs
    with nlp.select_pipes(disable=dateline_components(nlp)):
        docs = list(nlp.pipe(texts))
    for doc, day, title in zip(docs, published, titles):
        doc._.published, doc._.title = day, title
    if cache is not None:
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


class Timers:
    """Seconds per pass; a wrapped function called inside another wrapped one counts for the outer one."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.component = ""
        self.depth = 0

    def wrap(self, owner, attr: str, label: str) -> None:
        original = getattr(owner, attr)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            if self.depth:
                return original(*args, **kwargs)
            self.depth += 1
            t0 = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                key = f"{self.component}: {label}"
                self.spent[key] = self.spent.get(key, 0.0) + time.process_time() - t0
                self.depth -= 1

        setattr(owner, attr, timed)


def instrument(timers: Timers) -> None:
    """Wrap every pass the two components call, where their callers look them up."""
    from dateline.pipeline.people import clusters, sieve
    from dateline.pipeline.people.sieve import dialogue, names, precise, pronouns

    for attr in ("_people", "_organizations"):
        timers.wrap(clusters.PeopleFinder, attr, f"legacy {attr}")
    for attr in ("merge_people", "titled_people", "discover_people", "absorb_organizations", "merge_organizations",
                 "attach_acronyms", "names_inside_organizations"):
        timers.wrap(names, attr, f"names.{attr}")
    timers.wrap(precise, "link_descriptions", "precise.link_descriptions")
    timers.wrap(pronouns, "resolve", "pronouns.resolve")
    for attr in ("introduced_people", "drop_things", "merge_titles", "repair_types", "title_heads", "renumber",
                 "sieve_lexicon"):
        timers.wrap(sieve, attr, attr)
    timers.wrap(dialogue.cataphora, "resolve", "cataphora.resolve")
    for attr in ("find_layout", "addressed"):
        timers.wrap(dialogue, attr, attr)
    for attr in ("__init__", "_quotations", "_self_naming", "_number_new", "_predicates", "_respeak"):
        timers.wrap(dialogue._Dialogue, attr, f"_Dialogue.{attr}")


def run_once(docs, chain, timers: Timers | None = None) -> tuple[list, dict[str, float]]:
    """Every dateline component over copies of `docs`; the CPU seconds of the two resolving ones."""
    whole = dict.fromkeys(RESOLVING, 0.0)
    out = []
    for doc in docs:
        doc = doc.copy()
        for name, component in chain:
            if timers is not None:
                timers.component = name.removeprefix("dateline_")
            t0 = time.process_time()
            doc = component(doc)
            if name in whole:
                whole[name] += time.process_time() - t0
        out.append(doc)
    return out, whole


def dump(docs, path: str) -> None:
    """Every cluster, its mentions and every quotation's speaker, one line each."""
    with open(path, "w", encoding="utf-8") as f:
        for k, doc in enumerate(docs):
            for c in (doc._.dl_people or []) + (doc._.dl_orgs or []):
                mentions = " ".join(f"{m.start}-{m.end}:{m.kind}" for m in c.mentions)
                print(k, c.id, c.label, c.name, c.gender, mentions, sep="\t", file=f)
            for q in doc._.dl_quotes or []:
                print(k, "quote", q.start, q.end, q.kind, q.speaker, sep="\t", file=f)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="JSON Lines with a text field")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the parse (default: beside the corpus)")
    parser.add_argument("--dump", help="write the clusters, mentions and speakers to this file and stop")
    parser.add_argument("--profile", type=int, default=0, help="print cProfile's N costliest functions and stop")
    args = parser.parse_args()

    import logging

    from dateline.eval.coref_systems import dateline_components
    from dateline.pipeline import DEFAULT_MODEL, load

    logging.disable(logging.WARNING)  # the time component's warnings, once per run
    nlp = load(DEFAULT_MODEL)
    cache = args.cache or Path(args.corpus).with_suffix(f".parsed{args.limit}.spacy")
    docs = parsed(nlp, args.corpus, args.limit, cache)
    chain = [(n, nlp.get_pipe(n)) for n in dateline_components(nlp)]
    if args.dump:
        dump(run_once(docs, chain)[0], args.dump)
        return
    if args.profile:
        _profile(docs, chain, args.profile)
        return
    run_once(docs, chain)  # warm the caches (word lists, memoized phrases) as a long run would have them
    timers = Timers()
    instrument(timers)
    runs: list[dict[str, float]] = []
    for _ in range(args.repeat):
        timers.spent = {}
        _, whole = run_once(docs, chain, timers)
        runs.append({**timers.spent, **{f"{n.removeprefix('dateline_')}: whole": s for n, s in whole.items()}})
    _report(runs, len(docs))


def _profile(docs, chain, n: int) -> None:
    """cProfile of the two resolving components only (the others run unprofiled)."""
    profiler = cProfile.Profile()
    for doc in docs:
        doc = doc.copy()
        for name, component in chain:
            if name in RESOLVING:
                profiler.enable()
                doc = component(doc)
                profiler.disable()
            else:
                doc = component(doc)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(n)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(n)


def _report(runs: list[dict[str, float]], n_docs: int) -> None:
    keys = sorted({k for r in runs for k in r}, key=lambda k: (k.split(":")[0], -statistics.median(r.get(k, 0.0) for r in runs)))
    print(f"{n_docs} texts, {len(runs)} runs; CPU seconds per pass: least, median")
    for key in keys:
        values = [r.get(key, 0.0) for r in runs]
        print(f"{key:45s} {min(values):7.3f} {statistics.median(values):7.3f}")


if __name__ == "__main__":
    main()
