"""The reads behind the API and the pages: searches with filters and totals, and the KB lookups.

Every function takes a Store (one cursor per request) and returns plain,
JSON-ready values, so the API and the pages share them. Word searches match
every word as a case-insensitive substring with `contains`, never LIKE, so
`%` and `_` in a query are only characters.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..kb import search
from ..kb.search import Page, PeopleFilters, QuoteFilters, Where, dates, run_page, words
from ..records import ArticleRecord
from ..store.duck import Store
from ..tables import SCHEMAS, TABLES, rows_to_records

HEADLINE = 90  # characters of an untitled article's opening that stand for its title
# What names an article in lists: its title, else its opening words.
_HEADLINE = f"coalesce(a.title, CASE WHEN length(a.text) > {HEADLINE} THEN left(a.text, {HEADLINE - 1}) || '…' ELSE a.text END)"
_page, _dates = run_page, dates


# -- articles -------------------------------------------------------------

_ARTICLES = f"""
    SELECT a.id, a.title, {_HEADLINE} AS headline, CAST(a.published AS VARCHAR) AS published, a.outlet,
           a.url, a.source, greatest(1, strpos(lower(a.text), lower(?)) - 80) AS snippet_at,
           substr(a.text, snippet_at, 260) AS snippet, length(a.text) AS chars
    FROM articles a {{where}}
    ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?"""
# What each listed article holds, counted for the page's ids only (faster than correlated subqueries).
_COUNTS = " UNION ALL ".join(
    f"SELECT article_id, '{name}' AS part, count(*) AS n FROM {name} "
    "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL"
    for name in ("people", "quotes", "times")
)


def articles(store: Store, *, q: str | None = None, outlet: str | None = None, since: date | None = None,
             until: date | None = None, person: str | None = None, limit: int = 20, offset: int = 0) -> Page:
    """Articles, newest first; `q` words must all be in the title or text, `person` is an entity id."""
    where = Where()
    where.words("coalesce(a.title, '') || ' ' || a.text", q)
    if outlet:
        where.add("contains(lower(coalesce(a.outlet, '')), lower(?))", outlet)
    _dates(where, "a.published", since, until)
    if person:
        where.add("a.id IN (SELECT article_id FROM entity_members WHERE entity_id = ?)", person)
    first = (words(q) or [""])[0]  # the snippet starts near the first word searched
    page = _page(store, _ARTICLES, "SELECT count(*) FROM articles a {where}", where, limit, offset, [first])
    ids = [item["id"] for item in page.items]
    counts = {(r["article_id"], r["part"]): r["n"] for r in store.query(_COUNTS, [ids] * 3)} if ids else {}
    for item in page.items:
        if item.pop("snippet_at") > 1:  # cut inside the text: start at a word, and say so
            item["snippet"] = "…" + item["snippet"].split(" ", 1)[-1]
        item.update({part: counts.get((item["id"], part), 0) for part in ("people", "quotes", "times")})
    return page


def _dates(where: Where, column: str, since: date | None, until: date | None) -> None:
    if since:
        where.add(f"{column} >= ?", since)
    if until:
        where.add(f"{column} <= ?", until)


# -- people ---------------------------------------------------------------

def people(store: Store, *, q: str | None = None, outlet: str | None = None, year: int | None = None,
           kind: str | None = None, sort: str | None = None, limit: int = 20, offset: int = 0) -> Page:
    """People of the knowledge base, most often seen first; `q` words must all be in one of their names."""
    return search.people(store, PeopleFilters(q=q, outlet=outlet, year=year, kind=kind), sort=sort, limit=limit,
                         offset=offset)


def person_articles(store: Store, entity_id: str, *, limit: int = 200) -> list[dict[str, Any]]:
    """The articles a person appears in, newest first, with the names each used."""
    return store.query(
        f"""SELECT a.id, a.title, {_HEADLINE} AS headline, CAST(a.published AS VARCHAR) AS published, a.outlet,
                  a.source, list(DISTINCT m.name ORDER BY m.name) AS names
           FROM entity_members m JOIN articles a ON a.id = m.article_id
           WHERE m.entity_id = ? GROUP BY ALL ORDER BY published DESC NULLS LAST, a.id LIMIT ?""",
        [entity_id, limit],
    )


# -- quotes ---------------------------------------------------------------

def quotes(store: Store, *, q: str | None = None, anywhere: str | None = None, speaker: str | None = None,
           speaker_id: str | None = None, outlet: str | None = None, since: date | None = None,
           until: date | None = None, kind: str | None = None, attribution: str | None = None,
           article: str | None = None, year: int | None = None, sort: str | None = None, limit: int = 20,
           offset: int = 0) -> Page:
    """Quotes of every article, newest first, each with its speaker's identity and its reprints."""
    filters = QuoteFilters(q=q, anywhere=anywhere, speaker=speaker, speaker_id=speaker_id, outlet=outlet,
                           since=since, until=until, kind=kind, attribution=attribution, article=article, year=year)
    return search.quotes(store, filters, sort=sort, limit=limit, offset=offset)


def kb_quote(store: Store, kb_quote_id: str) -> dict[str, Any] | None:
    """One quote across outlets: its earliest source and every appearance, earliest first."""
    rows = store.query(
        """SELECT kb_quote_id, text, speaker_entity, speaker_name, first_article, first_quote,
                  CAST(first_published AS VARCHAR) AS first_published, first_outlet, given_to, appearances, outlets
           FROM kb_quotes WHERE kb_quote_id = ?""",
        [kb_quote_id],
    )
    if not rows:
        return None
    quote = rows[0]
    quote["first_title"], quote["first_headline"] = _title(store, quote["first_article"])
    quote["sources"] = store.query(
        f"""SELECT x.article_id, x.quote_id, CAST(x.published AS VARCHAR) AS published, x.outlet, x.similarity,
                  a.title, {_HEADLINE} AS headline, a.url, a.source, q.text, q.kind, q.start_char AS start, q.end_char AS "end",
                  q.speaker_name, q.cue_text AS cue,
                  (x.article_id = k.first_article AND x.quote_id = k.first_quote) AS earliest
           FROM kb_quote_appearances x JOIN kb_quotes k USING (kb_quote_id)
           JOIN articles a ON a.id = x.article_id
           JOIN quotes q ON q.article_id = x.article_id AND q.quote_id = x.quote_id
           WHERE x.kb_quote_id = ? ORDER BY x.published NULLS LAST, x.article_id, x.quote_id""",
        [kb_quote_id],
    )
    quote["conflicts"] = store.query(
        "SELECT kind, detail, article_a, evidence_a, article_b, evidence_b FROM conflicts WHERE kb_quote_id = ?",
        [kb_quote_id],
    )
    return quote


def _title(store: Store, article_id: str | None) -> tuple[str | None, str | None]:
    row = store.con.execute(f"SELECT a.title, {_HEADLINE} FROM articles a WHERE a.id = ?", [article_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


# -- one article ------------------------------------------------------------

def record(store: Store, article_id: str) -> ArticleRecord | None:
    """One stored article as a record, like Store.record, with `= ?` filters that prune by zone maps."""
    tables = {}
    for name in TABLES:
        key = "id" if name == "articles" else "article_id"
        cols = ", ".join(f'"{f.name}"' for f in SCHEMAS[name])
        tables[name] = store.query(f"SELECT {cols} FROM {name} WHERE {key} = ?", [article_id])
        if name == "articles" and not tables[name]:
            return None
    return rows_to_records(tables)[0]


# -- articles' links into the knowledge base --------------------------------

def article_links(store: Store, article_id: str) -> dict[str, dict[str, Any]]:
    """Person id → entity id, and quote id → its KB quote (id, appearances), for one article."""
    entities = {r["person_id"]: r["entity_id"] for r in store.query(
        "SELECT person_id, entity_id FROM entity_members WHERE article_id = ?", [article_id])}
    reprints = {r["quote_id"]: r for r in store.query(
        """SELECT x.quote_id, k.kb_quote_id, k.appearances, k.outlets FROM kb_quote_appearances x
           JOIN kb_quotes k USING (kb_quote_id) WHERE x.article_id = ?""", [article_id])}
    search.add_printers(store, list(reprints.values()))
    return {"entities": entities, "quotes": reprints}


# -- conflicts and stats ----------------------------------------------------

_CONFLICTS = """
    SELECT c.conflict_id, c.kind, c.detail, c.entity_id, e.name AS person, c.kb_quote_id,
           c.article_a, CAST(a.published AS VARCHAR) AS published_a, a.outlet AS outlet_a, a.source AS source_a,
           c.evidence_a,
           c.article_b, CAST(b.published AS VARCHAR) AS published_b, b.outlet AS outlet_b, b.source AS source_b,
           c.evidence_b
    FROM conflicts c LEFT JOIN entities e ON e.entity_id = c.entity_id
    LEFT JOIN articles a ON a.id = c.article_a LEFT JOIN articles b ON b.id = c.article_b
    {where}
    ORDER BY c.kind, person NULLS LAST, published_a, published_b, c.conflict_id LIMIT ? OFFSET ?"""


def conflicts(store: Store, *, kind: str | None = None, person: str | None = None, limit: int = 20,
              offset: int = 0) -> Page:
    """What stored articles say that cannot all be true, each with both sources."""
    where = Where()
    if kind:
        where.add("c.kind = ?", kind)
    if person:
        where.add("c.entity_id = ?", person)
    return _page(store, _CONFLICTS, "SELECT count(*) FROM conflicts c {where}", where, limit, offset)


def stats(store: Store) -> dict[str, Any]:
    """Rows per table, the publication date range, the top outlets, and whether the KB is current."""
    from ..store.schema import KB_TABLES

    rows = {name: store.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in (*TABLES, *KB_TABLES)}
    dates = store.query("SELECT CAST(min(published) AS VARCHAR) AS first, CAST(max(published) AS VARCHAR) AS last, "
                        "count(*) FILTER (WHERE published IS NULL) AS undated FROM articles")[0]
    outlets = store.query("SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet "
                          "ORDER BY articles DESC, outlet NULLS LAST LIMIT 10")
    return {
        "schema_version": store.schema_version(),
        "rows": rows,
        "published": dates,
        "outlets": outlets,
        "kb_current": store.meta("kb_stale") == "0",
    }
