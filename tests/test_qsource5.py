"""Source spans from train misses (issue 14, branch `qsource5`)."""

from __future__ import annotations

from dateline import analyze


def _quotes(text: str, cue: str):
    record = analyze(text, "2020-01-01")
    quotes = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert quotes, f"no quotation with the cue {cue!r}"
    return record, quotes


def _sources(text: str, cue: str) -> list[str | None]:
    record, quotes = _quotes(text, cue)
    return [None if q.speaker is None else record.text[q.speaker.start : q.speaker.end] for q in quotes]


def test_a_bare_that_is_no_source_but_the_attribution_stays():
    text = "The group aired spots that highlight his commitment to civil rights."
    assert _sources(text, "highlight") == [None]


def test_a_generic_you_is_no_source():
    text = "If you think the tax will fall, you are wrong."
    assert _sources(text, "think") == [None]


def test_other_pronoun_sources_stay():
    text = "Maria Lopez spoke on Monday. She said the tax would fall."
    assert _sources(text, "said") == ["She"]


def test_a_subject_the_parse_hangs_on_a_fronted_phrase_is_the_source():
    text = ("In a May 2012 message to Clinton, Tanden, head of the Center for American Progress, "
            "recounted a conversation she had while seated next to Soros.")
    assert _sources(text, "recounted") == ["Tanden, head of the Center for American Progress,"]
    text = ("In addition to Mr. Regalado, two Republican members of Congress from Florida, Ileana Ros-Lehtinen "
            "and Carlos Curbelo, have said they will not back Mr. Trump.")
    assert _sources(text, "have said") == [
        "two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo,"]


def test_an_appositive_after_a_comma_outside_a_fronted_phrase_is_no_source():
    text = "Donald Trump named Sen. Ted Cruz, R-Texas, when asked to pick a possible running mate."
    assert _sources(text, "asked") == [None]


def test_a_title_quoted_in_the_source_keeps_both_marks():
    text = "Maria Lopez, the former host of the reality show “The Castle,” listed the cities she would visit."
    assert _sources(text, "listed") == ["Maria Lopez, the former host of the reality show “The Castle,”"]
    text = 'On the streets, thousands of self-described "Lopezers" have gathered to express their anger.'
    assert _sources(text, "have gathered to express") == ['thousands of self-described "Lopezers"']


def test_a_word_of_the_quotation_is_not_the_source_of_the_cue_after_it():
    text = '"He opposed every single one of them. Every single amendment," said Ortiz, who had introduced some of those amendments.'
    assert _sources(text, "said") == ["Ortiz, who had introduced some of those amendments"]
    assert _sources("“Isis will burn in hell for it! Thanks Sarah!!!” wrote Pete Hidalgo.", "wrote") == ["Pete Hidalgo"]


def test_a_quoted_phrase_far_from_the_cue_stays_its_source():
    text = "He heard “more than a few” in the audience hurl epithets and encourage protesters to leave."
    assert "protesters" not in _sources(text, "encourage")


def test_a_name_the_parse_makes_the_object_of_a_cue_after_a_quotation_is_its_source():
    text = "”Sorry Sarah, you should have said it, because I know you can handle a gun very well!!” posted Sharon Powers Geyer."
    assert _sources(text, "posted") == ["Sharon Powers Geyer"]


def test_a_contracted_has_is_no_passive():
    text = "Just look at House Speaker Maria Lopez. She's said she gets her ideas about money from a novel."
    assert _sources(text, "'s said") == ["She"]


def test_an_active_verb_beside_a_passive_shares_its_subject_not_its_agent():
    text = "FBI officials were angered by the deal and predicted it would affect the outcome of other cases."
    assert _sources(text, "predicted") == ["FBI officials"]


def test_a_source_with_a_dash_aside_keeps_the_closing_dash():
    text = "Even so, some liberal economists - including a minority of the bank's own policy committee - warn that rates could rise."
    assert _sources(text, "warn") == ["some liberal economists - including a minority of the bank's own policy committee -"]


def test_a_phrase_after_an_appositive_that_runs_into_the_verb_is_the_verbs():
    text = '“It was a mistake,” said Maria Lopez, director of the Project on Secrecy at the Federation, about the statement.'
    assert _sources(text, "said") == ["Maria Lopez, director of the Project on Secrecy at the Federation,"]
    text = '"I\'m voting for anyone but her," declared Alyssa Van Wagenen, 29, of Meridian, Ind.'
    assert _sources(text, "declared") == ["Alyssa Van Wagenen, 29, of Meridian, Ind."]


def test_the_speaker_of_a_cue_set_off_inside_the_clause_it_reports_comes_after_it():
    assert _sources("The plan, said Smith, would cost billions.", "said") == ["Smith"]
    text = "The contrast with Trump, said Doyle and others, would be clear since Trump has no former presidents by his side."
    assert _sources(text, "said") == ["Doyle and others"]


def test_the_object_of_a_verb_of_feeling_is_its_source():
    text = "Christie mocked him as a neophyte who memorized talking points. That rattled Rubio, but it did not help Christie."
    assert _sources(text, "rattled") == ["Rubio"]
