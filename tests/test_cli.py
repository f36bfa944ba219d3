"""The CLI through its runner: every command has help and is documented; output and errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from dateline.cli import app

from .conftest import EXAMPLES, FOUNDING, ROOT, WIKINEWS

runner = CliRunner()


def _commands(group=None, prefix=()):
    group = group or get_command(app)
    for name, cmd in group.commands.items():
        path = (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, path)
        else:
            yield path


COMMANDS = sorted(_commands())


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_is_documented_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`dateline {' '.join(command)}\b", readme), f"README has no `dateline {' '.join(command)}`"


def test_extract_founding_article_as_json():
    result = runner.invoke(app, ["extract", str(FOUNDING), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] == "2022-05-16"
    people = {p["name"]: p for p in record["people"]}
    assert {"John Legend", "Chrissy Teigen", "Jack", "Luna", "Miles"} <= set(people)
    legend = [m["text"] for m in people["John Legend"]["mentions"]]
    assert sum("Legend" in t for t in legend) == record["text"].count("Legend")
    teigen = [m["text"] for m in people["Chrissy Teigen"]["mentions"]]
    assert "Teigen" in teigen and "Chrissy" in teigen
    assert "Guardian" in [o["name"] for o in record["organizations"]]
    for section in ("quotes", "times", "timeline"):
        assert section in record


@pytest.mark.slow
def test_extract_many_as_jsonl_and_json_array():
    result = runner.invoke(app, ["extract", str(WIKINEWS), str(FOUNDING), "--format", "jsonl"])
    lines = result.stdout.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 44
    assert all(json.loads(line)["id"] for line in lines)


def test_extract_pretty():
    result = runner.invoke(app, ["extract", str(FOUNDING), "--format", "pretty"])
    assert result.exit_code == 0 and "John Legend" in result.stdout


@pytest.mark.slow
def test_ingest_stats_people_export(tmp_path):
    db = str(tmp_path / "t.duckdb")
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    assert result.exit_code == 0, result.output
    assert "read 46 articles" in result.stderr and "stored 46" in result.stderr
    again = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    assert again.exit_code == 0 and "46 already stored" in again.stderr
    stats = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    assert json.loads(stats.stdout)["rows"]["articles"] == 46
    people = runner.invoke(app, ["people", "Legend", "--db", db, "--format", "json"])
    assert [p["name"] for p in json.loads(people.stdout)] == ["John Legend"]
    export = runner.invoke(app, ["export", "--parquet", str(tmp_path / "pq"), "--db", db])
    assert export.exit_code == 0 and (tmp_path / "pq" / "quotes.parquet").exists()


def test_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "env.duckdb"))
    assert runner.invoke(app, ["ingest", str(FOUNDING)]).exit_code == 0
    assert (tmp_path / "env.duckdb").exists()


def _one_line_error(result, code):
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and f"[{code}]" in errors[0], result.stderr


def test_missing_path(tmp_path):
    _one_line_error(runner.invoke(app, ["extract", str(tmp_path / "nope.txt")]), "E001")


def test_a_mistyped_path_creates_no_store(tmp_path):
    db = tmp_path / "t.duckdb"
    _one_line_error(runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(db)]), "E001")
    assert not db.exists()


def test_folder_without_articles(tmp_path):
    _one_line_error(runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "t.duckdb")]), "E002")


def test_bad_published_option(tmp_path):
    _one_line_error(runner.invoke(app, ["extract", str(FOUNDING), "--published", "soon"]), "E006")


def test_unknown_model():
    _one_line_error(runner.invoke(app, ["extract", str(FOUNDING), "--model", "no_such_model"]), "E007")


def test_bad_lines_are_reported_and_good_records_kept(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "Ann Lee opened the bridge.", "date": "2020-01-01"})
    path.write_text(f"{good}\n{{broken\n" + json.dumps({"text": "", "date": "2020-01-01"}) + "\n", encoding="utf-8")
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    db = str(tmp_path / "t.duckdb")
    result = runner.invoke(app, ["ingest", str(path), str(binary), "--db", db])
    assert result.exit_code == 0
    assert f"{path}:2" in result.stderr and "[W006]" in result.stderr
    assert "[W005]" in result.stderr and "[W008]" in result.stderr
    assert "stored 1" in result.stderr and "skipped 3" in result.stderr
    assert "Traceback" not in result.output


def test_a_warning_about_the_text_names_its_file_and_line_and_is_counted(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"text": "Ann Lee opened the bridge.", "date": "2020-01-01"},
            {"text": "The vote is on 10/12 in the hall.", "date": "2020-01-01"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2  # both records, the warning beside them
    (line,) = [x for x in result.stderr.splitlines() if "[W017]" in x]
    assert line.startswith(f"warning: [W017] {path}:2: '10/12' at character 15")
    assert "1 problem: 1 ambiguous numeric date (W017)" in result.stderr


@pytest.mark.parametrize("args", [["quotes", "--limit", "0"], ["quotes", "--bogus"], ["person"], ["nosuch"]])
def test_a_mistyped_command_line_is_one_line_not_a_box(args):
    done = subprocess.run([sys.executable, "-c", "from dateline.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: ") and "--help`)" in line and "Traceback" not in done.stderr


def test_names_and_query_words_need_no_quotes(tmp_path):
    db = str(tmp_path / "w.duckdb")
    runner.invoke(app, ["ingest", str(FOUNDING), "--db", db])
    assert "John Legend" in runner.invoke(app, ["person", "John", "Legend", "--db", db]).stdout
    assert "John Legend" in runner.invoke(app, ["people", "John", "Legend", "--db", db]).stdout
    quoted = runner.invoke(app, ["quotes", "raw", "sharing", "--db", db, "--format", "json"])
    assert [q["text"] for q in json.loads(quoted.stdout)] == ["“It was raw, sharing our experience,”"]


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("dateline ")


@pytest.mark.slow
def test_the_readme_cli_reference_is_generated_from_help():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + " (run `make readme`)"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"#### `dateline {' '.join(command)}`" in readme


def test_batch_says_each_problem_as_ingest_does(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Ann Lee opened the bridge on Monday.", "date": "2020-01-01"}) + "\n{broken\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["batch", str(feed), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"warning: [W006] {feed}:2: malformed JSON" in result.stderr
    assert ": 1 article in " in result.stderr and f"1 problem (in {tmp_path / 'out'}/_problems/)" in result.stderr
