"""Latency of the API and pages, measured against a live `dateline serve` over loopback.

    make demo                                   # once: the demo database, ./dateline.duckdb
    python benchmarks/api_latency.py [--db dateline.duckdb] [--requests 300] [--url http://127.0.0.1:8000]

Without --url the script starts `dateline serve` on a free loopback port in a
child process (read-only, as users run it), waits for it, and stops it at the
end; with --url it measures a server already running. Requests are sequential
over one keep-alive connection, after a warm-up, and timed from sending to the
last byte, so the numbers are what one user's browser or script waits for.
By default the server runs with `--cache 0`, so every profile request runs all
its queries (the worst case); `--cache N` measures a server that keeps profiles.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

BUDGET_MS = 50.0  # p95 budget for search, profile and article endpoints (issue 6)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, cache: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "dateline", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port),
           "--cache", str(cache)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"dateline serve exited with {proc.returncode}; is {db} a dateline database?")
        try:
            if httpx.get(f"{url}/api/stats", timeout=1).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.terminate()
    sys.exit("dateline serve did not answer within 60 s")


def targets(client: httpx.Client) -> list[tuple[str, str]]:
    """(kind, path): the search, profile and article requests a user makes, on the demo's own ids."""
    articles = client.get("/api/articles", params={"q": "Legend", "limit": 1}).json()["items"]
    article = articles[0]["id"] if articles else client.get("/api/articles?limit=1").json()["items"][0]["id"]
    people = client.get("/api/people", params={"q": "John Legend", "limit": 1}).json()["items"]
    person = people[0]["entity_id"] if people else client.get("/api/people?limit=1").json()["items"][0]["entity_id"]
    name = quote(people[0]["name"] if people else "a")
    return [
        ("search", "/api/articles?q=president"),
        ("search", "/api/articles?q=the%20singer&since=2010-01-01"),
        ("search", "/api/people?q=legend"),
        ("search", "/api/quotes?q=said"),
        ("search", "/search?q=Legend"),
        ("profile", f"/api/people/{person}"),
        ("profile", f"/api/person?name={name}"),
        ("profile", f"/people/{person}"),
        ("article", f"/api/articles/{article}"),
        ("article", f"/articles/{article}"),
    ]


def measure(client: httpx.Client, path: str, requests: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        client.get(path).raise_for_status()
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path)
        response.read()
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return times


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("DATELINE_DB", "dateline.duckdb"))
    parser.add_argument("--url", help="measure this running server instead of starting one")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--cache", type=int, default=0, help="profiles the started server keeps (default 0: none)")
    args = parser.parse_args()
    if not args.url and not Path(args.db).exists():
        sys.exit(f"{args.db}: no such database; run `make demo` first")
    load = os.getloadavg()  # other work on the machine shows in the p95; say how much there was
    proc, url = (None, args.url) if args.url else start_server(args.db, args.cache)
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            stats = client.get("/api/stats").json()
            rows = [(kind, path, measure(client, path, args.requests, args.warmup)) for kind, path in targets(client)]
    finally:
        if proc is not None:
            proc.send_signal(signal.SIGINT)
            proc.wait(20)
    where = f"live server {url}" if args.url else f"`dateline serve --cache {args.cache}` (child process) on loopback"
    print(f"{where}, "
          f"{stats['rows']['articles']} articles, {args.requests} sequential requests per endpoint after "
          f"{args.warmup} warm-up; {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, load average {load[0]:.1f} before and {os.getloadavg()[0]:.1f} after\n")
    print("| kind | request | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---:|---:|---:|---:|")
    worst = 0.0
    for kind, path, times in rows:
        p95 = percentile(times, 95)
        worst = max(worst, p95)
        print(f"| {kind} | `GET {path}` | {statistics.median(times):.1f} | {p95:.1f} | "
              f"{percentile(times, 99):.1f} | {max(times):.1f} |")
    verdict = "within" if worst < BUDGET_MS else "OVER"
    print(f"\nworst p95: {worst:.1f} ms ({verdict} the {BUDGET_MS:.0f} ms budget)")
    return 0 if worst < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
