"""Clusters and names (issue 13, fourth round): things the model calls people, names cut right, surnames kept apart."""

from __future__ import annotations

import pytest

from dateline import analyze


def _names(record):
    return [c.name for c in record.people], [c.name for c in record.organizations]


# -- things described as things (sieve/things.py) ---------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mérida is the capital of Yucatán. Mérida has many parks. Visitors come to Mérida every winter.", "Mérida"),
        ("Fort Lee is a city in New Jersey. Fort Lee is a small town. Fort Lee is the first town on the bridge.", "Fort Lee"),
        ("The film starred Gilmore Girls. Gilmore Girls, the television series, ran for years.", "Gilmore Girls"),
    ],
)
def test_a_name_described_as_a_place_or_work_is_no_person(text, name):
    people, orgs = _names(analyze(text))
    assert name not in people + orgs


def test_an_acronym_spelled_out_in_lower_case_is_a_term():
    people, orgs = _names(analyze("The study measured sea surface temperature (SST). The SST data showed warming, and SST rose."))
    assert "SST" not in orgs


def test_people_and_organizations_described_as_such_stay():
    people, _ = _names(analyze("Maria Lopez is a teacher. Lopez lives in Mérida and works in a small town."))
    assert "Maria Lopez" in people
    _, orgs = _names(analyze("The Korean Central News Agency (KCNA) said the test succeeded. KCNA gave no details."))
    assert "Korean Central News Agency" in orgs
