"""Time per pipeline component over the same texts, to see where the time goes.

    python benchmarks/components.py benchmarks/data/reuters.jsonl --limit 2000
    python benchmarks/components.py benchmarks/data/reuters.jsonl --limit 1000 --cpu

Each component runs over the whole batch in turn (its own `pipe`), so the
shares are comparable; prints seconds and the share of the whole pipeline.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="JSON Lines with a text field")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--model", default=None)
    parser.add_argument("--cpu", action="store_true", help="time.process_time, not the wall clock (steadier on a shared machine)")
    args = parser.parse_args()

    from dateline.pipeline import DEFAULT_MODEL, load
    from dateline.readers.jsonl import TEXT_FIELDS

    nlp = load(args.model or DEFAULT_MODEL)
    with open(args.corpus, encoding="utf-8") as f:
        rows = [json.loads(line) for line in islice(f, args.limit)]
    texts = [next(r[k] for k in TEXT_FIELDS if r.get(k)) for r in rows]
    published = [str(r.get("date_publish") or r.get("date") or "")[:10] or None for r in rows]

    clock = time.process_time if args.cpu else time.perf_counter
    timings = {}
    t0 = clock()
    docs = [nlp.make_doc(t) for t in texts]
    timings["tokenizer"] = clock() - t0
    for doc, day, row in zip(docs, published, rows):
        doc._.published = day
        doc._.title = row.get("title") if isinstance(row.get("title"), str) else None
    for name, proc in nlp.pipeline:
        t0 = clock()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        timings[name] = clock() - t0
    total = sum(timings.values())
    tokens = sum(len(d) for d in docs)
    print(f"{len(docs)} texts, {tokens} tokens, {total:.1f} s, {tokens / total:,.0f} tokens/s")
    for name, seconds in timings.items():
        print(f"{name:22s} {seconds:8.2f} s {100 * seconds / total:6.1f} %")


if __name__ == "__main__":
    main()
