"""`dateline export`: every table of the store as Parquet and/or CSV."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store import export_csv, export_parquet
from .common import DbOption, err, fail, reports_errors


@reports_errors
def export_cli(
    parquet: Annotated[str | None, typer.Option("--parquet", help="Folder to write one Parquet file per table into")] = None,
    csv: Annotated[str | None, typer.Option("--csv", help="Folder to write one CSV file per table into")] = None,
    db: DbOption = None,
) -> None:
    """Export every table of the store as Parquet and/or CSV; quotes carry their speaker, date, outlet and URL."""
    if not parquet and not csv:
        fail("nothing to export to: give --parquet DIR, --csv DIR or both", 2)
    for folder, export, ext in ((parquet, export_parquet, "parquet"), (csv, export_csv, "csv")):
        if folder:
            for name, n in export(db=db, folder=folder).items():
                err.print(f"{folder.rstrip('/')}/{name}.{ext}: {n:,} rows")
