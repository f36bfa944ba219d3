"""Time `tables.record_rows` (a record to the rows of every table) on the Wikinews examples.

    .venv/bin/python benchmarks/record_rows.py
"""

from __future__ import annotations

import time

from dateline import analyze_many, read_articles
from dateline.tables import record_rows

ROUNDS = 50


def main() -> None:
    records = [r for r in analyze_many(read_articles(["examples/wikinews.jsonl"])) if not hasattr(r, "level")]
    best = float("inf")
    for _ in range(5):  # the best of five runs: the machine is shared
        started = time.perf_counter()
        for _ in range(ROUNDS):
            for record in records:
                record_rows(record)
        best = min(best, (time.perf_counter() - started) / (ROUNDS * len(records)))
    rows = sum(len(v) for r in records for v in record_rows(r).values())
    print(f"{len(records)} records, {rows} rows: {best * 1e3:.3f} ms per record (best of 5)")


if __name__ == "__main__":
    main()
