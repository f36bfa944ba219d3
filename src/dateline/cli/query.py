"""`dateline people`, `dateline stats` and `dateline export`: reading the store."""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer
from rich.table import Table

from ..store import Store, default_db, export_parquet
from .common import DbOption, err, out, reports_errors, warn_if_stale

FormatOption = Annotated[str, typer.Option("--format", "-f", help="table or json")]


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
                  (SELECT entity_id FROM entity_members WHERE name ILIKE '%' || ? || '%')
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
    format: FormatOption = "table",
) -> None:
    """List the people in the store, most often seen first."""
    warn_if_stale(db)
    rows = list_people(db=db, name=name, limit=limit)
    if format == "json":
        out.print_json(data=rows, default=str)
        return
    if not rows:
        err.print(f"no people{' matching ' + repr(name) if name else ''} in {db or default_db()}")
        raise typer.Exit(1)
    table = Table("name", "articles", "mentions", "gender", "born", "first seen", "last seen")
    for r in rows:
        born = f"{r['birth_from']} … {r['birth_to']}" if r["birth_from"] else ""
        table.add_row(r["name"], str(r["articles"]), str(r["mentions"]), r["gender"] or "", born,
                      r["first_seen"] or "", r["last_seen"] or "")
    out.print(table)


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
def stats_cli(db: DbOption = None, format: FormatOption = "table") -> None:
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
    parquet: Annotated[str, typer.Option("--parquet", help="Folder to write one Parquet file per table into")],
    db: DbOption = None,
) -> None:
    """Export every table of the store as Parquet."""
    written = export_parquet(db=db, folder=parquet)
    for name, n in written.items():
        err.print(f"{name}.parquet: {n:,} rows")
