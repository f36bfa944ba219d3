"""Tenth round's pronoun rules (issue 13), on invented text."""

from __future__ import annotations

from dateline import analyze
from dateline.eval.coref_systems import dateline_resolver, parse


def _clusters(nlp, text, drop_entity=None):
    """dateline's clusters as {name: [mention texts]}; `drop_entity`: an entity the model found, taken away as if
    it had missed it."""
    doc = parse(nlp, [text])[0]
    if drop_entity is not None:
        doc.ents = [e for e in doc.ents if e.text != drop_entity]
    found = dateline_resolver(nlp, None)([doc])[0]
    return {c.name: [doc.text[a:b] for a, b in c.mentions] for c in found}


def test_untagged_full_name_is_not_the_parent_with_its_surname(nlp):
    text = ("Tomas Erik Keller (born 1979) is a Swiss architect.\n\n"
            "Keller was born in Bern to Walter and Anna Keller. He studied in Zurich.")
    clusters = _clusters(nlp, text, drop_entity="Tomas Erik Keller")
    assert "Tomas Erik Keller" in clusters
    assert "He" in clusters["Tomas Erik Keller"]
    assert clusters["Anna Keller"] == ["Anna Keller"]


def test_untagged_run_needs_a_first_name(nlp):
    text = "Basse Keller is a quarter of the town.\n\nAnna Keller lives there."
    clusters = _clusters(nlp, text, drop_entity="Basse Keller")
    assert "Basse Keller" not in clusters


def test_possessive_of_a_relative_stays_with_the_possessor(nlp):
    text = ("Tomas Keller is a Swiss architect.\n\n"
            "Keller was born in Bern to Walter and Anna Keller. His father is of Polish descent, while his mother "
            "has German ancestry. He was a candidate for the Scholars Program.")
    clusters = _clusters(nlp, text)
    assert clusters["Tomas Keller"].count("his") == 1 and "He" in clusters["Tomas Keller"]
    assert "He" not in clusters["Walter"]


def test_opening_possessive_is_the_named_subject():
    text = ("The idea behind the fund is two centuries old. In his 1796 essay, the philosopher Gareth Pellow "
            "proposed a tax on land.")
    person = next(p for p in analyze(text, "2020-01-01").people if p.name == "Gareth Pellow")
    assert "his" in [m.text for m in person.mentions]


def test_possessive_on_a_second_conjunct_is_the_first_conjuncts(nlp):
    text = ("Dean Harlow met the mayor on Monday. He later played Sam Corder, the brother of Dean Harlow, "
            "and his friends in the film.")
    clusters = _clusters(nlp, text)
    assert "his" in clusters["Sam Corder"]
