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
