"""`dateline batch`, `dateline load` and `dateline bench`: scaling out and measuring."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from ..batch import run_batch
from ..batch.load import load_parquet
from .common import DbOption, ModelOption, PathsArgument, err, out, reports_errors


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
        err.print(f"shard {shard['shard']}: {shard['analysed']} articles in {shard['seconds']:.1f} s", highlight=False)

    summary = run_batch(inputs, out=out_dir, engine=engine.value, workers=workers, scheduler=scheduler,
                        model=model, on_shard=progress, lines_per_shard=shard_lines)
    rate = summary.analysed / summary.seconds if summary.seconds else 0.0
    err.print(
        f"{summary.shards} shards ({summary.skipped} already done) · {summary.analysed} articles analysed · "
        f"{summary.problems} problems · {summary.seconds:.1f} s ({rate:.1f} articles/s) → {out_dir}",
        highlight=False,
    )
    if summary.shards and summary.skipped == 0 and summary.analysed == 0:
        raise typer.Exit(1)


@reports_errors
def load_cli(
    folder: Annotated[str, typer.Argument(help="Output folder of `dateline batch`")],
    db: DbOption = None,
) -> None:
    """Load a batch's Parquet output into the DuckDB store and rebuild the knowledge base."""
    summary = load_parquet(folder, db=db)
    err.print(f"loaded {summary.articles} articles from {summary.shards} shards", highlight=False)


@reports_errors
def bench_cli(
    corpus: Annotated[str | None, typer.Argument(help="JSON Lines file or Reuters-21578 folder [default: ../shared/data/reuters21578]")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Only the first N articles")] = None,
    model: ModelOption = None,
    scaling: Annotated[bool, typer.Option("--scaling/--no-scaling", help="Also time 2 workers and the Dask engine")] = True,
) -> None:
    """Measure throughput against a bare nlp.pipe, time per component, memory and scaling."""
    from ..bench import run_bench

    result = run_bench(corpus, limit=limit, model=model, scaling=scaling)
    out.print_json(json.dumps(result))
