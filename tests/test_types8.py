"""Entity-type, role and age defects a new user met on news text (branch types8): each on a small invented text."""

from __future__ import annotations

import pytest

from dateline import analyze

pytestmark = pytest.mark.slow  # the model


def _record(text: str):
    return analyze(text, published="2025-03-03")


def _people(record) -> dict:
    return {p.name: p for p in record.people}


def test_a_towns_possessive_before_a_body_is_no_person():
    record = _record("Visitors crowded the pier on Saturday. Brighton's tourism office said hotel bookings "
                     "were up by a fifth. London's police said the roads were busy.")
    assert "Brighton" not in _people(record) and "London" not in _people(record)
    assert all(q.speaker.person is None for q in record.quotes)


def test_an_organization_noun_before_a_role_and_a_name_is_the_role():
    record = _record("Storms shut the harbour overnight. Council spokesman Neil Ford said the sea wall had held.")
    assert not [o.name for o in record.organizations]
    assert [r.title for r in _people(record)["Neil Ford"].roles] == ["council spokesman"]


def test_a_lower_case_compound_role_before_a_name():
    record = _record("The ferry sailed six hours late. Harbour master Ellen Drayce, 54, said the swell was too "
                     "high. Town manager Peter Hollis said the road would reopen.")
    people = _people(record)
    assert [r.title for r in people["Ellen Drayce"].roles] == ["harbour master"]
    assert [r.title for r in people["Peter Hollis"].roles] == ["town manager"]
    assert [a.age for a in people["Ellen Drayce"].ages] == [54]


def test_an_obituarys_age_and_birth_year():
    record = _record("Margaret Hale, the novelist, died on Monday at her home in York. She was 91. Born in "
                     "Leeds in 1933, she wrote twenty books. She is survived by her daughter, Helen, and a son, Mark.")
    people = _people(record)
    hale = people["Margaret Hale"]
    assert [a.age for a in hale.ages if a.event is None] == [91]
    birth = next(a for a in hale.ages if a.event == "birth")
    assert (birth.birth_from, birth.birth_to) == ("1933-01-01", "1933-12-31")
    children = {people[n].id for n in ("Helen", "Mark")}
    assert {r.person for r in hale.relations if r.type == "child"} == children


def test_was_of_someone_alive_gives_no_age():
    record = _record("Tom Reed opened the bakery in 1990. He was 30. He still bakes every morning.")
    assert not _people(record)["Tom Reed"].ages


def test_a_title_with_a_split_full_stop():
    record = _record("The gallery reopened on Friday. Mlle. Dupont said the paintings had been restored.")
    assert not record.organizations
    assert [p.gender for p in record.people if p.name == "Dupont"] == ["female"]


def test_a_sentences_last_word_is_no_title():
    record = _record("The award went to the General. Motors roared outside as Ford Motor Co said it would build.")
    assert "Motors" not in _people(record)


def test_no_compound_across_a_titles_case_nor_an_acronym():
    record = _record("The rise was below the growth rate Finance Minister Michael Wilson predicted.\n\n"
                     "WPPSS attorney Ron English said the system was advised by its lawyers.")
    people = _people(record)
    assert [r.title for r in people["Michael Wilson"].roles] == ["finance minister"]
    assert [r.title for r in people["Ron English"].roles] == ["attorney"]


def test_title_words_before_a_compound_role():
    record = _record("Ecuador deputy energy minister Fernando Santos Alvite said last week the cut held.")
    assert [r.title for r in _people(record)["Fernando Santos Alvite"].roles] == ["deputy energy minister"]
