"""Bugs the review of the eighth coreference round found: each test fails on the code before its fix."""

from __future__ import annotations

from dateline.pipeline import load
from dateline.pipeline.people.sieve.regnal import regnal_people


def test_a_regnal_name_said_twice_is_one_new_person():
    doc = load()("Pope Damasus II wrote letters. Later, Pope Damasus II died in Rome.")
    found = regnal_people(doc, [], {}, titles={"pope": ()})
    assert [(c.name, len(c.mentions)) for c in found] == [("Damasus II", 2)]
