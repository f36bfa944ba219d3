"""Records as tables: one explicit Arrow schema per table, shared by DuckDB and Parquet.

The DuckDB store and the batch job's Parquet output hold the same columns, so
Parquet written by `dateline batch` loads into the store without conversion,
and `rows_to_records` turns either back into ArticleRecords.
"""

from __future__ import annotations

from collections import defaultdict
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

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [("id", _S), ("source", _S), ("published", _D), ("title", _S), ("url", _S), ("outlet", _S), ("text", _S)]
    ),
    "people": pa.schema([("article_id", _S), ("person_id", _S), ("name", _S), ("gender", _S)]),
    "organizations": pa.schema([("article_id", _S), ("org_id", _S), ("name", _S)]),
    "mentions": pa.schema(
        [("article_id", _S), ("entity_id", _S), ("seq", _I), ("start_char", _I), ("end_char", _I), ("text", _S), ("kind", _S)]
    ),
    "ages": pa.schema(
        [("article_id", _S), ("person_id", _S), ("seq", _I), ("age", _I), ("start_char", _I), ("end_char", _I),
         ("birth_from", _D), ("birth_to", _D), ("approximate", _B)]
    ),
    "roles": pa.schema(
        [("article_id", _S), ("person_id", _S), ("seq", _I), ("title", _S), ("organization", _S),
         ("start_char", _I), ("end_char", _I)]
    ),
    "relations": pa.schema(
        [("article_id", _S), ("person_id", _S), ("seq", _I), ("type", _S), ("other_id", _S),
         ("start_char", _I), ("end_char", _I)]
    ),
    "quotes": pa.schema(
        [("article_id", _S), ("quote_id", _S), ("kind", _S), ("text", _S), ("start_char", _I), ("end_char", _I),
         ("speaker_person", _S), ("speaker_name", _S), ("speaker_start", _I), ("speaker_end", _I),
         ("cue_text", _S), ("cue_lemma", _S), ("cue_start", _I), ("cue_end", _I),
         ("addressee_name", _S), ("addressee_org", _S), ("addressee_start", _I), ("addressee_end", _I),
         ("confidence", _F), ("speaker_org", _S)]
    ),
    "times": pa.schema(
        [("article_id", _S), ("time_id", _S), ("text", _S), ("start_char", _I), ("end_char", _I), ("type", _S),
         ("value", _S), ("mod", _S), ("earliest", _D), ("latest", _D), ("anchor", _S)]
    ),
    "timeline": pa.schema(
        [("article_id", _S), ("seq", _I), ("time_id", _S), ("earliest", _D), ("latest", _D),
         ("start_char", _I), ("end_char", _I), ("people", pa.list_(_S))]
    ),
}
TABLES = tuple(SCHEMAS)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def record_rows(record: ArticleRecord) -> dict[str, list[tuple]]:
    """One record as rows of every table (tuples in schema column order)."""
    a = record.id
    rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
    rows["articles"].append(
        (a, record.source, _day(record.published), record.title, record.url, record.outlet, record.text)
    )
    for p in record.people:
        rows["people"].append((a, p.id, p.name, p.gender))
        rows["mentions"].extend((a, p.id, n, m.start, m.end, m.text, m.kind) for n, m in enumerate(p.mentions))
        rows["ages"].extend(
            (a, p.id, n, x.age, x.start, x.end, _day(x.birth_from), _day(x.birth_to), x.approximate)
            for n, x in enumerate(p.ages)
        )
        rows["roles"].extend((a, p.id, n, r.title, r.organization, r.start, r.end) for n, r in enumerate(p.roles))
        rows["relations"].extend(
            (a, p.id, n, r.type, r.person, r.start, r.end) for n, r in enumerate(p.relations)
        )
    for o in record.organizations:
        rows["organizations"].append((a, o.id, o.name))
        rows["mentions"].extend((a, o.id, n, m.start, m.end, m.text, m.kind) for n, m in enumerate(o.mentions))
    for q in record.quotes:
        s, c, d = q.speaker, q.cue, q.addressee
        rows["quotes"].append((
            a, q.id, q.kind, q.text, q.start, q.end,
            s and s.person, s and s.name, s and s.start, s and s.end,
            c and c.text, c and c.lemma, c and c.start, c and c.end,
            d and d.name, d and d.organization, d and d.start, d and d.end,
            q.confidence, s and s.organization,
        ))
    for t in record.times:
        rows["times"].append(
            (a, t.id, t.text, t.start, t.end, t.type, t.value, t.mod, _day(t.earliest), _day(t.latest), t.anchor)
        )
    for n, e in enumerate(record.timeline):
        rows["timeline"].append((a, n, e.time, _day(e.earliest), _day(e.latest), e.start, e.end, list(e.people)))
    return rows


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


def _record(row: dict, parts: dict[str, list[dict]]) -> ArticleRecord:
    by_owner: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for name in ("mentions", "ages", "roles", "relations"):
        for r in parts[name]:
            by_owner[(name, r.get("entity_id") or r.get("person_id"))].append(r)

    def mentions(owner: str) -> tuple[Mention, ...]:
        return tuple(
            Mention(m["start_char"], m["end_char"], m["text"], m["kind"]) for m in _sorted(by_owner[("mentions", owner)])
        )

    people = tuple(
        Person(
            id=p["person_id"],
            name=p["name"],
            gender=p["gender"],
            mentions=mentions(p["person_id"]),
            ages=tuple(
                Age(x["age"], x["start_char"], x["end_char"], _iso(x["birth_from"]), _iso(x["birth_to"]), x["approximate"])
                for x in _sorted(by_owner[("ages", p["person_id"])])
            ),
            roles=tuple(
                Role(r["title"], r["organization"], r["start_char"], r["end_char"])
                for r in _sorted(by_owner[("roles", p["person_id"])])
            ),
            relations=tuple(
                Relation(r["type"], r["other_id"], r["start_char"], r["end_char"])
                for r in _sorted(by_owner[("relations", p["person_id"])])
            ),
        )
        for p in _by_id(parts["people"], "person_id")
    )
    orgs = tuple(
        Organization(o["org_id"], o["name"], mentions(o["org_id"])) for o in _by_id(parts["organizations"], "org_id")
    )
    return ArticleRecord(
        id=row["id"],
        source=row["source"],
        published=_iso(row["published"]),
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        text=row["text"],
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
    )
