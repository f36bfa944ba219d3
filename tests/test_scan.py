"""The resolver's scans of a Doc's arrays (pipeline/people/scan.py): what they pick, and the columns they keep."""

from __future__ import annotations

import spacy
from spacy.attrs import LOWER

from dateline.pipeline.people import scan


def _doc(text: str):
    return spacy.blank("en")(text)


def _quoted_words(doc) -> list[str]:
    return [t.text for t, quoted in zip(doc, scan.quoted_tokens(doc)) if quoted]


def test_quoted_tokens_between_marks_and_closed_by_a_paragraph():
    doc = _doc('He said "we won" and “they lost”.\n\nThen "an open quote\n\nnot this" «oui»')
    assert _quoted_words(doc) == ["we", "won", "they", "lost", "an", "open", "quote", "oui"]


def test_no_quotation_mark_quotes_nothing():
    doc = _doc("Nothing is quoted here.\nNor here.")
    assert scan.quoted_tokens(doc) == [False] * len(doc)


def test_paragraph_starts_after_line_breaks():
    doc = _doc("One line.\nTwo lines.\n\nThree.")
    starts = scan.paragraph_starts(doc)
    assert [doc[i].text for i in starts] == ["One", "Two", "Three"]


def test_indices_by_word_and_lower_case():
    doc = _doc("I met Anna. anna met me and I left.")
    assert scan.indices(doc, texts=("Anna",)) == [2]
    assert [doc[i].text for i in scan.indices(doc, lowers=("anna", "i"))] == ["I", "Anna", "anna", "I"]


def test_a_column_is_kept_until_released():
    doc = _doc("A short text.")
    first = scan.column(doc, LOWER)
    assert scan.column(doc, LOWER) is first
    assert first == doc.to_array(LOWER).tolist()
    scan.release(doc)
    assert scan.column(doc, LOWER) is not first


def test_words_that_are_spacy_symbols_are_found():
    # "mark" and "agent" are also dependency labels, so the vocabulary keeps them as symbols, not hashes
    doc = _doc("Mark met an agent.")
    assert [doc[i].text for i in scan.indices(doc, lowers=("mark", "agent"))] == ["Mark", "agent"]
