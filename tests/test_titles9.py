"""Seventeenth round, issue 13: pieces of a title the model cut, and a person's noun, are no one.

See `sieve/title_pieces.py`.
"""

from __future__ import annotations

import pytest

from dateline.pipeline import load


def _names(text: str) -> tuple[list[str], list[str]]:
    doc = load()(text)
    return [c.name for c in doc._.dl_people if not c.group], [c.name for c in doc._.dl_orgs]


@pytest.mark.parametrize("text,name", [
    ("Critics agree that HBO's Game of Thrones is more than a television series. Fans of Game of Thrones wrote "
     "to the network every week.", "Thrones"),  # the model's organization: one side of "A of B"
    ("His commentaries on the Gospels were read widely in Rome.", "Gospels"),  # a one-word plural "person"
    ("Under the guidance of a converted Jew, the young scholar learned Hebrew.", "Jew"),  # a person's noun
    ("Passages from the Diary of General Patrick Gordon of Auchleuchries were printed in 1859.",
     "Diary of General"),  # cut where the titled person's name begins
])
def test_a_piece_of_a_title_or_a_persons_noun_is_no_one(text, name):
    people, orgs = _names(text)
    assert name not in people and name not in orgs


def test_the_titled_person_stays():
    assert "Patrick Gordon" in _names("Passages from the Diary of General Patrick Gordon were printed in 1859.")[0]


@pytest.mark.parametrize("text,name", [
    ("Byron Nimocks of E.F. Hutton Group said earnings improved in the second quarter.", "E.F. Hutton Group"),
    ("Byron Nimocks of E.F. Hutton Group said earnings improved in the second quarter.", "Byron Nimocks"),
    ("Fruit of the Loom Inc said its offering of shares was priced on Tuesday.", "Loom Inc"),  # a company's suffix
    ("Tom Jones of Merrill Lynch said the market would recover.", "Merrill Lynch"),  # the head is a person's
    ("Shares of Texaco rose on Monday, traders said.", "Texaco"),  # first in its sentence: a capital says nothing
    ("Tom Jones of Merrill Lynch said the market would recover.", "Tom Jones"),
    ("The Secretary of State met the Minister of Finance in Paris.", "Minister of Finance"),  # a role's head
])
def test_news_people_and_organizations_with_of_stay(text, name):
    people, orgs = _names(text)
    assert name in people + orgs
