"""The DuckDB schema, its version, and the migrations that bring an older file up to date."""

from __future__ import annotations

import pyarrow as pa

from ..tables import SCHEMAS

_DUCK_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.date32(): "DATE",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.list_(pa.string()): "VARCHAR[]",
}
_KEYS = {"articles": "PRIMARY KEY (id)"}
# Columns only the store keeps: provenance of each analysis.
_ARTICLE_EXTRA = "text_hash VARCHAR, model VARCHAR, dateline_version VARCHAR, ingested_at TIMESTAMP"


def table_ddl(name: str) -> str:
    cols = [f'"{f.name}" {_DUCK_TYPES[f.type]}' for f in SCHEMAS[name]]
    if name == "articles":
        cols.append(_ARTICLE_EXTRA)
    if name in _KEYS:
        cols.append(_KEYS[name])
    return f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(cols)})"


def _v1() -> list[str]:
    return [table_ddl(name) for name in SCHEMAS]


def _v2() -> list[str]:
    """The knowledge base across articles: identities, quote provenance, conflicts."""
    return [
        """CREATE TABLE IF NOT EXISTS entities (
            entity_id VARCHAR PRIMARY KEY, name VARCHAR, gender VARCHAR,
            birth_from DATE, birth_to DATE, articles INTEGER, mentions INTEGER,
            first_seen DATE, last_seen DATE)""",
        """CREATE TABLE IF NOT EXISTS entity_members (
            entity_id VARCHAR, article_id VARCHAR, person_id VARCHAR, name VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS kb_quotes (
            kb_quote_id VARCHAR PRIMARY KEY, text VARCHAR, speaker_entity VARCHAR, speaker_name VARCHAR,
            first_article VARCHAR, first_quote VARCHAR, first_published DATE, first_outlet VARCHAR,
            given_to VARCHAR, appearances INTEGER, outlets VARCHAR[])""",
        """CREATE TABLE IF NOT EXISTS kb_quote_appearances (
            kb_quote_id VARCHAR, article_id VARCHAR, quote_id VARCHAR, published DATE,
            outlet VARCHAR, similarity DOUBLE)""",
        """CREATE TABLE IF NOT EXISTS conflicts (
            conflict_id VARCHAR, kind VARCHAR, entity_id VARCHAR, kb_quote_id VARCHAR, detail VARCHAR,
            article_a VARCHAR, evidence_a VARCHAR, article_b VARCHAR, evidence_b VARCHAR)""",
        "INSERT OR REPLACE INTO meta VALUES ('kb_stale', '1')",
    ]


def _v3() -> list[str]:
    """The organization that speaks a quote ("the company said")."""
    return ["ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_org VARCHAR"]


# Each migration takes the file from version n-1 to n; they run in order, in one transaction.
MIGRATIONS: list[tuple[int, callable]] = [(1, _v1), (2, _v2), (3, _v3)]
KB_TABLES = ("entities", "entity_members", "kb_quotes", "kb_quote_appearances", "conflicts")
SCHEMA_VERSION = MIGRATIONS[-1][0]
