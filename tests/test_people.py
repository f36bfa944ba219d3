"""People and organizations: name clusters, surnames the model mislabels, pronouns."""

from __future__ import annotations

from dateline import analyze


def _person(record, name):
    matches = [p for p in record.people if p.name == name]
    assert matches, f"no person {name!r} in {[p.name for p in record.people]}"
    return matches[0]


def test_founding_people(founding):
    names = {p.name for p in founding.people}
    assert {"John Legend", "Chrissy Teigen", "Jack", "Luna", "Miles"} <= names
    assert len(names) == 5


def test_every_legend_is_john_legend(founding):
    legend = _person(founding, "John Legend")
    spans = [(m.start, m.end) for m in legend.mentions]
    occurrences = [i for i in range(len(founding.text)) if founding.text.startswith("Legend", i)]
    assert len(occurrences) == 6
    for i in occurrences:
        assert any(s <= i and i + 6 <= e for s, e in spans), f"'Legend' at {i} is not John Legend's"
    for m in legend.mentions:
        assert founding.text[m.start : m.end] == m.text


def test_teigen_and_chrissy_are_chrissy_teigen(founding):
    teigen = _person(founding, "Chrissy Teigen")
    texts = [m.text for m in teigen.mentions]
    assert texts.count("Teigen") == 3 and texts.count("Chrissy") == 2
    assert teigen.gender == "female"


def test_guardian_is_an_organization(founding):
    assert [o.name for o in founding.organizations] == ["Guardian"]


def test_gender_from_pronouns(founding):
    assert _person(founding, "John Legend").gender == "male"
    assert _person(founding, "Jack").gender == "male"  # "their son Jack"
    assert _person(founding, "Luna").gender == "female"  # "daughter, Luna"


def test_the_singer_is_legend(founding):
    legend = _person(founding, "John Legend")
    assert "the singer" in [m.text for m in legend.mentions if m.kind == "description"]


def test_honorific_gives_gender_and_title_is_not_part_of_name():
    record = analyze("Mrs. Jane Okafor said the plan would work. Okafor added that she was pleased.", "2020-01-01")
    person = _person(record, "Jane Okafor")
    assert person.gender == "female"


def test_possessive_mention():
    record = analyze("Maria Lopez spoke first. Lopez's brother then left.", "2020-01-01")
    kinds = [m.kind for m in _person(record, "Maria Lopez").mentions]
    assert "possessive" in kinds


def test_object_pronoun_not_bound_by_its_own_subject():
    record = analyze(
        "Peter Hall met Tom Baker on Monday. Hall praised him at length.", "2020-01-01"
    )
    baker = _person(record, "Tom Baker")
    assert "him" in [m.text for m in baker.mentions]



def test_court_openers_and_mum_are_no_people():
    text = (
        "Defending, Rachel Moore said her client was ashamed.\n\n"
        "Her son, Michael Whitfield, said: \"Mum believed nobody was too old to learn. Dad agreed.\""
    )
    names = {p.name for p in analyze(text, published="2024-01-01").people}
    assert names == {"Rachel Moore", "Michael Whitfield"}
