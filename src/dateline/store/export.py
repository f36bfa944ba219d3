"""`export`: every table of the store as Parquet, one file per table."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import DatelineError, Errors
from .duck import Store


def export_parquet(*, db: str | None = None, folder: str) -> dict[str, int]:
    """Write each table to FOLDER/<table>.parquet; returns rows written per table.

    Each file is written under a temporary name and renamed, so a reader
    never sees half a file.
    """
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DatelineError(Errors.E010.format(path=folder, detail=err.strerror)) from None
    written = {}
    with Store.open(db) as store:
        tables = [r["table_name"] for r in store.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
        )]
        for name in tables:
            target = out / f"{name}.parquet"
            partial = out / f".{name}.parquet.partial"
            store.con.execute(f"COPY {name} TO '{_quote(partial)}' (FORMAT PARQUET)")
            os.replace(partial, target)
            written[name] = store.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    return written


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
