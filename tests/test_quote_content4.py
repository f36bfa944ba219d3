"""Twelfth round, content boundaries (branch `qcontent4`): a cue's own complement beside the quotation it
claims, a content that begins inside a two-character opening mark."""

from __future__ import annotations

from dateline import analyze
from dateline.pipeline.quotes.marks import find_quoted
from dateline.pipeline.quotes.spans import to_marks


def _quotes(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.cue.text if q.cue else "", q.text) for q in analyze(text, published="2024-01-01").quotes]


def test_a_cue_claiming_the_next_quotation_keeps_its_own_clause():
    text = (
        "Wilkins also said Warhol was both an artist and a businessperson. "
        "\"As a way to sell his work, he would make a blue Marilyn and a pink Marilyn.\""
    )
    found = _quotes(text)
    assert ("indirect", "also said", "Warhol was both an artist and a businessperson") in found
    assert any(kind == "direct" and cue == "also said" for kind, cue, _ in found)


def test_a_cue_claiming_an_earlier_quotation_keeps_a_clause_holding_a_fragment():
    text = (
        "Politico reported on an email about the delegates, \"just to pick up two delegates in a state he lost.\" "
        "Campaign manager Jeff Weaver replied that Sanders himself is \"driving this train.\""
    )
    assert ("indirect", "replied", "that Sanders himself is \"driving this train.\"") in _quotes(text)


def test_a_noun_phrase_beside_a_claimed_quotation_is_no_content():
    text = "\"You will all be safe again, I promise you,\" Trump assured the mostly white crowd."
    found = _quotes(text)
    assert [q for q in found if q[0] == "indirect"] == []
    assert any(kind == "direct" for kind, _, _ in found)


def test_a_clause_after_the_cues_prepositional_object_is_no_content():
    # the parse hangs "the couple shared" on "said" as its complement; it is the photos' relative clause
    text = "\u201cIt was raw, sharing that experience,\u201d Legend said of the photos the couple shared."
    found = _quotes(text)
    assert [q for q in found if q[0] == "indirect"] == []
    assert any(kind == "direct" and cue == "said" for kind, cue, _ in found)


def test_a_content_beginning_inside_a_two_character_opening_mark_takes_the_mark():
    text = "He said ''we're going to need some big wins at the end'' of the primary season."
    q = find_quoted(text)[0]
    lo, hi = text.index("we're"), text.index(" season") + len(" season")
    assert to_marks(text, lo, hi, q) == (q.start, hi)
