"""Defects a new user's walk found outside the coreference passes (seventeenth round, branch misc9)."""

from __future__ import annotations

import json

from dateline import analyze
from dateline.readers import Problem, read_articles


def _read(*paths, **kw):
    items = list(read_articles([str(p) for p in paths], **kw))
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


# -- undated input ----------------------------------------------------------


def test_a_json_line_with_no_date_is_kept_with_a_warning_naming_its_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [{"text": "The mayor said the bridge would open."},
             {"text": "The council met on Monday.", "date": "2022-05-16"},
             {"text": "Nobody said when.", "date": ""}]
    path.write_text("".join(json.dumps(o) + "\n" for o in lines), encoding="utf-8")
    articles, problems = _read(path)
    assert [a.published for a in articles] == [None, "2022-05-16", None]
    assert [p.code for p in problems] == ["W001", "W001"]
    assert problems[0].message.startswith(f"[W001] {path}:1: no date field (date_publish/published/date/pubDate)")
    assert f"{path}:3:" in problems[1].message


def test_a_json_record_with_no_date_is_silent_under_published_and_skipped_records_warn_once(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Just text."}) + "\n" + json.dumps({"text": "  "}) + "\n", encoding="utf-8")
    articles, problems = _read(path, published="2020-02-02")
    assert [a.published for a in articles] == ["2020-02-02"] and [p.code for p in problems] == ["W005"]
    _, problems = _read(path)
    assert [p.code for p in problems] == ["W001", "W005"]  # the empty record: its skip alone


def test_a_json_array_record_with_no_date_names_its_index(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([{"text": "Dated.", "date": "2022-05-16"}, {"text": "Undated."}]), encoding="utf-8")
    _, problems = _read(path)
    assert [p.message.split(": ")[0] for p in problems] == [f"[W001] {path}:2"]


# -- a range's first bare hour -------------------------------------------------


def _times(text):
    return [(t.text, t.value) for t in analyze(text, "2022-05-16").times]


def test_a_ranges_first_bare_hour_takes_the_part_of_the_day_said_after_the_second():
    assert _times("The clinic is open from six until nine in the morning.") == [
        ("six", "2022-05-16T06:00"), ("nine in the morning", "2022-05-16T09:00")]
    assert _times("The shop opens from 6 to 9 in the evening.") == [
        ("6", "2022-05-16T18:00"), ("9 in the evening", "2022-05-16T21:00")]
    assert _times("Polls are open between seven and ten tonight.")[0] == ("seven", "2022-05-16T19:00")


def test_a_first_hour_past_the_seconds_on_the_clock_is_before_noon_or_not_guessed():
    times = _times("The market runs from eleven until two in the afternoon.")
    assert times == [("eleven", "2022-05-16T11:00"), ("two in the afternoon", "2022-05-16T14:00")]
    # "from eleven until two in the morning" starts the day before: no value is guessed for "eleven"
    assert [text for text, _ in _times("The bar is open from eleven until two in the morning.")] == ["two in the morning"]


def test_numbers_that_are_no_hours_stay_numbers():
    assert _times("Turnout grew from six to nine percent.") == []
    assert [t for t, _ in _times("Sentences rose from 10 to 12 years.")] == ["12 years"]  # as before: no clock


# -- one quote printed by several outlets ----------------------------------------


def _printing(article_id, published, outlet, text, addressee=None, speaker=True):
    from dateline.records import Addressee, ArticleRecord, Person, Quote, Speaker

    return ArticleRecord(
        id=article_id, source=None, published=published, title=None, url=None, outlet=outlet, text=text,
        people=(Person(id="p1", name="Ada Obi"),) if speaker else (),
        quotes=(Quote(id="q1", kind="direct", text=text, start=0, end=len(text),
                      speaker=Speaker("p1", "Ada Obi", 0, 0) if speaker else None,
                      addressee=Addressee(addressee, addressee, 0, 0) if addressee else None),),
    )


WORDS = "We will not rest until every family in this valley has clean water to drink"


def _kb_quote(tmp_path, records):
    from dateline.kb.build import rebuild
    from dateline.store import Store

    with Store.open(str(tmp_path / "q.duckdb"), write=True) as store:
        store.write_records(records)
        rebuild(store)
        (row,) = store.query("SELECT * FROM kb_quotes")
        return row


def test_given_to_is_the_earliest_sources_addressee_not_a_reprints(tmp_path):
    row = _kb_quote(tmp_path, [
        _printing("a" * 16, "2021-05-01", "Valley News", WORDS),
        _printing("b" * 16, "2021-05-03", "Wire", WORDS, addressee="reporters"),
    ])
    assert (row["first_outlet"], row["given_to"]) == ("Valley News", None)


def test_given_to_of_an_earliest_source_that_names_one(tmp_path):
    row = _kb_quote(tmp_path, [
        _printing("b" * 16, "2021-05-03", "Wire", WORDS, addressee="reporters"),
        _printing("a" * 16, "2021-05-01", "The Guardian", WORDS, addressee="the Guardian"),
    ])
    assert (row["first_outlet"], row["given_to"]) == ("The Guardian", "the Guardian")


def test_the_speakers_id_and_name_come_from_one_printing(tmp_path):
    row = _kb_quote(tmp_path, [
        _printing("a" * 16, "2021-05-01", "Valley News", WORDS, speaker=False),
        _printing("b" * 16, "2021-05-03", "Wire", WORDS),
    ])
    assert row["first_outlet"] == "Valley News"
    assert row["speaker_name"] == "Ada Obi" and row["speaker_entity"] is not None


# -- a run of "she said" after a described speaker -----------------------------------


def test_a_run_of_she_said_after_a_described_speaker_stays_with_that_speaker():
    text = ("Margaret Hollis, who ran the harbour cafe for forty years, died on Monday. She was 91.\n\n"
            "Her daughter said: “She loved the sea.”\n\n“She never missed a tide,” she said. “She swam every morning,” she added.")
    quotes = analyze(text, "2024-03-05").quotes
    assert [q.speaker.name for q in quotes] == ["Her daughter"] * 3
    assert all(q.speaker.person is None for q in quotes)  # the daughter is no person of the record
