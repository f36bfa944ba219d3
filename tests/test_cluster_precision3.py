"""Clusters named for a country, not someone (issue 13, eleventh round)."""

from __future__ import annotations

import pytest

from dateline.pipeline import load
from dateline.pipeline.people.entities import Cluster, MentionRef
from dateline.pipeline.people.sieve import things


def _kept(text: str, label: str, name: str) -> bool:
    """Whether `drop_things` keeps a one-cluster article whose one mention is the first occurrence of `name`."""
    doc = load()(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    mentions = [MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, "name")]
    c = Cluster("o1", label, name, mentions)
    refs = {i: c for i in range(span.start, span.end)}
    pool = [c]
    people, orgs = (pool, []) if label == "PERSON" else ([], pool)
    things.drop_things(people, orgs, doc, refs, titles={}, speech=frozenset({"say"}))
    return bool(pool)


@pytest.mark.parametrize("text,label,name,kept", [
    ("The talks moved the United States closer to a deal.", "ORG", "United States", False),
    ("Visitors from Liechtenstein came too.", "PERSON", "Liechtenstein", False),
    ("Georgia won the spelling bee.", "PERSON", "Georgia", True),  # a usual first name
    ("The United States said the talks would go on.", "ORG", "United States", True),  # speaks: a government
    ("The United States Air Force flew the team home.", "ORG", "United States Air Force", True),
])
def test_a_country_with_no_person_s_evidence_is_a_place(text, label, name, kept):
    assert _kept(text, label, name) is kept


@pytest.mark.parametrize("text,label,name", [
    ("Hudson Terrace was busy all day.", "ORG", "Hudson Terrace"),
    ("The Holy Roman Empire was busy all day.", "ORG", "Holy Roman Empire"),
    ("Cemetery Junction was busy all day.", "ORG", "Cemetery Junction"),
    ("The North Slope was busy all day.", "ORG", "North Slope"),
])
def test_a_name_headed_by_a_place_word_is_a_place(text, label, name):
    assert not _kept(text, label, name)


def _kept_mentions(text: str, label: str, name: str) -> bool:
    """`_kept` with every occurrence of `name` a mention of the one cluster."""
    doc = load()(text)
    mentions, start = [], text.find(name)
    while start >= 0:
        span = doc.char_span(start, start + len(name))
        mentions.append(MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, "name"))
        start = text.find(name, start + 1)
    c = Cluster("o1", label, name, mentions)
    refs = {i: c for m in mentions for i in range(m.start, m.end)}
    pool = [c]
    people, orgs = (pool, []) if label == "PERSON" else ([], pool)
    things.drop_things(people, orgs, doc, refs, titles={}, speech=frozenset({"say"}))
    return bool(pool)


def test_an_organization_named_where_things_happen_and_visited_is_a_place():
    text = "The first games took place in Tarvia in 776 BC. It is a long day trip to visit Tarvia from the coast."
    assert not _kept_mentions(text, "ORG", "Tarvia")


def test_a_person_visited_stays():
    text = "The letters were kept in Tarvia. The next day we went to visit Tarvia at her home."
    assert _kept_mentions(text, "PERSON", "Tarvia")
