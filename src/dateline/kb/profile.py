"""A person's profile from the knowledge base: birth evidence, gender, roles, relations, quotes, timeline."""

from __future__ import annotations

from typing import Any

from ..errors import DatelineError, Errors
from ..store.duck import Store
from .snippets import whole_words


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def find_entities(store: Store, name: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Entities named `name`: exact (any case) first, then any name variant containing it."""
    return store.query(
        """SELECT e.entity_id, e.name, e.gender, e.articles, e.mentions,
                  CAST(e.birth_from AS VARCHAR) AS birth_from, CAST(e.birth_to AS VARCHAR) AS birth_to,
                  CAST(e.first_seen AS VARCHAR) AS first_seen, CAST(e.last_seen AS VARCHAR) AS last_seen,
                  max(CASE WHEN lower(e.name) = lower(?) THEN 2 WHEN lower(m.name) = lower(?) THEN 1 ELSE 0 END) AS exact
           FROM entities e JOIN entity_members m USING (entity_id)
           WHERE m.name ILIKE '%' || ? || '%' OR e.name ILIKE '%' || ? || '%'
           GROUP BY ALL ORDER BY exact DESC, e.articles DESC, e.mentions DESC, e.name LIMIT ?""",
        [name, name, name, name, limit],
    )


def person_profile(*, db: str | None = None, name: str | None = None, entity_id: str | None = None) -> dict[str, Any]:
    """The profile of the best match for `name` (or of `entity_id`), as plain JSON-ready data."""
    with Store.open(db) as store:
        return profile(store, name=name, entity_id=entity_id)


def profile(store: Store, *, name: str | None = None, entity_id: str | None = None) -> dict[str, Any]:
    others: list[dict[str, Any]] = []
    if entity_id is None:
        matches = find_entities(store, name or "")
        if not matches:
            raise DatelineError(Errors.E011.format(name=name))
        entity_id, others = matches[0]["entity_id"], matches[1:]
    rows = store.query(
        """SELECT entity_id, name, gender, articles, mentions, CAST(birth_from AS VARCHAR) AS birth_from,
                  CAST(birth_to AS VARCHAR) AS birth_to, CAST(first_seen AS VARCHAR) AS first_seen,
                  CAST(last_seen AS VARCHAR) AS last_seen FROM entities WHERE entity_id = ?""",
        [entity_id],
    )
    if not rows:
        raise DatelineError(Errors.E011.format(name=entity_id))
    result = rows[0]
    result["names"] = [r["name"] for r in store.query(
        "SELECT name, count(*) AS n FROM entity_members WHERE entity_id = ? GROUP BY name ORDER BY n DESC, name",
        [entity_id])]
    result["gender_references"] = {r["gender"]: r["n"] for r in store.query(
        """SELECT p.gender, count(*) AS n FROM entity_members m JOIN people p USING (article_id, person_id)
           WHERE m.entity_id = ? AND p.gender IS NOT NULL GROUP BY p.gender ORDER BY n DESC""", [entity_id])}
    result["birth_evidence"] = _ages(store, entity_id)
    result["roles"] = _roles(store, entity_id)
    result["relations"] = _relations(store, entity_id)
    result["quotes"] = _quotes(store, entity_id)
    result["timeline"] = _timeline(store, entity_id)
    result["conflicts"] = store.query(
        """SELECT c.kind, c.detail, c.article_a, c.evidence_a, c.article_b, c.evidence_b,
                  coalesce(a.outlet, a.source) AS source_a, CAST(a.published AS VARCHAR) AS published_a,
                  coalesce(b.outlet, b.source) AS source_b, CAST(b.published AS VARCHAR) AS published_b
           FROM conflicts c LEFT JOIN articles a ON a.id = c.article_a LEFT JOIN articles b ON b.id = c.article_b
           WHERE c.entity_id = ? ORDER BY c.kind, c.article_a, c.article_b""",
        [entity_id])
    result["other_matches"] = [{"entity_id": o["entity_id"], "name": o["name"], "articles": o["articles"]} for o in others]
    return result


_MEMBERS = "SELECT article_id, person_id FROM entity_members WHERE entity_id = ?"
# The earliest article first (then by id and offset), so that a relation's evidence and its article are one
_FIRST = "coalesce(CAST(a.published AS VARCHAR), '9999') || r.article_id || lpad(CAST(r.start_char AS VARCHAR), 9, '0')"


def _ages(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.query(
        f"""SELECT g.age, g.approximate, g.amount, g.unit, g.as_of, g.event, CAST(g.birth_from AS VARCHAR) AS birth_from,
                   CAST(g.birth_to AS VARCHAR) AS birth_to, g.article_id, CAST(a.published AS VARCHAR) AS published,
                   a.outlet, a.source, a.title, g.start_char, g.end_char,
                   substr(a.text, g.start_char + 1, g.end_char - g.start_char) AS evidence,
                   substr(a.text, greatest(1, g.start_char - 59), g.end_char - greatest(0, g.start_char - 60) + 30) AS context,
                   g.start_char <= 60 AS at_start, g.end_char + 30 >= length(a.text) AS at_end
            FROM ages g JOIN articles a ON a.id = g.article_id
            WHERE (g.article_id, g.person_id) IN ({_MEMBERS}) ORDER BY a.published, g.article_id, g.seq""",
        [entity_id],
    )
    for r in rows:
        r["context"] = whole_words(r["context"] or "", at_start=r.pop("at_start"), at_end=r.pop("at_end"))
    return rows


def _roles(store: Store, entity_id: str) -> list[dict[str, Any]]:
    return store.query(
        f"""SELECT title, organization, count(DISTINCT article_id) AS articles FROM roles
            WHERE (article_id, person_id) IN ({_MEMBERS}) GROUP BY ALL ORDER BY articles DESC, title""",
        [entity_id],
    )


def _relations(store: Store, entity_id: str) -> list[dict[str, Any]]:
    return store.query(
        f"""SELECT r.type, o.entity_id, coalesce(e.name, p.name) AS name,
                   arg_min(r.article_id, {_FIRST}) AS article_id,
                   arg_min(substr(a.text, r.start_char + 1, r.end_char - r.start_char), {_FIRST}) AS evidence,
                   count(DISTINCT r.article_id) AS articles
            FROM relations r
            JOIN articles a ON a.id = r.article_id
            JOIN people p ON p.article_id = r.article_id AND p.person_id = r.other_id
            LEFT JOIN entity_members o ON o.article_id = r.article_id AND o.person_id = r.other_id
            LEFT JOIN entities e ON e.entity_id = o.entity_id
            WHERE (r.article_id, r.person_id) IN ({_MEMBERS})
            GROUP BY r.type, o.entity_id, coalesce(e.name, p.name) ORDER BY r.type, name""",
        [entity_id],
    )


def _quotes(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Quotes by date: a reprinted quote once, with every outlet that printed it."""
    rows = store.query(
        f"""SELECT q.article_id, q.quote_id, q.kind, q.text, q.cue_lemma, q.addressee_name,
                   CAST(a.published AS VARCHAR) AS published, a.outlet, a.source, a.title,
                   k.kb_quote_id, k.appearances, k.outlets, CAST(k.first_published AS VARCHAR) AS first_published
            FROM quotes q JOIN articles a ON a.id = q.article_id
            LEFT JOIN kb_quote_appearances x ON x.article_id = q.article_id AND x.quote_id = q.quote_id
            LEFT JOIN kb_quotes k ON k.kb_quote_id = x.kb_quote_id
            WHERE (q.article_id, q.speaker_person) IN ({_MEMBERS})
            ORDER BY a.published NULLS LAST, q.article_id, q.start_char""",
        [entity_id],
    )
    seen, out = set(), []
    for r in rows:
        if r["kb_quote_id"] and r["kb_quote_id"] in seen:
            continue
        seen.add(r["kb_quote_id"])
        out.append(r)
    printed = _printed_by(store, [r["kb_quote_id"] for r in out if r["kb_quote_id"]])
    for r in out:
        source = r.pop("source")
        r["printed_by"] = printed.get(r["kb_quote_id"]) or [
            {"article_id": r["article_id"], "published": r["published"], "outlet": r["outlet"], "source": source}]
    return out


def _printed_by(store: Store, kb_quote_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every article that printed each knowledge-base quote, earliest first.

    The profile lists these, not the knowledge base's `outlets`, which leaves out
    articles with no outlet (a local file), so that the first appearance shown
    (the quote's date) is always among them.
    """
    if not kb_quote_ids:
        return {}
    rows = store.query(
        """SELECT x.kb_quote_id, x.article_id, CAST(a.published AS VARCHAR) AS published, a.outlet, a.source
           FROM kb_quote_appearances x JOIN articles a ON a.id = x.article_id
           WHERE list_contains(?, x.kb_quote_id)
           ORDER BY a.published NULLS LAST, x.article_id""",
        [kb_quote_ids],
    )
    found: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        found.setdefault(r.pop("kb_quote_id"), []).append(r)
    return found


def _timeline(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.query(
        f"""SELECT CAST(t.earliest AS VARCHAR) AS earliest, CAST(t.latest AS VARCHAR) AS latest, t.article_id,
                   CAST(a.published AS VARCHAR) AS published, coalesce(a.outlet, a.source) AS source,
                   trim(substr(a.text, t.start_char + 1, t.end_char - t.start_char)) AS sentence
            FROM timeline t JOIN articles a ON a.id = t.article_id
            JOIN ({_MEMBERS}) m ON m.article_id = t.article_id AND list_contains(t.people, m.person_id)
            ORDER BY t.earliest NULLS LAST, t.article_id, t.seq""",
        [entity_id],
    )
    for r in rows:  # a sentence that ends a paragraph carries its line breaks
        r["sentence"] = " ".join((r["sentence"] or "").split()) or None
    return rows
