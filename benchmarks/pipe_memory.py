"""Peak memory and time of dateline's analysis for a given nlp.pipe batch size, in one process.

    .venv/bin/python benchmarks/pipe_memory.py benchmarks/data/reuters.jsonl --batch-size 64
    .venv/bin/python benchmarks/pipe_memory.py benchmarks/data/reuters.jsonl --batch-size 16

Reads the slices of Reuters-21578 whose shards raised a batch worker's peak
(by line number), analyses each in chunks of 64 articles as `dateline batch`
does, and prints the process's resident and peak memory after each slice.
`--no-zone` leaves out `nlp.memory_zone()`, to see what it saves.
"""

from __future__ import annotations

import argparse
import time

SLICES = [(1, 250), (251, 500), (4501, 5000), (7251, 7500), (8751, 9000), (15251, 16000)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="benchmarks/data/reuters.jsonl")
    parser.add_argument("--batch-size", type=int, default=16, help="docs per nlp.pipe batch")
    parser.add_argument("--no-zone", action="store_true", help="do not wrap each chunk in nlp.memory_zone()")
    args = parser.parse_args()

    from contextlib import nullcontext

    from dateline.analysis import _docs
    from dateline.batch.core import status_mb
    from dateline.pipeline import DEFAULT_MODEL, load
    from dateline.pipeline.record import doc_to_record
    from dateline.readers import ReadOptions
    from dateline.readers.jsonl import read_jsonl
    from dateline.tables import records_to_arrow

    nlp = load(DEFAULT_MODEL)
    with open(args.corpus, "rb") as f:
        lines = f.readlines()
    started, total = time.perf_counter(), 0
    print("lines          articles  RSS MB  peak MB")
    for first, last in SLICES:
        items = read_jsonl(lines[first - 1 : last], args.corpus, ReadOptions(), first_line=first)
        articles = [a for a in items if hasattr(a, "text")]
        records = []
        for start in range(0, len(articles), 64):
            chunk = articles[start : start + 64]
            with nullcontext() if args.no_zone else nlp.memory_zone():
                docs = nlp.pipe(_docs(nlp, chunk), batch_size=args.batch_size)
                records += [doc_to_record(doc, a) for doc, a in zip(docs, chunk)]
        records_to_arrow(records)
        total += len(articles)
        print(f"{first:>5}-{last:<5}  {len(articles):>10}  {status_mb('VmRSS'):>6.0f}  {status_mb('VmHWM'):>7.0f}")
    print(f"{total} articles in {time.perf_counter() - started:.1f} s, batch size {args.batch_size}, "
          f"memory zone {'off' if args.no_zone else 'on'}")


if __name__ == "__main__":
    main()
