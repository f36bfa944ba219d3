"""People facts on short texts: whose relative a kin noun names, ages in months and words, roles in lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import analyze

from .test_ages_relations import _people, _relations


@pytest.mark.parametrize(
    "text, child, parents",
    [
        # a coordinated subject whose second member is a kin noun with its name
        ("John Smith and his wife Jane Smith said on Monday that their son Tom Smith had been found.",
         "Tom Smith", {"John Smith", "Jane Smith"}),
        # "their" in a clause governed by the one with the coordinated subject
        ("John Smith and Jane Smith said their son Tom Smith was safe.", "Tom Smith", {"John Smith", "Jane Smith"}),
        # "the couple" reaches back to the last pair named
        ("John Smith and Jane Smith arrived on Monday. The couple said their son Tom Smith was safe.",
         "Tom Smith", {"John Smith", "Jane Smith"}),
        # an institution that reports is not who "their" is: the couple named before is
        ("Peter Smith and his wife Jane Smith were at home. Police said their son Tom Smith had been arrested.",
         "Tom Smith", {"Peter Smith", "Jane Smith"}),
        # a coordinated subject of "have": both are parents
        ("Peter Jones and Mary Jones have a daughter, Anna Jones.", "Anna Jones", {"Peter Jones", "Mary Jones"}),
    ],
)
def test_both_parents_are_found(text, child, parents):
    record = analyze(text, "2022-05-16")
    assert {p for kind, p in _relations(record, child) if kind == "parent"} == parents
    for parent in parents:
        assert ("child", child) in _relations(record, parent)


def test_their_does_not_reach_past_other_subjects():
    record = analyze("The neighbours of John Smith said their son Tom Brown was safe.", "2022-05-16")
    assert _relations(record, "Tom Brown") == set()


@pytest.mark.parametrize(
    "text, child, mother",
    [
        ("Jane Smith said her mother, Mary Jones, had died in March.", "Jane Smith", "Mary Jones"),
        # the appositive's own "her" is not the mother herself: it is the person before
        ("Jane Smith arrived. Mary Jones, her mother, said she was safe.", "Jane Smith", "Mary Jones"),
        ("Police found Anna Smith. Her mother, Mary Smith, thanked the public.", "Anna Smith", "Mary Smith"),
        # "whose" is the person its relative clause describes
        ("Mary Smith, whose daughter Anna Smith died in 2019, spoke on Monday.", "Anna Smith", "Mary Smith"),
    ],
)
def test_her_mother_is_the_possessors_parent(text, child, mother):
    record = analyze(text, "2022-05-16")
    assert _relations(record, child) == {("parent", mother)}
    assert _relations(record, mother) == {("child", child)}


def test_a_name_after_a_kin_noun_must_hang_on_it():
    # "Montalvo" is the subject of the main clause, not the mother's name (it made him Rathbun's mother)
    text = ("Mark Rathbun wrote about Daniel Montalvo. "
            "After calling the office to speak with his mother, Montalvo was put through to a lawyer.")
    assert all(p.relations == () for p in analyze(text, "2022-05-16").people)


@pytest.mark.parametrize(
    "text, name, years, born",
    [
        ("The 18-month-old Lily Brown was rescued.", "Lily Brown", 1, ("2020-10-17", "2020-11-16")),
        ("Doctors said two-year-old Max Brown was well.", "Max Brown", 2, ("2019-05-17", "2020-05-16")),
        ("The twenty-four-year-old Max Brown was rescued.", "Max Brown", 24, ("1997-05-17", "1998-05-16")),
        ("Ann Lee, nine months old, was fine.", "Ann Lee", 0, ("2021-07-17", "2021-08-16")),
        ("Gloria Sam, the nine-month-old, was fine.", "Gloria Sam", 0, ("2021-07-17", "2021-08-16")),
        ("Police said the nine-month-old, Ana Gomez, was safe.", "Ana Gomez", 0, ("2021-07-17", "2021-08-16")),
        ("John Smith and Jane Smith said their three-week-old son, Leo, was fine.", "Leo", 0,
         ("2022-04-19", "2022-04-25")),
        ("Ann Lee, aged six, spoke to reporters.", "Ann Lee", 6, ("2015-05-17", "2016-05-16")),
        ("Tom Lee, aged 3 days, slept.", "Tom Lee", 0, ("2022-05-13", "2022-05-13")),
    ],
)
def test_ages_in_words_and_small_units(text, name, years, born):
    (age,) = _people(analyze(text, "2022-05-16"))[name].ages
    assert (age.age, (age.birth_from, age.birth_to)) == (years, born)
    assert not age.approximate


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, one of the engineers, agreed.",
        "Maria Gomez, 20 weeks pregnant, smiled.",
        "Maria Gomez worked there for nine months.",
        # the name after the comma is the speaker, not the noun's
        "He signed a two-year-old contract, John Smith said.",
    ],
)
def test_not_ages_in_words(text):
    assert all(p.ages == () for p in analyze(text, "2022-05-16").people)


def test_month_ages_at_the_end_of_a_month():
    from dateline.calendar import birth_interval_in

    assert birth_interval_in("2022-03-31", 1, "M") == ("2022-02-01", "2022-02-28")
    # born 31 March is one month old on 30 April (no 31st); born 28 February already two months
    assert birth_interval_in("2022-04-30", 1, "M") == ("2022-03-01", "2022-03-31")
    assert birth_interval_in("2024-02-29", 1, "M") == ("2024-01-01", "2024-01-31")
    assert birth_interval_in("2022-05-16", 9, "M") == ("2021-07-17", "2021-08-16")
    assert birth_interval_in(None, 9, "M") == (None, None)


def _roles(record, name):
    return {(r.title, r.organization) for r in _people(record)[name].roles}


@pytest.mark.parametrize(
    "text, expected",
    [
        # each appositive belongs to the name it is set beside, not to the list's first name
        ("John Smith, the company's chief executive, and Mary Jones, its chairman, resigned on Monday.",
         {"John Smith": {("chief executive", None)}, "Mary Jones": {("chairman", None)}}),
        ("Tim Cook, Apple's chief executive, and Mary Jones, chairman of Google, met.",
         {"Tim Cook": {("chief executive", "Apple")}, "Mary Jones": {("chairman", "Google")}}),
        # a plural appositive of a coordinated subject is every member's role
        ("John Smith and Mary Jones, the company's founders, resigned.",
         {"John Smith": {("founder", None)}, "Mary Jones": {("founder", None)}}),
        ("John Smith, 43, a lawyer, and Mary Jones, 52, spoke.", {"John Smith": {("lawyer", None)}, "Mary Jones": set()}),
        ("The Crown prosecutor, Mark Tedeschi, said so.", {"Mark Tedeschi": {("prosecutor", "Crown")}}),
        # coordinated titles share the organization; "the founder" (a description) is the same role, not another
        ("John Smith, the founder and chief executive of Acme Corp, said so.",
         {"John Smith": {("founder", "Acme Corp"), ("chief executive", "Acme Corp")}}),
        # a title before the next name is that name's, not a second title of the appositive
        ("John Smith, the chief executive, and chairman Mary Jones resigned.",
         {"John Smith": {("chief executive", None)}, "Mary Jones": {("chairman", None)}}),
    ],
)
def test_appositive_roles_in_lists(text, expected):
    record = analyze(text, "2022-05-16")
    assert {name: _roles(record, name) for name in expected} == expected


def test_a_role_after_someone_elses_name_is_not_theirs():
    # "a detective for ..." is set beside "Rathbun" only by the comma of "According to Rathbun,"
    record = analyze("According to Mark Rathbun, a detective for the police was given the files.", "2022-05-16")
    assert _roles(record, "Mark Rathbun") == set()


def test_a_role_given_by_apposition_is_not_also_the_descriptions():
    # coreference may read "the Crown prosecutor" as the salient Gloria Sam; the apposition says whose it is
    text = "Gloria Sam was ill for months. In the words of the Crown prosecutor, Mark Tedeschi, she suffered."
    record = analyze(text, "2022-05-16")
    assert _roles(record, "Mark Tedeschi") == {("prosecutor", "Crown")}
    assert _roles(record, "Gloria Sam") == set()


def test_a_kin_noun_subject_of_be_names_its_complement():
    record = analyze("Mark Jones's brother is Tom Jones.", "2022-05-16")
    assert _relations(record, "Mark Jones") == {("sibling", "Tom Jones")}


def _whole_months(born, day):
    """How many whole months old someone born on `born` is on `day` (a monthly birthday cut to the month's end)."""
    from dateline.calendar import shift_months

    months = 0
    while shift_months(born, months + 1) <= day:
        months += 1
    return months


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), months=st.integers(0, 30))
def test_month_ages_give_exactly_the_births_of_that_age(day, months):
    from dateline.calendar import birth_interval_in

    lo, hi = (date.fromisoformat(x) for x in birth_interval_in(day.isoformat(), months, "M"))
    assert _whole_months(lo, day) == months == _whole_months(hi, day)
    assert _whole_months(lo - timedelta(days=1), day) == months + 1
    assert hi == day or _whole_months(hi + timedelta(days=1), day) == months - 1
