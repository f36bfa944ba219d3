"""Time expressions: extraction, normalization against the publication date, anchors, timeline."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dateline import analyze
from dateline.records import ArticleRecord

PUB = "2022-05-16"  # a Monday


def times(text: str, published: str | None = PUB):
    return analyze(text, published=published).times


def one(text: str, published: str | None = PUB):
    found = times(text, published)
    assert len(found) == 1, f"{text!r}: {[(t.text, t.value) for t in found]}"
    return found[0]


def by_text(record, text):
    matches = [t for t in record.times if t.text == text]
    assert matches, f"no time {text!r} in {[t.text for t in record.times]}"
    return matches[0]


# -- the founding article (issue 4, "Done when") -------------------------------------


def test_founding_september_2020(founding):
    t = by_text(founding, "September 2020")
    assert (t.type, t.value, t.earliest, t.latest) == ("DATE", "2020-09", "2020-09-01", "2020-09-30")


def test_founding_earlier_this_year(founding):
    t = by_text(founding, "Earlier this year")
    assert (t.value, t.mod, t.earliest, t.latest) == ("2022", "START", "2022-01-01", "2022-05-16")


def test_founding_later_this_year(founding):
    t = by_text(founding, "later this year")
    assert (t.value, t.mod, t.earliest, t.latest) == ("2022", "END", "2022-05-16", "2022-12-31")


def test_founding_more_than_a_year_later_hangs_on_september_2020(founding):
    t = by_text(founding, "more than a year later")
    september = by_text(founding, "September 2020")
    assert t.anchor == september.id
    assert t.earliest >= "2021-09-01" and t.latest <= "2022-05-16"


def test_founding_twenty_weeks(founding):
    t = by_text(founding, "20 weeks")
    assert (t.type, t.value) == ("DURATION", "P20W")


@pytest.mark.parametrize("word", ["43", "36", "6-year-old", "4-year-old", "we", "eighth"])
def test_founding_no_time_in_ages_pronouns_ordinals(founding, word):
    spans = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", founding.text, re.I)]
    assert spans
    for s, e in spans:
        assert not any(t.start < e and s < t.end for t in founding.times), f"{word!r} at {s} is in a time"


def test_founding_offsets_and_timeline(founding):
    for t in founding.times:
        assert founding.text[t.start : t.end] == t.text
    assert founding.timeline, "the founding article has a timeline"
    keys = [(e.earliest, e.latest) for e in founding.timeline]
    assert keys == sorted(keys)
    first = founding.timeline[0]
    assert first.earliest == "2020-09-01"
    names = {p.id: p.name for p in founding.people}
    assert {"John Legend", "Chrissy Teigen"} <= {names[p] for p in first.people}


# -- explicit and partial dates ---------------------------------------------------------


def test_full_date_with_weekday():
    t = one("Thursday, February 23, 2006 was cold.")
    assert (t.value, t.anchor) == ("2006-02-23", None)


def test_yearless_date_takes_nearest_year():
    assert one("The deadline is Feb. 26.", "2006-03-01").value == "2006-02-26"
    assert one("The offer was extended to Jan. 14.", "2000-01-05").value == "2000-01-14"


def test_weekday_by_tense():
    assert one("He resigned on Friday.").value == "2022-05-13"
    assert one("She will speak on Friday.").value == "2022-05-20"


def test_month_without_year_by_tense():
    assert one("Sales fell in March.").value == "2022-03"
    assert one("The shuttle will fly in December.").value == "2022-12"


def test_numeric_dates():
    assert one("Published 2022-05-01 online.").value == "2022-05-01"


# -- relative to the publication ----------------------------------------------------------


@pytest.mark.parametrize(
    "text,value,earliest,latest",
    [
        ("It happened last week.", "2022-W19", "2022-05-09", "2022-05-15"),
        ("Prices rose this month.", "2022-05", "2022-05-01", "2022-05-31"),
        ("It opens next year.", "2023", "2023-01-01", "2023-12-31"),
        ("He left two days ago.", "2022-05-14", "2022-05-14", "2022-05-14"),
        ("She arrived yesterday.", "2022-05-15", "2022-05-15", "2022-05-15"),
        ("It happened last summer.", "2021-SU", "2021-06-01", "2021-08-31"),
    ],
)
def test_relative_dates(text, value, earliest, latest):
    t = one(text)
    assert (t.type, t.value, t.earliest, t.latest, t.anchor) == ("DATE", value, earliest, latest, "publication")


def test_references():
    t = one("He recently left.")
    assert (t.value, t.earliest, t.latest) == ("PAST_REF", None, PUB)
    assert one("Now the work begins.").value == "PRESENT_REF"


def test_parts_of_periods():
    t = one("Sales will recover in early 2023.")
    assert (t.value, t.mod, t.earliest) == ("2023", "START", "2023-01-01")
    assert t.latest < "2023-06-01"
    late = one("It closed in late November 2021.")
    assert (late.value, late.mod, late.earliest, late.latest) == ("2021-11", "END", "2021-11-21", "2021-11-30")


def test_quarters_halves_seasons():
    assert one("The company reported third-quarter results.").value == "2021-Q3"
    assert one("Profit rose in the first half of 2021.").value == "2021-H1"
    assert one("It was built in the summer of 1994.").value == "1994-SU"


def test_holidays():
    assert one("They will meet at Christmas.").value == "2022-12-25"
    assert one("Thanksgiving 2021 was quiet.").value == "2021-11-25"


def test_decades_and_centuries():
    assert one("Prices soared in the 1990s.").value == "199"
    assert one("It was built in the 20th century.").value == "19"
    assert one("In the '80s it boomed.").value == "198"


# -- durations and sets ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value,mod",
    [
        ("It took 20 weeks.", "P20W", None),
        ("It lasted more than a year.", "P1Y", "MORE_THAN"),
        ("He served two and a half years.", "P2Y6M", None),
        ("It took a minute and a half.", "PT1M30S", None),
        ("They talked for several hours.", "PTXH", None),
        ("Sales rose over the past two months.", "P2M", None),
    ],
)
def test_durations(text, value, mod):
    t = one(text)
    assert (t.type, t.value, t.mod, t.earliest, t.latest) == ("DURATION", value, mod, None, None)


@pytest.mark.parametrize(
    "text,value",
    [("He runs every year.", "P1Y"), ("We meet every Monday.", "XXXX-WXX-1"), ("It is updated daily.", "P1D")],
)
def test_sets(text, value):
    t = one(text)
    assert (t.type, t.value) == ("SET", value)


# -- narrative anchors ----------------------------------------------------------------------


def test_narrative_offset_hangs_on_the_last_time():
    record = analyze("In 2010 he moved to Paris. Two years later he married.", published=PUB)
    first, later = record.times
    assert (later.value, later.anchor) == ("2012", first.id)


def test_next_day_hangs_on_the_last_date():
    record = analyze("On March 3, 2019, she arrived. The next day she left.", published=PUB)
    assert (record.times[1].value, record.times[1].anchor) == ("2019-03-04", record.times[0].id)


def test_year_earlier_compares_with_the_quarter_reported():
    record = analyze(
        "Profit rose in the third quarter. A year earlier it fell. Sales were flat a year earlier.",
        published="1989-10-26",
    )
    assert [t.value for t in record.times] == ["1989-Q3", "1988-Q3", "1988-Q3"]


# -- no false times --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A 6-year-old girl and a five-year-old boy.",
        "Smith, 43, said so.",
        "The team won 3-2.",
        "It cost $1990.",
        "They hired 2000 workers.",
        "He flew on Flight 1990.",
        "His eighth album is out.",
        "We may fall, but they march on.",
        "She is in her 90s.",
        "A second group arrived.",
        "Iraq imports three-quarters of its food.",
    ],
)
def test_no_false_times(text):
    assert times(text) == ()


def test_without_publication_date_relative_times_are_unresolved():
    found = times("He left last week, on Sept. 30 and in 1999.", None)
    values = {t.text: t.value for t in found}
    assert values["1999"] == "1999"
    assert values["Sept. 30"] == "XXXX-09-30"
    assert all(t.earliest is None for t in found if t.text != "1999")


# -- timeline and record --------------------------------------------------------------------------


def test_timeline_sorted_with_people():
    text = "John Smith was born in 1950. Mary Jones joined him in 2001. Last week Smith retired."
    record = analyze(text, published=PUB)
    entries = record.timeline
    assert [e.earliest[:4] for e in entries] == ["1950", "2001", "2022"]
    smith = next(p.id for p in record.people if p.name == "John Smith")
    assert smith in entries[0].people and smith in entries[2].people
    for e in entries:
        assert text[e.start : e.end].strip()


def test_timeline_entry_ends_at_its_last_word():
    text = "Smith retired in 2001.\n\nJones joined in 2005.\n\n"
    record = analyze(text, published=PUB)
    assert [text[e.start : e.end] for e in record.timeline] == ["Smith retired in 2001.", "Jones joined in 2005."]


def test_times_survive_the_record_round_trip(founding):
    again = ArticleRecord.from_dict(founding.to_dict())
    assert again.times == founding.times and again.timeline == founding.timeline


# -- pieces -------------------------------------------------------------------------------------------


def test_periods_and_durations():
    from dateline.pipeline.times.normalize import duration_value
    from dateline.pipeline.times.values import Period, easter

    q = Period.of("Q", date(1989, 10, 26))
    assert (q.value, q.next(-1).value, q.shift(-1, "Y").value) == ("1989-Q4", "1989-Q3", "1988-Q4")
    assert Period.of("W", date(2022, 5, 16)).value == "2022-W20"
    assert Period.of("S", date(1998, 1, 10)).value == "1997-WI"
    assert easter(2022) == date(2022, 4, 17)
    assert [duration_value(a, u) for a, u in ((1.5, "H"), (None, "Y"), (3, "D"), (0.5, "Y"))] == ["PT1H30M", "PXY", "P3D", "P6M"]


def test_trigger_windows_find_what_a_full_scan_finds(founding):
    import json

    from dateline.pipeline.times.grammar import grammar

    wikinews = Path(__file__).resolve().parent.parent / "examples" / "wikinews.jsonl"
    g = grammar()
    texts = [founding.text] + [json.loads(line)["maintext"] for line in wikinews.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        assert g.find(text) == g.scan(text)


def test_timeline_per_person():
    from dateline.pipeline.times.timeline import timeline_of

    record = analyze("John Smith was born in 1950. Mary Jones joined in 2001.", published=PUB)
    jones = next(p.id for p in record.people if p.name == "Mary Jones")
    assert [e.earliest for e in timeline_of(record, jones)] == ["2001-01-01"]


def test_narrative_offset_is_no_more_precise_than_its_anchor():
    record = analyze("The law passed in 2012. A day after, protests began.", published=PUB)
    after = record.times[1]
    assert (after.value, after.earliest, after.latest) == ("2012", "2012-01-02", "2013-01-01")


def test_season_in_a_name_is_no_time():
    assert times("He skated at the 2014 Winter Olympics.") == ()


def test_end_of_a_period_is_its_last_third_not_from_publication():
    t = one("The plant closes by the end of the decade.", "2023-03-08")
    assert (t.value, t.mod, t.earliest, t.latest) == ("202", "END", "2026-09-02", "2029-12-31")


def test_component_on_a_hand_built_doc():
    """The grammar needs no trained model; without a parse, the doc is one timeline sentence."""
    import spacy
    from spacy.tokens import Doc

    import dateline.pipeline  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("dateline_times")
    doc = Doc(nlp.vocab, words=["Prices", "fell", "last", "week", "."], spaces=[True, True, True, False, False])
    doc._.published = PUB
    doc = tagger(doc)
    (t,) = doc._.dl_times
    assert (t.text, t.value) == ("last week", "2022-W19")
    assert [e.time for e in doc._.dl_timeline] == [t.id]
