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


# -- one name, two labels ---------------------------------------------------------------------------------------

from dateline.pipeline.people.entities import Cluster, MentionRef  # noqa: E402
from dateline.pipeline.people.sieve import types  # noqa: E402


def _cluster(doc, label: str, name: str, occurrence: int, kind: str) -> Cluster:
    """A cluster whose one mention is the `occurrence`-th (0-based) `name` of the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(name, start + 1)
    span = doc.char_span(start, start + len(name))
    mention = MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, kind)
    return Cluster("", label, name, [mention], name_tokens=tuple(name.split()))


def _merged(text: str, name: str, person_first: bool = True) -> tuple[list, list]:
    doc = load()(text)
    person = _cluster(doc, "PERSON", name, 0 if person_first else 1, "full")
    org = _cluster(doc, "ORG", name, 1 if person_first else 0, "name")
    people, orgs = [person], [org]
    refs = {i: c for c in (person, org) for m in c.mentions for i in range(m.start, m.end)}
    types._one_name_two_labels(people, orgs, doc, refs, {"mr": "male"})
    return people, orgs


def test_a_name_labelled_person_and_organization_is_one_organization():
    people, orgs = _merged("Bangor Hydro raised its rates. Bangor Hydro said demand grew.", "Bangor Hydro")
    assert people == [] and len(orgs) == 1 and len(orgs[0].mentions) == 2
    assert {m.kind for m in orgs[0].mentions} == {"name"}


def test_an_honorific_makes_the_one_entity_a_person():
    people, orgs = _merged("Mr. Jan Kowal spoke first. Later Jan Kowal left the hall.", "Jan Kowal")
    assert orgs == [] and len(people) == 1 and len(people[0].mentions) == 2


def test_a_one_word_name_may_be_a_man_and_his_company():
    people, orgs = _merged("Ford spoke first. Later Ford raised its prices.", "Ford")
    assert len(people) == 1 and len(orgs) == 1


@pytest.mark.parametrize("name,label", [("Airgas Inc", "ORG"), ("Montedison S.p.A.", "ORG"), ("Noland Co.", "ORG"),
                                        ("Jan Kowal", "PERSON")])
def test_a_company_s_legal_form_makes_a_person_an_organization(name, label):
    doc = load()(f"Shares of {name} rose sharply on Monday.")
    person = _cluster(doc, "PERSON", name, 0, "full")
    people, orgs = [person], []
    types._people_named_as_organizations(people, orgs, doc, {"mr": "male"}, frozenset({"company"}))
    assert person.label == label


# -- codes ------------------------------------------------------------------------------------------------------

from dateline.pipeline.people.sieve import things  # noqa: E402


@pytest.mark.parametrize("text,name,kept", [
    ("O2 cut its prices on Monday.", "O2", True),  # without a hyphen: "O2", "MI5" are organizations ("the A59": a road)
    ("The narrow money supply, M-1, rose 2.1 billion dlrs.", "M-1", False),
    ("Moody's rated the notes A-3 on Monday.", "A-3", False),
    ("The finance ministers of the G-7 met in Paris.", "G-7", True),  # a group of countries
    ("Shares of Acme rose on Monday.", "Acme", True),
])
def test_a_letter_and_a_number_is_a_code_not_an_organization(text, name, kept):
    doc = load()(text)
    org = _cluster(doc, "ORG", name, 0, "name")
    orgs = [org]
    refs = {i: org for m in org.mentions for i in range(m.start, m.end)}
    things.drop_things([], orgs, doc, refs, titles={}, speech=frozenset({"say"}))
    assert bool(orgs) is kept
