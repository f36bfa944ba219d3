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
    # 11 texts, 2 pages, 4 crawl lines (one undated), 2 items of a JSON array, 2 + 1 WARC records
    assert len(records) == 22
    problems = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert [p.split()[1] + " " + p.split()[2].rsplit("/", 1)[-1] for p in problems] == [
        "[W006] crawl.jsonl:2:", "[W011] crawl.jsonl:6:", "[W004] crawl.jsonl:7:", "[W003] crawl.jsonl:9:",
        "[W006] crawl.jsonl:10:", "[W004] feed.json:2:", "[W011] feed.json:4:", "[W010] truncated.warc:2:"]
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


def test_a_page_with_only_og_metadata(extracted):
    _, records = extracted
    page = records["library-og.html"]
    assert (page["published"], page["outlet"], page["author"]) == ("2025-06-20", "Riverside Courier", "Sam Patel")
    assert page["title"] == "Library to open on Sundays" and not page["text"].startswith("Library to open")
    assert "Home" not in page["text"] and "©" not in page["text"]  # navigation and footer left out


def _person(record, name):
    (person,) = [p for p in record["people"] if p["name"] == name]
    return person


# (source, name, ages as (amount, unit, as_of, event), roles), checked by hand against each article
PEOPLE = [
    # "who turns 24 next month": born in October 2001, within the interval of "23"
    ("2025-09-02-transfer.txt", "Tomas Varga", [(23, "Y", "2025-09-02", None), (24, "Y", "2025-10", "birthday")],
     ["striker"]),
    ("2025-09-02-transfer.txt", "Mark Doyle", [(34, "Y", "2025-09-02", None)], ["captain"]),
    ("2025-09-02-transfer.txt", "Leon Price", [(19, "Y", "2025-09-02", None)], ["defender"]),  # "Defender Leon Price"
    ("2025-09-02-transfer.txt", "Chris Allen", [], ["manager"]),
    ("2025-11-05-study.txt", "David Okoye", [], ["professor"]),
    # "son Oliver and daughter Isla were born at 24 weeks in September": gestational, dated by the birth
    ("2026-01-09-twins.txt", "Oliver", [(24, "W", "2025-09", "birth")], []),
    ("2026-01-09-twins.txt", "Isla", [(24, "W", "2025-09", "birth")], []),
    ("2026-01-09-twins.txt", "Helen Grant", [], ["consultant"]),
    ("2026-04-14-qa.txt", "Ruth Adeyemi", [(61, "Y", "2026-04-14", None)], []),
    ("2026-04-14-qa.txt", "Grace", [(34, "Y", "2026-04-14", None)], []),
    ("feed.json:3", "Carla Rossi", [(45, "Y", "2025-03-04", None)], ["owner"]),
    ("library-og.html", "Janet Moore", [], ["councillor"]),
]


@pytest.mark.parametrize("source, name, ages, roles", PEOPLE)
def test_people_ages_and_roles(extracted, source, name, ages, roles):
    _, records = extracted
    person = _person(records[source], name)
    assert [(a["amount"], a["unit"], a["as_of"], a["event"]) for a in person["ages"]] == ages
    assert [r["title"] for r in person["roles"]] == roles


def test_ages_at_past_times_are_not_ages_now(extracted):
    # "since she was 16", "since he was a boy", "stop at sixty": no age records
    _, records = extracted
    assert [a["amount"] for a in _person(records["feed.json:3"], "Carla Rossi")["ages"]] == [45]
    assert all(a["amount"] != 60 for p in records["2026-04-14-qa.txt"]["people"] for a in p["ages"])


def test_both_twins_have_their_father(extracted):
    _, records = extracted
    record = records["2026-01-09-twins.txt"]
    ids = {p["id"]: p["name"] for p in record["people"]}
    for name in ("Oliver", "Isla"):
        assert [(r["type"], ids[r["person"]]) for r in _person(record, name)["relations"]] == [("parent", "Daniel Hart")]
