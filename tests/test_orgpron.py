"""Branch orgpron (issue 13): organizations the model typed PERSON take an organization's it/its/they."""

from __future__ import annotations

import pytest

from .people_lookup import Resolved


def _texts(text: str, name: str, *, orgs: bool = False) -> list[str]:
    found = Resolved(text)
    pool = found.organizations if orgs else found.people
    matches = [c for c in pool if c.name == name]
    assert matches, f"no {name!r} in {[c.name for c in found.people + found.organizations]}"
    return [m.text for m in matches[0].mentions]


def test_an_organization_noun_in_apposition_lets_a_person_typed_name_take_its():
    text = ("In 2016 Elon Musk established the company Neuralink to build brain interfaces. It is by no means clear "
            "how successful Neuralink will be. But its launch came at the right time.")
    assert _texts(text, "Neuralink")[-1] == "its"


def test_a_capital_inside_a_name_lets_it_take_they():
    text = ("I talked about the new models last week. I suspect OpenMind will disagree with you. I think OpenMind, "
            "I don't know if they disagree. They would not like to say so.")
    assert _texts(text, "OpenMind").count("they") + _texts(text, "OpenMind").count("They") == 2


def test_a_one_word_name_that_is_an_organization_noun_after_the_takes_they():
    text = ("The fleet waited above the planet. The Enemy had taken every city. The Enemy's power had grown and they "
            "had crushed everything in their path.")
    assert {"they", "their"} <= set(_texts(text, "Enemy"))


def test_an_it_holding_a_later_clause_stands_for_nothing():
    text = "Shell sold its stake in the field last year. It is by no means clear how successful the new owners will be."
    assert _texts(text, "Shell", orgs=True) == ["Shell", "its"]


@pytest.mark.parametrize("name", ["McCain", "DiCaprio", "LeBron James", "MacArthur"])
def test_a_persons_inner_capital_is_no_organizations_shape(name):
    from dateline.pipeline.people.sieve.organization_evidence import _shaped

    assert not _shaped(name.split())


def test_the_company_goes_to_the_person_typed_name_it_already_described():
    text = ("Shell sold its stake in the field. In 2016 Elon Musk established the company Neuralink to build brain "
            "interfaces. It is by no means clear how successful Neuralink will be (the company is still flying under "
            "the radar). But its launch came at the right time.")
    assert _texts(text, "Neuralink")[-2:] == ["the company", "its"]
    assert _texts(text, "Shell", orgs=True) == ["Shell", "its"]


def test_we_in_the_quotation_of_a_spokeswoman_for_an_organization_is_the_organization():
    text = 'Acme Corp reported a loss on Tuesday. "We are confident in our plan," a spokeswoman for Acme Corp said.'
    assert {"We", "our"} <= set(_texts(text, "Acme Corp", orgs=True))


def test_a_lawyer_for_a_person_speaks_for_no_organization():
    text = 'Acme Corp sued John Smith on Tuesday. "We will appeal," a spokesman for John Smith said.'
    assert "We" not in _texts(text, "Acme Corp", orgs=True)


def test_a_person_typed_organization_described_as_one_takes_no_he():
    text = ("In 2016 Elon Musk established the company Neuralink to build brain interfaces. Musk spoke at length. "
            "Last year Neuralink raised money and the company hired 40 engineers. He said that more hires may come.")
    assert _texts(text, "Elon Musk")[-1] == "He"
    assert "He" not in _texts(text, "Neuralink")
