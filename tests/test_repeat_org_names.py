"""An organization's name said again untagged is a mention of it (sieve/names.repeat_organization_names)."""

from __future__ import annotations

import spacy

from dateline.pipeline.people.entities import Cluster
from dateline.pipeline.people.sieve.names import repeat_organization_names


def _run(text: str, name: str, tagged: tuple[int, int]):
    doc = spacy.blank("en")(text)
    org = Cluster(id="", label="ORG", name=name, name_tokens=tuple(name.split()))
    refs = {i: org for i in range(*tagged)}
    repeat_organization_names(doc, [org], refs)
    return doc, org, refs


def test_the_same_capitalized_words_again_are_the_organization():
    doc, org, refs = _run("The Pittsburgh Pirates won . Later the Pittsburgh Pirates lost .", "Pittsburgh Pirates", (1, 3))
    assert [m.text for m in org.mentions] == ["Pittsburgh Pirates"]  # the untagged repeat; the tagged one is in refs
    assert refs[7] is org and refs[8] is org


def test_a_lower_case_or_partial_repeat_is_not():
    doc, org, refs = _run("Vitra Systems grew . vitra systems and Vitra alone did not .", "Vitra Systems", (0, 2))
    assert org.mentions == []


def _parsed(words, pos, heads, deps):
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=[w.lower() for w in words])


def test_a_repeat_compounded_onto_a_thing_noun_is_the_organization_onto_a_person_noun_not():
    words = ["Vitra", "Systems", "grew", ".", "the", "Vitra", "Systems", "podcast", "and", "a", "Vitra", "Systems",
             "spokesperson", "spoke", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "PROPN", "PROPN", "NOUN", "CCONJ", "DET", "PROPN", "PROPN",
           "NOUN", "VERB", "PUNCT"]
    heads = [1, 2, 2, 2, 7, 6, 7, 13, 7, 12, 11, 12, 7, 13, 13]
    deps = ["compound", "nsubj", "ROOT", "punct", "det", "compound", "compound", "nsubj", "cc", "det", "compound",
            "compound", "conj", "ROOT", "punct"]
    doc = _parsed(words, pos, heads, deps)
    org = Cluster(id="", label="ORG", name="Vitra Systems", name_tokens=("Vitra", "Systems"))
    refs = {0: org, 1: org}
    repeat_organization_names(doc, [org], refs)
    assert [(m.start, m.end) for m in org.mentions] == [(5, 7)]  # the podcast's; not the spokesperson's
