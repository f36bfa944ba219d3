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


# Each migration takes the file from version n-1 to n; they run in order, in one transaction.
MIGRATIONS: list[tuple[int, callable]] = [(1, _v1)]
SCHEMA_VERSION = MIGRATIONS[-1][0]
