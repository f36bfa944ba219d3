"""One description of a record's columns: tables.COLUMNS drives the Arrow schemas and the rows;
the frozen SQL migrations, the records and the API's record model agree with it column by column."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json

import pyarrow as pa
from pydantic import TypeAdapter

from dateline.records import ArticleRecord
from dateline.store import Store
from dateline.store import schema
from dateline.tables import COLUMNS, SCHEMAS, record_rows, records_to_arrow, rows_to_records

from .conftest import ROOT

DUCK_TYPES = {
    pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.date32(): "DATE", pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN", pa.list_(pa.string()): "VARCHAR[]",
}
STORE_ONLY = {"articles": ["text_hash", "model", "dateline_version", "ingested_at"]}  # provenance of an analysis
GOLDEN = ROOT / "tests" / "golden" / "2022-05-16-legend-teigen.json"


def _golden_record() -> ArticleRecord:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return ArticleRecord.from_dict(data.get("record", data))


def test_schemas_are_the_column_table():
    assert list(SCHEMAS) == list(COLUMNS)
    for name, table in COLUMNS.items():
        assert SCHEMAS[name].names == [c.name for c in table.columns]


def test_a_migrated_file_has_exactly_the_columns_of_the_schemas(tmp_path):
    with Store.open(str(tmp_path / "t.duckdb"), write=True) as store:
        for name, arrow in SCHEMAS.items():
            rows = store.query(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [name])
            expected = [(f.name, DUCK_TYPES[f.type]) for f in arrow]
            got = [(r["column_name"], r["data_type"]) for r in rows]
            extra = STORE_ONLY.get(name, [])
            assert got[: len(expected)] == expected, name
            assert [c for c, _ in got[len(expected):]] == extra, name


def test_the_first_migration_is_literal_sql():
    tree = ast.parse(inspect.getsource(schema._v1).lstrip())
    (ret,) = [n for n in ast.walk(tree) if isinstance(n, ast.Return)]
    assert isinstance(ret.value, ast.List)
    assert all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in ret.value.elts)


def test_rows_follow_the_schemas_and_come_back_as_the_record():
    record = _golden_record()
    rows = record_rows(record)
    for name, table_rows in rows.items():
        assert all(len(r) == len(SCHEMAS[name]) for r in table_rows), name
    tables = {name: t.to_pylist() for name, t in records_to_arrow([record]).items()}
    assert all(t.schema == SCHEMAS[n] for n, t in records_to_arrow([record]).items())
    assert rows_to_records(tables) == [record]


def _fields(cls) -> dict:
    return {f.name: f for f in dataclasses.fields(cls)}


def test_the_api_record_model_is_the_records_field_by_field():
    """The API's record schema is read by pydantic off the dataclasses, so it cannot drift from them."""
    spec = TypeAdapter(ArticleRecord).json_schema(mode="serialization")
    defs = spec.get("$defs", {})
    assert set(spec["properties"]) == set(_fields(ArticleRecord))
    from dateline import records

    for name, model in defs.items():
        cls = getattr(records, name)
        assert set(model["properties"]) == set(_fields(cls)), name


def test_api_models_agree_with_the_columns_they_share():
    """A listing's field named like a stored column has that column's type (QuoteHit reads `quotes`)."""
    import typing
    from datetime import date

    from dateline.web import models

    python_type = {pa.string(): str, pa.int32(): int, pa.float64(): float, pa.date32(): date, pa.bool_(): bool}
    pairs = [(models.QuoteHit, "quotes"), (models.ArticleSummary, "articles")]
    for model, table in pairs:
        shared = 0
        for field in SCHEMAS[table]:
            if field.name not in model.model_fields or field.type not in python_type:
                continue
            shared += 1
            annotation = model.model_fields[field.name].annotation
            kinds = {a for a in typing.get_args(annotation) if a is not type(None)} or {annotation}
            assert kinds == {python_type[field.type]}, (model.__name__, field.name, annotation)
        assert shared >= 3, model.__name__
