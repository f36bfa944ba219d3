"""Cues of the eleventh round (issue 14, branch `qcue3`): precision by form, documents, verbs from train counts."""

from __future__ import annotations

from dateline import analyze


def _quotes(text: str):
    record = analyze(text, "2020-01-01")
    return record, [q for q in record.quotes if q.cue is not None]


def _attribution(text: str, word: str) -> tuple[str, str, str | None] | None:
    record, quotes = _quotes(text)
    quote = next((q for q in quotes if word in q.cue.text), None)
    if quote is None:
        return None
    source = None if quote.speaker is None else record.text[quote.speaker.start : quote.speaker.end]
    return quote.cue.text, quote.text, source


def test_continue_is_no_cue_of_reported_speech():
    assert _attribution("Meanwhile Mr. Harlow continues his praise of the new mayor.", "continue") is None


def test_continue_still_cues_a_quotation():
    found = _attribution("“We will not stop here,” Mr. Harlow continued.", "continue")
    assert found is not None and found[0] == "continued"


def test_clause_on_the_document_of_said_in_a_statement_is_the_verbs_content():
    text = "Rep. Dana Morrow said in a statement that the new rules were a first step."
    assert _attribution(text, "said") == ("said in a statement", "that the new rules were a first step", "Rep. Dana Morrow")


def test_bare_infinitive_on_an_adjective_with_no_source_is_no_attribution():
    text = "The idea is that donors reluctant to support Mr. Vance can still give."
    assert _attribution(text, "support") is None


def test_raising_verb_in_an_adverbial_clause_with_no_source_is_no_attribution():
    text = "They hid the files because the files appeared to contradict the pledge."
    assert _attribution(text, "appeared") is None


def test_cue_noun_as_an_object_with_no_source_is_no_attribution():
    text = "If you have any doubt that the sentence was severe, look at the numbers."
    assert _attribution(text, "doubt") is None


def test_gerund_with_a_clause_of_its_own_stays_without_a_source():
    text = "There is no way of knowing which schools will qualify."
    assert _attribution(text, "knowing") == ("knowing", "which schools will qualify", None)


def test_verb_from_train_counts_with_its_particle():
    text = "Senator Hale scoffed at the proposal."
    assert _attribution(text, "scoffed") == ("scoffed at", "the proposal", "Senator Hale")


def test_verb_from_train_counts_taking_an_object():
    text = "Mayor Lena Ortiz chided the council for its slow response."
    found = _attribution(text, "chided")
    assert found is not None and found[2] == "Mayor Lena Ortiz"


def test_finite_verb_parsed_as_an_xcomp_is_the_cues_clause():
    text = "The files included letters, which she said represented all her work letters."
    found = _attribution(text, "said")
    assert found is not None and found[1] == "represented all her work letters" and found[2] == "she"


def test_yes_or_no_after_a_speech_verb_is_what_was_said():
    text = "Asked about it, most of the members said yes."
    assert _attribution(text, "said") == ("said", "yes", "most of the members")


def test_infinitive_cue_of_any_adjective_after_a_copula_starts_at_the_copula():
    text = "Democratic voters are slightly more likely to say that the senator shares their views."
    found = _attribution(text, "say")
    assert found is not None and found[0] == "are slightly more likely to say"


def test_negated_infinitive_cue_chains_to_the_verb_before_it():
    text = "Director Ana Ruiz decided not to recommend charges against the firm."
    found = _attribution(text, "recommend")
    assert found is not None and found[0] == "decided not to recommend" and found[2] == "Director Ana Ruiz"


def test_clause_on_a_document_after_an_addressee_is_the_verbs_content():
    text = "Steve Hale, a spokesman for the office, told the paper in a statement that the case was closed."
    assert _attribution(text, "told") == ("told", "that the case was closed", "Steve Hale, a spokesman for the office,")
