"""The researcher's workbench in the CLI: `dateline quotes`, one `--format` set, TSV when piped, CSV export."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store

from .test_cli import COMMANDS

runner = CliRunner()
pytestmark = pytest.mark.slow  # every test reads the demo store, built by analysing all the examples


@pytest.fixture(scope="module")
def demo(demo_store, tmp_path_factory):
    """The store `make demo` builds: the bundled examples, with the invented reprints (examples/README.md).

    A copy of the session's demo store (conftest), which has checked that all 46 were stored.
    """
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    shutil.copyfile(demo_store, db)
    return str(db)


def test_quotes_of_john_legend_as_csv(demo):
    result = runner.invoke(app, ["quotes", "--speaker", "John Legend", "--format", "csv", "--db", demo])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"text", "speaker_name", "speaker_entity", "published", "outlet", "url", "cue", "outlets"} <= set(rows[0])
    assert {r["speaker_name"] for r in rows} == {"John Legend"}
    assert len({r["speaker_entity"] for r in rows}) == 1  # one person across the three articles
    founding = [r for r in rows if r["published"] == "2022-05-16"]
    assert any(r["text"] == "“It was raw, sharing our experience,”" for r in founding)
    assert len(founding) >= 7
    reprinted = [r for r in rows if r["text"].startswith("“I was worried")]
    assert reprinted and all(r["outlets"] == "celebwire.example; dailybeat.example" for r in reprinted)


def test_quotes_filters(demo):
    def texts(*args):
        result = runner.invoke(app, ["quotes", *args, "--format", "json", "--db", demo])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    raw = texts("raw", "--speaker", "Legend")
    assert {q["text"] for q in raw} == {"“It was raw, sharing our experience,”", "“It was so raw, sharing our experience,”"}
    assert all(q["kind"] == "partial" for q in texts("--kind", "partial", "--speaker", "Legend"))
    assert {q["outlet"] for q in texts("--outlet", "dailybeat")} == {"dailybeat.example"}
    assert {q["published"] for q in texts("--since", "2022-05-17", "--until", "2022-05-18", "--speaker", "Legend")} == {"2022-05-17"}
    assert len(texts("--speaker", "Legend", "--limit", "2")) == 2
    oldest = texts("--sort", "date", "--limit", "1")[0]["published"]
    assert oldest == min(q["published"] for q in texts("--limit", "1000") if q["published"])


def test_attribution_filter_is_a_clear_error_without_the_column(demo):
    with Store.open(demo) as store:
        has = bool(store.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'quotes' "
                               "AND column_name = 'attribution'"))
    result = runner.invoke(app, ["quotes", "--attribution", "speech", "--db", demo, "--format", "json"])
    if has:
        assert result.exit_code == 0 and all(q["attribution"] == "speech" for q in json.loads(result.stdout))
    else:
        assert result.exit_code == 1 and "[E018]" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in (("serve",), ("batch",), ("load",), ("bench",))],
                         ids=" ".join)
def test_unknown_format_is_a_one_line_error(command, demo):
    from typer.main import get_command

    cmd = get_command(app)
    for name in command:
        cmd = cmd.commands[name]
    if not any("--format" in p.opts for p in cmd.params):
        pytest.skip(f"dateline {' '.join(command)} has no --format")
    args = {"person": ["John Legend"], "extract": ["examples/2022-05-16-legend-teigen.txt"]}.get(command[-1], [])
    result = runner.invoke(app, [*command, *args, "--format", "bogus", "--db", demo] if "--db" in str(
        [p.opts for p in cmd.params]) else [*command, *args, "--format", "bogus"])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E019]" in lines[0] and "'bogus'" in lines[0], result.stderr


def test_piped_tables_are_tsv_and_never_cut(demo):
    result = runner.invoke(app, ["people", "--db", demo, "--limit", "200"])  # CliRunner's stdout is not a terminal
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["name", "entity_id", "articles"]
    legend = next(line.split("\t") for line in lines if line.startswith("John Legend\t"))
    assert legend[5:7] == ["1978-05-17", "1979-05-16"] and "…" not in result.stdout


def test_a_terminal_table_keeps_dates_whole_in_80_columns(demo):
    from dateline.cli.formats import write_rows
    from dateline.cli.people import PEOPLE_COLUMNS, list_people

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    import os
    os.environ["COLUMNS"] = "80"
    try:
        write_rows(list_people(db=demo, limit=20), PEOPLE_COLUMNS, "table", stream=out)
    finally:
        del os.environ["COLUMNS"]
    assert "1978-05-17" in out.getvalue() and "1979-05-16" in out.getvalue() and "…" not in out.getvalue()


def test_export_csv_and_parquet_carry_who_where_when(demo, tmp_path):
    result = runner.invoke(app, ["export", "--csv", str(tmp_path / "csv"), "--parquet", str(tmp_path / "pq"),
                                 "--db", demo])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(open(tmp_path / "csv" / "quotes.csv", encoding="utf-8")))
    wanted = {"text", "speaker_id", "speaker", "published", "outlet", "url", "kb_quote_id", "outlets"}
    assert wanted <= set(rows[0])
    legend = [r for r in rows if r["speaker"] == "John Legend"]
    assert legend and all(r["speaker_id"].startswith("e") and r["published"] for r in legend)
    assert any(r["outlet"] == "celebwire.example" and r["url"].startswith("https://celebwire") for r in legend)
    table = pq.read_table(tmp_path / "pq" / "quotes.parquet")
    assert wanted <= set(table.column_names) and table.num_rows == len(rows)
    assert (tmp_path / "csv" / "articles.csv").exists()
    nothing = runner.invoke(app, ["export", "--db", demo])
    assert nothing.exit_code == 2 and "--csv" in nothing.stderr


def test_demo_has_a_conflict_and_a_quote_printed_by_two_outlets(demo):
    conflicts = json.loads(runner.invoke(app, ["conflicts", "--db", demo, "--format", "json"]).stdout)
    assert {"age", "quote_wording"} <= {c["kind"] for c in conflicts}
    age = next(c for c in conflicts if c["kind"] == "age")
    assert {age["published_a"], age["published_b"]} == {"2022-05-16", "2022-05-19"}
    quotes = json.loads(runner.invoke(app, ["quotes", "--db", demo, "--format", "json", "--limit", "500"]).stdout)
    assert any(len(q["outlets"] or []) >= 2 for q in quotes)


def test_attribution_filter_on_a_store_that_records_it(demo, tmp_path):
    """The column the quotes engineer adds (speech|thought|intention): simulated on a copy of the demo store."""
    import shutil

    import duckdb

    db = str(tmp_path / "with-attribution.duckdb")
    shutil.copy(demo, db)
    con = duckdb.connect(db)
    if not con.execute("SELECT 1 FROM information_schema.columns WHERE table_name = 'quotes' "
                       "AND column_name = 'attribution'").fetchone():
        con.execute("ALTER TABLE quotes ADD COLUMN attribution VARCHAR")
    con.execute("UPDATE quotes SET attribution = CASE WHEN text ILIKE '%worried%' THEN 'thought' ELSE 'speech' END")
    con.close()
    result = runner.invoke(app, ["quotes", "--attribution", "thought", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["attribution"] == "thought" and "worried" in r["text"] for r in rows)
    bogus = runner.invoke(app, ["quotes", "--attribution", "shouting", "--db", db])
    assert bogus.exit_code == 2 and "[E019]" in bogus.stderr


def test_a_chosen_facet_value_is_always_listed_and_years_run_newest_first(demo):
    from dateline.kb.search import PeopleFilters, people_facets

    with Store.open(demo) as store:
        everyone = people_facets(store, PeopleFilters())["year"]
        chosen = people_facets(store, PeopleFilters(year=2006))["year"]
    years = [f["value"] for f in everyone]
    assert years == sorted(years, reverse=True)
    assert chosen[0]["value"] == 2006  # listed (first) even when twelve other years are newer
