"""The DuckDB store: one file, one writer at a time, atomic writes per batch.

Only one process may hold a DuckDB file for writing; a second one gets a
one-line error naming the holder rather than a lock traceback. Each batch of
records is written in one transaction, so `kill -9` loses at most the batch in
flight, and ingesting it again leaves the same rows (an article's rows are
replaced, never duplicated).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from ..about import __version__
from ..errors import DatelineError, Errors
from ..records import ArticleRecord
from ..tables import SCHEMAS, TABLES, records_to_arrow, rows_to_records
from .schema import MIGRATIONS, SCHEMA_VERSION

_HOLDER = re.compile(r"held in (.+?) \(PID (\d+)\)")
# Columns of each table of each file, read once: only a migration changes them (and clears this).
_COLUMNS: dict[tuple[str, str], frozenset[str]] = {}


def default_db() -> str:
    """--db, else $DATELINE_DB, else ./dateline.duckdb."""
    return os.environ.get("DATELINE_DB") or "dateline.duckdb"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Store:
    """A dateline database. Open with `Store.open(path, write=...)`; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, write: bool) -> None:
        self.con = con
        self.path = path
        self.write = write

    @classmethod
    def open(cls, path: str | None = None, *, write: bool = False) -> Store:
        path = str(path or default_db())
        if not write and not Path(path).exists():
            raise DatelineError(Errors.E008.format(db=path))
        try:
            con = duckdb.connect(path, read_only=not write)
        except duckdb.IOException as err:
            raise _lock_error(path, err) from None
        except duckdb.Error as err:
            raise DatelineError(Errors.E012.format(db=path, detail=str(err).splitlines()[0][:160])) from None
        store = cls(con, path, write)
        try:
            store._check_schema()
        except BaseException:
            con.close()  # a refused file is left as it was, and free for its owner
            raise
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ------------------------------------------------------------

    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def _check_schema(self) -> None:
        try:
            found = self.schema_version()
        except duckdb.Error as err:
            raise DatelineError(Errors.E004.format(db=self.path, detail=str(err).splitlines()[0][:120])) from None
        if found > SCHEMA_VERSION:
            raise DatelineError(Errors.E005.format(db=self.path, found=found, known=SCHEMA_VERSION))
        if found < SCHEMA_VERSION:
            if not self.write:
                if found == 0:
                    raise DatelineError(Errors.E004.format(db=self.path, detail="no dateline tables"))
                return  # an older file is still readable; it is migrated on the next write
            if found == 0:
                self._refuse_foreign()
            self._migrate(found)

    def columns(self, table: str) -> frozenset[str]:
        """The columns `table` has in this file (an older file may lack newer ones)."""
        key = (os.path.realpath(self.path), table)
        if key not in _COLUMNS:
            cur = self.con.execute(f"SELECT * FROM {table} LIMIT 0")
            _COLUMNS[key] = frozenset(d[0] for d in cur.description)
        return _COLUMNS[key]

    def _refuse_foreign(self) -> None:
        """Another program's DuckDB file is not made a dateline one: its tables stay as they are."""
        names = [r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        names += [r[0] for r in self.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        if names:
            shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
            raise DatelineError(Errors.E004.format(db=self.path, detail=f"it holds other tables: {shown}"))

    @property
    def kb_stale(self) -> bool:
        """True when articles were stored after the knowledge base was last rebuilt (an interrupted run)."""
        try:
            return self.meta("kb_stale") == "1"
        except duckdb.Error:
            return False

    def _migrate(self, found: int) -> None:
        _COLUMNS.clear()
        with self.transaction():
            self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            for version, steps in MIGRATIONS:
                if version > found:
                    for sql in steps():
                        self.con.execute(sql)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    def transaction(self):
        return _Transaction(self.con)

    # -- writing -----------------------------------------------------------

    def known(self, ids: Iterable[str]) -> dict[str, str]:
        """Article id -> text hash, for the ids already stored."""
        ids = list(ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return dict(rows)

    def write_records(self, records: list[ArticleRecord], *, model: str | None = None) -> None:
        """Store a batch atomically, replacing earlier rows of the same articles."""
        if not records:
            return
        arrow = records_to_arrow(records)
        ids = [r.id for r in records]
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        with self.transaction():
            existing = list(self.known(ids))
            if existing:
                self._delete(existing)
            for name in TABLES:
                table = arrow[name]
                if table.num_rows == 0:
                    continue
                self.con.register("_batch", table)
                try:
                    if name == "articles":
                        self.con.execute(
                            "INSERT INTO articles SELECT *, sha256(text)[:16], ?, ?, ? FROM _batch",
                            [model, __version__, now],
                        )
                    else:
                        cols = ", ".join(f'"{f.name}"' for f in SCHEMAS[name])
                        self.con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM _batch")
                finally:
                    self.con.unregister("_batch")
            self.set_meta("kb_stale", "1")

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _delete(self, ids: list[str]) -> None:
        for name in TABLES:
            key = "id" if name == "articles" else "article_id"
            self.con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [ids])

    # -- reading -----------------------------------------------------------

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def records(self, ids: list[str]) -> list[ArticleRecord]:
        """Stored articles rebuilt as records, in the order of `ids`."""
        tables = {}
        for name in TABLES:
            key = "id" if name == "articles" else "article_id"
            cols = ", ".join(f'"{f.name}"' for f in SCHEMAS[name])
            tables[name] = self.query(
                f"SELECT {cols} FROM {name} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [ids]
            )
        found = {r.id: r for r in rows_to_records(tables)}
        return [found[i] for i in ids if i in found]

    def record(self, article_id: str) -> ArticleRecord | None:
        found = self.records([article_id])
        return found[0] if found else None

    def counts(self) -> dict[str, int]:
        return {name: self.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")


def _lock_error(path: str, err: Exception) -> DatelineError:
    text = str(err)
    match = _HOLDER.search(text)
    if match or "lock" in text.lower():
        holder = f"PID {match.group(2)}, {Path(match.group(1)).name}" if match else "unknown process"
        return DatelineError(Errors.E003.format(db=path, holder=holder))
    return DatelineError(Errors.E012.format(db=path, detail=text.splitlines()[0][:160]))
