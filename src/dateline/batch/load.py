"""`load`: a batch's Parquet output into the DuckDB store, then the knowledge base rebuilt.

Every part is checked first and all shards are loaded in one transaction: a
half-written output loads nothing. An article already in the store is replaced
by the shard's rows, so loading the same output twice leaves the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..about import __version__
from ..errors import DatelineError, Errors
from ..store.duck import Store
from ..tables import SCHEMAS, TABLES
from .core import DONE


@dataclass(slots=True)
class LoadSummary:
    shards: int = 0
    articles: int = 0


def load_parquet(folder: str, *, db: str | None = None, model: str | None = None) -> LoadSummary:
    """Load every finished shard of a batch output folder into the store, all or nothing.

    Every part of every finished shard is checked before anything is written (a table
    folder missing, a part missing, truncated or of another schema is error E030), and
    the shards are loaded in one transaction.
    """
    root = Path(folder)
    markers = sorted((root / DONE).glob("*.json")) if (root / DONE).exists() else []
    if not markers:
        raise DatelineError(Errors.E013.format(path=folder, what="finished batch shards (run `dateline batch` first)"))
    shards = [_checked_shard(root, marker.stem) for marker in markers]
    summary = LoadSummary()
    with Store.open(db, write=True) as store:
        try:
            with store.transaction():
                for files in shards:
                    summary.articles += _load_shard(store, files, model)
                    summary.shards += 1
        except duckdb.Error as err:  # checked above; a part changed underfoot is still one line
            raise DatelineError(Errors.E030.format(path=folder, detail=str(err).splitlines()[0][:160])) from None
        from ..kb.build import rebuild

        rebuild(store)
    return summary


def _checked_shard(root: Path, shard: str) -> dict[str, Path]:
    """The parts of a finished shard, each one readable with the columns its table needs."""
    import pyarrow.parquet as pq

    files = {}
    for name in TABLES:
        if not (root / name).is_dir():
            raise DatelineError(Errors.E030.format(path=root, detail=f"no {name}/ table folder"))
        path = root / name / f"part-{shard}.parquet"
        if not path.exists():
            raise DatelineError(Errors.E030.format(path=root, detail=f"shard {shard} has no {name} part"))
        try:
            columns = set(pq.read_schema(path).names)
        except Exception as err:  # pyarrow's errors on a truncated file vary by version
            raise DatelineError(Errors.E030.format(path=path, detail=f"unreadable Parquet: {str(err)[:120]}")) from None
        missing = [f.name for f in SCHEMAS[name] if f.name not in columns]
        if missing:
            raise DatelineError(Errors.E030.format(path=path, detail="no column " + ", ".join(missing)))
        files[name] = path
    return files


def _load_shard(store: Store, files: dict[str, Path], model: str | None) -> int:
    """One shard's rows, replacing its articles' earlier ones (inside load_parquet's transaction)."""
    con = store.con
    ids_sql = f"SELECT id FROM read_parquet('{_quote(files['articles'])}')"
    for name in TABLES:
        key = "id" if name == "articles" else "article_id"
        con.execute(f"DELETE FROM {name} WHERE {key} IN ({ids_sql})")
    for name in TABLES:
        cols = ", ".join(f'"{f.name}"' for f in SCHEMAS[name])
        source = f"read_parquet('{_quote(files[name])}')"
        if name == "articles":
            con.execute(
                f"INSERT INTO articles ({cols}, text_hash, model, dateline_version, ingested_at) "
                f"SELECT {cols}, sha256(text)[:16], ?, ?, now() FROM {source}",
                [model, __version__],
            )
        else:
            con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM {source}")
    store.set_meta("kb_stale", "1")
    return con.execute(f"SELECT count(*) FROM {source_of(files['articles'])}").fetchone()[0]


def source_of(path: Path) -> str:
    return f"read_parquet('{_quote(path)}')"


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
