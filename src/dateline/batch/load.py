"""`load`: a batch's Parquet output into the DuckDB store, then the knowledge base rebuilt.

Each finished shard is loaded in its own transaction; an article already in
the store is replaced by the shard's rows, so loading the same output twice
leaves the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
    """Load every finished shard of a batch output folder into the store."""
    root = Path(folder)
    markers = sorted((root / DONE).glob("*.json")) if (root / DONE).exists() else []
    if not markers:
        raise DatelineError(Errors.E013.format(path=folder, what="finished batch shards (run `dateline batch` first)"))
    summary = LoadSummary()
    with Store.open(db, write=True) as store:
        for marker in markers:
            shard = marker.stem
            files = {name: root / name / f"part-{shard}.parquet" for name in TABLES}
            if not all(f.exists() for f in files.values()):
                continue
            summary.articles += _load_shard(store, files, model)
            summary.shards += 1
        from ..kb.build import rebuild

        rebuild(store)
    return summary


def _load_shard(store: Store, files: dict[str, Path], model: str | None) -> int:
    con = store.con
    with store.transaction():
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
