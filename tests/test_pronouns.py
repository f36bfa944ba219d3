"""The sieve's third-person pronoun pass (`sieve/pronouns.py`), one mechanism at a time, on small texts."""

from __future__ import annotations

from dateline import analyze
from dateline.pipeline.people.entities import Cluster
from dateline.pipeline.people.sieve.pronouns import name_genders


def _person(record, name):
    matches = [c for c in record.people if c.name == name]
    assert matches, f"no {name!r} in {[c.name for c in record.people]}"
    return matches[0]


def _texts(cluster):
    return [m.text for m in cluster.mentions]


def _cluster(name: str) -> Cluster:
    return Cluster(id="", label="PERSON", name=name, name_tokens=tuple(name.split()))


# -- first names -------------------------------------------------------------------


def test_a_first_name_gives_its_usual_gender():
    betty, tom, titled = _cluster("Betty"), _cluster("Tom Smith"), _cluster("Dr. Jane Smith")
    genders = name_genders([betty, tom, titled], {"dr", "mr", "mrs"})
    assert genders == {betty: "female", tom: "male", titled: "female"}  # the title is passed over


def test_a_one_word_name_commoner_as_a_surname_gives_none():
    # "Cole" is in the male first-name list but commoner as a surname: alone it says nothing.
    alone, full = _cluster("Cole"), _cluster("Cole Porter")
    assert name_genders([alone, full], {}) == {full: "male"}


def test_her_after_two_people_is_the_woman():
    record = analyze("Tom Smith met Ann Lee. Her husband was away.", "2020-01-01")
    assert "Her" in _texts(_person(record, "Ann Lee"))
    assert "Her" not in _texts(_person(record, "Tom Smith"))


def test_he_is_not_a_woman_named_before():
    record = analyze("Betty Jones met David Brown in Paris. Later he moved to Rome.", "2020-01-01")
    assert "he" in _texts(_person(record, "David Brown"))
    assert "he" not in _texts(_person(record, "Betty Jones"))


def test_pronouns_outweigh_a_first_name():
    # A name's usual gender is a prior, not a verdict: three pronouns say otherwise.
    record = analyze(
        "Jean Martin is a French painter. He was born in Lyon. He studied in Paris, where he met his wife.",
        "2020-01-01",
    )
    assert {"He", "he", "his"} <= set(_texts(_person(record, "Jean Martin")))


# -- bylines -----------------------------------------------------------------------


def test_a_bylines_author_is_no_antecedent():
    record = analyze("by Mary Wilson\n\nThe kitchen was cold that night. She leaned against the counter.", "2020-01-01")
    assert "She" not in _texts(_person(record, "Mary Wilson"))
