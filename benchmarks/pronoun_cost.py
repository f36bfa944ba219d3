"""CPU time of the sieve's pronoun pass (`sieve.pronouns.resolve`) over the first N texts of a corpus.

    python benchmarks/pronoun_cost.py benchmarks/data/reuters.jsonl --limit 1000 --repeat 5

The texts are parsed once; then dateline's components run over copies of the
parsed Docs `--repeat` times, with the pronoun pass timed by `time.process_time`
(CPU time: steadier than the wall clock on a shared machine). Prints every
run's seconds and the least, which is the figure to compare.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="JSON Lines with a text field")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from dateline.eval.coref_systems import dateline_components, parse
    from dateline.pipeline import DEFAULT_MODEL, load
    from dateline.pipeline.people import sieve
    from dateline.readers.jsonl import TEXT_FIELDS

    nlp = load(DEFAULT_MODEL)
    with open(args.corpus, encoding="utf-8") as f:
        texts = [next(r[k] for k in TEXT_FIELDS if r.get(k)) for r in map(json.loads, islice(f, args.limit))]
    docs = parse(nlp, texts)
    chain = [nlp.get_pipe(n) for n in dateline_components(nlp)]
    original = sieve.pronouns.resolve
    spent = [0.0]

    def timed(*a, **k):
        t0 = time.process_time()
        try:
            return original(*a, **k)
        finally:
            spent[0] += time.process_time() - t0

    sieve.pronouns.resolve = timed
    runs = []
    try:
        for _ in range(args.repeat):
            spent[0] = 0.0
            for doc in docs:
                doc = doc.copy()
                for component in chain:
                    doc = component(doc)
            runs.append(spent[0])
    finally:
        sieve.pronouns.resolve = original
    print(f"{len(docs)} texts, pronouns.resolve CPU s per run: " + " ".join(f"{r:.3f}" for r in runs)
          + f"; least {min(runs):.3f}")


if __name__ == "__main__":
    main()
