"""`export`: every table of the store as Parquet or CSV, one file per table.

Quotes are exported with what an analysis needs beside them, so one file
answers "who said what, where, when": the speaker's identity across articles
(the knowledge base's person id and name), the article's date, outlet and URL,
and the quote's reprints.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import DatelineError, Errors
from .duck import Store

# Who printed each knowledge-base quote, earliest first, each name once: the outlet, else (a local file,
# a text posted without one) the file, URL or article id. kb_quotes.outlets leaves those articles out.
PRINTERS = """
    SELECT kb_quote_id, list(printer ORDER BY seq) AS printers FROM (
        SELECT kb_quote_id, printer, min(seq) AS seq FROM (
            SELECT x.kb_quote_id, coalesce(a.outlet, a.source, a.url, 'article ' || a.id) AS printer,
                   row_number() OVER (PARTITION BY x.kb_quote_id ORDER BY x.published NULLS LAST, x.article_id) AS seq
            FROM kb_quote_appearances x JOIN articles a ON a.id = x.article_id)
        GROUP BY ALL)
    GROUP BY kb_quote_id"""

# The quotes table joined with its article and its speaker's identity; the stored columns come first.
QUOTES_EXPORT = f"""
    SELECT q.*, e.entity_id AS speaker_id, e.name AS speaker, e.gender AS speaker_gender,
           CAST(a.published AS VARCHAR) AS published,
           a.outlet, a.url, a.title AS article_title, x.kb_quote_id, k.appearances, k.outlets, p.printers
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entity_members m ON m.article_id = q.article_id AND m.person_id = q.speaker_person
    LEFT JOIN entities e ON e.entity_id = m.entity_id
    LEFT JOIN kb_quote_appearances x ON x.article_id = q.article_id AND x.quote_id = q.quote_id
    LEFT JOIN kb_quotes k ON k.kb_quote_id = x.kb_quote_id
    LEFT JOIN ({PRINTERS}) p ON p.kb_quote_id = x.kb_quote_id
    ORDER BY a.published NULLS LAST, q.article_id, q.start_char"""
_OPTIONS = {"parquet": "FORMAT PARQUET", "csv": "FORMAT CSV, HEADER"}


def export_parquet(*, db: str | None = None, folder: str) -> dict[str, int]:
    """Write each table to FOLDER/<table>.parquet; returns rows written per table."""
    return export_tables(db=db, folder=folder, fmt="parquet")


def export_csv(*, db: str | None = None, folder: str) -> dict[str, int]:
    """Write each table to FOLDER/<table>.csv (with a header line); returns rows written per table."""
    return export_tables(db=db, folder=folder, fmt="csv")


def export_tables(*, db: str | None = None, folder: str, fmt: str) -> dict[str, int]:
    """Write each table to FOLDER/<table>.<fmt> (parquet or csv); returns rows written per table.

    Each file is written under a temporary name and renamed, so a reader
    never sees half a file.
    """
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DatelineError(Errors.E010.format(path=folder, detail=err.strerror)) from None
    written = {}
    with Store.open(db) as store:
        tables = [r["table_name"] for r in store.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
        )]
        for name in tables:
            target = out / f"{name}.{fmt}"
            partial = out / f".{name}.{fmt}.partial"
            source = f"({QUOTES_EXPORT})" if name == "quotes" and "entities" in tables else name
            store.con.execute(f"COPY {source} TO '{_quote(partial)}' ({_OPTIONS[fmt]})")
            os.replace(partial, target)
            written[name] = store.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    return written


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
