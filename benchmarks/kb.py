"""Time and memory of the knowledge-base build over growing slices of an analysed corpus.

    .venv/bin/dateline batch benchmarks/data/reuters.jsonl --out /tmp/reuters-batch --workers 2
    .venv/bin/python benchmarks/kb.py /tmp/reuters-batch [--sizes 2000 5000 10000 20000] [--json]

The build is `dateline.kb.build.rebuild`: identity resolution across articles,
quote provenance and conflicts, written into the store's knowledge-base tables.
Each size runs in a fresh child process on a fresh DuckDB file holding the
first N articles by id (nested slices: every slice holds the smaller ones),
so its peak memory is its own (over all its builds); the analysis itself is not timed here (see
`dateline bench`). A size above the corpus's article count means all of it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _reset_peak() -> None:
    """Start VmHWM afresh from the current RSS (Linux: clear_refs 5), so the peak is the build's."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        pass


def _copy_slice(store, folder: Path, size: int) -> None:
    from dateline.batch.load import source_of
    from dateline.tables import SCHEMAS, TABLES

    def parquet(name: str) -> str:
        return source_of(folder / name / "*.parquet")

    ids = f"SELECT id FROM {parquet('articles')} ORDER BY id LIMIT {size}"
    with store.transaction():
        for name in TABLES:
            cols = ", ".join(f'"{f.name}"' for f in SCHEMAS[name])
            key = "id" if name == "articles" else "article_id"
            store.con.execute(
                f"INSERT INTO {name} ({cols}) SELECT {cols} FROM {parquet(name)} WHERE {key} IN ({ids})"
            )


def measure_one(folder: Path, size: int, repeat: int) -> dict:
    """Load one slice into a fresh store and time the knowledge-base build on it (best of `repeat`)."""
    from dateline.batch.core import status_mb
    from dateline.kb.build import rebuild
    from dateline.store.duck import Store

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "kb.duckdb", write=True) as store:
        _copy_slice(store, folder, size)
        counts = store.counts()
        rss_before = status_mb("VmRSS")
        _reset_peak()
        seconds = float("inf")
        for _ in range(repeat):  # each build replaces the last one's tables whole
            started = time.perf_counter()
            written = rebuild(store)
            seconds = min(seconds, time.perf_counter() - started)
        peak = status_mb("VmHWM")
    return {
        "articles": counts["articles"], "people": counts["people"], "quotes": counts["quotes"],
        "seconds": round(seconds, 2), "rss_before_mb": round(rss_before), "peak_rss_mb": round(peak),
        "entities": written["entities"], "kb_quotes": written["kb_quotes"], "conflicts": written["conflicts"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a `dateline batch` output folder")
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 10000, 20000])
    parser.add_argument("--repeat", type=int, default=3, help="builds per size; the fastest is reported")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process's slice
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    folder = Path(args.folder)
    if args.one:
        print(json.dumps(measure_one(folder, args.one, args.repeat)))
        return
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, str(folder), "--one", str(size), "--repeat", str(args.repeat)]
        child = subprocess.run(command, capture_output=True, text=True, check=True)
        rows.append(json.loads(child.stdout))
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| articles | people | quotes | entities | KB quotes | conflicts | seconds | ms / 1k articles "
          "| RSS before MB | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        per_k = r["seconds"] / r["articles"] * 1e6
        print(f"| {r['articles']:,} | {r['people']:,} | {r['quotes']:,} | {r['entities']:,} | {r['kb_quotes']:,} "
              f"| {r['conflicts']:,} | {r['seconds']:.2f} | {per_k:.0f} | {r['rss_before_mb']} | {r['peak_rss_mb']} |")


if __name__ == "__main__":
    main()
