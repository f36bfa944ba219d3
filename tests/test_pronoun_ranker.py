"""The pronoun pass's first-named organizations and its learned ranking hook (`sieve/pronouns.py`, `sieve/ranker.py`)."""

from __future__ import annotations

import pytest

from dateline.pipeline.people.entities import Cluster, MentionRef
from dateline.pipeline.people.sieve import pronouns, ranker, sieve_lexicon


@pytest.fixture(scope="module")
def parse(nlp):
    """The model's parse alone (dateline's components off), as the sieve receives it."""
    from dateline.eval.coref_systems import parse as model_parse

    return lambda text: model_parse(nlp, [text])[0]


def _named(doc, word: str, label: str, refs: dict) -> Cluster:
    """A cluster of every token `word`, as the name passes would leave it."""
    cluster = Cluster("", label, word, name_tokens=(word,) if label == "PERSON" else ())
    for t in doc:
        if t.text == word:
            cluster.add(MentionRef(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, "name", t.dep_ == "nsubj"))
            refs[t.i] = cluster
    return cluster


def _he_she(doc, refs) -> dict[str, str]:
    return {t.text: refs[t.i].name for t in doc if t.lower_ in ("he", "she") and t.i in refs}


def test_an_organization_named_by_a_first_name_takes_she_and_becomes_a_person(parse):
    # The small model types some one-word first names as organizations ("Debbie" in a court transcript).
    doc = parse("Debbie called the office on Monday. She was upset about the bill.")
    refs: dict = {}
    debbie = _named(doc, "Debbie", "ORG", refs)
    people, orgs = [], [debbie]
    pronouns.resolve(doc, people, orgs, refs, lex=sieve_lexicon())
    assert _he_she(doc, refs) == {"She": "Debbie"}
    assert debbie.label == "PERSON" and people == [debbie] and orgs == []


def test_the_first_name_must_agree_and_an_organizations_word_keeps_it_one(parse):
    doc = parse("Debbie called the office on Monday. He was upset about the bill.")
    refs: dict = {}
    orgs = [_named(doc, "Debbie", "ORG", refs)]
    pronouns.resolve(doc, [], orgs, refs, lex=sieve_lexicon())
    assert _he_she(doc, refs) == {} and orgs[0].label == "ORG"  # Debbie is a woman's name
    lex = sieve_lexicon()
    bank = Cluster("", "ORG", "Victoria Bank")
    assert pronouns.name_genders([bank], lex.titles, exclude=lex.org_name_words | lex.org_nouns) == {}


def test_the_ranker_reorders_the_candidates_by_its_weights(parse):
    doc = parse("Tom Smith met David Brown in Paris. Later he moved to Rome.")
    refs: dict = {}
    tom, david = (_named(doc, w, "PERSON", refs) for w in ("Tom", "David"))
    rules = pronouns.resolve
    try:
        ranker.use(None)
        rules(doc, [tom, david], [], refs, lex=sieve_lexicon())
        first = _he_she(doc, refs)["he"]
        # A model that only counts recency picks the latest-mentioned one; one against it, the other.
        for sign in (1.0, -1.0):
            weights = tuple(sign * 10.0 if f == "most_recent" else 0.0 for f in ranker.FEATURES)
            ranker.use(weights)
            refs2: dict = {}
            tom2, david2 = (_named(doc, w, "PERSON", refs2) for w in ("Tom", "David"))
            rules(doc, [tom2, david2], [], refs2, lex=sieve_lexicon())
            assert _he_she(doc, refs2)["he"] == ("David" if sign > 0 else "Tom")
    finally:
        ranker.use()
    assert first in ("Tom", "David")


def test_they_may_be_people_named_by_a_plural(parse):
    # "Thais" is tagged NNP, but "Thais are" says it is many: a they, their or them may be them.
    doc = parse("Thais are a polite people and they welcome visitors.")
    refs: dict = {}
    thais = _named(doc, "Thais", "PERSON", refs)
    pronouns.resolve(doc, [thais], [], refs, lex=sieve_lexicon())
    they = next(t.i for t in doc if t.lower_ == "they")
    assert refs.get(they) is thais
    one = parse("Marcus said he welcomes visitors.")
    assert pronouns.people_groups(one, [_named(one, "Marcus", "PERSON", {})]) == frozenset()


def test_stale_weights_fall_back_to_rules_with_a_coded_warning(monkeypatch, caplog):
    """Weights naming other features than this version computes are not used, and the log says so."""
    real = ranker.lexicon.data_json

    def stale(name):
        data = dict(real(name))
        if name == ranker.SHIPPED_PATH:
            data["features"] = [*data["features"], "a_feature_this_version_lacks"]
        return data

    monkeypatch.setattr(ranker.lexicon, "data_json", stale)
    ranker._shipped.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="dateline"):
            assert ranker._shipped() is None
        assert any("[W026]" in r.getMessage() for r in caplog.records)
    finally:
        monkeypatch.undo()
        ranker._shipped.cache_clear()
    assert ranker._shipped() is not None  # the shipped file matches this version
