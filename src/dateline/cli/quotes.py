"""`dateline quotes`: quotes across the store, filtered, in any listing format."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..errors import DatelineError, Errors
from ..kb.search import ATTRIBUTIONS, KINDS, QUOTE_SORTS, QuoteFilters, quotes, sorts
from ..store import Store
from .common import DbOption, ListFormatOption, check_date, choice_option, err, reports_errors, warn_if_stale
from .formats import Column, write_rows

QUOTE_COLUMNS = (
    Column("published", "date"),
    Column("speaker_name", "speaker"),
    Column("speaker_entity", "person id"),
    Column("outlet", "outlet"),
    Column("url", "url"),
    Column("kind", "kind"),
    Column("attribution", "attribution"),
    Column("cue", "cue"),
    Column("addressee_name", "to"),
    Column("text", "words", wrap=True),
    Column("printers", "printed by"),
    Column("outlets", "outlets"),
    Column("appearances", "appearances"),
    Column("kb_quote_id", "kb quote"),
    Column("article_id", "article"),
    Column("quote_id", "quote"),
)
# A terminal shows what a reader scans; TSV, CSV and JSON carry every column.
SCREEN_COLUMNS = tuple(c for c in QUOTE_COLUMNS if c.key in
                       ("published", "speaker_name", "outlet", "kind", "cue", "text", "printers"))
SORTS = tuple(sorts(QUOTE_SORTS))


def find_quotes(*, db: str | None = None, query: str | None = None, speaker: str | None = None,
                outlet: str | None = None, since: str | None = None, until: str | None = None,
                kind: str | None = None, attribution: str | None = None, sort: str | None = None,
                limit: int = 100) -> list[dict[str, Any]]:
    """Quotes whose words contain every word of `query`, by the filters, newest first unless `sort` says otherwise."""
    filters = QuoteFilters(q=query, speaker=speaker, outlet=outlet, since=since, until=until, kind=kind,
                           attribution=attribution)
    with Store.open(db) as store:
        return quotes(store, filters, sort=sort, limit=limit).items


@reports_errors
def quotes_cli(
    words: Annotated[list[str] | None, typer.Argument(metavar="QUERY", help="Words the quote must contain (all of them, any case)")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Words of the speaker's name")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Part of the outlet's name or domain")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Published on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Published on or before YYYY-MM-DD")] = None,
    kind: choice_option("--kind", KINDS, "direct, partial or indirect") = None,
    attribution: choice_option("--attribution", ATTRIBUTIONS, "speech, thought or intention") = None,
    sort: choice_option("--sort", SORTS, "date, speaker, outlet, kind, appearances or words; -KEY for descending "
                        "[default: -date]") = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many to list")] = 100,
    format: ListFormatOption = "table",
    db: DbOption = None,
) -> None:
    """List quotes across the store: who said what, where and when, and every outlet that printed it."""
    since, until = check_date(since), check_date(until)
    if since and until and since > until:
        raise DatelineError(Errors.E037.format(since=since, until=until))  # else "no quotes match", as if none were
    warn_if_stale(db)
    rows = find_quotes(db=db, query=" ".join(words) if words else None, speaker=speaker, outlet=outlet, since=since,
                       until=until, kind=kind, attribution=attribution, sort=sort, limit=limit)
    if not rows and format == "table":
        err.print("no quotes match")
        raise typer.Exit(1)
    write_rows(rows, QUOTE_COLUMNS, format, screen=SCREEN_COLUMNS)
