"""An entity running from a name into the name's own verb is the model's slip (sieve/names.runs_into_own_verb)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.pipeline.people.sieve.names import runs_into_own_verb


def _doc(ents: list[str]) -> Doc:
    words = ["In", "his", "memory", "Vaskor", "composed", "Thyrza", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=[4, 2, 0, 4, 4, 4, 4],
               deps=["prep", "poss", "pobj", "nsubj", "ROOT", "dobj", "punct"],
               tags=["IN", "PRP$", "NN", "NNP", "VBD", "NNP", "."], ents=ents)


def test_a_subject_and_its_verb_in_one_entity_is_a_slip():
    assert runs_into_own_verb(_doc(["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])[3])


def test_a_name_of_several_words_is_not():
    doc = _doc(["O", "O", "O", "B-ORG", "O", "B-ORG", "O"])
    assert not runs_into_own_verb(doc[3]) and not runs_into_own_verb(doc[5])
