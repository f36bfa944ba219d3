"""Searching the store: quotes and people with filters, sort orders, facet counts and totals.

Shared by `dateline quotes`, `dateline people`, the export and the web (API
and pages), so every surface answers the same question the same way. Word
searches match every word as a whole, case-insensitive word (an escaped regular
expression, never LIKE, so `%`, `_` and `.` in a query are only characters). Functions take a
Store (one cursor per request on the web) and return plain, JSON-ready values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import DatelineError, Errors
from ..store.duck import Store
from ..store.export import PRINTERS

MAX_WORDS = 12  # words of one search; more would only slow the scan
FACET_VALUES = 12  # values of one facet shown, most frequent first
KINDS = ("direct", "partial", "indirect")
ATTRIBUTIONS = ("speech", "thought", "intention")


@dataclass(slots=True)
class Page:
    """One page of a listing: `total` rows match, `items` are rows offset…offset+limit."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


@dataclass(slots=True)
class Where:
    """A WHERE clause built from optional filters, with its parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def words(self, column: str, q: str | None) -> None:
        """Every word of `q` as a whole word of `column` ("raw" is not found in "withdrawn")."""
        for word in words(q):
            self.add(f"regexp_matches(lower({column}), ?)", whole_word(word))

    def sql(self) -> str:
        return "WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def words(q: str | None) -> list[str]:
    return (q or "").split()[:MAX_WORDS]


def whole_word(word: str) -> str:
    """A regular expression for `word` standing alone; a side that is punctuation ("U.S.") needs no boundary."""
    word = word.lower()
    start = r"\b" if word[:1].isalnum() else ""
    end = r"\b" if word[-1:].isalnum() else ""
    return start + re.escape(word) + end


def dates(where: Where, column: str, since: date | None, until: date | None) -> None:
    if since:
        where.add(f"{column} >= ?", since)
    if until:
        where.add(f"{column} <= ?", until)


def run_page(store: Store, select: str, count: str, where: Where, limit: int, offset: int,
             head: list[Any] | None = None) -> Page:
    """Run a listing and its count; `head` are parameters placed before the WHERE's."""
    head = head or []
    total = store.con.execute(count.format(where=where.sql()), where.params).fetchone()[0]
    items = store.query(select.format(where=where.sql()), [*head, *where.params, limit, offset]) if total else []
    return Page(total, limit, offset, items)


def order_by(sorts: dict[str, str], sort: str | None, default: str, tiebreak: str) -> str:
    """ORDER BY for `sort` ("date" ascending, "-date" descending) from the allowed `sorts`; unknown keys sort by default."""
    key = (sort or default).lstrip("-")
    if key not in sorts:
        key, sort = default.lstrip("-"), default
    direction = "DESC" if (sort or default).startswith("-") else "ASC"
    return f"{sorts[key]} {direction} NULLS LAST, {tiebreak}"


def sorts(allowed: dict[str, str]) -> list[str]:
    """Every value a `sort` parameter takes: each key ascending, and descending with a leading "-"."""
    return [*allowed, *("-" + k for k in allowed)]


def has_column(store: Store, table: str, column: str) -> bool:
    """Whether the store's `table` has `column` (an older file may lack a newer column)."""
    return column in store.columns(table)


# -- quotes ---------------------------------------------------------------

QUOTE_FROM = """
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entity_members m ON m.article_id = q.article_id AND m.person_id = q.speaker_person
    LEFT JOIN entities e ON e.entity_id = m.entity_id
    LEFT JOIN kb_quote_appearances x ON x.article_id = q.article_id AND x.quote_id = q.quote_id
    LEFT JOIN kb_quotes k ON k.kb_quote_id = x.kb_quote_id"""

QUOTE_COLUMNS = """q.article_id, q.quote_id, q.kind, {attribution} AS attribution, q.text,
           q.start_char AS start, q.end_char AS "end",
           CAST(a.published AS VARCHAR) AS published, a.outlet, a.url, a.title AS article_title,
           coalesce(e.name, q.speaker_name) AS speaker_name, e.entity_id AS speaker_entity,
           q.cue_text AS cue, q.cue_lemma, q.addressee_name, q.addressee_org, q.confidence,
           k.kb_quote_id, k.appearances, k.outlets"""

_SPEAKER_NAMES = "coalesce(e.name, '') || ' ' || coalesce(q.speaker_name, '')"
_ALIAS = ("EXISTS (SELECT 1 FROM entity_members n WHERE n.entity_id = e.entity_id "
          "AND contains(lower(n.name), lower(?)))")
QUOTE_SORTS = {"date": "a.published", "speaker": "lower(coalesce(e.name, q.speaker_name))",
               "outlet": "lower(a.outlet)", "kind": "q.kind", "appearances": "k.appearances",
               "words": "lower(q.text)"}


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    """What a quote search asks; every field is optional."""

    q: str | None = None  # words of the quote
    anywhere: str | None = None  # words each in the quote or in its speaker's name
    speaker: str | None = None  # words of the speaker's name
    speaker_id: str | None = None  # an entity id
    outlet: str | None = None  # part of the outlet's name
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    attribution: str | None = None
    article: str | None = None
    year: int | None = None


def quote_where(store: Store, f: QuoteFilters, *, skip: str | None = None) -> Where:
    """The WHERE of a quote search; `skip` leaves one filter out (a facet counts its alternatives)."""
    where = Where()
    where.words("q.text", f.q)
    where.words(f"q.text || ' ' || {_SPEAKER_NAMES}", f.anywhere)
    for word in words(f.speaker):  # any name the person goes by in any article: "Roz" finds Rosalind Achebe
        where.add(f"(contains(lower({_SPEAKER_NAMES}), lower(?)) OR {_ALIAS})", word, word)
    if f.speaker_id:
        where.add("e.entity_id = ?", f.speaker_id)
    if f.outlet and skip != "outlet":
        where.add("contains(lower(coalesce(a.outlet, '')), lower(?))", f.outlet)
    dates(where, "a.published", f.since, f.until)
    if f.year and skip != "year":
        where.add("year(a.published) = ?", f.year)
    if f.kind and skip != "kind":
        where.add("q.kind = ?", f.kind)
    if f.attribution and skip != "attribution":
        if not has_column(store, "quotes", "attribution"):
            raise DatelineError(Errors.E018)
        where.add("q.attribution = ?", f.attribution)
    if f.article:
        where.add("q.article_id = ?", f.article)
    return where


def quotes(store: Store, filters: QuoteFilters | None = None, *, sort: str | None = None, limit: int = 20,
           offset: int = 0) -> Page:
    """Quotes of every article (newest first by default), each with its speaker's identity and its reprints."""
    f = filters or QuoteFilters()
    where = quote_where(store, f)
    attribution = "q.attribution" if has_column(store, "quotes", "attribution") else "CAST(NULL AS VARCHAR)"
    order = order_by(QUOTE_SORTS, sort, "-date", "q.article_id, q.start_char")
    select = f"SELECT {QUOTE_COLUMNS.format(attribution=attribution)} {QUOTE_FROM} {{where}} ORDER BY {order} LIMIT ? OFFSET ?"
    page = run_page(store, select, f"SELECT count(*) {QUOTE_FROM} {{where}}", where, limit, offset)
    add_printers(store, page.items)
    return page


def add_printers(store: Store, rows: list[dict[str, Any]]) -> None:
    """Set each quote's `printers`: who printed its words, earliest first, an article with no outlet by its file.

    The knowledge base's `outlets` leaves such articles out (a local file, a text posted without one), so a quote
    first printed there would seem to come from its reprints only; `/api/quotes/ID` lists them among its sources.
    """
    ids = sorted({r["kb_quote_id"] for r in rows if r.get("kb_quote_id")})
    found = {r["kb_quote_id"]: r["printers"] for r in store.query(
        f"SELECT * FROM ({PRINTERS}) WHERE list_contains(?, kb_quote_id)", [ids])} if ids else {}
    for r in rows:
        r["printers"] = found.get(r.get("kb_quote_id"))


_QUOTE_FACETS = {"outlet": "a.outlet", "kind": "q.kind", "year": "year(a.published)"}


def _facet_order(name: str) -> str:
    """Years newest first; other values most frequent first; the chosen value (the first parameter) always shown."""
    rest = "value DESC" if name == "year" else "n DESC, value"
    return f"ORDER BY CAST(value AS VARCHAR) IS NOT DISTINCT FROM ? DESC, {rest} LIMIT {FACET_VALUES}"


def _chosen(filters: Any, name: str) -> str | None:
    value = getattr(filters, name)
    return None if value is None else str(value)


def quote_facets(store: Store, filters: QuoteFilters) -> dict[str, list[dict[str, Any]]]:
    """For each facet (outlet, kind, year): its values with the number of quotes under the other filters."""
    out = {}
    for name, column in _QUOTE_FACETS.items():
        where = quote_where(store, filters, skip=name)
        out[name] = store.query(
            f"""SELECT * FROM (SELECT {column} AS value, count(*) AS n {QUOTE_FROM} {where.sql()}
                GROUP BY ALL HAVING value IS NOT NULL) {_facet_order(name)}""",
            [*where.params, _chosen(filters, name)],
        )
    return out


# -- people ---------------------------------------------------------------

_PEOPLE = """
    SELECT e.entity_id, e.name, e.gender, e.articles, e.mentions,
           CAST(e.birth_from AS VARCHAR) AS birth_from, CAST(e.birth_to AS VARCHAR) AS birth_to,
           CAST(e.first_seen AS VARCHAR) AS first_seen, CAST(e.last_seen AS VARCHAR) AS last_seen
    FROM entities e {{where}}
    ORDER BY {order} LIMIT ? OFFSET ?"""

PEOPLE_SORTS = {"name": "lower(e.name)", "articles": "e.articles", "mentions": "e.mentions",
                "born": "e.birth_from", "first_seen": "e.first_seen", "last_seen": "e.last_seen"}
# The articles a person appears in; facets and filters on people are about these.
_IN_ARTICLES = "e.entity_id IN (SELECT m.entity_id FROM entity_members m JOIN articles a ON a.id = m.article_id WHERE {})"
_SPEAKS = ("e.entity_id IN (SELECT m.entity_id FROM entity_members m JOIN quotes q "
           "ON q.article_id = m.article_id AND q.speaker_person = m.person_id WHERE q.kind = ?)")


@dataclass(frozen=True, slots=True)
class PeopleFilters:
    q: str | None = None  # words of one of their names
    outlet: str | None = None  # seen in an article of this outlet
    year: int | None = None  # seen in an article of this year
    kind: str | None = None  # quoted with this kind of quote


def people_where(f: PeopleFilters, *, skip: str | None = None) -> Where:
    where = Where()
    names = Where()
    names.words("name", f.q)
    if names.clauses:
        where.add(f"e.entity_id IN (SELECT entity_id FROM entity_members {names.sql()})", *names.params)
    if f.outlet and skip != "outlet":
        where.add(_IN_ARTICLES.format("contains(lower(coalesce(a.outlet, '')), lower(?))"), f.outlet)
    if f.year and skip != "year":
        where.add(_IN_ARTICLES.format("year(a.published) = ?"), f.year)
    if f.kind and skip != "kind":
        where.add(_SPEAKS, f.kind)
    return where


def people(store: Store, filters: PeopleFilters | None = None, *, sort: str | None = None, limit: int = 20,
           offset: int = 0) -> Page:
    """People of the knowledge base (most often seen first by default); `q` words must all be in one of their names."""
    where = people_where(filters or PeopleFilters())
    order = order_by(PEOPLE_SORTS, sort, "-articles", "e.mentions DESC, e.name, e.entity_id")
    return run_page(store, _PEOPLE.format(order=order), "SELECT count(*) FROM entities e {where}", where, limit, offset)


_PEOPLE_FACETS = {
    "outlet": "SELECT a.outlet AS value, count(DISTINCT e.entity_id) AS n FROM entities e "
              "JOIN entity_members m ON m.entity_id = e.entity_id JOIN articles a ON a.id = m.article_id",
    "year": "SELECT year(a.published) AS value, count(DISTINCT e.entity_id) AS n FROM entities e "
            "JOIN entity_members m ON m.entity_id = e.entity_id JOIN articles a ON a.id = m.article_id",
    "kind": "SELECT q.kind AS value, count(DISTINCT e.entity_id) AS n FROM entities e "
            "JOIN entity_members m ON m.entity_id = e.entity_id "
            "JOIN quotes q ON q.article_id = m.article_id AND q.speaker_person = m.person_id",
}


def people_facets(store: Store, filters: PeopleFilters) -> dict[str, list[dict[str, Any]]]:
    """Outlets, years and quote kinds with the number of people they hold, under the other filters."""
    out = {}
    for name, select in _PEOPLE_FACETS.items():
        where = people_where(filters, skip=name)
        out[name] = store.query(
            f"SELECT * FROM ({select} {where.sql()} GROUP BY ALL HAVING value IS NOT NULL) {_facet_order(name)}",
            [*where.params, _chosen(filters, name)],
        )
    return out
