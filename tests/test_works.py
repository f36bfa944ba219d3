"""Fifteenth round, issue 13: names that read as a work's, a plan's or a made thing's title (`sieve/works.py`)."""

from __future__ import annotations

import pytest

from dateline.pipeline import load


def _names(text: str) -> tuple[list[str], list[str]]:
    doc = load()(text)
    return [c.name for c in doc._.dl_people], [c.name for c in doc._.dl_orgs]


@pytest.mark.parametrize("text,name", [
    ("She wrote a paper on the Medicinal Properties of the Juice of the Young Coconut for the society.",
     "Medicinal Properties of the Juice of the Young Coconut"),  # two inner joiners
    ("In 1952 he started a project called FrameNet. Researchers later extended FrameNet.", "FrameNet"),
    ("Lotus said it has unveiled a new software product, named Galaxy. Lotus said Galaxy will ship soon.", "Galaxy"),
    ("The wheat purchases complete the Export Enhancement Program, the agency said.", "Export Enhancement Program"),
])
def test_a_title_or_a_made_thing_is_no_person_or_organization(text, name):
    people, orgs = _names(text)
    assert name not in people and name not in orgs


@pytest.mark.parametrize("text,name", [
    ("The Comptroller of the Currency said banks were sound. The House of Commons voted on Tuesday.",
     "Comptroller of the Currency"),  # one joiner after no abstract noun: news calls such names agencies
    ("The Comptroller of the Currency said banks were sound. The House of Commons voted on Tuesday.",
     "House of Commons"),  # an institution's head word
    ("They are members of the Organiaation of Petroleum Exporting Countries (OPEC), officials said.",
     "Organiaation of Petroleum Exporting Countries"),  # given an acronym: misspelt, still an organization
    ("He studied physics at school, and the Bank of England raised rates.", "Bank of England"),
])
def test_an_organization_named_with_of_stays(text, name):
    assert name in _names(text)[1]


def test_a_company_called_so_stays():
    people, orgs = _names("The company is called Acme Widgets. Acme Widgets said sales rose.")
    assert "Acme Widgets" in people + orgs
