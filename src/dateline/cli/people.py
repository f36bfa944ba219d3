"""`dateline people`: the people of the knowledge base, most often seen first."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store import Store, default_db
from .common import DbOption, ListFormatOption, err, reports_errors, warn_if_stale
from .formats import Column, write_rows

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
    words: Annotated[list[str] | None, typer.Argument(metavar="NAME", help="Part of a name to look for, quoted or not")] = None,
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many to list")] = 50,
    format: ListFormatOption = "table",
) -> None:
    """List the people in the store, most often seen first."""
    warn_if_stale(db)
    name = " ".join(words) if words else None
    rows = list_people(db=db, name=name, limit=limit)
    if not rows and format == "table":
        err.print(f"no people{' matching ' + repr(name) if name else ''} in {db or default_db()}")
        raise typer.Exit(1)
    write_rows(rows, PEOPLE_COLUMNS, format)
