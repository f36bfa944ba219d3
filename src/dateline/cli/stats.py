"""`dateline stats`: what the store holds."""

from __future__ import annotations

import os

from rich.table import Table

from ..store import Store, default_db
from .common import DbOption, TableFormatOption, out, reports_errors


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
def stats_cli(db: DbOption = None, format: TableFormatOption = "table") -> None:
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
