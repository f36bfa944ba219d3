"""Ages as birth intervals, relations and roles, on the founding article and small texts."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.calendar import birth_interval, intersect


def _people(record):
    return {p.name: p for p in record.people}


def _relations(record, name):
    ids = {p.id: p.name for p in record.people}
    return {(r.type, ids[r.person]) for r in _people(record)[name].relations}


@pytest.mark.parametrize(
    "name, age, born",
    [
        ("John Legend", 43, ("1978-05-17", "1979-05-16")),
        ("Chrissy Teigen", 36, ("1985-05-17", "1986-05-16")),
        ("Luna", 6, ("2015-05-17", "2016-05-16")),
        ("Miles", 4, ("2017-05-17", "2018-05-16")),
    ],
)
def test_founding_ages(founding, name, age, born):
    (found,) = _people(founding)[name].ages
    assert (found.age, (found.birth_from, found.birth_to)) == (age, born)
    assert str(age) in founding.text[found.start : found.end]


def test_founding_relations(founding):
    for parent in ("John Legend", "Chrissy Teigen"):
        assert {("child", c) for c in ("Jack", "Luna", "Miles")} <= _relations(founding, parent)
    for child in ("Jack", "Luna", "Miles"):
        assert {("parent", "John Legend"), ("parent", "Chrissy Teigen")} <= _relations(founding, child)
    assert ("partner", "Chrissy Teigen") in _relations(founding, "John Legend")
    assert ("partner", "John Legend") in _relations(founding, "Chrissy Teigen")


def test_founding_genders(founding):
    people = _people(founding)
    assert people["John Legend"].gender == "male" and people["Chrissy Teigen"].gender == "female"


def test_the_singer_is_a_role_of_legend(founding):
    assert "singer" in [r.title for r in _people(founding)["John Legend"].roles]


@pytest.mark.parametrize(
    "text, name, age",
    [
        ("Maria Gomez, 52, said the bridge was safe.", "Maria Gomez", 52),
        ("Maria Gomez (52) said the bridge was safe.", "Maria Gomez", 52),
        ("Maria Gomez, aged 52, said the bridge was safe.", "Maria Gomez", 52),
        ("The 52-year-old mayor Maria Gomez said the bridge was safe.", "Maria Gomez", 52),
        ("Maria Gomez, a 52-year-old engineer, said the bridge was safe.", "Maria Gomez", 52),
    ],
)
def test_age_shapes(text, name, age):
    (found,) = _people(analyze(text, "2020-06-01"))[name].ages
    assert found.age == age and not found.approximate
    assert (found.birth_from, found.birth_to) == birth_interval("2020-06-01", age)


@pytest.mark.parametrize(
    "text",
    [
        "At 19, Maria Gomez moved to Madrid.",
        "Maria Gomez lost the baby at 20 weeks.",
        "Maria Gomez won 52 votes in the first round.",
        "Maria Gomez finished 3rd, behind Ann Lee.",
        "Maria Gomez's 52 employees were told on Monday.",
    ],
)
def test_not_ages(text):
    assert all(p.ages == () for p in analyze(text, "2020-06-01").people)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Gomez, who joined the BBC in 1961, has died at the age of 88.",
        "Maria Gomez retired and died at the age of 88.",
        "Maria Gomez died aged 88, her family said.",
    ],
)
def test_age_at_a_death_the_article_reports(text):
    (found,) = _people(analyze(text, "2024-06-03"))["Maria Gomez"].ages
    assert found.age == 88 and (found.birth_from, found.birth_to) == ("1935-06-04", "1936-06-03")


@pytest.mark.parametrize(
    "text",
    [
        "Maria Gomez spoke. At the age of 80 she published her memoir.",
        "Maria Gomez spoke. She died in 2010 at the age of 80.",
    ],
)
def test_age_at_a_past_time_gives_no_age(text):
    assert all(p.ages == () for p in analyze(text, "2024-06-03").people)


def test_an_age_keeps_its_amount_and_unit():
    people = _people(analyze("Maria Gomez said her son Leo, 9 months, was unhurt. Maria Gomez, 52, spoke.", "2024-06-03"))
    (leo,) = people["Leo"].ages
    assert (leo.age, leo.amount, leo.unit) == (0, 9, "M")
    assert (leo.birth_from, leo.birth_to) == ("2023-08-04", "2023-09-03")
    (maria,) = people["Maria Gomez"].ages
    assert (maria.age, maria.amount, maria.unit) == (52, 52, "Y")


def test_decade_is_an_approximate_range():
    record = analyze("Maria Gomez spoke at length. In her 60s, she moved to Madrid.", "2020-06-01")
    (age,) = _people(record)["Maria Gomez"].ages
    assert age.approximate and age.age == 60
    assert (age.birth_from, age.birth_to) == ("1950-06-02", "1960-06-01")


def test_ages_without_a_publication_date_have_no_interval():
    (age,) = _people(analyze("Maria Gomez, 52, said so.", None))["Maria Gomez"].ages
    assert age.age == 52 and age.birth_from is None and age.birth_to is None


def test_birth_interval_of_a_leap_day():
    assert birth_interval("2024-02-29", 1) == ("2022-03-01", "2023-02-28")
    assert intersect(("2000-01-01", "2000-12-31"), ("2000-06-01", None)) == ("2000-06-01", "2000-12-31")
    assert intersect(("2000-01-01", "2000-01-31"), ("2001-01-01", "2001-12-31")) is None


@pytest.mark.parametrize(
    "text, a, relation, b",
    [
        ("Tom Hanks and his wife Rita Wilson arrived.", "Tom Hanks", "partner", "Rita Wilson"),
        ("Anna Jones, the daughter of Peter Jones, spoke.", "Peter Jones", "child", "Anna Jones"),
        ("Peter Jones arrived with his son, Mark Jones.", "Mark Jones", "parent", "Peter Jones"),
    ],
)
def test_relation_shapes(text, a, relation, b):
    assert (relation, b) in _relations(analyze(text, "2020-06-01"), a)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Gomez married the architect Tom Hill in 1963; he died in 2010.",
        "Maria Gomez and Tom Hill married in 2001.",
        "Maria Gomez is married to Tom Hill.",
        "Maria Gomez, who married Tom Hill in 1990, spoke.",
    ],
)
def test_marrying_makes_partners(text):
    record = analyze(text, "2024-06-03")
    assert ("partner", "Tom Hill") in _relations(record, "Maria Gomez")
    assert ("partner", "Maria Gomez") in _relations(record, "Tom Hill")


@pytest.mark.parametrize("text", ["Maria Gomez never married Tom Hill.", "Maria Gomez is not married to Tom Hill."])
def test_not_marrying_makes_no_partners(text):
    assert _relations(analyze(text, "2024-06-03"), "Maria Gomez") == set()


def test_marrying_a_couple_pairs_the_couple_not_the_priest():
    record = analyze("The priest Tom Hill married Anna Lee and Mark Cole in 2001.", "2024-06-03")
    assert _relations(record, "Tom Hill") == set()


def test_children_named_with_their_ages_are_children_of_both_parents():
    text = "Maria Gomez and her husband Tom Gomez spoke. She is survived by their two children, Anna, 58, and Peter, 55."
    record = analyze(text, "2024-06-03")
    for parent in ("Maria Gomez", "Tom Gomez"):
        assert {("child", "Anna"), ("child", "Peter")} <= _relations(record, parent)
    assert [a.age for a in _people(record)["Peter"].ages] == [55]


def test_a_child_named_with_an_age_in_months():
    record = analyze("Maria Gomez said her son Leo, 9 months, was unhurt.", "2024-06-03")
    assert ("parent", "Maria Gomez") in _relations(record, "Leo")


@pytest.mark.parametrize(
    "text, name, title, org",
    [
        ("GM chief executive Mary Barra said so.", "Mary Barra", "chief executive", "GM"),
        ("Mary Barra, chief executive of General Motors, said so.", "Mary Barra", "chief executive", "General Motors"),
        ("Hugh Hill, a doctor, said the virus was spreading.", "Hugh Hill", "doctor", None),
    ],
)
def test_role_shapes(text, name, title, org):
    roles = [(r.title, r.organization) for r in _people(analyze(text, "2020-06-01"))[name].roles]
    assert (title, org) in roles


def test_relation_walk_stops_at_the_root():
    # spaCy makes a new Token on each access, so a walk that stopped at "head is token" went on for ever
    # at the root of "asked"; it must end and relate no one
    record = analyze("Mary Smith asked whose son he was.", published="2020-01-01")
    assert _relations(record, "Mary Smith") == set()


def test_founding_jack_is_20_weeks_at_his_loss_not_at_publication(founding):
    # "In September 2020, ... lost their son Jack, at 20 weeks": a gestational age at the loss,
    # which dates no birth (and never counts back from 2022-05-16 as if Jack were alive)
    (found,) = _people(founding)["Jack"].ages
    assert (found.amount, found.unit, found.as_of, found.event) == (20, "W", "2020-09", "loss")
    assert (found.birth_from, found.birth_to) == (None, None)
    assert founding.text[found.start:found.end] == "at 20 weeks"


def test_ages_at_publication_say_so(founding):
    assert {a.as_of for name in ("John Legend", "Luna") for a in _people(founding)[name].ages} == {"2022-05-16"}


@pytest.mark.parametrize(
    "text, name, amount, as_of, event, born",
    [
        ("Their son Jack Lee was born at 28 weeks in March 2019.", "Jack Lee", 28, "2019-03", "birth",
         ("2019-03-01", "2019-03-31")),
        ("Maria Gomez delivered her son, Leo Gomez, at 30 weeks in March.", "Leo Gomez", 30, "2022-03", "birth",
         ("2022-03-01", "2022-03-31")),
        # no date in the clause: the event's date is not known, nor the birth
        ("Their son Jack Lee was born at 28 weeks.", "Jack Lee", 28, None, "birth", (None, None)),
    ],
)
def test_gestational_ages_at_a_birth_are_dated_by_the_birth(text, name, amount, as_of, event, born):
    (found,) = _people(analyze(text, "2022-05-16"))[name].ages
    assert (found.amount, found.unit, found.as_of, found.event) == (amount, "W", as_of, event)
    assert (found.birth_from, found.birth_to) == born


@pytest.mark.parametrize(
    "text",
    [
        "Maria Gomez lost her job at 20 weeks.",  # no baby: her job is no person
        "Maria Gomez was born at 20 Main Street.",  # no unit of age
        "Maria Gomez, who lost her son Leo Gomez at 20, moved away.",  # years: not a gestational age
    ],
)
def test_not_gestational_ages(text):
    assert all(a.event is None for p in analyze(text, "2022-05-16").people for a in p.ages)
    assert all(p.ages == () for p in analyze(text, "2022-05-16").people if p.name == "Maria Gomez")


@pytest.mark.parametrize("text", [
    "Maria Gomez said her sons Leo, 9 months, and Max, 3, were unhurt.",
    "Maria Gomez said her sons Leo, 9, and Max, 3, were unhurt.",
])
def test_every_child_of_a_list_with_ages_has_the_parent(text):
    # the parser reads "Max, 3, were unhurt" as a clause of its own; the list of aged names is one list
    record = analyze(text, "2024-06-03")
    assert _relations(record, "Max") == {("parent", "Maria Gomez"), ("sibling", "Leo")}  # one plural "sons": brothers
    assert _relations(record, "Leo") == {("parent", "Maria Gomez"), ("sibling", "Max")}
    assert [a.amount for a in _people(record)["Max"].ages] == [3]


def test_each_baby_of_a_coordination_has_the_age():
    record = analyze("The Harts said their son Oliver and daughter Isla were born at 24 weeks in September.", "2026-01-09")
    for name in ("Oliver", "Isla"):
        assert [(a.amount, a.as_of, a.event) for a in _people(record)[name].ages] == [(24, "2025-09", "birth")]


@pytest.mark.parametrize(
    "text, published, as_of, born",
    [
        ("Rovers signed Tomas Varga. Varga, who turns 24 next month, said he was happy.", "2025-09-02", "2025-10",
         ("2001-10-01", "2001-10-31")),
        ("Ann Lee turned 40 in March 2019.", "2025-09-02", "2019-03", ("1979-03-01", "1979-03-31")),
    ],
)
def test_an_age_turned_on_a_dated_birthday(text, published, as_of, born):
    (found,) = [a for p in analyze(text, published).people for a in p.ages]
    assert (found.event, found.as_of, (found.birth_from, found.birth_to)) == ("birthday", as_of, born)


@pytest.mark.parametrize("text", ["Ann Lee turns 40.", "Ann Lee turned 18 goals into a record in May."])
def test_no_age_without_a_dated_birthday(text):
    assert all(p.ages == () for p in analyze(text, "2025-09-02").people)


def test_a_kin_noun_coordinated_with_a_possessed_one_shares_its_possessor():
    record = analyze("Daniel Hart said his son Oliver and daughter Isla were born early.", "2026-01-09")
    assert _relations(record, "Isla") == {("parent", "Daniel Hart")}
    assert _relations(record, "Oliver") == {("parent", "Daniel Hart")}
