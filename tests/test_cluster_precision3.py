"""Clusters that are titles or places, not someone (issue 13, eleventh round)."""

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


@pytest.mark.parametrize("text,name", [
    ("She wrote Medicinal Properties of the Juice of the Young Coconut in a month.", "Medicinal Properties of the Juice of the Young Coconut"),
    ("Her next role was a lead in Imagine Me and You, which opened late.", "Imagine Me and You"),
    ("The works were joined after the Unification of Archaeological Sites began.", "Unification of Archaeological Sites"),
])
def test_an_organization_titled_like_a_work_is_dropped(text, name):
    assert not _kept(text, "ORG", name)


@pytest.mark.parametrize("text,name", [
    ("Shoppers at Marks and Spencer queued early.", "Marks and Spencer"),  # "and" in three words: a firm's partners
    ("The letters of Hilary of Poitiers survive.", "Hilary of Poitiers"),  # opened by a first name
    ("She taught at Dhaka University's Faculty of Fine Arts for years.", "Dhaka University's Faculty of Fine Arts"),
    ("The Bank of England raised rates.", "Bank of England"),  # an organization's word
    ("Williams and Cross 2017 found the same.", "Williams and Cross 2017"),  # a citation's year
])
def test_organizations_and_citations_stay(text, name):
    assert _kept(text, "ORG", name)


@pytest.mark.parametrize("words,titled", [
    ("Imagine Me and You".split(), True),
    ("Marks and Spencer".split(), False),
    ("Sport Psychology and Counseling".split(), True),
    ("Undertaker on Facebook".split(), False),  # "on", "at" name a place inside an organization's name
    ("Gospel of the Hebrews".split(), True),
])
def test_a_title_s_lower_case_words(words, titled):
    assert things._titled_like_a_work(words, _words()) is titled


def _words() -> things._Words:
    heads, works, nouns, org_words, events, travel, prefixes, first_names, title_words, countries = things._word_lists()
    return things._Words(heads, works, nouns, org_words, frozenset(), {}, frozenset(), events, travel, prefixes, {},
                         first_names, title_words, countries)


@pytest.mark.parametrize("text,label,name,kept", [
    ("The talks moved the United States closer to a deal.", "ORG", "United States", False),
    ("Visitors from Liechtenstein came too.", "PERSON", "Liechtenstein", False),
    ("Georgia won the spelling bee.", "PERSON", "Georgia", True),  # a usual first name
    ("The United States said the talks would go on.", "ORG", "United States", True),  # speaks: a government
    ("The United States Air Force flew the team home.", "ORG", "United States Air Force", True),
])
def test_a_country_with_no_person_s_evidence_is_a_place(text, label, name, kept):
    assert _kept(text, label, name) is kept
