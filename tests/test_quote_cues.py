"""Cue and source spans of the tenth round (issue 14, branch `qsource`), as PolNeAR marks them."""

from __future__ import annotations

from dateline import analyze


def _quotes(text: str):
    record = analyze(text, "2020-01-01")
    return record, [q for q in record.quotes if q.cue is not None]


def _cue_and_source(text: str, word: str) -> tuple[str, str | None]:
    record, quotes = _quotes(text)
    quote = next(q for q in quotes if word in q.cue.text)
    source = None if quote.speaker is None else record.text[quote.speaker.start : quote.speaker.end]
    return quote.cue.text, source


def test_cue_runs_on_to_the_colon_before_its_quotation():
    text = "Ms. Abedin wrote back: “We will get it done by Friday.”"
    assert _cue_and_source(text, "wrote")[0] == "wrote back:"


def test_verb_outside_the_lexicon_introducing_a_quotation_with_a_colon_is_a_cue():
    text = "President Clinton released the following statement: “Hillary and I offer our condolences.”"
    assert _cue_and_source(text, "released") == ("released the following statement:", "President Clinton")


def test_participle_on_an_issued_document_starts_at_the_issuing_verb():
    text = "His office put out a statement saying the state cannot vet every refugee."
    assert _cue_and_source(text, "saying") == ("put out a statement saying", "His office")


def test_gerund_of_an_aspect_verb_starts_at_that_verb():
    text = "Donald Trump began tweeting out his new nickname for the senator."
    assert _cue_and_source(text, "tweeting")[0] == "began tweeting out"


def test_fronted_poll_phrase_is_the_cue_and_the_poll_the_source():
    text = "In a Des Moines Register poll released Monday, Mr. Cruz had a ten-point lead over his rivals."
    cue, source = _cue_and_source(text, "In")
    assert (cue, source) == ("In", "a Des Moines Register poll released Monday")


def test_poll_told_of_in_passing_is_no_cue():
    _, quotes = _quotes("Mr. Cruz has a big lead in the polls this month.")
    assert not any(q.cue.text == "in" for q in quotes)


def test_infinitive_on_a_noun_with_no_one_doing_it_is_no_attribution():
    _, quotes = _quotes("The administration ramped up efforts to admit Central Americans as refugees.")
    assert not any(q.cue.text == "to admit" for q in quotes)
