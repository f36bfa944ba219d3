"""Nineteenth round, issue 13: acronyms spelled out for a thing's name, and a title's word before common nouns,
are no organization and no one.

See `sieve/name_shapes.spelled_out_as_a_thing` and `sieve/title_pieces.a_titles_common_noun`.
"""

from __future__ import annotations

import pytest

from dateline.pipeline import load


def _names(text: str) -> tuple[list[str], list[str]]:
    doc = load()(text)
    return [c.name for c in doc._.dl_people], [c.name for c in doc._.dl_orgs]


@pytest.mark.parametrize("text,gone", [
    ("Mutation testing introduces errors into a System Under Test (SUT). The methods of the SUT are listed.",
     "SUT"),  # a preposition after the head: "System"
    ("We propose operators for Geographic Information Systems (GIS) applications. We apply them to two GIS "
     "applications.", "Geographic Information Systems"),  # the plural head "Systems"
    ("The data came from Combined Airborne Radio instruments for Ocean and Land Studies (CAROLS) campaigns.",
     "CAROLS"),  # lower-case words left out of the acronym, the head among them
    ("Within this, the Public Sector Borrowing Requirement (PSBR) showed a repayment of 3.7 billion stg.",
     "Public Sector Borrowing Requirement"),
])
def test_an_acronym_spelled_out_for_a_things_name_is_no_organization(text, gone):
    assert gone not in _names(text)[1]


@pytest.mark.parametrize("text,kept", [
    ("The Organization of Petroleum Exporting Countries (OPEC) met in Vienna. OPEC output rose.",
     "Organization of Petroleum Exporting Countries"),  # an organization's word
    ("The Washington Public Power Supply System (WPPSS) sold bonds. WPPSS bonds fell.",
     "Washington Public Power Supply System"),  # a place first: a utility of that state
    ("The General Agreement on Tariffs and Trade (GATT) was signed. China applied to join GATT.", "GATT"),  # a treaty
    ("The European Community (EC) met in Brussels. EC ministers agreed.", "European Community"),  # an institution
])
def test_an_organizations_acronym_stays(text, kept):
    assert kept in _names(text)[1]


@pytest.mark.parametrize("text,gone", [
    ("Eau Gallie, Fla.\nGeneral Delivery\nJuly 9, 1951.\nDear Jean:\nThanks for the money.", "Delivery"),
    ("Everyone has a preconception for what AI is. It's the Star Trek computer or it's Hal or whatever.", "Trek"),
    ("Goldsmith does not dispute that Warhol's Prince Series conveys a different meaning. The Prince Series was "
     "made in 1984.", "Series"),
])
def test_a_titles_word_before_common_nouns_is_no_ones_title(text, gone):
    assert gone not in _names(text)[0]


@pytest.mark.parametrize("text,kept", [
    ("Prince Charles visited the factory on Monday.", "Charles"),  # a first name, though WordNet lists "charles"
    ("President Bush met Chancellor Kohl in Bonn.", "Bush"),  # a census surname
    ("The talks were opened by President Suharto in Jakarta.", "Suharto"),  # WordNet's instance, no common noun
    ("He was designed by his chief architect, Sheikh Bahai.", "Bahai"),  # a person's noun
])
def test_a_titled_name_stays(text, kept):
    assert kept in _names(text)[0]
