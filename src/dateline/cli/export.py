"""`dateline export`: every table of the store as Parquet."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store import export_parquet
from .common import DbOption, err, reports_errors


@reports_errors
def export_cli(
    parquet: Annotated[str, typer.Option("--parquet", help="Folder to write one Parquet file per table into")],
    db: DbOption = None,
) -> None:
    """Export every table of the store as Parquet."""
    written = export_parquet(db=db, folder=parquet)
    for name, n in written.items():
        err.print(f"{name}.parquet: {n:,} rows")
