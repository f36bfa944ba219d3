"""Bugs the review of the eighth coreference round found: each test fails on the code before its fix."""

from __future__ import annotations

from types import SimpleNamespace

from dateline.pipeline import load
from dateline.pipeline.people.entities import Cluster
from dateline.pipeline.people.sieve.regnal import regnal_people
from dateline.pipeline.quotes.transcripts import answering_people


def _person(name: str, *, group: bool = False) -> Cluster:
    return Cluster(id="p1", label="PERSON", name=name, name_tokens=tuple(name.split()), group=group)


def test_a_transcript_turn_is_never_given_to_a_group():
    russians, smith = _person("Russians", group=True), _person("Anna Smith")
    doc = SimpleNamespace(_=SimpleNamespace(dl_people=[russians, smith]))
    assert answering_people(doc, None) == [smith]


def test_a_regnal_name_said_twice_is_one_new_person():
    doc = load()("Pope Damasus II wrote letters. Later, Pope Damasus II died in Rome.")
    found = regnal_people(doc, [], {}, titles={"pope": ()})
    assert [(c.name, len(c.mentions)) for c in found] == [("Damasus II", 2)]


def test_a_description_span_ending_in_its_partners_name_at_the_doc_end():
    from dateline.pipeline.people.sieve.precise import _past_own_name

    doc = load()("The editor Sahar")
    sahar = Cluster(id="p1", label="PERSON", name="Sahar", name_tokens=("Sahar",))
    span = doc[0:3]
    assert _past_own_name(span, sahar, {2: sahar}) == span

