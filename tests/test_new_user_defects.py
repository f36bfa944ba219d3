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


def test_an_opening_definite_title_is_the_person_named_next():
    text = (
        "The health secretary has promised to cut waiting lists by a third.\n\n"
        "Speaking at a hospital in Derby on Tuesday, Angela Frost said: 'Too many people are waiting.'\n\n"
        "Labour's health spokesman, Nick Bright, said the plan was too late."
    )
    record = analyze(text, "2024-02-28")
    frost = _people(record)["Angela Frost"]
    assert "The health secretary" in {m.text for m in frost.mentions}
    assert "health secretary" in {r.title for r in frost.roles}


def test_an_opening_definite_title_is_not_a_person_with_another_title():
    text = (
        "The health secretary has promised to cut waiting lists by a third.\n\n"
        "Labour spokesman Nick Bright said the plan was too late."
    )
    bright = _people(analyze(text, "2024-02-28"))["Nick Bright"]
    assert "The health secretary" not in {m.text for m in bright.mentions}


def test_people_one_plural_kin_noun_names_are_siblings():
    text = "Dorothy Kemp, a former nurse, died last week aged 91. She is survived by her brothers Alan Kemp and Roy Kemp."
    record = analyze(text, "2024-03-05")
    assert {("sibling", "Alan Kemp"), ("sibling", "Roy Kemp")} <= _relations(record, "Dorothy Kemp")
    assert ("sibling", "Roy Kemp") in _relations(record, "Alan Kemp")


def test_a_name_right_after_a_plural_kin_noun_where_the_parse_breaks():
    text = "Joan Penrose died in 2015. She is survived by her sisters Ellen Marsh and Ruth Ward."
    record = analyze(text, "2024-03-05")
    assert {("sibling", "Ellen Marsh"), ("sibling", "Ruth Ward")} <= _relations(record, "Joan Penrose")
