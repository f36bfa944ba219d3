"""CPU time of the sieve's precise pass (`sieve.precise.link_descriptions`, all its runs) over the first N texts.

    python benchmarks/description_cost.py benchmarks/data/reuters.jsonl --limit 1000 --repeat 5
    git show main:src/dateline/pipeline/people/sieve/precise.py > /tmp/precise_main.py
    python benchmarks/description_cost.py benchmarks/data/reuters.jsonl --against /tmp/precise_main.py

As `pronoun_cost.py` (whose loader it borrows): the texts are parsed once, dateline's components
run over copies of the Docs `--repeat` times, every call of the pass (before and after the
pronouns, and the dialogue component's) timed by `time.process_time`; with `--against`, another
version of `precise.py` in turn, run for run. Prints each run, and the least and median of each.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import time
from itertools import islice

from pronoun_cost import _load_version


def _timed(function, spent: list[float]):
    def timed(*a, **k):
        t0 = time.process_time()
        try:
            return function(*a, **k)
        finally:
            spent[0] += time.process_time() - t0
    return timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="JSON Lines with a text field")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--against", help="another version of sieve/precise.py to time beside this one")
    args = parser.parse_args()

    from dateline.eval.coref_systems import dateline_components, parse
    from dateline.pipeline import DEFAULT_MODEL, load
    from dateline.pipeline.people.sieve import precise
    from dateline.readers.jsonl import TEXT_FIELDS

    logging.disable(logging.WARNING)  # the time component's warnings, once per run
    nlp = load(DEFAULT_MODEL)
    with open(args.corpus, encoding="utf-8") as f:
        texts = [next(r[k] for k in TEXT_FIELDS if r.get(k)) for r in map(json.loads, islice(f, args.limit))]
    docs = parse(nlp, texts)
    chain = [nlp.get_pipe(n) for n in dateline_components(nlp)]
    original = precise.link_descriptions
    versions = {"this": original}
    if args.against:
        versions["against"] = _load_version(args.against).link_descriptions
    runs: dict[str, list[float]] = {name: [] for name in versions}
    try:
        for _ in range(args.repeat):
            for name, link in versions.items():
                spent = [0.0]
                precise.link_descriptions = _timed(link, spent)  # the sieve and the dialogue call it by module
                for doc in docs:
                    doc = doc.copy()
                    for component in chain:
                        doc = component(doc)
                runs[name].append(spent[0])
    finally:
        precise.link_descriptions = original
    for name, seconds in runs.items():
        print(f"{len(docs)} texts, {name}: link_descriptions CPU s per run " + " ".join(f"{r:.3f}" for r in seconds)
              + f"; least {min(seconds):.3f}, median {statistics.median(seconds):.3f}")


if __name__ == "__main__":
    main()
