"""Clusters that are no one (issue 13, tenth round): common nouns capitalized as names, names with digits."""

from __future__ import annotations

import pytest

from dateline.pipeline import load
from dateline.pipeline.people.entities import Cluster, MentionRef
from dateline.pipeline.people.sieve import name_shapes, things


def _kept(text: str, label: str, name: str, *, at: int = 0, pronoun: int | None = None) -> bool:
    """Whether `drop_things` keeps a one-cluster article whose name mention is token `at` (and a pronoun)."""
    doc = load()(text)
    token = doc[at]
    assert token.text == name.split()[-1] or token.text == name
    mentions = [MentionRef(at, at + 1, token.idx, token.idx + len(token), token.text, "single")]
    if pronoun is not None:
        p = doc[pronoun]
        mentions.append(MentionRef(pronoun, pronoun + 1, p.idx, p.idx + len(p), p.text, "pronoun"))
    c = Cluster("p1", label, name, mentions)
    refs = {m.start: c for m in mentions}
    pool = [c]
    people, orgs = (pool, []) if label == "PERSON" else ([], pool)
    things.drop_things(people, orgs, doc, refs, titles={}, speech=frozenset({"say"}))
    return bool(pool)


@pytest.mark.parametrize("text,label,name", [
    ("Shorts are fine on the beach. Pack two pairs of shorts.", "PERSON", "Shorts"),
    ("Quinoa grows high in the Andes. Rinse the quinoa before you cook it.", "PERSON", "Quinoa"),
    ("Ballet takes years of practice. Most children start ballet at six.", "ORG", "Ballet"),
])
def test_a_word_the_article_also_writes_in_lower_case_is_no_one(text, label, name):
    assert not _kept(text, label, name)


@pytest.mark.parametrize("text,label,name,at", [
    ("Rose planted a rose by the gate.", "PERSON", "Rose", 0),  # a usual first name
    ("The Court heard the case. The court rose at noon.", "ORG", "Court", 1),  # an organization's word
    ("The Senator left the House early. They live in a small house.", "ORG", "House", 4),  # after "the"
    ("Mallet signed the letter. He brought a mallet.", "PERSON", "Mallet", 0),  # see below: he
])
def test_names_that_are_someone_s_stay(text, label, name, at):
    pronoun = 5 if name == "Mallet" else None
    assert _kept(text, label, name, at=at, pronoun=pronoun)


def test_a_lone_capitalized_word_with_no_lower_case_twin_stays():
    assert _kept("Marsh arrived late. Everyone waited for the bus.", "PERSON", "Marsh")


@pytest.mark.parametrize("name,digit", [
    ("Appendix S1", True), ("7 Ālī Qāpū", True), ("2nd Earl of Clare", False), ("Louis XIV", False), ("Ada Lovelace", False),
])
def test_a_digit_is_no_part_of_a_person_s_name_but_an_ordinal_title_is(name, digit):
    assert name_shapes.has_digit(name) is digit


def test_a_person_named_with_a_digit_is_dropped():
    assert not _kept("See Appendix S1 for the tables.", "PERSON", "Appendix S1", at=2)
