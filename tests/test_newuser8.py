"""newuser8: a media researcher's and an analyst's walk — identities across years of coverage.

Each test failed on main `5eed0e2`.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.kb.identity import name_key

from .test_kb import _entities, _ingest

runner = CliRunner()

RIVAL = {
    "url": "https://coast.example/bid", "date": "2024-03-12", "outlet": "coast.example",
    "text": "Rosalind Achebe is running for the leadership of the federation. Her rival, Tom Greaves, 58, "
            "said she was not a national leader.",
}
DEPUTY = {
    "url": "https://harbour.example/race", "date": "2024-03-22", "outlet": "harbour.example",
    "text": "Tom Greaves, 57, said on Thursday he had the backing of nine regions. His opponent, Rosalind Achebe, "
            "said members voted, not regions.",
}


def test_ages_a_year_apart_with_a_shared_companion_are_one_person_and_a_conflict(tmp_path):
    # 58 on 2024-03-12 and 57 on 2024-03-22 cannot both be true, but they miss by days, not decades: one shared
    # companion (Rosalind Achebe) joins them, and the slip is a conflict with both sources (was two Tom Greaves)
    db = _ingest(tmp_path, [RIVAL, DEPUTY])
    (entity,) = _entities(db, "Tom Greaves")
    assert entity["articles"] == 2
    conflicts = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).stdout)
    (age,) = [c for c in conflicts if c["person"] == "Tom Greaves"]
    assert age["kind"] == "age" and {age["outlet_a"], age["outlet_b"]} == {"coast.example", "harbour.example"}


def test_ages_a_year_apart_without_shared_context_stay_two(tmp_path):
    db = _ingest(tmp_path, [
        {"url": "https://a.example/1", "date": "2024-03-12", "text": "Tom Greaves, 58, opened the bakery on Monday."},
        {"url": "https://b.example/2", "date": "2024-03-22", "text": "Tom Greaves, 57, won the chess final."},
    ])
    assert len(_entities(db, "Tom Greaves")) == 2


def test_womens_short_names_share_the_key_of_the_full_name():
    assert name_key("Roz Achebe") == name_key("Rosalind Achebe")
    assert name_key("Becky Hale") == name_key("Rebecca Hale")
    assert name_key("Debbie Mills") == name_key("Deborah Mills")


def test_speaker_search_finds_a_person_by_a_name_of_another_article(tmp_path):
    # "Roz Achebe" in one outlet, "Rosalind Achebe" in another: one person, and --speaker Roz finds both quotes
    # (was only the words of the person's chosen name, "Rosalind Achebe": nothing)
    db = _ingest(tmp_path, [
        {"url": "https://a.example/1", "date": "2023-03-04", "outlet": "a.example",
         "text": "\"We will not back down,\" said Roz Achebe, the union's leader."},
        {"url": "https://b.example/2", "date": "2023-03-10", "outlet": "b.example",
         "text": "\"This is a win for every worker,\" said Rosalind Achebe, the union's general secretary."},
    ])
    (entity,) = _entities(db, "Rosalind Achebe")
    assert entity["articles"] == 2
    out = json.loads(runner.invoke(app, ["quotes", "--db", db, "--speaker", "Roz", "--format", "json"]).stdout)
    assert {q["outlet"] for q in out} == {"a.example", "b.example"}


def test_exported_quotes_count_by_the_speakers_gender(tmp_path):
    # whose voices: one GROUP BY over quotes.parquet (was a join with entities.parquet on speaker_id)
    import duckdb

    db = _ingest(tmp_path, [RIVAL, DEPUTY])
    out = tmp_path / "pq"
    assert runner.invoke(app, ["export", "--db", db, "--parquet", str(out)]).exit_code == 0
    rows = dict(duckdb.sql(f"SELECT speaker_gender, count(*) FROM '{out}/quotes.parquet' GROUP BY 1").fetchall())
    assert rows.get("male", 0) >= 1 and rows.get("female", 0) >= 1
