"""The Dask engine: the same shard function on a dask.distributed cluster.

With no scheduler address, a LocalCluster of `workers` single-threaded worker
processes is started (spaCy is not thread-parallel; processes are); with one,
the shards go to that cluster, whose workers must have dateline installed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from .core import run_shard
from .shards import Shard


def run_dask(
    shards: list[Shard], out: str, *, workers: int = 2, scheduler: str | None = None, model: str | None = None
) -> Iterator[dict]:
    """Run shards on Dask; yields each shard's summary as it finishes."""
    from distributed import Client, LocalCluster, as_completed

    logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR, memory_limit=0,
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = client.map(run_shard, shards, out=out, model=model, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
