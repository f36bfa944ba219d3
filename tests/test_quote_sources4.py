"""Source spans and subjects from train misses (issue 14, branch `qsource4`)."""

from __future__ import annotations

from dateline import analyze


def _sources(text: str, cue: str) -> list[str | None]:
    record = analyze(text, "2020-01-01")
    quotes = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert quotes, f"no quotation with the cue {cue!r}"
    return [None if q.speaker is None else record.text[q.speaker.start : q.speaker.end] for q in quotes]


def _speaker_names(text: str, cue: str) -> list[str | None]:
    record = analyze(text, "2020-01-01")
    return [None if q.speaker is None else q.speaker.name
            for q in record.quotes if q.cue is not None and q.cue.text == cue]


def test_a_relative_clause_with_a_cue_of_its_own_leaves_the_outer_source():
    text = "Mr. Ekovich, who noted that prices had fallen, said the courses were cheap."
    assert _sources(text, "said") == ["Mr. Ekovich"]
    assert _sources(text, "noted") == ["who"]


def test_a_relative_clause_without_a_cue_stays_in_the_source():
    text = "Steele, who was lieutenant governor, said the plan had failed."
    assert _sources(text, "said") == ["Steele, who was lieutenant governor,"]


def test_an_infinitive_cue_after_a_causing_verb_takes_its_object_as_source():
    text = "The defeat led Maria Lopez to declare that the nomination was in sight."
    assert _sources(text, "led Maria Lopez to declare") == ["Maria Lopez"]


def test_an_infinitive_of_purpose_keeps_the_subject():
    text = "Maria Lopez used the debate to demand that the bank be broken up."
    assert "the debate" not in _sources(text, "used the debate to demand")


def test_a_possessor_source_keeps_its_possessive_ending_but_the_name_does_not():
    text = "Maria Lopez's claim that the tax would stay was false."
    assert _sources(text, "claim") == ["Maria Lopez's"]
    assert _speaker_names(text, "claim") == ["Maria Lopez"]


def test_an_unresolved_possessor_is_named_without_its_ending():
    text = "The committee's claim that the tax would stay was false."
    assert _sources(text, "claim") == ["The committee's"]
    assert _speaker_names(text, "claim") == ["The committee"]
