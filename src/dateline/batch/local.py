"""The local engine: worker processes on this machine, each loading the model once."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator

from .core import run_shard
from .shards import Shard


def run_local(
    shards: list[Shard], out: str, *, workers: int = 1, model: str | None = None,
    on_done: Callable[[dict], None] | None = None,
) -> Iterator[dict]:
    """Run shards on `workers` processes; yields each shard's summary as it finishes."""
    if workers <= 1:
        for shard in shards:
            yield run_shard(shard, out, model=model)
        return
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # maxtasksperchild is unset: a worker keeps its loaded model for every shard it runs.
    with ctx.Pool(workers) as pool:
        yield from pool.imap_unordered(_Task(out, model), shards, chunksize=1)


class _Task:
    """A picklable call of run_shard with fixed arguments."""

    def __init__(self, out: str, model: str | None) -> None:
        self.out, self.model = out, model

    def __call__(self, shard: Shard) -> dict:
        return run_shard(shard, self.out, model=self.model)
