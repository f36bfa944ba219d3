"""`dateline conflicts`: what stored articles say that cannot all be true, with both sources."""

from __future__ import annotations

import sys
from typing import Any

from ..store import Store
from .common import DbOption, ListFormatOption, choice_option, out, reports_errors, warn_if_stale
from .formats import Column, write_rows
from .render import escape  # strips control sequences too

CONFLICT_COLUMNS = (
    Column("kind", "kind"), Column("person", "person"), Column("detail", "detail", wrap=True),
    Column("published_a", "date a"), Column("outlet_a", "outlet a"), Column("evidence_a", "evidence a"),
    Column("article_a", "article a"), Column("published_b", "date b"), Column("outlet_b", "outlet b"),
    Column("evidence_b", "evidence b"), Column("article_b", "article b"), Column("kb_quote_id", "kb quote"),
)


def list_conflicts(*, db: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Every conflict with both sources (article, date, outlet, evidence)."""
    with Store.open(db) as store:
        return store.query(
            """SELECT c.conflict_id, c.kind, c.detail, e.name AS person, c.kb_quote_id,
                      c.article_a, CAST(a.published AS VARCHAR) AS published_a, a.outlet AS outlet_a,
                      a.source AS source_a, c.evidence_a,
                      c.article_b, CAST(b.published AS VARCHAR) AS published_b, b.outlet AS outlet_b,
                      b.source AS source_b, c.evidence_b
               FROM conflicts c
               LEFT JOIN entities e ON e.entity_id = c.entity_id
               LEFT JOIN articles a ON a.id = c.article_a
               LEFT JOIN articles b ON b.id = c.article_b
               WHERE ? IS NULL OR c.kind = ?
               ORDER BY c.kind, person, published_a, published_b""",
            [kind, kind],
        )


@reports_errors
def conflicts_cli(
    db: DbOption = None,
    kind: choice_option("--kind", ("age", "relation", "quote_wording"), "age, relation or quote_wording") = None,
    format: ListFormatOption = "table",
) -> None:
    """List what stored articles say that cannot all be true, with both sources."""
    warn_if_stale(db)
    rows = list_conflicts(db=db, kind=kind)
    if format != "table" or not sys.stdout.isatty():  # a terminal gets each conflict with both sides below it
        write_rows(rows, CONFLICT_COLUMNS, format)
        return
    if not rows:
        out.print("no conflicts")
        return
    for c in rows:
        out.print(f"[red]{c['kind']}[/] {escape(c['detail'])}")
        for side in ("a", "b"):
            where = " · ".join(x for x in (c[f"published_{side}"], c[f"outlet_{side}"], c[f"source_{side}"]) if x)
            out.print(f"  {side}: {escape(c[f'evidence_{side}'] or '')}  [dim]({escape(where)})[/]")
