"""Thirteenth round, content boundaries (branch `qcontent5`): a quoted predicate after a cue's object, the
channel the words went out on, three closing apostrophes, "claimed to"."""

from __future__ import annotations

from dateline import analyze
from dateline.pipeline.quotes.marks import find_quoted


def _quotes(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.cue.text if q.cue else "", q.text) for q in analyze(text, published="2024-01-01").quotes]


def test_a_quoted_predicate_after_the_object_is_part_of_the_content():
    text = "Marty West, an education professor, called it “an incredibly significant development.”"
    assert ("indirect", "called", "it “an incredibly significant development.”") in _quotes(text)


def test_a_quoted_predicate_the_parse_reads_as_an_adverbial():
    text = "Clinton celebrated in Florida, declaring it “another super Tuesday for our campaign” and said more."
    assert ("indirect", "declaring", "it “another super Tuesday for our campaign”") in _quotes(text)


def test_the_channel_after_the_object_is_no_part_of_the_content():
    found = _quotes("He accidentally posted a sexually explicit image of himself on Twitter.")
    assert ("indirect", "accidentally posted", "a sexually explicit image of himself") in found


def test_the_channel_the_parse_hangs_on_the_object_is_no_part_of_the_content():
    found = _quotes("Clinton claimed victory in a tweet after the vote.")
    assert any(kind == "indirect" and text == "victory" for kind, _, text in found)


def test_three_closing_apostrophes_close_the_inner_quote_then_the_outer():
    text = "''Most voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain."
    (outer,) = [q for q in find_quoted(text) if not q.nested]
    assert text[outer.start : outer.end] == "''Most voters will not be satisfied with 'We'll bomb them,'''"


def test_claimed_takes_an_infinitive():
    found = _quotes("The coalition includes people who claim to represent Asian Americans.")
    assert ("indirect", "claim", "to represent Asian Americans") in found


def test_a_second_that_clause_after_a_conjunction_stays_in_the_content():
    text = "The DNC said the actions were unacceptable and that the committee would continue to investigate the incident."
    found = _quotes(text)
    assert ("indirect", "said", "the actions were unacceptable and that the committee would continue to investigate "
            "the incident") in found


def test_a_conjoined_relative_clause_still_ends_the_content():
    text = ("The fight is among voters who are expected to make up half of the electorate and who maintain "
            "a large degree of fondness for the Clintons.")
    assert ("indirect", "are expected", "to make up half of the electorate") in _quotes(text)


def test_a_conjoined_speech_verb_with_nothing_to_attribute_stays_in_the_content():
    text = "She said the committee met on Monday and continued to investigate the incident."
    assert ("indirect", "said", "the committee met on Monday and continued to investigate the incident") in _quotes(text)


def test_a_conjoined_speech_verb_introducing_a_quotation_ends_the_content():
    text = ('Whitmore told LA Weekly that on October 6 Montalvo "walked into the lobby of the station and turned '
            'himself in", and told the police, "everything he did".')
    found = _quotes(text)
    assert ("direct", "told", '"everything he did"') in found
    assert not any(kind == "indirect" and "police" in quoted for kind, _, quoted in found)


def test_a_by_phrase_with_a_noun_completes_the_object():
    found = _quotes("Cruz drew contrasts even as he rarely mentioned Rubio by name.")
    assert any(kind == "indirect" and text == "Rubio by name" for kind, _, text in found)


def test_a_by_phrase_with_a_gerund_is_no_part_of_the_object():
    text = "Sanders dismissed Clinton's charges by pointing out that she had not always looked so fondly on Obama."
    found = _quotes(text)
    assert ("indirect", "dismissed", "Clinton's charges") in found


def test_onto_completes_the_object_as_to_does():
    found = _quotes("Each faction projected its own worldview onto Obama, believing he would pursue their vision.")
    assert ("indirect", "projected", "its own worldview onto Obama") in found


def test_a_closing_relative_clause_after_a_dash_is_the_authors_aside():
    text = ("He said he gets his ideas from a speech in Ayn Rand's novel - which, to be clear, is a work of "
            "fiction.")
    assert ("indirect", "said", "he gets his ideas from a speech in Ayn Rand's novel") in _quotes(text)


def test_a_closing_apposition_after_a_dash_stays_in_the_content():
    text = "He said talks should include three topics -- a commitment to privatization and a recognition of costs."
    assert ("indirect", "said", "talks should include three topics -- a commitment to privatization and a "
            "recognition of costs") in _quotes(text)


def test_a_closing_except_clause_after_a_dash_is_the_authors_aside():
    text = ("He warned the Fed because he thought it would create too much inflation - except that inflation has "
            "fallen since then.")
    found = _quotes(text)
    assert ("indirect", "thought", "it would create too much inflation") in found


def test_want_takes_a_noun_phrase():
    found = _quotes("Many Republicans wanted a complete break from the Bush years.")
    assert ("indirect", "wanted", "a complete break from the Bush years") in found


def test_like_love_and_hate_take_a_noun_phrase():
    found = _quotes("Voters hate the new tax plan.")
    assert ("indirect", "hate", "the new tax plan") in found


def test_ignore_is_a_stance_cue():
    found = _quotes("For the most part, Clinton operatives publicly ignore the unsolicited advice.")
    assert ("indirect", "publicly ignore", "the unsolicited advice") in found
