"""An organization's first word alone, after its whole name, is a mention of it (sieve/names.short_organization_names)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.pipeline.people.entities import Cluster, MentionRef
from dateline.pipeline.people.sieve.names import short_organization_names

_DETS = {"the", "The", "a"}


def _doc(text: str, places: tuple[str, ...] = ()) -> Doc:
    """Capitalized words are proper nouns (the words in `places` tagged GPE), "the" a determiner."""
    words = text.split()
    pos = ["DET" if w in _DETS else "PROPN" if w[:1].isupper() else "PUNCT" if not w.isalpha() else "VERB" for w in words]
    ents = [("B-GPE" if w in places else "O") for w in words]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents)


def _org(doc: Doc, name: str, at: int) -> tuple[Cluster, dict]:
    n = len(name.split())
    span = doc[at : at + n]
    org = Cluster(id="", label="ORG", name=name, name_tokens=tuple(name.split()))
    org.add(MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, "name"))
    return org, {i: org for i in range(at, at + n)}


def test_the_first_word_alone_after_the_name_is_the_organization():
    doc = _doc("Kim attended Vitrola University . at Vitrola she studied law .", places=("Vitrola",))
    org, refs = _org(doc, "Vitrola University", 2)
    short_organization_names(doc, [], [org], refs)
    assert [m.text for m in org.mentions] == ["Vitrola University", "Vitrola"]
    assert refs[6] is org


def test_a_word_said_alone_before_the_name_is_a_place_of_its_own():
    doc = _doc("Vitrola is cold . the Vitrola Permanent Fund pays . Vitrola grew .", places=("Vitrola",))
    org, refs = _org(doc, "Vitrola Permanent Fund", 5)
    short_organization_names(doc, [], [org], refs)
    assert [m.text for m in org.mentions] == ["Vitrola Permanent Fund"]


def test_an_article_or_a_name_word_beside_it_or_a_person_s_name_blocks_it():
    doc = _doc("Kim attended Vitrola University . in the Vitrola , Old Vitrola and Vitrola Kim .", places=("Vitrola",))
    org, refs = _org(doc, "Vitrola University", 2)
    short_organization_names(doc, [], [org], refs)
    assert len(org.mentions) == 1
    person = Cluster(id="", label="PERSON", name="Ann Vitrola", name_tokens=("Ann", "Vitrola"))
    doc = _doc("Kim attended Vitrola University . at Vitrola she studied .")
    org, refs = _org(doc, "Vitrola University", 2)
    short_organization_names(doc, [person], [org], refs)
    assert len(org.mentions) == 1


def test_a_word_that_begins_two_organizations_names_is_left():
    doc = _doc("Vitrola University and Vitrola Airlines grew . at Vitrola she studied .")
    uni, refs = _org(doc, "Vitrola University", 0)
    air, more = _org(doc, "Vitrola Airlines", 3)
    short_organization_names(doc, [], [uni, air], refs | more)
    assert len(uni.mentions) == len(air.mentions) == 1
