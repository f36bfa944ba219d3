"""Cues of the twelfth round (issue 14, branch `qcue4`): a cue that takes in its object noun, "see X as Y", verbs dropped."""

from __future__ import annotations

from dateline import analyze


def _attribution(text: str, word: str) -> tuple[str, str, str | None] | None:
    record = analyze(text, "2020-01-01")
    quote = next((q for q in record.quotes if q.cue is not None and word in q.cue.text), None)
    if quote is None:
        return None
    source = None if quote.speaker is None else record.text[quote.speaker.start : quote.speaker.end]
    return quote.cue.text, quote.text, source


def test_object_noun_with_a_clause_is_in_the_cue():
    text = "Mayor Ellen Park expressed concern that the new bridge would cost too much."
    found = _attribution(text, "expressed")
    assert found is not None and found[0] == "expressed concern"
    assert found[1] == "that the new bridge would cost too much"


def test_bare_object_noun_and_its_preposition_are_in_the_cue():
    text = "Several council members voiced support for the new bridge on Monday."
    found = _attribution(text, "voiced")
    assert found is not None and found[0] == "voiced support for"
    assert found[1].startswith("the new bridge")


def test_possessed_object_noun_stays_out_of_the_cue():
    text = "Mayor Ellen Park expressed her admiration for the builders."
    found = _attribution(text, "expressed")
    assert found is not None and found[0] == "expressed"
    assert found[1] == "her admiration for the builders"


def test_see_with_an_object_as_something_is_a_cue():
    text = "Many farmers see the new tax as a threat to their land."
    found = _attribution(text, "see")
    assert found == ("see", "the new tax as a threat to their land", "Many farmers")


def test_see_without_an_as_phrase_is_no_cue():
    assert _attribution("Many farmers saw the parade on Sunday.", "saw") is None


def test_advise_is_no_cue():
    assert _attribution("The agency advised residents to stay indoors.", "advised") is None


def test_made_it_clear_is_a_cue_of_the_clause_after_it():
    text = "The mayor has made it clear that she will not run again."
    assert _attribution(text, "made") == ("has made it clear", "that she will not run again", "The mayor")


def test_made_without_clear_is_no_cue():
    assert _attribution("The mayor has made a cake for the party.", "made") is None


def test_light_verb_with_its_noun_and_preposition_is_a_cue():
    text = "Senator Ruth Dale also took a shot at the governor's budget on Monday."
    found = _attribution(text, "took")
    assert found is not None and found[0] == "also took a shot at"
    assert found[1].startswith("the governor's budget") and found[2] == "Senator Ruth Dale"


def test_light_verb_with_another_noun_is_no_cue():
    assert _attribution("Senator Ruth Dale took a seat at the table.", "took") is None


def test_passive_cue_keeps_its_of():
    text = "The former mayor was accused of hiding the city's debts from voters."
    found = _attribution(text, "accused")
    assert found is not None and found[0] == "was accused of"


def test_adverb_after_the_verb_is_in_the_cue():
    text = "Governor Ann Lowe said repeatedly that the budget would balance."
    found = _attribution(text, "said")
    assert found is not None and found[0] == "said repeatedly"
    assert found[1] == "that the budget would balance"


def test_preposition_counted_on_train_is_in_the_cue():
    found = _attribution("Governor Ann Lowe hinted at a new tax on Friday.", "hinted")
    assert found is not None and found[0] == "hinted at" and found[1].startswith("a new tax")
