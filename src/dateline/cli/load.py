"""`dateline load`: a batch's Parquet output into the store."""

from __future__ import annotations

from typing import Annotated

import typer

from ..batch.load import load_parquet
from .common import DbOption, err, reports_errors


@reports_errors
def load_cli(
    folder: Annotated[str, typer.Argument(help="Output folder of `dateline batch`")],
    db: DbOption = None,
) -> None:
    """Load a batch's Parquet output into the DuckDB store and rebuild the knowledge base."""
    summary = load_parquet(folder, db=db)
    err.print(f"loaded {summary.articles} articles from {summary.shards} shards", highlight=False)
