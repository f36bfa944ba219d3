"""`dateline batch`: analyse sharded inputs to Parquet on local processes or Dask."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..batch import run_batch
from ..batch.core import PROBLEMS, shard_problems
from ..readers import Problem
from .common import ModelOption, PathsArgument, err, print_problem, reports_errors


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@reports_errors
def batch_cli(
    inputs: PathsArgument,
    out_dir: Annotated[str, typer.Option("--out", help="Folder for the Parquet output (one folder per table)")],
    engine: Annotated[Engine, typer.Option("--engine", help="local: worker processes here; dask: a Dask cluster")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler (else a LocalCluster)")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Workers (processes), each loads the model once")] = 1,
    model: ModelOption = None,
    shard_lines: Annotated[int, typer.Option("--shard-lines", min=1, help="JSON Lines records per shard (keep it when resuming)")] = 250,
) -> None:
    """Analyse sharded inputs to Parquet on local processes or Dask; a rerun skips finished shards."""
    def progress(shard: dict) -> None:
        n = shard["analysed"]
        err.print(f"shard {shard['shard']}: {n} article{'s' * (n != 1)} in {shard['seconds']:.1f} s", highlight=False)
        for message in shard_problems(out_dir, shard["shard"]) if shard.get("problems") else ():
            print_problem(Problem(message))  # as `ingest` says them: file, line, code

    summary = run_batch(inputs, out=out_dir, engine=engine.value, workers=workers, scheduler=scheduler,
                        model=model, on_shard=progress, lines_per_shard=shard_lines)
    rate = summary.analysed / summary.seconds if summary.seconds else 0.0
    err.print(
        f"{summary.shards} shards ({summary.skipped} already done) · {summary.analysed} articles analysed · "
        f"{summary.problems} problem{'s' * (summary.problems != 1)}{f' (in {out_dir}/{PROBLEMS}/)' if summary.problems else ''} · {summary.seconds:.1f} s ({rate:.1f} articles/s) → {out_dir}",
        highlight=False,
    )
    if summary.shards and summary.skipped == 0 and summary.analysed == 0:
        raise typer.Exit(1)
