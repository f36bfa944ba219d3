"""Batch analysis to Parquet on an engine of choice (local processes or Dask), resumable.

    from dateline.batch import run_batch
    summary = run_batch(["crawl/"], out="out/", engine="dask", workers=4)

`out/<table>/part-<shard>.parquet` holds every table of tables.SCHEMAS;
`dateline load out/` puts them into the DuckDB store.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .core import analyze_table, finished, read_shard, run_shard
from .shards import LINES_PER_SHARD, Shard, plan_shards

ENGINES = ("local", "dask")


@dataclass(slots=True)
class BatchSummary:
    shards: int = 0
    skipped: int = 0  # finished by an earlier run
    articles: int = 0
    analysed: int = 0
    problems: int = 0
    seconds: float = 0.0
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # worker pid -> peak resident MB


def run_batch(
    inputs: Iterable[str],
    *,
    out: str,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    model: str | None = None,
    on_shard: Callable[[dict], None] | None = None,
    lines_per_shard: int = LINES_PER_SHARD,
) -> BatchSummary:
    """Analyse every shard of `inputs` not yet finished in `out`.

    lines_per_shard: JSON Lines records per shard; a rerun must use the same value to resume.
    """
    started = time.perf_counter()
    shards = plan_shards(inputs, lines_per_shard=lines_per_shard)
    done = finished(out)
    todo = [s for s in shards if s.id not in done]
    summary = BatchSummary(shards=len(shards), skipped=len(shards) - len(todo))
    if engine == "dask":
        from .dask import run_dask

        results = run_dask(todo, out, workers=workers, scheduler=scheduler, model=model)
    else:
        from .local import run_local

        results = run_local(todo, out, workers=workers, model=model)
    for result in results:
        summary.articles += result["articles"]
        summary.analysed += result["analysed"]
        summary.problems += result["problems"]
        pid = result["pid"]
        summary.peak_rss_mb[pid] = max(summary.peak_rss_mb.get(pid, 0.0), result["peak_rss_mb"])
        if on_shard:
            on_shard(result)
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["BatchSummary", "ENGINES", "Shard", "analyze_table", "plan_shards", "read_shard", "run_batch", "run_shard"]
