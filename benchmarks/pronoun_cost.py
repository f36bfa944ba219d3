"""CPU time of the sieve's pronoun pass (`sieve.pronouns.resolve`) over the first N texts of a corpus.

    python benchmarks/pronoun_cost.py benchmarks/data/reuters.jsonl --limit 1000 --repeat 5
    git show main:src/dateline/pipeline/people/sieve/pronouns.py > /tmp/pronouns_main.py
    python benchmarks/pronoun_cost.py benchmarks/data/reuters.jsonl --against /tmp/pronouns_main.py

The texts are parsed once; dateline's components then run over copies of the
parsed Docs `--repeat` times, the pronoun pass timed by `time.process_time`
(CPU time: steadier than the wall clock on a shared machine). With
`--against`, another version of `pronouns.py` is timed in turn on the same
Docs, run for run, so that both see the same load. Prints each run and the
least and median of each version.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from itertools import islice


def _load_version(path: str):
    """Another `pronouns.py`, imported inside the sieve package so that its relative imports resolve."""
    name = "dateline.pipeline.people.sieve._pronouns_against"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def main() -> None:
    args = arguments("another version of sieve/pronouns.py to time beside this one")
    from dateline.pipeline.people import sieve

    time_pass(args, sieve.pronouns, "resolve")


def arguments(against: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="JSON Lines with a text field")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--against", help=against)
    return parser.parse_args()


def time_pass(args: argparse.Namespace, module, attribute: str) -> None:
    """Time `module.attribute` (and the same function of `args.against`) inside dateline's components;
    the callers must look it up on the module at each call, as the sieve does."""
    import logging

    from dateline.eval.coref_systems import dateline_components, parse
    from dateline.pipeline import DEFAULT_MODEL, load
    from dateline.readers.jsonl import TEXT_FIELDS

    logging.disable(logging.WARNING)  # the time component's warnings, once per run
    nlp = load(DEFAULT_MODEL)
    with open(args.corpus, encoding="utf-8") as f:
        texts = [next(r[k] for k in TEXT_FIELDS if r.get(k)) for r in map(json.loads, islice(f, args.limit))]
    docs = parse(nlp, texts)
    chain = [nlp.get_pipe(n) for n in dateline_components(nlp)]
    original = getattr(module, attribute)
    versions = {"this": original}
    if args.against:
        versions["against"] = getattr(_load_version(args.against), attribute)
    runs: dict[str, list[float]] = {name: [] for name in versions}
    try:
        for _ in range(args.repeat):
            for name, function in versions.items():
                spent = [0.0]

                def timed(*a, _function=function, _spent=spent, **k):
                    t0 = time.process_time()
                    try:
                        return _function(*a, **k)
                    finally:
                        _spent[0] += time.process_time() - t0

                setattr(module, attribute, timed)
                for doc in docs:
                    doc = doc.copy()
                    for component in chain:
                        doc = component(doc)
                runs[name].append(spent[0])
    finally:
        setattr(module, attribute, original)
    label = f"{module.__name__.rsplit('.', 1)[-1]}.{attribute}"  # "pronouns.resolve"
    for name, seconds in runs.items():
        print(f"{len(docs)} texts, {name}: {label} CPU s per run " + " ".join(f"{r:.3f}" for r in seconds)
              + f"; least {min(seconds):.3f}, median {statistics.median(seconds):.3f}")


if __name__ == "__main__":
    main()
