"""The DuckDB store: persistence only (schema, migrations, writes, reads, Parquet and CSV export)."""

from .duck import Store, default_db, text_hash
from .export import export_csv, export_parquet

__all__ = ["Store", "default_db", "export_csv", "export_parquet", "text_hash"]
