"""The DuckDB store: round trips, idempotent and atomic ingest, one writer, Parquet export."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import DatelineError
from dateline.ingest import ingest
from dateline.store import Store, export_parquet, text_hash
from dateline.tables import TABLES, rows_to_records

from .conftest import EXAMPLES, FOUNDING
from .strategies import article_records

pytestmark = pytest.mark.filterwarnings("ignore")


def _db(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("db") / "t.duckdb")


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(article_records(), min_size=1, max_size=3, unique_by=lambda r: r.id))
def test_records_round_trip_through_duckdb_and_parquet(tmp_path_factory, records):
    db = _db(tmp_path_factory)
    with Store.open(db, write=True) as store:
        store.write_records(records)
        assert store.records([r.id for r in records]) == records
    folder = tmp_path_factory.mktemp("pq")
    export_parquet(db=db, folder=str(folder))
    tables = {name: pq.read_table(folder / f"{name}.parquet").to_pylist() for name in TABLES}
    by_id = {r.id: r for r in rows_to_records(tables)}
    assert [by_id[r.id] for r in records] == records


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=article_records(article_id="0123456789abcdef"))
def test_writing_the_same_article_twice_replaces_it(tmp_path_factory, first):
    db = _db(tmp_path_factory)
    with Store.open(db, write=True) as store:
        store.write_records([first])
        counts = store.counts()
        store.write_records([first])
        assert store.counts() == counts
        assert store.records([first.id]) == [first]


def test_text_hash_matches_the_store(tmp_path, founding):
    db = str(tmp_path / "t.duckdb")
    with Store.open(db, write=True) as store:
        store.write_records([founding])
        assert store.known([founding.id]) == {founding.id: text_hash(founding.text)}


@pytest.mark.slow
def test_ingest_is_idempotent_and_resumable(tmp_path):
    db = str(tmp_path / "t.duckdb")
    first = ingest([str(EXAMPLES)], db=db)
    assert (first.read, first.stored) == (46, 46)
    with Store.open(db) as store:
        counts = store.counts()
    second = ingest([str(EXAMPLES)], db=db)
    assert second.stored == 0 and second.skipped["already stored"] == 46 and not second.nothing_done
    with Store.open(db) as store:
        assert store.counts() == counts


def test_changed_text_is_analysed_again(tmp_path):
    db = str(tmp_path / "t.duckdb")
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"url": "https://x.org/1", "text": "Ann Lee spoke.", "date": "2020-01-01"}) + "\n")
    ingest([str(path)], db=db)
    path.write_text(json.dumps({"url": "https://x.org/1", "text": "Bob Roe spoke.", "date": "2020-01-01"}) + "\n")
    summary = ingest([str(path)], db=db)
    assert summary.stored == 1
    with Store.open(db) as store:
        assert [r["name"] for r in store.query("SELECT name FROM people")] == ["Bob Roe"]
        assert store.counts()["articles"] == 1


def test_duplicates_within_one_input_are_stored_once(tmp_path):
    db = str(tmp_path / "t.duckdb")
    summary = ingest([str(FOUNDING), str(FOUNDING)], db=db)
    assert summary.stored == 1 and summary.skipped["duplicate in input"] == 1


def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "dateline", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _corpus(path: Path, n: int) -> None:
    with path.open("w") as f:
        for i in range(n):
            text = f"Reporter {i} wrote that Maria Gomez, the mayor, opened bridge number {i} on Monday."
            f.write(json.dumps({"url": f"https://news.example/{i}", "text": text, "date": "2021-06-01"}) + "\n")


@pytest.mark.slow
def test_kill_during_ingest_then_ingest_again_loses_and_duplicates_nothing(tmp_path):
    corpus, db = tmp_path / "c.jsonl", tmp_path / "t.duckdb"
    _corpus(corpus, 600)
    proc = _cli("ingest", str(corpus), "--db", str(db))
    wal = Path(str(db) + ".wal")
    deadline, sizes = time.time() + 120, set()
    # The WAL grows once for the schema, then once per committed batch: kill after two batches.
    while time.time() < deadline and proc.poll() is None and len(sizes) < 3:
        if wal.exists() and wal.stat().st_size > 0:
            sizes.add(wal.stat().st_size)
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store.open(str(db)) as store:
        partial = store.counts()["articles"]
    assert 0 < partial < 600
    summary = ingest([str(corpus)], db=str(db))
    assert summary.skipped["already stored"] == partial and summary.stored == 600 - partial
    with Store.open(str(db)) as store:
        assert store.counts()["articles"] == 600
        dupes = store.query("SELECT count(*) AS n FROM (SELECT article_id, entity_id, seq FROM mentions "
                            "GROUP BY ALL HAVING count(*) > 1)")
        assert dupes[0]["n"] == 0
        assert store.query("SELECT count(DISTINCT article_id) AS n FROM people")[0]["n"] == 600


def test_a_second_writer_gets_one_line_naming_the_holder(tmp_path):
    db = str(tmp_path / "t.duckdb")
    with Store.open(db, write=True):
        proc = _cli("ingest", str(FOUNDING), "--db", db)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "[E003]" in lines[0] and f"PID {os.getpid()}" in lines[0]
    assert "Traceback" not in stderr


def test_reading_a_missing_or_foreign_database(tmp_path):
    with pytest.raises(DatelineError, match="E008"):
        Store.open(str(tmp_path / "none.duckdb"))
    foreign = tmp_path / "other.duckdb"
    import duckdb

    duckdb.connect(str(foreign)).execute("CREATE TABLE x (a INT)").close()
    with pytest.raises(DatelineError, match="E004"):
        Store.open(str(foreign))
    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("not a database")
    with pytest.raises(DatelineError, match="E012|E004"):
        Store.open(str(text_file))


def test_newer_schema_is_refused(tmp_path):
    db = str(tmp_path / "t.duckdb")
    with Store.open(db, write=True) as store:
        store.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(DatelineError, match="E005"):
        Store.open(db)


def test_export_writes_every_table(tmp_path, founding):
    db = str(tmp_path / "t.duckdb")
    with Store.open(db, write=True) as store:
        store.write_records([founding])
    written = export_parquet(db=db, folder=str(tmp_path / "out"))
    assert set(TABLES) <= set(written)
    assert written["articles"] == 1
    assert pq.read_table(tmp_path / "out" / "people.parquet").num_rows == len(founding.people)


def _store_at_version(tmp_path, version: int):
    """A DuckDB file as dateline wrote it at schema `version`, and a connection to fill it."""
    import duckdb

    from dateline.store import schema

    path = str(tmp_path / f"v{version}.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for _, steps in schema.MIGRATIONS[:version]:
        for sql in steps():
            con.execute(sql)
    con.execute(f"INSERT OR REPLACE INTO meta VALUES ('schema_version', '{version}')")
    return path, con


def test_a_version_3_file_is_migrated_keeping_its_articles(tmp_path):
    from dateline.store import schema

    path, con = _store_at_version(tmp_path, 3)
    con.execute("INSERT INTO articles VALUES ('a1', 's', DATE '2024-01-02', 'T', NULL, 'O', 'Text.', 'h', 'm', 'v', now())")
    con.execute("INSERT INTO quotes (article_id, quote_id, kind, text) VALUES ('a1', 'q1', 'direct', '\"Hi\"')")
    con.close()
    with Store.open(path, write=True) as store:
        (record,) = store.records(["a1"])
        assert (record.title, record.outlet, record.author, record.wire, record.place) == ("T", "O", None, None, None)
        assert record.quotes[0].attribution == "speech"
        assert store.meta("schema_version") == str(schema.SCHEMA_VERSION)


def test_a_version_4_file_gains_the_amount_and_unit_of_its_ages(tmp_path):
    path, con = _store_at_version(tmp_path, 4)
    con.execute("""INSERT INTO articles VALUES ('a1', 's', DATE '2024-01-02', 'T', NULL, 'O', 'Ann Lee, 52, said so.',
                   NULL, NULL, NULL, 'h', 'm', 'v', now())""")
    con.execute("INSERT INTO people VALUES ('a1', 'p1', 'Ann Lee', NULL)")
    con.execute("INSERT INTO ages VALUES ('a1', 'p1', 0, 52, 9, 11, DATE '1971-01-03', DATE '1972-01-02', false)")
    con.close()
    with Store.open(path, write=True) as store:
        (record,) = store.records(["a1"])
        (age,) = record.people[0].ages
        assert (age.age, age.amount, age.unit) == (52, 52, "Y")


def test_an_age_in_months_round_trips_through_the_store(tmp_path):
    from dateline import analyze

    record = analyze("Maria Gomez said her son Leo, 9 months, was unhurt.", "2024-06-03")
    with Store.open(str(tmp_path / "s.duckdb"), write=True) as store:
        store.write_records([record])
        (back,) = store.records([record.id])
    leo = next(p for p in back.people if p.name == "Leo")
    assert [(a.age, a.amount, a.unit) for a in leo.ages] == [(0, 9, "M")]


def test_a_version_5_file_dates_its_ages_by_their_articles(tmp_path):
    path, con = _store_at_version(tmp_path, 5)
    con.execute("""INSERT INTO articles VALUES ('a1', 's', DATE '2024-01-02', 'T', NULL, 'O', 'Ann Lee, 52, said so.',
                   NULL, NULL, NULL, 'h', 'm', 'v', now())""")
    con.execute("INSERT INTO people VALUES ('a1', 'p1', 'Ann Lee', NULL)")
    con.execute("""INSERT INTO ages VALUES ('a1', 'p1', 0, 52, 9, 11, DATE '1971-01-03', DATE '1972-01-02', false,
                   52, 'Y')""")
    con.close()
    with Store.open(path, write=True) as store:
        (record,) = store.records(["a1"])
        (age,) = record.people[0].ages
        assert (age.age, age.as_of, age.event) == (52, "2024-01-02", None)


def test_an_age_at_a_loss_round_trips_through_the_store(tmp_path, founding):
    with Store.open(str(tmp_path / "s.duckdb"), write=True) as store:
        store.write_records([founding])
        (back,) = store.records([founding.id])
    jack = next(p for p in back.people if p.name == "Jack")
    assert [(a.amount, a.unit, a.as_of, a.event, a.birth_from) for a in jack.ages] == [(20, "W", "2020-09", "loss", None)]
