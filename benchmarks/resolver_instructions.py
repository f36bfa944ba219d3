"""The people component's instruction count, for before/after figures that a shared machine's load does not move.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python benchmarks/resolver_instructions.py benchmarks/data/reuters.jsonl --limit 100

valgrind prints "Collected : N", the instructions of `dateline_people` alone over the first N parsed texts
(the parse is cached as in `resolver_passes.py`; callgrind counts only between the two `callgrind_control`
calls). Give both versions the same PYTHONHASHSEED: set and dict order moves the count by a few tenths of a percent.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
from pathlib import Path

from resolver_passes import parsed, run_once


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="JSON Lines with a text field")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the parse (default: beside the corpus)")
    args = parser.parse_args()

    from dateline.eval.coref_systems import dateline_components
    from dateline.pipeline import DEFAULT_MODEL, load

    logging.disable(logging.WARNING)
    nlp = load(DEFAULT_MODEL)
    cache = args.cache or Path(args.corpus).with_suffix(f".parsed{args.limit}.spacy")
    docs = parsed(nlp, args.corpus, args.limit, cache)
    chain = [(n, nlp.get_pipe(n)) for n in dateline_components(nlp)]
    run_once(docs[:20], chain)  # the word lists and memoized phrases loaded, as in a long run
    copies = [doc.copy() for doc in docs]
    people = nlp.get_pipe("dateline_people")
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=False)
    for doc in copies:
        people(doc)
    subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=False)


if __name__ == "__main__":
    main()
