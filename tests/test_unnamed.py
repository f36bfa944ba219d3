"""People described but never named (`sieve/unnamed.py`): pronoun antecedents of their own, no named person's."""

from __future__ import annotations

from dateline import analyze

from .people_lookup import cluster as _person
from .people_lookup import texts as _texts

_PANEL = (
    "Senator Mark Dole led the panel. The report was published on Monday. Its findings were grim. "
    "Markets fell on the news. "
)


def test_a_role_no_name_holds_near_keeps_its_pronouns_and_speaker():
    record = analyze(_PANEL + 'The strategist said the report was "an anvil falling on us." He said the party would recover.',
                     "2020-01-01")
    assert "He" not in _texts(_person(record, "Mark Dole"))
    speakers = {q.speaker.name for q in record.quotes if q.speaker}
    assert "Mark Dole" not in speakers and "He" not in speakers  # "He said": the strategist, by the description
    assert "The strategist" in speakers


def test_he_or_she_is_no_one():
    record = analyze("Anna Berg runs the school. Every teacher knows what he or she must do.", "2020-01-01")
    assert not {"he", "she"} & set(_texts(_person(record, "Anna Berg")))


def test_a_description_of_an_organization_keeps_its_speaker():
    record = analyze(_PANEL + "The Federal Reserve met on Tuesday. The Fed spokesman said rates would stay.", "2020-01-01")
    assert not any(q.speaker and q.speaker.name == "The Fed spokesman" for q in record.quotes)
