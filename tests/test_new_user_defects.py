"""New-user defects (ninth-round review): invented short articles, each a general mechanism's case."""

from __future__ import annotations

from dateline import analyze


def _people(record):
    return {p.name: p for p in record.people}


def _relations(record, name):
    ids = {p.id: p.name for p in record.people}
    return {(r.type, ids[r.person]) for r in _people(record)[name].relations}


def test_a_club_named_with_a_club_word_is_an_organization():
    text = "Castleford Rovers beat Halton Town 3-1 on Saturday. Castleford Rovers now sit second in the table."
    record = analyze(text, "2024-03-05")
    assert "Castleford Rovers" not in _people(record)
    assert "Castleford Rovers" in {o.name for o in record.organizations}


def test_a_street_whose_head_is_also_a_surname():
    text = (
        "The match was played at Mill Lane on Saturday. Residents of Mill Lane complained about parking, "
        "and the actor Nathan Lane said he sympathised."
    )
    people = _people(analyze(text, "2024-03-05"))
    assert "Mill Lane" not in people
    assert "Nathan Lane" in people  # a known first name before the same head: a person


def test_a_hyphenated_role_keeps_its_prefix():
    text = "The actor Tom Reddick has died. His co-star Maria Lindqvist said he was generous."
    people = _people(analyze(text, "2024-03-05"))
    assert [r.title for r in people["Maria Lindqvist"].roles] == ["co-star"]
