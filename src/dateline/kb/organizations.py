"""Organizations across articles: one per name (case folded), with their quotes and mentions.

Organizations have no identity resolution of their own yet; the same name in
two articles is taken for the same organization, which is what a reader
browsing "the Guardian" expects.
"""

from __future__ import annotations

from typing import Any

from ..store.duck import Store
from .search import Page, Where, order_by, run_page

_ORGS = """
    WITH o AS (SELECT o.article_id, o.org_id, o.name, lower(o.name) AS key FROM organizations o),
    counts AS (
        SELECT o.key, arg_max(o.name, length(o.name)) AS name, count(DISTINCT o.article_id) AS articles,
               count(mn.entity_id) AS mentions
        FROM o LEFT JOIN mentions mn ON mn.article_id = o.article_id AND mn.entity_id = o.org_id
        GROUP BY o.key),
    spoken AS (SELECT o.key, count(*) FILTER (WHERE q.speaker_org = o.org_id) AS quotes,
                      count(*) FILTER (WHERE q.addressee_org = o.org_id) AS addressed
               FROM o JOIN quotes q ON q.article_id = o.article_id
                    AND (q.speaker_org = o.org_id OR q.addressee_org = o.org_id) GROUP BY o.key)
    SELECT c.key, c.name, c.articles, c.mentions, coalesce(s.quotes, 0) AS quotes,
           coalesce(s.addressed, 0) AS addressed
    FROM counts c LEFT JOIN spoken s USING (key) {where}"""
ORG_SORTS = {"name": "lower(name)", "articles": "articles", "mentions": "mentions", "quotes": "quotes",
             "addressed": "addressed"}


def organizations(store: Store, *, q: str | None = None, sort: str | None = None, limit: int = 20,
                  offset: int = 0) -> Page:
    """Organizations named in the store, most often seen first; `q` words must all be in the name."""
    where = Where()
    where.words("c.name", q)
    order = order_by(ORG_SORTS, sort, "-articles", "mentions DESC, lower(name)")
    select = f"SELECT * FROM ({_ORGS}) ORDER BY {order} LIMIT ? OFFSET ?"
    return run_page(store, select, f"SELECT count(*) FROM ({_ORGS})", where, limit, offset)


def organization(store: Store, name: str, *, limit: int = 200) -> dict[str, Any] | None:
    """One organization by name (any case): its articles, the quotes it gave and received, its mentions in context."""
    key = name.lower()
    found = store.query(f"SELECT * FROM ({_ORGS.format(where='WHERE c.key = ?')})", [key])
    if not found:
        return None
    org = found[0]
    members = "SELECT article_id, org_id FROM organizations WHERE lower(name) = ?"
    org["quote_rows"] = store.query(
        f"""SELECT q.article_id, q.quote_id, q.kind, q.text, q.cue_lemma, q.speaker_name, q.addressee_name,
                   CAST(a.published AS VARCHAR) AS published, a.outlet,
                   (q.article_id, q.speaker_org) IN ({members}) AS spoke
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE (q.article_id, q.speaker_org) IN ({members}) OR (q.article_id, q.addressee_org) IN ({members})
            ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char LIMIT ?""",
        [key, key, key, limit],
    )
    org["mention_rows"] = store.query(
        f"""SELECT mn.article_id, mn.text, mn.start_char AS start, CAST(a.published AS VARCHAR) AS published,
                   a.outlet, coalesce(a.title, left(a.text, 80)) AS headline,
                   trim(substr(a.text, greatest(1, mn.start_char - 79), mn.end_char - greatest(0, mn.start_char - 80) + 80)) AS context
            FROM mentions mn JOIN articles a ON a.id = mn.article_id
            WHERE (mn.article_id, mn.entity_id) IN ({members})
            ORDER BY a.published DESC NULLS LAST, mn.article_id, mn.start_char LIMIT ?""",
        [key, limit],
    )
    return org
