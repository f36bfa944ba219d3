"""The resolver's scans of a Doc's arrays (pipeline/people/scan.py): what they pick, and the columns they keep."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc

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


def _parsed():
    """ "The chief, Mary Barra, spoke": heads and relations given, no model."""
    words = ["The", "chief", ",", "Mary", "Barra", ",", "spoke"]
    return Doc(spacy.blank("en").vocab, words=words, heads=[1, 6, 1, 4, 1, 1, 6],
               deps=["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT"],
               pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"])


def test_head_column_holds_signed_offsets_read_alone_or_with_others():
    doc = _parsed()
    offsets = [t.head.i - t.i for t in doc]
    assert scan.column(doc, HEAD) == offsets  # to_array stores a head before its token as a huge number
    scan.release(doc)
    assert scan.columns(doc, (POS, HEAD, DEP))[1] == offsets


def test_heads_of_a_relation_from_the_arrays():
    doc = _parsed()
    assert scan.heads_of(doc, POS, frozenset({IDS["PROPN"]}), doc.vocab.strings["appos"]) == {1}
    assert scan.heads_of(doc, POS, frozenset({IDS["PROPN"]}), doc.vocab.strings["compound"]) == {4}


def test_released_parts_of_speech_and_words_go_to_the_next_reader():
    doc = _parsed()
    pos, lower = scan.column(doc, POS), scan.column(doc, LOWER)
    scan.release(doc, hand_on=True)
    assert doc in scan._HANDED
    assert scan.column(doc, POS) == pos and scan.column(doc, LOWER) == lower
    assert doc not in scan._HANDED  # taken once: the next release hands on nothing unless asked
    scan.release(doc)
    assert doc not in scan._HANDED


def test_indices_keep_the_ids_of_tuples_and_frozensets_only():
    doc = _doc("Anna met Bob and anna left.")
    words = ["Anna", "Bob"]
    assert scan.indices(doc, texts=words) == scan.indices(doc, texts=tuple(words)) == [0, 2]
    assert ((), tuple(words), ()) in scan._WANTED
    assert scan.indices(doc, texts=(w for w in words)) == [0, 2]  # a generator is read, never kept
    assert not any(isinstance(k[1], type(w for w in ())) for k in scan._WANTED)
