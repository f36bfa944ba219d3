"""Long articles: parsed in pieces, with the same text and the records a whole parse gives."""

from __future__ import annotations

import spacy

from dateline.analysis import analyze_batch
from dateline.pipeline.pieces import LONG_CHARS, cuts
from dateline.readers import ReadOptions
from dateline.readers.base import build_article

SENTENCE = 'Mayor Maria Gomez, 52, said on Friday that "the bridge will open next week," and John Carter agreed.'


def _text(chars: int, sep: str) -> str:
    return sep.join([SENTENCE] * (chars // (len(SENTENCE) + len(sep)) + 1))


def test_cuts_cover_the_doc_and_fall_after_paragraph_breaks():
    doc = spacy.blank("en")(_text(30_000, "\n\n"))
    ranges = list(cuts(doc, 5_000))
    assert ranges[0][0] == 0 and ranges[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    assert len(ranges) > 3
    for _, end in ranges[:-1]:
        assert doc[end - 1].is_space and "\n" in doc[end - 1].text


def test_cuts_without_paragraphs_fall_at_sentence_ends():
    doc = spacy.blank("en")(_text(30_000, " "))
    for _, end in list(cuts(doc, 5_000))[:-1]:
        assert doc[end - 1].text == "." and doc[end].text == "Mayor"


def test_cuts_of_text_without_any_boundary_are_bounded():
    doc = spacy.blank("en")("word " * 10_000)
    assert all(doc[e - 1].idx - doc[s].idx <= 10_100 for s, e in cuts(doc, 5_000))


def test_a_long_article_keeps_its_text_and_every_repetition():
    text = _text(LONG_CHARS * 2, "\n\n")
    article = build_article(text, source="long", options=ReadOptions(max_chars=10**7), published="2021-03-05")
    (record,) = analyze_batch([article])
    assert record.text == article.text
    repeats = article.text.count(SENTENCE)
    quoted = [q for q in record.quotes if q.kind != "indirect"]  # the quotation marks' stretch, direct or partial
    assert len(quoted) == repeats
    assert {q.speaker.name for q in quoted if q.speaker} == {"Maria Gomez"}
    (gomez,) = [p for p in record.people if p.name == "Maria Gomez"]
    assert len(gomez.ages) == repeats


def test_an_article_over_spacys_own_limit_is_analysed(nlp, monkeypatch):
    # --max-chars above spaCy's nlp.max_length: the pieces need no whole-Doc parse
    monkeypatch.setattr(nlp, "max_length", LONG_CHARS + 1000)
    text = _text(nlp.max_length + 10, " ")
    article = build_article(text, source="huge", options=ReadOptions(max_chars=10**7))
    (record,) = analyze_batch([article])
    assert len(record.text) > nlp.max_length
