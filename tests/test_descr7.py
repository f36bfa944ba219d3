"""Descriptions (fourteenth round, branch descr7): a span of time "as" a role, a first-to-do subject of a copula."""

from __future__ import annotations

from dateline import analyze


def _mentions(record, name: str) -> list[str]:
    return [m.text for p in record.people if p.name == name for m in p.mentions]


def test_a_year_as_a_fellow_is_the_subjects():
    record = analyze(
        "Anna Keller spent ten years at Ohio State University and a year as a Fellow at Stanford University. "
        "She wrote two books.",
        "2020-01-01",
    )
    assert any(m.startswith("a Fellow") for m in _mentions(record, "Anna Keller"))


def test_experiences_as_a_soldier_are_the_clause_subjects():
    record = analyze(
        "Patrick Gordon left Scotland young. In 1661, after further experiences as a soldier of fortune, he joined "
        "the Russian army.",
        "2020-01-01",
    )
    assert any(m.startswith("a soldier") for m in _mentions(record, "Patrick Gordon"))


def test_a_possessed_spell_is_left_to_its_possessor():
    record = analyze(
        "Mary Smith praised John Brown. Her years as a teacher were happy, Brown said.",
        "2020-01-01",
    )
    assert not any(m.startswith("a teacher") for m in _mentions(record, "John Brown"))


def test_first_to_do_subject_of_a_copula_is_the_name_predicated():
    record = analyze(
        "Brock Holt had four hits in his first four games. The only other Pirates player to have a four-hit game "
        "so early in his career was Jack Merson, who went 4-for-5 in 1951.",
        "2020-01-01",
    )
    assert any("player" in m for m in _mentions(record, "Jack Merson"))
    assert not any("player" in m for m in _mentions(record, "Brock Holt"))


def test_a_hyphenated_role_after_another_name_keeps_its_hyphen():
    record = analyze(
        "Jared Padalecki joined the cast of Supernatural in 2005. In 2010 his engagement to his Supernatural co-star "
        "Genevieve Cortese was announced.",
        "2020-01-01",
    )
    assert "co-star" in _mentions(record, "Genevieve Cortese")


def _org_mentions(record, name: str) -> list[str]:
    return [m.text for o in record.organizations if o.name == name for m in o.mentions]


def test_industry_nouns_describe_the_organization():
    record = analyze("General Motors recalled 10,000 cars. The automaker said no one was hurt.", "2020-01-01")
    assert "The automaker" in _org_mentions(record, "General Motors")


def test_the_publisher_is_the_named_publisher():
    record = analyze(
        "The journal is owned by Frontiers Media. Critics said the publisher ignored its reviewers.", "2020-01-01"
    )
    assert "the publisher" in _org_mentions(record, "Frontiers Media")


def test_a_hyphenated_role_tagged_as_a_names_modifier():
    record = analyze(
        "Jared Padalecki is an actor. Padalecki partnered with co-star Jensen Ackles to release a shirt.", "2020-01-01"
    )
    assert "co-star" in _mentions(record, "Jensen Ackles")


def test_an_untagged_name_with_a_person_noun_in_commas_is_a_person():
    record = analyze("Don't talk back to the staff. Adele, the maid, is so dumb that you'll have fun.", "2020-01-01")
    assert "the maid" in _mentions(record, "Adele")


def test_a_name_after_a_person_nouns_phrase_is_the_persons():
    record = analyze(
        "Patrick Gordon had one daughter. His daughter was married in 1700 to his kinsman in the Russian service "
        "Alexander Gordon of Auchintoul, author of a history.",
        "2020-01-01",
    )
    mentions = _mentions(record, "Alexander Gordon")
    assert "his kinsman" in mentions and "the Russian service" not in mentions
