"""The TempEval-3 Task A evaluation: TimeML reading, the measures, the command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dateline.cli.eval_time import time as eval_time_command
from dateline.eval.scoring import prf
from dateline.eval.time import Timex as Span
from dateline.eval.time import TimexCounts as Counts
from dateline.eval.time import evaluate_time, format_time_report, relaxed_pairs
from dateline.eval.timeml import read_timeml

from .conftest import shared_data

TINY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false" functionInDocument="CREATION_TIME">19980206</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05">yesterday</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DATE" value="1997" temporalFunction="true">last year</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3> of talks.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tiny(tmp_path):
    folder = tmp_path / "timeml"
    folder.mkdir()
    (folder / "tiny.tml").write_text(TINY, encoding="utf-8")
    return folder


def test_read_timeml(tiny):
    doc = read_timeml(tiny / "tiny.tml")
    assert doc.dct == "1998-02-06"
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-02-05", None),
        ("last year", "DATE", "1997", None),
        ("about two weeks", "DURATION", "P2W", "APPROX"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert "& rose" in doc.text and "<" not in doc.text


def test_relaxed_matching_is_one_to_one():
    gold = [Span(0, 10, "DATE", "a"), Span(20, 30, "DATE", "b")]
    system = [Span(0, 5, "DATE", "a"), Span(4, 12, "DATE", "x"), Span(25, 40, "TIME", "b")]
    pairs = relaxed_pairs(gold, system)
    assert {(g.value, s.value) for g, s in pairs} == {("a", "x"), ("b", "b")}  # the larger overlap wins


def test_measures():
    counts = Counts()
    gold = [Span(0, 10, "DATE", "a"), Span(20, 30, "DATE", "b"), Span(50, 60, "SET", "P1D")]
    system = [Span(0, 10, "DATE", "a"), Span(22, 30, "DATE", "c"), Span(70, 80, "DATE", "z")]
    counts.add(gold, system)
    m = counts.measures()
    assert m["strict"] == prf(1, 3, 3)
    assert m["relaxed"] == {"p": 0.6667, "r": 0.6667, "f1": 0.6667}
    assert m["value"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333}
    assert (m["type_accuracy"], m["value_accuracy"]) == (1.0, 0.5)
    assert prf(0, 0, 0) == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_evaluate_tiny_corpus_beside_dateparser(tiny):
    result = evaluate_time([tiny])
    assert result["gold"] == 3 and result["documents"] == 1
    assert result["relaxed"]["f1"] == 1.0 and result["value"]["f1"] == 1.0
    assert set(result["dateparser"]) >= {"strict", "relaxed", "value", "type", "value_accuracy", "type_accuracy"}
    report = format_time_report(result)
    assert "dateline" in report and "dateparser" in report


def test_command_json(tiny):
    runner = CliRunner()
    app = _app()
    out = runner.invoke(app, [str(tiny), "--format", "json", "--no-baseline"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)  # a skipped corpus is warned about on stderr
    for key in ("strict", "relaxed", "value", "type"):
        assert set(data[key]) == {"p", "r", "f1"}
    assert {"value_accuracy", "type_accuracy"} <= set(data)


def test_command_without_data_says_so_in_one_line(tmp_path):
    out = CliRunner().invoke(_app(), [str(tmp_path / "absent")])
    assert out.exit_code == 1
    assert out.output.count("\n") == 1 and "E001" in out.output
    empty = CliRunner().invoke(_app(), [str(tmp_path)])
    assert empty.exit_code == 1 and "E013" in empty.output


@pytest.mark.slow
def test_runs_as_a_cli_command():
    # `python -m dateline.eval.time` is gone (issue 12): the CLI is the way in.
    done = subprocess.run([sys.executable, "-m", "dateline", "eval", "time", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "--format" in done.stdout


@pytest.mark.shared_data
def test_timebank_sample_scores():
    """A fast check on the real corpus (20 TimeBank documents); the full run is in docs/accuracy.md."""
    folder = shared_data("timeml", "TimeBank")
    result = evaluate_time([folder], limit=20, baseline=False)
    assert result["gold"] > 100
    assert result["relaxed"]["f1"] >= 0.85
    assert result["value"]["f1"] >= 0.70


def _app():
    import typer

    app = typer.Typer()
    app.command()(eval_time_command)
    return app
