"""Issue 15, third round: the tense that places a time, reporting periods, and the Duckling mapping's strict score."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.eval.duckling import Case, equivalents
from dateline.eval.duckling_score import Answer, correct, score

THURSDAY = "1989-11-02"  # a Thursday; its quarter, 1989-Q4, is not over


def values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in analyze(text, published=published).times}


# -- tense ------------------------------------------------------------------------


def test_a_scheduled_event_is_still_to_come():
    # the past or perfect tense is the scheduling's, not the event's
    assert values("The attorney has scheduled a news conference Friday.", "1999-05-05")["Friday"] == "1999-05-07"
    assert values("Protesters planned a large demonstration on Saturday.", "2000-01-07")["Saturday"] == "2000-01-08"
    assert values("Protesters marched on Saturday.", "2000-01-07")["Saturday"] == "2000-01-01"


def test_be_to_is_the_future():
    assert values("The stock is to resume trading in Paris Tuesday.", "1989-10-27")["Tuesday"] == "1989-10-31"


def test_a_participle_takes_the_tense_of_its_verb():
    # "rising ... in March" hangs on "has fluctuated": last March, not the next one
    found = values("The stock has fluctuated sharply, rising to $42 in June from $29 in March.", "1989-10-30")
    assert found["March"] == "1989-03"


def test_what_follows_a_thing_yet_to_be_is_yet_to_come():
    # a press release of Thursday 2026-03-12: the visit after the briefing it will host is the coming Friday
    found = values("The company will host a briefing, followed by a site visit at 10am on Friday.", "2026-03-12")
    assert found["10am on Friday"] == "2026-03-13T10:00"
    assert values("The plan, announced on Friday, will cost millions.", "2026-03-12")["Friday"] == "2026-03-06"


def test_the_verb_last_is_not_part_of_an_amount_of_time():
    assert values("The walkout will begin on Thursday and last 24 hours.", "2026-01-20")["24 hours"] == "PT24H"
    assert values("The storms last two days.", "2026-01-20") == {"two days": "P2D"}
    assert values("Prices rose in the last 24 hours.", "2026-01-20") == {"the last 24 hours": "PT24H"}


def test_the_halves_of_a_game_are_not_the_halves_of_the_year():
    match = ("Okafor scored in the 87th minute. Rovers had led after 12 minutes. "
             "\"We showed real character in the second half,\" the manager said.")
    assert "the second half" not in values(match, "2026-02-22")
    assert values("Profits fell in the second half, the company said.", "2026-02-22") == {"the second half": "2025-H2"}
    assert values("The striker scored twice in the second half of 2025.", "2026-02-22") == {"the second half of 2025": "2025-H2"}


def test_a_count_of_things_a_day_recurs():
    assert values("The ferry will run two sailings a day.", "2025-04-02") == {"a day": "P1D"}
    assert [t.type for t in analyze("It carries 5,000 cars a day.", published="2025-04-02").times] == ["SET"]
    assert [t.type for t in analyze("Officials spent a day there.", published="2025-04-02").times] == ["DURATION"]


def test_the_end_of_the_month_and_of_the_week():
    found = {t.text: (t.value, t.mod) for t in analyze("Residents have until the end of the month to comment, and "
                                                        "talks resume at the end of the week.", published="2026-03-10").times}
    assert found == {"the end of the month": ("2026-03", "END"), "the end of the week": ("2026-W11", "END")}
    assert values("At the end of the day, it failed.", "2026-03-10") == {}  # the idiom, not a time


def test_a_time_in_a_noun_phrase_of_a_future_clause_is_ahead():
    assert values("Collins will be named commander for a mission in December.", "1998-03-04")["December"] == "1998-12"
    # in a past clause it is still placed by distance
    assert values("She described a mission in December.", "1998-03-04")["December"] == "1997-12"


def test_effective_dates_when_a_change_takes_effect():
    assert values("The bank created a new office, effective Feb. 1.", "1989-10-26")["Feb. 1"] == "1990-02-01"


# -- reporting periods --------------------------------------------------------------


def test_a_coming_quarter_is_not_the_reported_one():
    text = (
        "Travelers posted third-quarter earnings. The earthquake will result in a fourth-quarter charge. "
        "Earnings fell 59% in the latest quarter, compared with a year ago."
    )
    found = values(text, THURSDAY)
    assert found["fourth-quarter"] == "1989-Q4"
    assert found["the latest quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


def test_a_quarter_reported_in_the_past_stays_the_reported_one():
    # a fiscal fourth quarter, reported: "the latest period" is that quarter
    text = "Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion."
    assert values(text, THURSDAY)["the latest period"] == "1989-Q4"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sales will rise in the last half of 1989.", "1989-H2"), ("Sales will rise in the last quarter of 1990.", "1990-Q4")],
)
def test_the_last_part_of_a_year_is_its_final_one(text, expected):
    found = analyze(text, published=THURSDAY).times
    assert [t.value for t in found] == [expected]


def test_that_day_of_a_month_is_a_day_not_known():
    found = values("Slepian was killed last October. His name was crossed out that same day.", "1999-02-06")
    assert found["that same day"] == "1998-10-XX"
    # after a day, it is that day
    assert values("Slepian was killed on Oct. 23. His name was crossed out that same day.", "1999-02-06")["that same day"] == "1998-10-23"


# -- clock times and offsets ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 3p", "2013-02-12T15:00"),
        ("in 7 days at 5pm", "2013-02-19T17:00"),
        ("7 days from now at 5pm", "2013-02-19T17:00"),
        ("in 3/4 hour", "2013-02-12T05:15"),
        ("in three-quarters of an hour", "2013-02-12T05:15"),
        ("in a pair of minutes", "2013-02-12T04:32"),
    ],
)
def test_clock_times_of_duckling_kinds(text, expected):
    found = analyze(text, published="2013-02-12T04:30:00").times
    assert max(found, key=lambda t: len(t.text)).value == expected


def test_about_half_an_hour_ahead_keeps_its_mod():
    (found,) = analyze("in about half an hour", published="2013-02-12T04:30:00").times
    assert (found.type, found.value, found.mod) == ("TIME", "2013-02-12T05:00", "APPROX")


def test_amounts_of_upcoming_units_are_durations():
    (found,) = analyze("two upcoming weeks", published="2013-02-12").times
    assert (found.type, found.value) == ("DURATION", "P2W")
    assert not analyze("a pair of shoes", published="2013-02-12").times


# -- the Duckling mapping ---------------------------------------------------------------------


def test_only_the_same_instant_is_an_equivalent():
    # Duckling's 00:00 of the 13th is TIMEX3's T24:00 of the 12th; a day offset's reference hour is no equivalent
    assert equivalents("datetime (2013, 2, 13, 0, 0, 0) Hour") == ("2013-02-12T24:00",)
    assert equivalents("datetime (2013, 2, 19, 4, 0, 0) Hour") == ()
    assert equivalents("datetime (2013, 2, 25, 0, 0, 0) Week") == ()


def test_strict_score_leaves_equivalents_out():
    case = Case("at midnight", "clock", ("2013-02-13T00:00",), "", ("2013-02-12T24:00",))
    answer = Answer("midnight", "2013-02-12T24:00")
    assert correct(case, answer) and not correct(case, answer, strict=True)
    result = score([case], [[answer]], [], [])
    assert (result["accuracy"], result["strict"]) == (1.0, 0.0)
    assert result["kinds"]["clock"]["strict"] == 0.0


def test_a_time_that_owns_something_is_past():
    # "Thursday's closing price" on a Monday is last Thursday's, though next Thursday is as near
    found = values("The debentures carry a premium over Thursday's closing price.", "1989-10-30")
    assert found["Thursday"] == "1989-10-26"
    # in a clause that looks ahead, the nearer one: the coming election, the ruling just made
    assert values("Voters will decide in Thursday's election.", "1989-10-30")["Thursday"] == "1989-11-02"
    assert values("The family will appeal Wednesday's ruling.", "2000-01-14")["Wednesday"] == "2000-01-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("friday after next", "2013-02-22"),  # a week after the next Friday (the 15th)
        ("March after next", "2014-03"),
        ("the first Monday of the month", "2013-02-04"),
        ("the ides of march", "2013-03-15"),
    ],
)
def test_after_next_and_the_current_month(text, expected):
    found = analyze(text, published="2013-02-12").times
    assert max(found, key=lambda t: len(t.text)).value == expected


def test_a_date_in_the_morning_is_that_mornings():
    found = analyze("february the 15th in the morning", published="2013-02-12").times
    assert [(t.type, t.value) for t in found] == [("TIME", "2013-02-15TMO")]


def test_a_part_of_the_day_before_at_and_an_hour():
    found = analyze("in the evening at eight", published="2013-02-12").times
    assert [(t.text, t.value) for t in found] == [("the evening at eight", "2013-02-12T20:00")]


@pytest.mark.parametrize(("text", "expected"), [("March in a year", "2014-03"), ("March two years ago", "2011-03")])
def test_a_month_with_an_offset_is_in_the_year_it_points_to(text, expected):
    found = analyze(text, published="2013-02-12").times
    assert [t.value for t in found] == [expected]


def test_a_fraction_of_an_hour_written_short():
    assert [t.value for t in analyze("in 1/4h", published="2013-02-12T04:30:00").times] == ["2013-02-12T04:45"]
    (found,) = analyze("1/2 h", published="2013-02-12").times  # not the date 1/2, nor W017
    assert (found.type, found.value) == ("DURATION", "PT30M")


def test_a_hebrew_holiday_by_its_civil_day_is_an_equivalent():
    # Duckling dates Yom Kippur 2018 by the evening it begins (09-18); its civil day is 09-19
    assert equivalents('datetimeHoliday (2018, 9, 18, 0, 0, 0) Day "Yom Kippur"') == ("2018-09-19",)
    assert equivalents('datetimeHoliday (2013, 11, 28, 0, 0, 0) Day "Thanksgiving Day"') == ()


def test_minutes_later_in_a_game_count_from_its_minute_not_the_last_date():
    # a match report's "Six minutes later" after "In the 69th minute" is on the game's clock; it once
    # counted from the last date named ("since 1958")
    found = analyze("It was their first win since 1958. In the 69th minute, Lukaku doubled the lead. "
                    "Six minutes later, Lukaku scored again. Two days later, he rested.", published="2018-06-18").times
    by = {t.text: t for t in found}
    assert (by["the 69th minute"].type, by["the 69th minute"].value) == ("TIME", None)
    assert (by["Six minutes later"].type, by["Six minutes later"].value) == ("TIME", None)
    assert by["Six minutes later"].anchor == by["the 69th minute"].id
    assert values("Okafor's 87th-minute winner sank them.", "2026-02-22") == {"87th-minute": None}


def test_a_schedule_in_the_present_is_ahead_however_far():
    # "takes effect July 1" in a budget of August: next July, as "will take effect July 1"
    assert values("The plan, which takes effect July 1, adds officers.", "2025-08-05")["July 1"] == "2026-07-01"
    assert values("The new rate will take effect July 1.", "2025-08-05")["July 1"] == "2026-07-01"
    assert values("The rate took effect July 1.", "2025-08-05")["July 1"] == "2025-07-01"
    assert values("He takes the bus on July 1.", "2025-08-05")["July 1"] == "2025-07-01"  # no schedule verb


def test_opening_hours_recur():
    assert [(t.text, t.type, t.value) for t in analyze("Media enquiries: Mon-Fri 9am-5pm.", published="2026-03-12").times] == [
        ("Mon-Fri 9am-5pm", "SET", None)]
    assert values("Open Monday to Friday, 9am to 5pm.", "2026-03-12") == {"Monday to Friday, 9am to 5pm": None}


def test_post_and_pre_an_event_numeral():
    found = {t.text: (t.value, t.mod) for t in analyze("In the post-9/11 era and in pre-9/11 airports.", published="2025-08-14").times}
    assert found == {"post-9/11": ("2001-09-11", "AFTER"), "pre-9/11": ("2001-09-11", "BEFORE")}
    assert values("The post-3/15 rules.", "2025-08-14") == {}  # a numeral no list knows


def test_am_written_with_its_hour_is_never_the_verb():
    assert values("It runs from 10am to 4pm.", "2025-06-20") == {"10am": "2025-06-20T10:00", "4pm": "2025-06-20T16:00"}
    assert values("Yes, nine am not.", "2025-06-20") == {}
