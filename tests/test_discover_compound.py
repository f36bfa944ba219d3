"""A proper noun the model left untagged counts as a subject even with a first name before it
(sieve/names.discover_people: "Elon Musk established …; Musk announced …")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.pipeline.people.sieve.names import discover_people


def _doc(first: str) -> Doc:
    words = ["In", "2016", first, "Tusk", "founded", "the", "firm", ".", "Later", "Tusk", "announced", "plans", "."]
    pos = ["ADP", "NUM", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "PROPN", "VERB", "NOUN", "PUNCT"]
    heads = [4, 0, 3, 4, 4, 6, 4, 4, 10, 10, 10, 10, 10]
    deps = ["prep", "pobj", "compound", "nsubj", "ROOT", "det", "dobj", "punct", "advmod", "nsubj", "ROOT", "dobj",
            "punct"]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps)


def test_a_subject_with_its_first_name_counts_and_the_full_name_is_kept():
    found = discover_people(_doc("Vrel"), [], {}, not_names=frozenset())
    assert [c.name for c in found] == ["Vrel Tusk"]
    assert [m.text for m in found[0].mentions] == ["Vrel Tusk", "Tusk"]


def test_a_lower_case_modifier_does_not_count_as_a_first_name():
    found = discover_people(_doc("vrel"), [], {}, not_names=frozenset())
    assert found == []


def test_a_name_with_a_version_number_is_a_product():
    words = ["Norvo", "Tusk", "9", "crashed", ".", "Later", "Tusk", "froze", "."]
    pos = ["PROPN", "PROPN", "NUM", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "PUNCT"]
    heads = [1, 3, 1, 3, 3, 7, 7, 7, 7]
    deps = ["compound", "nsubj", "nummod", "ROOT", "punct", "advmod", "nsubj", "ROOT", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert discover_people(doc, [], {}, not_names=frozenset()) == []
