"""The JSON API under concurrent clients: latency percentiles and failed requests, against a live `dateline serve`.

    make demo                                    # once: the demo database, ./dateline.duckdb
    .venv/bin/python benchmarks/api_load.py [--db dateline.duckdb] [--clients 8] [--requests 3000]

Starts `dateline serve` as users run it (read-only, its default profile cache) on a
free loopback port, then runs `--clients` threads, each with its own keep-alive
connection, that share `--requests` requests, cycling through the JSON API's
search, profile and article endpoints (the ids from the database itself). Each
request is timed from sending to the last byte. A request fails when it raises or
answers anything but 200. Prints p50/p95/p99/max overall and per endpoint, the
failures, and the load average before and after (the machine may be shared).
Exits non-zero when a request failed or the overall p95 is over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from api_latency import percentile, start_server, targets  # noqa: E402

BUDGET_MS = 50.0


def run(url: str, paths: list[str], clients: int, requests: int) -> tuple[dict[str, list[float]], list[str], float]:
    """Latencies by path, failures, and the wall-clock seconds of the whole run."""
    times: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    counter = iter(range(requests))
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while True:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                path = paths[n % len(paths)]
                started = time.perf_counter()
                try:
                    response = http.get(path)
                    response.read()
                    ok = response.status_code == 200
                    detail = str(response.status_code)
                except httpx.HTTPError as err:
                    ok, detail = False, type(err).__name__
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    times[path].append(elapsed)
                    if not ok:
                        failures.append(f"{path}: {detail}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, failures, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("DATELINE_DB", "dateline.duckdb"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--cache", type=int, default=1024, help="profiles the server keeps (its default)")
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no such database; run `make demo` first")
    load_before = os.getloadavg()
    proc, url = start_server(args.db, args.cache)
    try:
        with httpx.Client(base_url=url, timeout=30) as http:
            paths = [path for _, path in targets(http) if path.startswith("/api/")]
            for path in paths:  # one warm-up request each: the first opens files and fills caches
                http.get(path).raise_for_status()
        times, failures, seconds = run(url, paths, args.clients, args.requests)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(20)
    load_after = os.getloadavg()
    every = [t for ts in times.values() for t in ts]
    print(f"`dateline serve --cache {args.cache}` on loopback, {args.clients} concurrent clients, {len(every)} requests "
          f"in {seconds:.1f} s ({len(every) / seconds:.0f} requests/s); {os.cpu_count()} cores, load average "
          f"{load_before[0]:.2f} before and {load_after[0]:.2f} after\n")
    print("| request | requests | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for path, ts in times.items():
        print(f"| `GET {path}` | {len(ts)} | {statistics.median(ts):.1f} | {percentile(ts, 95):.1f} | "
              f"{percentile(ts, 99):.1f} | {max(ts):.1f} |")
    p95 = percentile(every, 95)
    print(f"| **all** | {len(every)} | {statistics.median(every):.1f} | {p95:.1f} | {percentile(every, 99):.1f} | "
          f"{max(every):.1f} |")
    print(f"\nfailed requests: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
    verdict = "within" if p95 < BUDGET_MS else "OVER"
    print(f"p95 over all requests: {p95:.1f} ms ({verdict} the {BUDGET_MS:.0f} ms budget)")
    return 0 if p95 < BUDGET_MS and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
