"""The article page shows what was said by default, thoughts and intentions on request; byline and wire in its head."""

from __future__ import annotations

import dataclasses
import warnings

import pytest

with warnings.catch_warnings():  # starlette now asks for httpx2; httpx (a test dependency) still works
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from dateline import analyze
from dateline.store import Store
from dateline.web import create_app

TEXT = (
    "WASHINGTON (AP) — Helen Marsh denies fraud. \"I did nothing wrong,\" Marsh told reporters on Monday."
)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("page") / "p.duckdb")
    record = analyze(TEXT, published="2024-03-04", title="Marsh speaks")
    record = dataclasses.replace(record, author="Jane Rowe")
    with Store.open(db, write=True) as store:
        store.write_records([record])
    app = create_app(db)
    client = TestClient(app)
    yield lambda query="": client.get(f"/articles/{record.id}{query}").text
    app.state.db.close()


def test_speech_by_default_the_rest_on_request(page):
    default, everything = page(), page("?quotes=all")
    assert "I did nothing wrong" in default and "I did nothing wrong" in everything
    assert "quotes=all" in default and ">fraud<" not in default.replace("\n", "")
    assert "intention" in everything and "quotes=speech" in everything


def test_byline_and_wire_in_the_head(page):
    html = page()
    assert "by Jane Rowe" in html and "WASHINGTON (Associated Press)" in html


def test_stored_record_keeps_author_wire_place_attribution(tmp_path):
    db = str(tmp_path / "r.duckdb")
    record = analyze(TEXT, published="2024-03-04")
    with Store.open(db, write=True) as store:
        store.write_records([record])
        (back,) = store.records([record.id])
    assert back == record
    assert (back.wire, back.place) == ("Associated Press", "WASHINGTON")
    assert {q.attribution for q in back.quotes} == {"speech", "intention"}
