"""`dateline bench`: throughput beside a bare nlp.pipe, time per component, memory and scaling."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from .common import ModelOption, out, reports_errors


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
