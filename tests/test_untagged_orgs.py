"""Organizations the model leaves untagged, found by their head noun (sieve/untagged_orgs.py)."""

from __future__ import annotations

from dateline import analyze
from dateline.pipeline.people.sieve import _organization_heads


def _orgs(text: str) -> list[str]:
    return [c.name for c in analyze(text).organizations]


def test_a_capitalized_name_headed_by_an_organization_noun_is_an_organization():
    orgs = _orgs("Researchers at the Lattice Lab and the University of Portsmouth said the results held. "
                 "The Lattice Lab published them.")
    assert "Lattice Lab" in orgs and "University of Portsmouth" in orgs
    assert orgs.count("Lattice Lab") == 1  # every mention of the name is one organization


def test_a_lone_head_noun_or_a_stop_name_is_no_organization():
    orgs = _orgs("She walked to the Library after work. They met at Shandao Station.")
    assert "Library" not in orgs and "Shandao Station" not in orgs


def test_heads_come_from_the_data_files():
    assert {"library", "university", "consulate"} <= _organization_heads()
    assert "station" not in _organization_heads()
