"""The store and the CLI around it under bad input (issue 17): all or nothing, never silent."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.batch import run_batch
from dateline.batch.load import load_parquet
from dateline.cli import app as cli
from dateline.errors import DatelineError
from dateline.ingest import ingest
from dateline.store import Store

ROWS = [
    {"text": "Mayor Maria Gomez, 52, opened the bridge on Friday.", "date": "2020-01-10", "url": "https://ex.com/a"},
    {"text": "John Carter, 40, said the road would open in March.", "date": "2020-01-11", "url": "https://ex.com/b"},
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    out = root / "out"
    run_batch([_jsonl(root / "in.jsonl", ROWS * 2 + [{**r, "url": r["url"] + "2"} for r in ROWS])],
              out=str(out), lines_per_shard=2)
    return out


def _articles(db) -> int:
    with Store.open(str(db)) as store:
        return store.counts()["articles"]


# -- 5: load of a half-written batch ----------------------------------------------


def test_load_without_a_table_folder_loads_nothing(batch_out, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(batch_out, out)
    shutil.rmtree(out / "quotes")
    db = tmp_path / "x.duckdb"
    with pytest.raises(DatelineError) as caught:
        load_parquet(str(out), db=str(db))
    assert caught.value.code == "E030" and "quotes" in str(caught.value)
    assert not db.exists() or _articles(db) == 0


def test_load_with_a_truncated_part_loads_nothing(batch_out, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(batch_out, out)
    part = sorted((out / "people").glob("*.parquet"))[-1]
    part.write_bytes(part.read_bytes()[:40])
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(cli, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 1 and "[E030]" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert not db.exists() or _articles(db) == 0


def test_load_of_a_whole_batch(batch_out, tmp_path):
    summary = load_parquet(str(batch_out), db=str(tmp_path / "x.duckdb"))
    assert summary.articles == 6 and _articles(tmp_path / "x.duckdb") == 4  # the same URL twice is one article


# -- 7: two texts under one URL ------------------------------------------------------


def test_the_later_text_of_a_url_replaces_the_earlier_in_one_run(tmp_path):
    first = ROWS[0]
    second = {**first, "text": "Mayor Maria Gomez, 53, closed the bridge on Monday."}
    problems = []
    summary = ingest([_jsonl(tmp_path / "a.jsonl", [first, second])], db=str(tmp_path / "x.duckdb"),
                     on_problem=problems.append)
    assert [p.code for p in problems] == ["W024"] and ":2" in problems[0].message
    assert summary.stored == 1 and summary.replaced == 1
    with Store.open(str(tmp_path / "x.duckdb")) as store:
        assert [r["text"] for r in store.query("SELECT text FROM articles")] == [second["text"]]


def test_the_later_text_of_a_url_replaces_the_stored_one_with_a_warning(tmp_path):
    db = str(tmp_path / "x.duckdb")
    ingest([_jsonl(tmp_path / "a.jsonl", ROWS[:1])], db=db)
    changed = {**ROWS[0], "text": "Mayor Maria Gomez, 53, closed the bridge on Monday."}
    problems = []
    summary = ingest([_jsonl(tmp_path / "b.jsonl", [changed])], db=db, on_problem=problems.append)
    assert [p.code for p in problems] == ["W023"] and summary.replaced == 1
    with Store.open(db) as store:
        assert [r["text"] for r in store.query("SELECT text FROM articles")] == [changed["text"]]
    again = ingest([_jsonl(tmp_path / "b.jsonl", [changed])], db=db)  # the same text again: already stored
    assert again.skipped["already stored"] == 1 and again.replaced == 0


# -- 8: the store's small ones ----------------------------------------------------------


def test_db_on_another_programs_duckdb_file_is_refused(tmp_path):
    db = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.close()
    path = _jsonl(tmp_path / "a.jsonl", ROWS[:1])
    result = CliRunner().invoke(cli, ["ingest", path, "--db", str(db)])
    assert result.exit_code == 1 and "[E004]" in result.stderr and "invoices" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()] == ["invoices"]
    con.close()


def test_a_stale_knowledge_base_is_reported(tmp_path):
    db = str(tmp_path / "x.duckdb")
    ingest([_jsonl(tmp_path / "a.jsonl", ROWS[:1])], db=db)
    runner = CliRunner()
    assert "W025" not in runner.invoke(cli, ["people", "--db", db]).stderr
    with Store.open(db, write=True) as store:  # as a run killed between its writes and the rebuild leaves it
        store.set_meta("kb_stale", "1")
    result = runner.invoke(cli, ["people", "--db", db])
    assert "[W025]" in result.stderr and "dateline ingest" in result.stderr
    ingest([_jsonl(tmp_path / "a.jsonl", ROWS[:1])], db=db)  # running it again rebuilds the knowledge base
    assert "W025" not in runner.invoke(cli, ["people", "--db", db]).stderr


def test_ansi_escapes_never_reach_the_terminal(tmp_path):
    row = {"text": "Mayor \x1b[2J\x1b]0;pwned\x07Maria Gomez, 52, said \x1b[31m\"we open on Friday,\" on Monday.",
           "title": "Bridge\x1b[5m news", "date": "2020-01-10"}
    result = CliRunner().invoke(cli, ["extract", _jsonl(tmp_path / "a.jsonl", [row]), "--format", "pretty"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "Bridge news" in result.stdout


def test_extract_ends_with_the_count_of_problems(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("{bad\n" + "[" * 1100 + "]" * 1100 + "\n" + json.dumps(ROWS[0]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    assert "2 problems: 2 malformed JSON (W006)" in result.stderr and "Traceback" not in result.output


def test_empty_jsonl_through_the_cli_says_so(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "[W020]" in result.stderr


def test_max_chars_above_spacys_limit_is_accepted(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", ROWS[:1])
    result = CliRunner().invoke(cli, ["extract", path, "--format", "jsonl", "--max-chars", "5000000"])
    assert result.exit_code == 0 and json.loads(result.stdout)["people"]
