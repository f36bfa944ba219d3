"""Another name a person goes by, given beside their name (sieve/aliases.py)."""

from __future__ import annotations

import pytest

from dateline import analyze


@pytest.mark.parametrize("text,full,alias", [
    ("Rosalind Achebe, known to her members as Roz, said the strike would go on. "
     "Roz told reporters she was confident.", "Rosalind Achebe", "Roz"),
    ("Robert Smith, better known as Bob, said it was over. \"We lost,\" Bob said.", "Robert Smith", "Bob"),
])
def test_an_alias_and_the_alias_said_again_are_the_named_person(text, full, alias):
    record = analyze(text, published="2024-01-01")
    person = next(p for p in record.people if p.name == full)
    assert [m.text for m in person.mentions].count(alias) == 2
    assert alias not in {p.name for p in record.people}
    assert {q.speaker.name for q in record.quotes if q.speaker} == {full}


def test_a_thing_known_by_a_name_is_left_alone():
    record = analyze("The agreement, known as the Paris Accord, was signed by Ann Lee.", published="2024-01-01")
    lee = next(p for p in record.people if p.name == "Ann Lee")
    assert [m.text for m in lee.mentions] == ["Ann Lee"]


@pytest.mark.parametrize("text,name", [
    ("The plan known as Brexit was agreed. Brexit was a mess, she said.", "Brexit"),
    ("The deal called Brexit was agreed. Brexit was a mess, she said.", "Brexit"),
    ("The policy known as Zerocov was dropped. Zerocov failed, he said.", "Zerocov"),
])
def test_a_plan_known_by_a_name_is_no_person(text, name):
    """A name "known as"/"called" after a plan's noun is the plan's, even when a stray "she" joins it."""
    assert name not in {p.name for p in analyze(text, published="2024-01-01").people}


def test_a_person_known_by_a_name_stays_a_person():
    record = analyze("The singer known as Madonna arrived. Madonna was happy, she said.", published="2024-01-01")
    assert "Madonna" in {p.name for p in record.people}
