"""`dateline people`, `dateline stats` and `dateline export`: reading the store."""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer
from rich.table import Table

from ..store import Store, default_db, export_csv, export_parquet
from .common import DbOption, err, fail, out, reports_errors
from .formats import Column, ListFormat, format_option, write_rows

PEOPLE_COLUMNS = (
    Column("name", "name"), Column("entity_id", "person id"), Column("articles", "articles"),
    Column("mentions", "mentions"), Column("gender", "gender"), Column("birth_from", "born from"),
    Column("birth_to", "born to"), Column("first_seen", "first seen"), Column("last_seen", "last seen"),
)


def list_people(*, db: str | None = None, name: str | None = None, limit: int = 50) -> list[dict]:
    """People of the knowledge base (one per identity), most often seen first; NAME matches any part of a name."""
    with Store.open(db) as store:
        return store.query(
            """
            SELECT e.entity_id, e.name, e.articles, e.mentions, e.gender,
                   CAST(e.birth_from AS VARCHAR) AS birth_from, CAST(e.birth_to AS VARCHAR) AS birth_to,
                   CAST(e.first_seen AS VARCHAR) AS first_seen, CAST(e.last_seen AS VARCHAR) AS last_seen
            FROM entities e
            WHERE ? IS NULL OR e.entity_id IN
                  (SELECT entity_id FROM entity_members WHERE contains(lower(name), lower(?)))
            ORDER BY e.articles DESC, e.mentions DESC, e.name
            LIMIT ?
            """,
            [name, name, limit],
        )


@reports_errors
def people_cli(
    name: Annotated[str | None, typer.Argument(help="Part of a name to look for")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many to list")] = 50,
    format: ListFormat = "table",
) -> None:
    """List the people in the store, most often seen first."""
    rows = list_people(db=db, name=name, limit=limit)
    if not rows and format == "table":
        err.print(f"no people{' matching ' + repr(name) if name else ''} in {db or default_db()}")
        raise typer.Exit(1)
    write_rows(rows, PEOPLE_COLUMNS, format)


def store_stats(*, db: str | None = None) -> dict:
    """Rows per table, the date range, the top outlets and the file's size."""
    path = db or default_db()
    with Store.open(path) as store:
        dates = store.query("SELECT min(published) AS first, max(published) AS last, "
                            "count(*) FILTER (WHERE published IS NULL) AS undated FROM articles")[0]
        outlets = store.query("SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet "
                              "ORDER BY articles DESC, outlet LIMIT 10")
        return {
            "db": path,
            "bytes": os.path.getsize(path),
            "schema_version": store.schema_version(),
            "rows": store.counts(),
            "published": {k: (str(v) if v is not None else None) for k, v in dates.items()},
            "outlets": outlets,
        }


@reports_errors
def stats_cli(db: DbOption = None, format: format_option(("table", "json")) = "table") -> None:
    """Summarize what the store holds."""
    stats = store_stats(db=db)
    if format == "json":
        out.print_json(data=stats, default=str)
        return
    out.print(f"[bold]{stats['db']}[/] · {stats['bytes'] / 1e6:.1f} MB · schema {stats['schema_version']}")
    pub = stats["published"]
    out.print(f"published {pub['first'] or '?'} … {pub['last'] or '?'} ({pub['undated']} undated)")
    table = Table("table", "rows")
    for name, n in stats["rows"].items():
        table.add_row(name, f"{n:,}")
    out.print(table)
    if stats["outlets"]:
        out.print("outlets: " + ", ".join(f"{o['outlet'] or '(none)'} {o['articles']}" for o in stats["outlets"]))


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
