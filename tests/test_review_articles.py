"""The fourth new-user review's articles through `dateline extract`: times against the publication date, bad input."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

FOLDER = Path(__file__).parent / "review_articles"


@pytest.fixture(scope="module")
def extracted():
    result = CliRunner().invoke(app, ["extract", str(FOLDER), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result, {r["source"].split("review_articles/")[1]: r for r in records}


def _expected():
    rows = defaultdict(list)
    for line in (FOLDER / "expected_times.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, text, kind, value = line.split("\t")
            rows[source].append((text, kind, value or None))  # empty: a time of no value TIMEX3 can write
    return rows


def test_every_good_record_is_kept_and_each_bad_one_is_one_coded_line(extracted):
    result, records = extracted
    assert result.exit_code == 0
    assert len(records) == 15  # 7 texts, 1 page, 4 crawl lines (one undated), 2 + 1 WARC records
    problems = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert [p.split()[1] + " " + p.split()[2].rsplit("/", 1)[-1] for p in problems] == [
        "[W006] crawl.jsonl:2:", "[W011] crawl.jsonl:6:", "[W004] crawl.jsonl:7:", "[W003] crawl.jsonl:9:",
        "[W006] crawl.jsonl:10:", "[W010] truncated.warc:2:"]
    assert "Traceback" not in result.output and "W017" not in result.stderr


@pytest.mark.parametrize("source", sorted(_expected()))
def test_times_are_right_against_the_publication_date(extracted, source):
    _, records = extracted
    found = [(t["text"], t["type"], t["value"]) for t in records[source]["times"]]
    assert [x for x in _expected()[source] if x not in found] == []


def test_the_page_and_the_crawls_carry_their_metadata(extracted):
    _, records = extracted
    page = records["bridge.html"]
    assert (page["published"], page["outlet"], page["author"]) == ("2025-10-03", "Coastal Post", "Kate Morgan")
    assert page["title"] == "Harbour bridge reopens after two-year closure"
    assert records["crawl.jsonl:8"]["published"] == "2025-08-08"  # a Unix timestamp
    assert records["crawl.jsonl:9"]["published"] is None
    assert records["crawl.warc:1"]["outlet"] == "localnews.example.co.uk"
