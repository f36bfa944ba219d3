"""Who printed a quote: the CLI's "printed by", the API's quote listing and the quote's page agree.

An article with no outlet (a local file) that printed the words first is among them, by its file,
as `/api/quotes/ID` lists it among its sources.
"""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app
from dateline.kb.build import rebuild
from dateline.records import ArticleRecord, Mention, Person, Quote, Speaker
from dateline.store import Store
from dateline.web import create_app

QUOTE = "“We will not rest until every family in this valley has clean water to drink,”"


def _record(article_id, published, outlet, source):
    text = f"{QUOTE} said Ada Obi on Monday."
    start = text.index("Ada Obi")
    return ArticleRecord(
        id=article_id, source=source, published=published, title=None, url=None, outlet=outlet, text=text,
        people=(Person(id="p1", name="Ada Obi", mentions=(Mention(start, start + 7, "Ada Obi", "full"),)),),
        quotes=(Quote(id="q1", kind="direct", text=QUOTE, start=0, end=len(QUOTE), speaker=Speaker("p1", "Ada Obi", 0, 0)),),
    )


def _store(tmp_path):
    db = str(tmp_path / "p.duckdb")
    with Store.open(db, write=True) as store:
        store.write_records([
            _record("a" * 16, "2021-05-01", None, "notes/ada.txt"),  # a local file: no outlet
            _record("b" * 16, "2021-05-03", "Valley News", None),
            _record("c" * 16, "2021-05-04", "Valley News", None),  # the same outlet again: named once
        ])
        rebuild(store)
    return db


def test_cli_and_api_name_every_printer_earliest_first(tmp_path):
    db = _store(tmp_path)
    result = CliRunner().invoke(app, ["quotes", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 3 and all(r["printers"] == ["notes/ada.txt", "Valley News"] for r in rows)
    assert all(r["outlets"] == ["Valley News"] for r in rows)  # the knowledge base's outlets, as before
    tsv = CliRunner().invoke(app, ["quotes", "--db", db]).stdout  # piped: TSV with the screen's columns
    header, first = tsv.splitlines()[:2]
    assert dict(zip(header.split("\t"), first.split("\t")))["printers"] == "notes/ada.txt; Valley News"
    web = create_app(db)
    try:
        client = TestClient(web)
        (hit, *_) = client.get("/api/quotes").json()["items"]
        assert hit["printers"] == ["notes/ada.txt", "Valley News"]
        sources = client.get(f"/api/quotes/{hit['kb_quote_id']}").json()["sources"]
        assert [s["outlet"] or s["source"] for s in sources][:2] == ["notes/ada.txt", "Valley News"]
        assert "notes/ada.txt, Valley News" in client.get("/quotes").text
    finally:
        web.state.db.close()


def test_exported_quotes_carry_the_printers(tmp_path):
    import pyarrow.parquet as pq

    from dateline.store.export import export_parquet

    export_parquet(db=_store(tmp_path), folder=str(tmp_path / "out"))
    rows = pq.read_table(tmp_path / "out" / "quotes.parquet").to_pylist()
    assert [r["printers"] for r in rows] == [["notes/ada.txt", "Valley News"]] * 3
