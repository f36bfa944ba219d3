"""The DuckDB store: schema, ingest, queries and Parquet export."""

from .duck import Store, default_db, text_hash
from .export import export_csv, export_parquet
from .ingest import IngestSummary, ingest

__all__ = ["IngestSummary", "Store", "default_db", "export_csv", "export_parquet", "ingest", "text_hash"]
