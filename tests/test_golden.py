"""Golden records of the bundled samples.

A change in what dateline extracts shows here as a diff to review. After a
reviewed change, regenerate with `make golden` (DATELINE_UPDATE_GOLDEN=1),
which also rewrites the example record in docs/record.md.
"""

from __future__ import annotations

import json
import os
from functools import cache

import pytest

from dateline import analyze_many, read_articles
from dateline.readers import Problem

from .conftest import FOUNDING, ROOT, WIKINEWS

GOLDEN = ROOT / "tests" / "golden"
DOC = ROOT / "docs" / "record.md"
START, END = "<!-- record:start -->", "<!-- record:end -->"
UPDATE = bool(os.environ.get("DATELINE_UPDATE_GOLDEN"))


@cache  # the golden tests and the people check read the same samples: analyse each once per session
def _records(path) -> tuple:
    """Records of a sample, read by its path relative to the project (as `source` shows it)."""
    relative = str(path.relative_to(ROOT))
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        articles = [a for a in read_articles([relative]) if not isinstance(a, Problem)]
        records = tuple(analyze_many(articles))
    finally:
        os.chdir(cwd)
    # an article whose analysis fails is skipped with a warning: regenerating would silently drop it
    assert len(records) == len(articles), f"{len(articles) - len(records)} article(s) of {relative} failed analysis"
    return records


def digest(record) -> dict:
    """What a reviewer wants to see change: names, quotes and times, not every offset."""
    names = {p.id: p.name for p in record.people}
    return {
        "id": record.id,
        "people": [[p.name, p.gender, len(p.mentions), [a.age for a in p.ages]] for p in record.people],
        "organizations": [o.name for o in record.organizations],
        "quotes": [[q.kind, q.speaker.name if q.speaker else None, q.text[:60]] for q in record.quotes],
        "times": [[t.text, t.type, t.value, t.mod] for t in record.times],
        "relations": sorted(
            [p.name, r.type, names.get(r.person, r.person)] for p in record.people for r in p.relations
        ),
    }


def _check(path, produced: str) -> None:
    if UPDATE:
        path.write_text(produced, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make golden` and review it")
    expected = path.read_text(encoding="utf-8")
    assert produced == expected, f"{path.name} changed: review the diff, then `make golden`"


def test_founding_record_is_golden():
    (record,) = _records(FOUNDING)
    produced = json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n"
    _check(GOLDEN / "2022-05-16-legend-teigen.json", produced)
    doc = DOC.read_text(encoding="utf-8")
    before, rest = doc.split(START, 1)
    _, after = rest.split(END, 1)
    block = f"{START}\n```json\n{produced}```\n{END}"
    if UPDATE:
        DOC.write_text(before + block + after, encoding="utf-8")
    else:
        assert before + block + after == doc, "docs/record.md shows an outdated record: run `make golden`"


@pytest.mark.slow
def test_wikinews_digests_are_golden():
    produced = "".join(json.dumps(digest(r), ensure_ascii=False) + "\n" for r in _records(WIKINEWS))
    _check(GOLDEN / "wikinews.digest.jsonl", produced)


@pytest.mark.parametrize("path", [FOUNDING, WIKINEWS], ids=["founding", "wikinews"])
def test_every_person_a_record_names_is_one_of_its_people(path):
    """Speakers, relations and timeline entries point at people of the record (groups are none)."""
    for record in _records(path):
        people = {p.id for p in record.people}
        named = {q.speaker.person for q in record.quotes if q.speaker is not None and q.speaker.person}
        named |= {r.person for p in record.people for r in p.relations}
        named |= {pid for e in record.timeline for pid in e.people}
        assert named <= people, (record.id, named - people)
        assert not any(m.kind == "group" for p in record.people for m in p.mentions)
