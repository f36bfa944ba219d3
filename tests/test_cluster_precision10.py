"""Places glued to, or cut from, the names around them (issue 13, nineteenth round); invented sentences.

The cluster cases fail on main before this round: a country the model runs into the person's name after it, a
province's name the model cuts at its "and", a title before a bridge named for someone. The guard cases of
`after_a_place` (a firm's word, a town's firm, a first name that is a place) fail on main only as the function
is new; `test_people_and_firms_stay` passes on main and is kept as the guard it is.
"""

from __future__ import annotations

import pytest

from dateline.pipeline import load
from dateline.pipeline.people import name_filters


def _names(text: str) -> tuple[set[str], set[str]]:
    """The people's and the organizations' names in the article."""
    doc = load()(text)
    return {c.name for c in doc._.dl_people if not c.group}, {c.name for c in doc._.dl_orgs}


def test_a_country_glued_before_an_authors_name_is_cut_off():
    people, orgs = _names("The report was written by Michiel Cock m.p.cock@vu.nl Vrije Universiteit Amsterdam, "
                          "the Netherlands Lotte Wilms lotte.wilms@kb.nl National Library of the Netherlands.")
    assert "Lotte Wilms" in people
    assert not any("Netherlands Lotte" in n for n in people | orgs)


def _cut(text: str, entity: str) -> str:
    """The name `after_a_place` leaves of `entity`, read as if the model had made it one entity."""
    doc = load()(text)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(entity))
    end = start + len(load().tokenizer(entity))
    return doc[name_filters.after_a_place(doc, start, end):end].text


@pytest.mark.parametrize("text,entity,name", [
    # a country, then a usual first name: the person's name is what follows the place
    ("Minutes of the meeting, Ottawa, Canada Margaret Wilson chaired the session.", "Canada Margaret Wilson",
     "Margaret Wilson"),
    # a newspaper's word is no one's name; a firm named for a town (Delta, BC) is no place glued to a person
    ("He wrote for the New Mexico Bulletin for years.", "New Mexico Bulletin", "New Mexico Bulletin"),
    ("Shares of Delta Lloyd Verzekeringsgroep rose.", "Delta Lloyd Verzekeringsgroep", "Delta Lloyd Verzekeringsgroep"),
    # a place that is also a usual first name opens a person's name ("Georgia"), and "Bank" is a firm's word
    ("Georgia Anne Smith joined the Netherlands Central Bank in May.", "Georgia Anne Smith", "Georgia Anne Smith"),
    ("Georgia Anne Smith joined the Netherlands Central Bank in May.", "Netherlands Central Bank",
     "Netherlands Central Bank"),
])
def test_where_a_name_after_a_place_starts(text, entity, name):
    assert _cut(text, entity) == name


def test_a_name_cut_at_a_provinces_and_is_made_whole():
    people, orgs = _names("What the Newfoundland and Labrador Court of Appeal did is nothing new. The Newfoundland "
                          "and Labrador Court of Appeal ruled that the case could go on.")
    assert "Newfoundland and Labrador Court of Appeal" in orgs
    assert "Newfoundland" not in people | orgs
    _, orgs = _names("Trinidad and Tobago Oil Co said output rose.")  # "Trinidad" (GPE) and "Tobago Oil Co"
    assert "Trinidad and Tobago Oil Co" in orgs


def test_a_title_before_a_bridge_named_for_someone_is_the_namesakes():
    people, _ = _names("Joshua Norton was poor. Long after his death, the San Francisco – Oakland Bay Bridge was "
                       "built, and there have been campaigns to rename the bridge \"The Emperor Norton Bridge\". "
                       "Norton died in 1880.")
    assert "Joshua Norton" in people
    assert not any(n.endswith("Bridge") for n in people)


@pytest.mark.parametrize("text,name", [
    ("Dr. Anne Hall said the results were clear.", "Anne Hall"),  # a first name before the place's word
])
def test_people_and_firms_stay(text, name):
    people, orgs = _names(text)
    assert name in people | orgs
