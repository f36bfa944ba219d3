"""Twelfth round, issue 13: descriptions that name a name, not its bearer."""

from __future__ import annotations

import pytest

from dateline.pipeline import load


def _descriptions(text: str, name: str) -> list[str]:
    doc = load()(text)
    cluster = next(c for c in doc._.dl_people if c.name == name)
    return [m.text for m in cluster.mentions if m.kind == "description"]


@pytest.mark.parametrize("text,name,noun", [
    ("Jenna Marbles is her pseudonym, taken from her dog.", "Jenna Marbles", "pseudonym"),
    ("Daniel Bernoulli (German pronunciation: [ˈbɛʁnʊli]) was a Swiss mathematician.", "Daniel Bernoulli",
     "pronunciation"),
    ("Tom Smith, his nickname, was known across the town.", "Tom Smith", "nickname"),
])
def test_a_noun_for_a_name_is_no_description_of_its_bearer(text, name, noun):
    assert not any(noun in d for d in _descriptions(text, name))


def test_a_role_noun_is_still_a_description():
    assert _descriptions("Mary Barra, the company's chief executive, spoke on Monday.", "Mary Barra") == [
        "the company's chief executive"]
