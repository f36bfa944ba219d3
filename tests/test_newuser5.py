"""Defects a new user's articles met (branch newuser5): each on a small invented text."""

from __future__ import annotations

import pytest

from dateline import analyze

pytestmark = pytest.mark.slow  # the model


def _direct(text: str, published: str = "2024-01-10") -> dict[str, str | None]:
    record = analyze(text, published=published)
    return {q.text.strip("\"'“”‘’,. "): (q.speaker.name if q.speaker else None) for q in record.quotes if q.kind == "direct"}


def _times(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in analyze(text, published=published).times}


def test_multi_paragraph_quote_takes_the_cue_of_its_last_paragraph():
    text = (
        "The old miner Tom Hardy remembers the last shift.\n\n"
        "\"We came up at dawn and nobody said a word to anybody.\n\n"
        "\"Then the manager locked the gate behind us for good.\n\n"
        "\"That was the end of it,\" Hardy said."
    )
    speakers = _direct(text)
    assert speakers["We came up at dawn and nobody said a word to anybody"] == "Tom Hardy"
    assert speakers["Then the manager locked the gate behind us for good"] == "Tom Hardy"


def test_nested_quote_after_a_cue_and_its_object():
    text = "\"A porter told me, 'The train has gone,' and I just sat down,\" said the traveller Ruth Bell."
    record = analyze(text, published="2024-01-10")
    inner = [q for q in record.quotes if q.text.startswith("'The train")]
    assert inner and inner[0].speaker is not None and inner[0].speaker.name == "A porter"


def test_cue_misread_as_a_participle_of_its_subject_keeps_the_subject():
    text = "Her brother, the pilot Sam Ortiz, posted on X: \"Proud of you.\""
    assert _direct(text)["Proud of you"] == "Sam Ortiz"


def test_spelled_hour_before_oclock_is_a_clock_time():
    assert _times("We left at seven o'clock on Friday.", "2024-01-10")["seven o'clock on Friday"] == "2024-01-05T07:00"


def test_a_modal_puts_a_month_ahead():
    times = _times("The firm said on Tuesday that prices could rise again in November.", "2024-03-06")
    assert times["November"] == "2024-11"
    assert times["Tuesday"] == "2024-03-05"


def test_a_weekday_after_its_own_article_is_no_one_day():
    times = _times("She was born on a Monday in a small town.", "2024-03-06")
    assert times["Monday"] == "XXXX-WXX-1"


def test_a_name_with_an_age_in_commas_is_a_person_the_model_missed():
    record = analyze("Pia Ruiz, 29, has sold glass in Murano since 2015.", published="2024-01-01")
    assert [(p.name, [a.age for a in p.ages]) for p in record.people] == [("Pia Ruiz", [29])]


def test_an_inverted_source_ends_before_its_phrase_of_when_or_where():
    record = analyze("\"We are ready,\" said Mr Hale, the club chairman, after the match. "
                     "\"It is over,\" said Nina Roth on the radio.", published="2024-01-10")
    spans = [record.text[q.speaker.start : q.speaker.end] for q in record.quotes if q.kind == "direct"]
    assert spans == ["Mr Hale, the club chairman,", "Nina Roth"]


def test_a_numeric_date_labelled_organization_is_none():
    record = analyze("The ministry's own report, published quietly on 03/04/2022, is blunt.", published="2023-01-18")
    assert not [o.name for o in record.organizations if "2022" in o.name]


def test_a_capitalized_person_noun_opening_the_sentence_is_no_part_of_the_name():
    record = analyze("Shepherd Tom Evans, 70, said the winter was hard.", published="2024-01-08")
    assert [p.name for p in record.people] == ["Tom Evans"]


def test_what_a_past_event_came_after_is_past():
    times = _times("Officers were called shortly after 3am on Saturday.", "2024-01-11")
    assert times["3am on Saturday"] == "2024-01-06T03:00"


def test_british_days_of_the_year():
    assert _times("Bonfire Night went off quietly.", "2023-11-08")["Bonfire Night"] == "2023-11-05"
    assert _times("Wreaths were laid on Remembrance Sunday.", "2023-11-20")["Remembrance Sunday"] == "2023-11-12"


def test_a_year_after_a_lower_case_word_is_no_quotation_mark():
    text = "Her neighbour Tom Reilly agreed. 'We heard the same promise in '08.'"
    assert _direct(text, "2023-08-02")["We heard the same promise in '08"] == "Tom Reilly"


def test_a_two_digit_year_after_a_preposition():
    times = _times("The club last won the cup in '08.", "2023-08-02")
    assert times["'08"] == "2008"
    assert not _times("He turned to '60 Minutes' for help.", "2023-08-02")


def test_nested_quote_after_a_cue_and_its_to_phrase():
    text = "\"The guard said to me, 'Nobody leaves tonight,' and locked the door,\" said the visitor Anna Kerr."
    record = analyze(text, published="2024-01-10")
    inner = [q for q in record.quotes if q.text.startswith("'Nobody")]
    assert inner and inner[0].speaker is not None and inner[0].speaker.name == "The guard"


def test_a_statement_on_a_day_is_not_addressed_to_the_day():
    text = "In a statement on Wednesday morning, the campaign said: \"The voters have spoken.\""
    record = analyze(text, published="2024-11-06")
    (quote,) = [q for q in record.quotes if q.kind == "direct"]
    assert quote.addressee is None or "Wednesday" not in quote.addressee.name


def test_an_upper_case_label_no_person_bears_is_cased_as_a_name():
    text = ("The cellist Hannah Lee returns on Saturday. She spoke to Emma Price.\n\n"
            "EMMA PRICE: Why did you stop?\n\nHANNAH LEE: My hands stopped working.\n\n"
            "EMMA PRICE: And now?\n\nHANNAH LEE: Now I practise every day.")
    speakers = _direct(text, "2024-05-30")
    assert speakers["Why did you stop?"] == "Emma Price"


def test_as_she_put_it_is_a_cue_but_put_alone_is_none():
    speakers = _direct("As the coach Mia Stone put it after the game, \"We were simply better.\"")
    assert speakers["We were simply better"] == "Mia Stone"
    record = analyze("The party will put forward a new candidate, the chairman said.", published="2024-01-10")
    assert all(q.cue is None or "put" not in q.cue.text for q in record.quotes)
