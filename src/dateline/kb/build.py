"""Build the knowledge base from the stored articles: identities, quote provenance, conflicts.

The knowledge base is rebuilt whole, in one transaction, from the article
tables (which stay the source of truth), in a deterministic order, so the same
articles always give the same entities, whatever order they were ingested in.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

import pyarrow as pa

from ..store.duck import Store
from ..store.schema import KB_TABLES
from .conflicts import Conflict, Evidence, age_conflicts, relation_conflicts, wording_conflicts
from .identity import Entity, PersonRow, resolve
from .provenance import QuoteRow, group_quotes
from .snippets import whole_words


def rebuild(store: Store) -> dict[str, int]:
    """Recompute every knowledge-base table; returns rows written per table."""
    rows = _person_rows(store)
    entities = resolve(list(rows.values()))
    entity_of = {m.key: e for e in entities for m in e.members}
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in KB_TABLES}
    conflicts: list[Conflict] = []
    for entity in entities:
        tables["entities"].append(_entity_row(entity))
        tables["entity_members"].extend(
            {"entity_id": entity.id, "article_id": m.article_id, "person_id": m.person_id, "name": m.name}
            for m in entity.members
        )
    conflicts += _age_conflicts(store, entity_of)
    conflicts += _relation_conflicts(store, entity_of)
    quotes, appearances, wording = _quotes(store, entity_of)
    tables["kb_quotes"], tables["kb_quote_appearances"] = quotes, appearances
    conflicts += wording
    tables["conflicts"] = [_conflict_row(c) for c in conflicts]
    with store.transaction():
        for name in KB_TABLES:
            store.con.execute(f"DELETE FROM {name}")
            _insert(store, name, tables[name])
        store.set_meta("kb_stale", "0")
    return {name: len(rows) for name, rows in tables.items()}


def _insert(store: Store, name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    store.con.register("_kb", pa.Table.from_pylist(rows))
    try:
        store.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _kb")
    finally:
        store.con.unregister("_kb")


def _person_rows(store: Store) -> dict[tuple[str, str], PersonRow]:
    rows = {}
    for r in store.query(
        """SELECT p.article_id, p.person_id, p.name, p.gender, CAST(a.published AS VARCHAR) AS published,
                  a.outlet, coalesce(m.n, 0) AS mentions
           FROM people p JOIN articles a ON a.id = p.article_id
           LEFT JOIN (SELECT article_id, entity_id, count(*) AS n FROM mentions GROUP BY ALL) m
                  ON m.article_id = p.article_id AND m.entity_id = p.person_id"""
    ):
        row = PersonRow(r["article_id"], r["person_id"], r["name"], r["gender"], r["published"], r["outlet"],
                        r["mentions"])
        rows[row.key] = row
    for r in store.query("SELECT article_id, person_id, CAST(birth_from AS VARCHAR) AS lo, "
                         "CAST(birth_to AS VARCHAR) AS hi FROM ages WHERE birth_from IS NOT NULL"):
        rows[(r["article_id"], r["person_id"])].births.append((r["lo"], r["hi"]))
    for r in store.query("SELECT article_id, person_id, title FROM roles"):
        rows[(r["article_id"], r["person_id"])].roles.add(r["title"])
    names = {k: v.name for k, v in rows.items()}
    for r in store.query("SELECT article_id, person_id, type, other_id FROM relations"):
        row = rows[(r["article_id"], r["person_id"])]
        row.relations.append((r["type"], r["other_id"]))
        row.relatives.add(f"{r['type']}:{names.get((r['article_id'], r['other_id']), '')}")
    by_article = defaultdict(list)
    for row in rows.values():
        if " " in row.name:
            by_article[row.article_id].append(row)
    for people in by_article.values():
        for row in people:
            row.companions = {p.name for p in people if p is not row}
    return rows


def _entity_row(entity: Entity) -> dict[str, Any]:
    days = sorted(m.published for m in entity.members if m.published)
    return {
        "entity_id": entity.id,
        "name": entity.name,
        "gender": entity.gender,
        "birth_from": entity.birth[0],
        "birth_to": entity.birth[1],
        "articles": len({m.article_id for m in entity.members}),
        "mentions": sum(m.mentions for m in entity.members),
        "first_seen": days[0] if days else None,
        "last_seen": days[-1] if days else None,
    }


def _age_conflicts(store: Store, entity_of) -> list[Conflict]:
    ages = defaultdict(list)
    for r in store.query(
        """SELECT g.article_id, g.person_id, g.age, CAST(g.birth_from AS VARCHAR) AS lo,
                  CAST(g.birth_to AS VARCHAR) AS hi, CAST(a.published AS VARCHAR) AS published, a.outlet,
                  substr(a.text, greatest(1, g.start_char - 39), g.end_char - greatest(0, g.start_char - 40) + 12) AS near,
                  g.start_char <= 40 AS at_start, g.end_char + 12 >= length(a.text) AS at_end
           FROM ages g JOIN articles a ON a.id = g.article_id
           WHERE g.birth_from IS NOT NULL ORDER BY a.published, g.article_id, g.seq"""
    ):
        entity = entity_of[(r["article_id"], r["person_id"])]
        near = whole_words(r["near"] or "", at_start=r["at_start"], at_end=r["at_end"])
        text = f"age {r['age']} (born {r['lo']}…{r['hi']}): …{near}…"
        ages[entity].append((Evidence(r["article_id"], text, r["published"], r["outlet"]), (r["lo"], r["hi"])))
    return [c for entity, found in ages.items() for c in age_conflicts(entity.id, entity.name, found)]


def _relation_conflicts(store: Store, entity_of) -> list[Conflict]:
    relations = defaultdict(list)
    for r in store.query(
        """SELECT r.article_id, r.person_id, r.type, r.other_id, CAST(a.published AS VARCHAR) AS published,
                  a.outlet, substr(a.text, r.start_char + 1, r.end_char - r.start_char) AS evidence
           FROM relations r JOIN articles a ON a.id = r.article_id ORDER BY a.published, r.article_id, r.seq"""
    ):
        entity = entity_of[(r["article_id"], r["person_id"])]
        other = entity_of.get((r["article_id"], r["other_id"]))
        if other is None:
            continue
        evidence = Evidence(r["article_id"], f"{r['type']}: “{r['evidence']}”", r["published"], r["outlet"])
        relations[entity].append((r["type"], other.id, other.name, evidence))
    return [c for entity, found in relations.items() for c in relation_conflicts(entity.id, entity.name, found)]


def _quotes(store: Store, entity_of) -> tuple[list[dict], list[dict], list[Conflict]]:
    rows = []
    for r in store.query(
        """SELECT q.article_id, q.quote_id, q.text, q.speaker_person, q.speaker_name, q.addressee_name,
                  q.addressee_org, CAST(a.published AS VARCHAR) AS published, a.outlet
           FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.kind = 'direct'"""
    ):
        entity = entity_of.get((r["article_id"], r["speaker_person"])) if r["speaker_person"] else None
        rows.append(QuoteRow(
            r["article_id"], r["quote_id"], r["text"], entity.id if entity else None,
            entity.name if entity else r["speaker_name"], r["published"], r["outlet"], r["addressee_name"],
        ))
    quotes, appearances, conflicts = [], [], []
    for group in group_quotes(rows):
        first = group[0][0]
        kb_id = "k" + hashlib.sha256(f"{first.article_id}/{first.quote_id}".encode()).hexdigest()[:12]
        outlets = sorted({r.outlet for r, _ in group if r.outlet})
        said = _speaking_printing(group)
        quotes.append({
            "kb_quote_id": kb_id, "text": first.text, "speaker_entity": said.speaker, "speaker_name": said.speaker_name,
            "first_article": first.article_id, "first_quote": first.quote_id, "first_published": first.published,
            "first_outlet": first.outlet, "given_to": first.addressee,
            "appearances": len(group), "outlets": outlets,
        })
        appearances.extend(
            {"kb_quote_id": kb_id, "article_id": r.article_id, "quote_id": r.quote_id, "published": r.published,
             "outlet": r.outlet, "similarity": s}
            for r, s in group
        )
        conflicts += wording_conflicts(kb_id, [r for r, _ in group])
    return quotes, appearances, conflicts


def _speaking_printing(group: list[tuple[QuoteRow, float]]) -> QuoteRow:
    """The earliest printing that names the speaker (a person of the knowledge base first, else any name).

    The speaker is the quote's, whichever printing names them (printings join only when their speakers do not
    differ), so id and name come from one printing. `given_to` is not: whom the words were said to is the earliest source's
    ("told the Guardian"), not a reprint's ("told reporters"), and stays null when that source names no one.
    """
    rows = [r for r, _ in group]
    return next((r for r in rows if r.speaker), None) or next((r for r in rows if r.speaker_name), rows[0])


def _conflict_row(c: Conflict) -> dict[str, Any]:
    return {
        "conflict_id": c.id, "kind": c.kind, "entity_id": c.entity_id, "kb_quote_id": c.kb_quote_id,
        "detail": c.detail, "article_a": c.a.article_id, "evidence_a": c.a.text,
        "article_b": c.b.article_id, "evidence_b": c.b.text,
    }
