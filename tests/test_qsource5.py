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
