"""Issue 15's kinds of time: holidays, clock times with dates, numeric dates, offsets, weeks, durations."""

from __future__ import annotations

import logging

import pytest

from dateline import analyze
from dateline.eval.duckling import map_value, point_value
from dateline.eval.duckling_score import Answer, correct
from dateline.pipeline.times.component import day_first

PUB = "2022-05-16"  # a Monday


def value(text: str, published: str = PUB, **kw) -> tuple[str, str | None]:
    found = analyze(text, published=published, **kw).times
    assert found, f"no time in {text!r}"
    best = max(found, key=lambda t: len(t.text))
    return best.type, best.value


def span(text: str, published: str = PUB) -> tuple[str | None, str | None]:
    best = max(analyze(text, published=published).times, key=lambda t: len(t.text))
    return best.earliest, best.latest


# -- holidays ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met at Easter Sunday 2018.", "2018-04-01"),
        ("Thanksgiving 2021 was quiet.", "2021-11-25"),
        ("The office closed on Memorial Day 2020.", "2020-05-25"),
        ("Diwali 2019 lit the city.", "2019-10-27"),
        ("Lunar New Year 2020 began it.", "2020-01-25"),
        ("Eid al-Fitr 2018 was celebrated.", "2018-06-15"),
        ("Orthodox Easter 2018 fell late.", "2018-04-08"),
        ("St Patricks Day 2013 was wet.", "2013-03-17"),  # no apostrophe, no period
    ],
)
def test_holidays_with_a_year(text, expected):
    assert value(text) == ("DATE", expected)


def test_holiday_year_by_tense():
    # a December article about plans: this Christmas; a January one looking back: last year's
    assert value("We will spend Christmas in Oslo.", published="2022-12-01") == ("DATE", "2022-12-25")
    assert value("We spent Christmas in Oslo.", published="2023-01-10") == ("DATE", "2022-12-25")


def test_holiday_of_several_days_keeps_its_span():
    assert span("Ramadan 2018 ended.") == ("2018-05-16", "2018-06-14")
    assert span("Lent 2018 began.") == ("2018-02-14", "2018-03-31")


def test_holiday_relative_forms():
    assert value("Thanksgiving of next year will be big.") == ("DATE", "2023-11-23")
    assert value("It happened last Halloween.") == ("DATE", "2021-10-31")


def test_lower_case_names_that_are_also_words_need_a_date():
    assert analyze("He lent me money and the sun rose.", published=PUB).times == ()
    assert value("see you on monday") == ("DATE", "2022-05-16")
    assert value("lent 2018 was long")[0] == "DATE"


# -- clock times with dates -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is Tuesday at 10 a.m.", "2022-05-17T10:00"),
        ("The vote is tomorrow at 5pm.", "2022-05-17T17:00"),
        ("The talks resume this afternoon at 3.", "2022-05-16T15:00"),
        ("Doors open at a quarter past 3pm.", "2022-05-16T15:15"),
        ("Doors open at half past 8 p.m.", "2022-05-16T20:30"),
        ("The flight leaves at 20 to noon.", "2022-05-16T11:40"),
        ("It starts at 8 tonight.", "2022-05-16T20:00"),
        ("It starts the day after tomorrow 5pm.", "2022-05-18T17:00"),
        ("The race starts at 16h30.", "2022-05-16T16:30"),
        ("It was logged at 15:23:24.", "2022-05-16T15:23:24"),
    ],
)
def test_clock_times_joined_to_their_day(text, expected):
    assert value(text) == ("TIME", expected)


def test_bare_clock_time_counts_from_the_day_talked_about():
    record = analyze("The strike began on May 3, 2022. At 3pm the police arrived.", published=PUB)
    assert [t.value for t in record.times] == ["2022-05-03", "2022-05-03T15:00"]


def test_clock_offset_from_a_publication_time():
    from dateline.pipeline import load

    nlp = load()
    doc = nlp.make_doc("The result will be out in 2 minutes")
    doc._.published = "2013-02-12T04:30:00"  # a publication datetime set on the Doc keeps its clock time
    assert [(t.type, t.value) for t in nlp(doc)._.dl_times] == [("TIME", "2013-02-12T04:32")]


# -- numeric dates -------------------------------------------------------------------


def test_iso_dates_always():
    assert value("Filed 2019-04-22.") == ("DATE", "2019-04-22")
    assert value("Filed 2015-3-3.") == ("DATE", "2015-03-03")


def test_numeric_order_by_outlet_else_by_what_fits(caplog):
    assert value("It opened on 12.03.2021.", outlet="bbc.co.uk") == ("DATE", "2021-03-12")
    assert value("It opened on 12.03.2021.", outlet="en-US") == ("DATE", "2021-12-03")
    assert value("It opened on 22/04/2021.") == ("DATE", "2021-04-22")  # only day-first fits
    with caplog.at_level(logging.WARNING, logger="dateline"):
        assert value("It opened on 12.03.2021.") == ("DATE", None)
    assert "W017" in caplog.text


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("Families marked 25 years since 9/11.", "www.nytimes.com", "2001-09-11"),
        ("The 9/11 attacks killed nearly 3,000 people.", None, "2001-09-11"),
        ("The 9/11 Commission found failures.", None, "2001-09-11"),
        ("Security changed after 9/11.", "bbc.co.uk", "2001-09-11"),  # not 9 November in a UK paper
        ("9/11 changed everything.", None, "2001-09-11"),
        ("The 7/7 bombings killed 52 people.", "bbc.co.uk", "2005-07-07"),
        ("The board will meet on 9/11 to vote.", "en-US", "2026-09-11"),  # a calendar day after "on"
        ("Police braced for the 4/20 riots.", None, None),  # an event whose day no list gives
    ],
)
def test_a_numeric_date_that_names_an_event_is_the_event(text, outlet, expected, caplog):
    with caplog.at_level(logging.WARNING, logger="dateline"):
        found = analyze(text, published="2026-03-10", outlet=outlet).times
    assert [(t.type, t.value) for t in found if "/" in t.text] == [("DATE", expected)]
    assert "W017" not in caplog.text


def test_an_event_name_is_not_the_time_the_story_is_at():
    found = analyze("The 9/11 Commission met. The ceremony began at 8:46 a.m.", published="2026-09-11").times
    assert [t.value for t in found] == ["2001-09-11", "2026-09-11T08:46"]


def test_a_numeric_date_before_a_non_event_noun_stays_a_date():
    found = analyze("Applications close before the 3/15 deadline.", published="2026-03-10", outlet="en-US").times
    assert [t.value for t in found] in ([], ["2026-03-15"])  # dropped as before, or the date; never an event


def test_day_first_from_outlet_metadata():
    assert day_first("https://www.bbc.co.uk/news/1") is True
    assert day_first("en-GB") is True
    assert day_first("en-US") is False
    assert day_first("nytimes.com") is None and day_first(None) is None


def test_fractions_are_not_dates():
    assert value("It took 1/2 hour.") == ("DURATION", "PT30M")
    assert all(t.value != "2022-03-04" for t in analyze("It rose 3/4 of a point.", published=PUB).times)


# -- offsets --------------------------------------------------------------------------


def test_offsets_from_publication():
    assert value("The court will rule in two weeks.") == ("DATE", "2022-W22")
    assert value("It was two days after today.")[1] == "2022-05-18"
    assert value("They met three years ago.") == ("DATE", "2019")
    assert value("Prices rose 5% in two weeks.") == ("DURATION", "P2W")  # TimeML keeps the amount
    assert value("They talked for two weeks.") == ("DURATION", "P2W")


# -- weeks, days of the month, quarters, decades, edges ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opens next week Sunday.", "2022-05-29"),
        ("It opens Monday of next week.", "2022-05-23"),
        ("It ran the last week of July.", "2021-W29"),
        ("It ran the first week of October 2014.", "2014-W41"),
        ("It ran the first Tuesday of October 2014.", "2014-10-07"),
        ("It is due May twenty-nine.", "2022-05-29"),
        ("It is due the first of March 2023.", "2023-03-01"),
        ("Sales in Q3 this year rose.", "2022-Q3"),
        ("Sales in this qtr rose.", "2022-Q2"),
        ("It happened in the 1990 s.", "199"),
        ("It ends 3 fridays from now.", "2022-06-03"),
    ],
)
def test_week_arithmetic_and_friends(text, expected):
    assert value(text)[1] == expected


def test_edges_keep_their_mod():
    record = analyze("It will close at the end of the year.", published=PUB)
    assert [(t.value, t.mod) for t in record.times] == [("2022", "END")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("It took 3h.", "PT3H"), ("It took 3.5 years.", "P3Y6M"), ("a 3-day strike", "P3D"), ("It took 2 years and 3 months.", "P2Y3M")],
)
def test_compact_and_compound_durations(text, expected):
    assert value(text) == ("DURATION", expected)


# -- the Duckling mapping ---------------------------------------------------------------


def test_duckling_mapping():
    assert map_value("datetime (2013, 2, 15, 0, 0, 0) Day") == ("date", ("2013-02-15",))
    assert map_value("datetime (2013, 2, 12, 4, 30, 0) Second") == ("now", ("PRESENT_REF",))
    assert map_value("datetimeHoliday (2013, 11, 28, 0, 0, 0) Day \"Thanksgiving Day\"")[0] == "holiday"
    assert map_value("datetimeInterval ((2013, 2, 12, 12, 0, 0), (2013, 2, 12, 19, 0, 0)) Hour") == ("daypart", ("2013-02-12TAF",))
    assert map_value("datetimeOpenInterval After (2013, 2, 12, 4, 30, 0) Second").startswith("open interval")
    assert map_value("datetimeInterval ((2013, 2, 12, 9, 30, 0), (2013, 2, 12, 11, 1, 0)) Minute").startswith("range")
    from datetime import datetime

    assert point_value(datetime(2013, 2, 11), "Week") == "2013-W07"


def test_duckling_durations_compare_by_length():
    from dateline.eval.duckling import Case

    case = Case("1.5 hours", "duration", ("PT90M",), "")
    assert correct(case, Answer("1.5 hours", "PT1H30M"))
    assert not correct(case, Answer("1 hour", "PT1H"))


# -- clock times and durations in words (issue 15, second round) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is at ten thirty am.", "2022-05-16T10:30"),
        ("Doors open at seven thirty p.m.", "2022-05-16T19:30"),
        ("It starts at 3:18a.", "2022-05-16T03:18"),
        ("Kick-off is at 12:15p.", "2022-05-16T12:15"),
        ("They meet at 3 15.", "2022-05-16T03:15"),
        ("They meet at three twenty.", "2022-05-16T03:20"),
        ("Results come on 4/25 at 16h.", "2022-04-25T16:00"),
    ],
)
def test_clock_times_in_words_and_marks(text, expected):
    assert value(text) == ("TIME", expected)


def test_clock_words_do_not_take_common_words():
    assert not analyze("I am here, and one am I, too.", published=PUB).times
    assert not analyze("The index was at 3 15 points.", published=PUB).times


def test_unmarked_clock_time_after_publication_time_is_the_next_one():
    # said at 04:30 about what is coming: "3:30" is 15:30 that day, "3am" tomorrow's
    assert value("The council will meet at 3:30.", published="2013-02-12T04:30:00") == ("TIME", "2013-02-12T15:30")
    assert value("The council will meet at 3am.", published="2013-02-12T04:30:00") == ("TIME", "2013-02-13T03:00")
    assert value("The council met at 3:30.", published="2013-02-12") == ("TIME", "2013-02-12T03:30")


def test_publication_time_of_day_reaches_the_component():
    from dateline.readers.dates import parse_clock

    assert parse_clock("2013-02-12T04:30:00Z") == "04:30:00"
    assert parse_clock("Tue, 12 Feb 2013 04:30:00 +0000") == "04:30:00"
    assert parse_clock("2013-02-12") is None
    assert value("Talks will resume in 1h.", published="2013-02-12 04:30") == ("TIME", "2013-02-12T05:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasted 2 years 3 months.", "P2Y3M"),
        ("The flight took 1 hour thirty.", "PT90M"),
        ("The flight took 2 hours and 10.", "PT130M"),
        ("The talk ran one and a quarter hours.", "PT1H15M"),
        ("The talk ran one and three quarters of an hour.", "PT1H45M"),
        ("It took one hour and half.", "PT1H30M"),
    ],
)
def test_durations_said_in_pieces(text, expected):
    assert value(text) == ("DURATION", expected)


def test_year_after_an_acronym_is_a_name():
    assert not analyze("Pay ABC 2000", published=PUB).times
    assert value("The UN 1998 report was late.") == ("DATE", "1998")


def test_part_of_the_day_fixes_the_half_of_an_unmarked_clock_time():
    assert value("They will meet at 3 in the morning.", published="2013-02-12T04:30:00") == ("TIME", "2013-02-13T03:00")
