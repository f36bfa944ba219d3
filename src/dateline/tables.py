"""Records as tables: one declarative column table (`COLUMNS`) gives the Arrow schemas and the row builders.

The DuckDB store and the batch job's Parquet output hold the same columns, so
Parquet written by `dateline batch` loads into the store without conversion,
and `rows_to_records` turns either back into ArticleRecords.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyarrow as pa

from .records import (
    Addressee,
    Age,
    ArticleRecord,
    Cue,
    Mention,
    Organization,
    Person,
    Quote,
    Relation,
    Role,
    Speaker,
    TimeExpression,
    TimelineEntry,
)

_S, _I, _D, _F, _B = pa.string(), pa.int32(), pa.date32(), pa.float64(), pa.bool_()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its name, its Arrow type, and where its value is in the row's item.

    `path` is the item's index, then attributes (`"1.speaker.name"`: None when the
    quote has no speaker), then an optional conversion (`|day`: an ISO date to a date,
    `|list`: a tuple to a list).
    """

    name: str
    type: pa.DataType
    path: str


@dataclass(frozen=True, slots=True)
class Table:
    """A table: the items of a record it has one row each for (see `_owned`), and its columns in order."""

    items: Callable[[ArticleRecord], Iterable[tuple]]
    columns: tuple[Column, ...]


def _owned(record: ArticleRecord, owners: tuple, part: str) -> Iterable[tuple]:
    """(article id, owner, position, part) for each part of each owner: a person's mentions, ages..."""
    return ((record.id, o, n, x) for o in owners for n, x in enumerate(getattr(o, part)))


def _c(name: str, type_: pa.DataType, path: str) -> Column:
    return Column(name, type_, path)


_ARTICLE_ID = _c("article_id", _S, "0")
_SEQ = _c("seq", _I, "2")
# The one description of every table's columns: the Arrow schemas, the row builders and the
# store's columns all follow it (the SQL migrations are frozen; a test checks they agree).
COLUMNS: dict[str, Table] = {
    "articles": Table(lambda r: ((r,),), (
        _c("id", _S, "0.id"), _c("source", _S, "0.source"), _c("published", _D, "0.published|day"),
        _c("title", _S, "0.title"), _c("url", _S, "0.url"), _c("outlet", _S, "0.outlet"),
        _c("text", _S, "0.text"), _c("author", _S, "0.author"), _c("wire", _S, "0.wire"), _c("place", _S, "0.place"),
    )),
    "people": Table(lambda r: ((r.id, p) for p in r.people), (
        _ARTICLE_ID, _c("person_id", _S, "1.id"), _c("name", _S, "1.name"),
        _c("gender", _S, "1.gender"),
    )),
    "organizations": Table(lambda r: ((r.id, o) for o in r.organizations), (
        _ARTICLE_ID, _c("org_id", _S, "1.id"), _c("name", _S, "1.name"),
    )),
    "mentions": Table(lambda r: _owned(r, (*r.people, *r.organizations), "mentions"), (
        _ARTICLE_ID, _c("entity_id", _S, "1.id"), _SEQ, _c("start_char", _I, "3.start"),
        _c("end_char", _I, "3.end"), _c("text", _S, "3.text"), _c("kind", _S, "3.kind"),
    )),
    "ages": Table(lambda r: _owned(r, r.people, "ages"), (
        _ARTICLE_ID, _c("person_id", _S, "1.id"), _SEQ, _c("age", _I, "3.age"),
        _c("start_char", _I, "3.start"), _c("end_char", _I, "3.end"),
        _c("birth_from", _D, "3.birth_from|day"), _c("birth_to", _D, "3.birth_to|day"),
        _c("approximate", _B, "3.approximate"), _c("amount", _I, "3.amount"), _c("unit", _S, "3.unit"),
        _c("as_of", _S, "3.as_of"), _c("event", _S, "3.event"),
    )),
    "roles": Table(lambda r: _owned(r, r.people, "roles"), (
        _ARTICLE_ID, _c("person_id", _S, "1.id"), _SEQ, _c("title", _S, "3.title"),
        _c("organization", _S, "3.organization"), _c("start_char", _I, "3.start"),
        _c("end_char", _I, "3.end"),
    )),
    "relations": Table(lambda r: _owned(r, r.people, "relations"), (
        _ARTICLE_ID, _c("person_id", _S, "1.id"), _SEQ, _c("type", _S, "3.type"),
        _c("other_id", _S, "3.person"), _c("start_char", _I, "3.start"), _c("end_char", _I, "3.end"),
    )),
    "quotes": Table(lambda r: ((r.id, q) for q in r.quotes), (
        _ARTICLE_ID, _c("quote_id", _S, "1.id"), _c("kind", _S, "1.kind"), _c("text", _S, "1.text"),
        _c("start_char", _I, "1.start"), _c("end_char", _I, "1.end"),
        _c("speaker_person", _S, "1.speaker.person"), _c("speaker_name", _S, "1.speaker.name"),
        _c("speaker_start", _I, "1.speaker.start"), _c("speaker_end", _I, "1.speaker.end"),
        _c("cue_text", _S, "1.cue.text"), _c("cue_lemma", _S, "1.cue.lemma"),
        _c("cue_start", _I, "1.cue.start"), _c("cue_end", _I, "1.cue.end"),
        _c("addressee_name", _S, "1.addressee.name"),
        _c("addressee_org", _S, "1.addressee.organization"),
        _c("addressee_start", _I, "1.addressee.start"), _c("addressee_end", _I, "1.addressee.end"),
        _c("confidence", _F, "1.confidence"), _c("speaker_org", _S, "1.speaker.organization"),
        _c("attribution", _S, "1.attribution"),
    )),
    "times": Table(lambda r: ((r.id, t) for t in r.times), (
        _ARTICLE_ID, _c("time_id", _S, "1.id"), _c("text", _S, "1.text"),
        _c("start_char", _I, "1.start"), _c("end_char", _I, "1.end"), _c("type", _S, "1.type"),
        _c("value", _S, "1.value"), _c("mod", _S, "1.mod"), _c("earliest", _D, "1.earliest|day"),
        _c("latest", _D, "1.latest|day"), _c("anchor", _S, "1.anchor"),
    )),
    "timeline": Table(lambda r: ((r.id, None, n, e) for n, e in enumerate(r.timeline)), (
        _ARTICLE_ID, _SEQ, _c("time_id", _S, "3.time"), _c("earliest", _D, "3.earliest|day"),
        _c("latest", _D, "3.latest|day"), _c("start_char", _I, "3.start"),
        _c("end_char", _I, "3.end"), _c("people", pa.list_(_S), "3.people|list"),
    )),
}
SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([(c.name, c.type) for c in table.columns]) for name, table in COLUMNS.items()
}
TABLES = tuple(SCHEMAS)


def _expression(path: str) -> str:
    """The Python expression of a column's path, reading from `item`."""
    path, _, conversion = path.partition("|")
    index, *names = path.split(".")
    expr = f"item[{int(index)}]"
    for n, name in enumerate(names):
        if not name.isidentifier():
            raise ValueError(f"bad column path {path!r}")
        expr = f"{expr}.{name}" if n == 0 else f"(None if {expr} is None else {expr}.{name})"
    return {"": expr, "day": f"_day({expr})", "list": f"list({expr})"}[conversion]


def _row_builder(table: Table) -> Callable[[tuple], tuple]:
    # Compiled once from the column table: one tuple expression per table is about
    # eight times faster than a function call per cell (measured in docs/benchmarks.md).
    source = "lambda item: (" + ", ".join(_expression(c.path) for c in table.columns) + ",)"
    return eval(source, {"_day": _day})  # noqa: S307  (the source is built from the constant table above)


_ROWS = {name: (table.items, _row_builder(table)) for name, table in COLUMNS.items()}


def record_rows(record: ArticleRecord) -> dict[str, list[tuple]]:
    """One record as rows of every table (tuples in schema column order)."""
    return {name: [row(item) for item in items(record)] for name, (items, row) in _ROWS.items()}


def records_to_arrow(records: list[ArticleRecord]) -> dict[str, pa.Table]:
    """Many records as one Arrow table per table name, with the explicit schemas."""
    columns: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for record in records:
        for name, rows in record_rows(record).items():
            columns[name].extend(rows)
    return {name: rows_to_arrow(name, rows) for name, rows in columns.items()}


def rows_to_arrow(name: str, rows: list[tuple]) -> pa.Table:
    schema = SCHEMAS[name]
    arrays = [pa.array([r[i] for r in rows], type=f.type) for i, f in enumerate(schema)]
    return pa.Table.from_arrays(arrays, schema=schema)


def rows_to_records(tables: dict[str, list[dict[str, Any]]]) -> list[ArticleRecord]:
    """The inverse of record_rows: dict rows of every table back to ArticleRecords."""
    by_article: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in tables.items():
        if name == "articles":
            continue
        for row in rows:
            by_article[row["article_id"]][name].append(row)
    return [_record(row, by_article[row["id"]]) for row in tables["articles"]]


def _sorted(rows: list[dict], key: str = "seq") -> list[dict]:
    return sorted(rows, key=lambda r: r[key])


def _mentions(by_owner: dict[tuple[str, str], list[dict]], owner: str) -> tuple[Mention, ...]:
    return tuple(
        Mention(m["start_char"], m["end_char"], m["text"], m["kind"]) for m in _sorted(by_owner[("mentions", owner)])
    )


def _person(p: dict, by_owner: dict[tuple[str, str], list[dict]]) -> Person:
    """One person's record, with the mentions, ages, roles and relations the person's id owns."""
    owner = p["person_id"]
    return Person(
        id=owner,
        name=p["name"],
        gender=p["gender"],
        mentions=_mentions(by_owner, owner),
        ages=tuple(
            Age(x["age"], x["start_char"], x["end_char"], _iso(x["birth_from"]), _iso(x["birth_to"]), x["approximate"],
                x["amount"], x["unit"] or "Y", x["as_of"], x["event"])
            for x in _sorted(by_owner[("ages", owner)])
        ),
        roles=tuple(
            Role(r["title"], r["organization"], r["start_char"], r["end_char"]) for r in _sorted(by_owner[("roles", owner)])
        ),
        relations=tuple(
            Relation(r["type"], r["other_id"], r["start_char"], r["end_char"])
            for r in _sorted(by_owner[("relations", owner)])
        ),
    )


def _record(row: dict, parts: dict[str, list[dict]]) -> ArticleRecord:
    by_owner: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for name in ("mentions", "ages", "roles", "relations"):
        for r in parts[name]:
            by_owner[(name, r.get("entity_id") or r.get("person_id"))].append(r)
    people = tuple(_person(p, by_owner) for p in _by_id(parts["people"], "person_id"))
    orgs = tuple(
        Organization(o["org_id"], o["name"], _mentions(by_owner, o["org_id"]))
        for o in _by_id(parts["organizations"], "org_id")
    )
    return ArticleRecord(
        id=row["id"],
        source=row["source"],
        published=_iso(row["published"]),
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        text=row["text"],
        author=row.get("author"),
        wire=row.get("wire"),
        place=row.get("place"),
        people=people,
        organizations=orgs,
        quotes=tuple(_quote(q) for q in _by_id(parts["quotes"], "quote_id")),
        times=tuple(
            TimeExpression(t["time_id"], t["text"], t["start_char"], t["end_char"], t["type"], t["value"], t["mod"],
                           _iso(t["earliest"]), _iso(t["latest"]), t["anchor"])
            for t in _by_id(parts["times"], "time_id")
        ),
        timeline=tuple(
            TimelineEntry(e["time_id"], _iso(e["earliest"]), _iso(e["latest"]), e["start_char"], e["end_char"],
                          tuple(e["people"] or ()))
            for e in _sorted(parts["timeline"])
        ),
    )


def _by_id(rows: list[dict], key: str) -> list[dict]:
    """Rows in id order: "p2" before "p10"."""
    return sorted(rows, key=lambda r: (len(r[key]), r[key]))


def _quote(q: dict) -> Quote:
    return Quote(
        id=q["quote_id"],
        kind=q["kind"],
        text=q["text"],
        start=q["start_char"],
        end=q["end_char"],
        speaker=Speaker(q["speaker_person"], q["speaker_name"], q["speaker_start"], q["speaker_end"],
                        q.get("speaker_org"))
        if q["speaker_name"] is not None else None,
        cue=Cue(q["cue_text"], q["cue_lemma"], q["cue_start"], q["cue_end"]) if q["cue_text"] is not None else None,
        addressee=Addressee(q["addressee_name"], q["addressee_org"], q["addressee_start"], q["addressee_end"])
        if q["addressee_name"] is not None else None,
        confidence=q["confidence"],
        attribution=q.get("attribution") or "speech",
    )
