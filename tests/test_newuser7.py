"""Defects a new user's articles met (branch newuser7): each on a small invented text."""

from __future__ import annotations

import pytest

from dateline import analyze

pytestmark = pytest.mark.slow  # the model


def _times(text: str, published: str, outlet: str | None = None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in analyze(text, published=published, outlet=outlet).times}


def _quotes(text: str, published: str = "2025-05-21") -> list[tuple]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None,
             q.addressee.name if q.addressee else None, q.text) for q in analyze(text, published=published).quotes]


# -- times ---------------------------------------------------------------------------------------------------


def test_a_planned_event_takes_the_nearest_holiday_not_the_past_one():
    # published five days before Christmas Eve: the plan's participle "planned" is no past tense of the strike
    times = _times("A ferry strike planned for Christmas Eve has been called off.", "2025-12-19")
    assert times["Christmas Eve"] == ("DATE", "2025-12-24")


def test_a_clock_range_takes_the_day_said_after_its_second_clock():
    times = _times("A drop-in session will be held at the town hall from 10am to 2pm on Saturday.", "2025-03-13")
    assert times["10am"] == ("TIME", "2025-03-15T10:00")
    assert times["2pm on Saturday"] == ("TIME", "2025-03-15T14:00")


def test_the_day_after_a_holiday():
    times = _times("Whitfield plans to open at 5 a.m. on the day after Thanksgiving.", "2025-11-03", "ohiobeacon.com")
    assert times["5 a.m. on the day after Thanksgiving"] == ("TIME", "2025-11-28T05:00")
    assert _times("Shops will open on the day after Boxing Day.", "2025-12-19")["the day after Boxing Day"] == (
        "DATE", "2025-12-27")


def test_uk_bank_holidays_by_name():
    times = _times("Traders hope the sun lasts until the May bank holiday and the spring bank holiday.", "2025-04-22",
                   "southcoastnews.co.uk")
    assert times["May bank holiday"] == ("DATE", "2025-05-05")
    assert times["spring bank holiday"] == ("DATE", "2025-05-26")  # not the season "the spring"
    assert _times("The office shuts for the August bank holiday.", "2025-04-22")["August bank holiday"] == (
        "DATE", "2025-08-25")


def test_a_years_holiday_is_that_years():
    times = _times("Next year's Boxing Day swim is already booked.", "2025-04-22")
    assert times["Next year's Boxing Day"] == ("DATE", "2026-12-26")  # was "Next year" and Boxing Day 2024
    assert _times("Last year's Christmas market was a success.", "2025-04-22")["Last year's Christmas"] == (
        "DATE", "2024-12-25")


def test_a_range_of_weekdays_ends_after_it_starts():
    times = _times("The service will be suspended from Monday to Friday.", "2025-11-18")  # a Tuesday
    assert (times["Monday"], times["Friday"]) == (("DATE", "2025-11-24"), ("DATE", "2025-11-28"))  # was Friday 21st


def test_an_expected_event_dates_by_distance_not_by_the_participle():
    times = _times("Polls close at 10pm on Thursday, with the first results expected after 1am on Friday.", "2025-11-18")
    assert times["1am on Friday"] == ("TIME", "2025-11-21T01:00")  # was the Friday before


def test_so_many_days_a_week_recurs():
    times = _times("Volunteers will run the library three days a week.", "2025-10-08")
    assert times["three days a week"] == ("SET", "P1W")  # was the sum P1W3D
    assert _times("The sentence was 2 years and 3 months.", "2025-10-08")["2 years and 3 months"] == ("DURATION", "P2Y3M")


# -- quotes --------------------------------------------------------------------------------------------------


def test_asked_someone_about_something():
    # the object is whom it was asked (the addressee), what follows "about" what was asked
    quotes = _quotes("When I asked the council leader, Graham Pettifer, about the closures, he told me: \"No.\"")
    assert ("indirect", "I", "asked", "Graham Pettifer", "the closures") in quotes
    quotes = _quotes("When I asked the council leader about the closures, he said no.")
    assert ("indirect", "I", "asked", "the council leader", "the closures") in quotes
    # a one-word object stays in the cue with its preposition, as PolNeAR mostly marks it
    assert _quotes("She warned investors about the risks.") == [
        ("indirect", "She", "warned investors about", "investors", "the risks")]


def test_a_time_right_after_the_cue_dates_the_saying():
    quotes = _quotes("British grocer Fenwick & Hale said on Wednesday its annual profit fell 12% after a price war.")
    assert [q[4] for q in quotes] == ["its annual profit fell 12% after a price war"]
    quotes = _quotes("He said on Friday that the deal was off.")
    assert [q[4] for q in quotes] == ["that the deal was off"]
