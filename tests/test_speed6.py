"""Resolver cost (fourteenth round, branch speed6): the passes read the arrays and kept objects, not a Token per word."""

from __future__ import annotations

from dateline import analyze
from dateline.eval.coref_systems import dateline_components
from dateline.pipeline.people import scan
from dateline.pipeline.people.sieve.salience import Salience


def _parsed(nlp, text: str):
    """The model's parse alone, before dateline's own components."""
    with nlp.select_pipes(disable=dateline_components(nlp)):
        return nlp(text)


def test_entities_are_made_once_per_doc(nlp):
    doc = _parsed(nlp, "Acme Corp. hired Jane Doe in Paris.")
    first = scan.entities(doc)
    assert first is scan.entities(doc)  # kept: `doc.ents` would make every Span again
    assert [e.text for e in first] == [e.text for e in doc.ents]
    scan.release(doc)
    assert scan.entities(doc) is not first


def test_entity_names_are_the_spans_texts(nlp):
    doc = _parsed(nlp, "The Bank of Japan said on Monday that Toyota Motor Corp's profit rose.")
    names = Salience(doc).entity_names()
    assert names == [(e.start, e.end, e.text.lower()) for e in doc.ents]
    scan.release(doc)


def test_organization_names_trimmed_on_the_arrays():
    record = analyze(
        "Shares of Acme Corp. rose. The Hill's editor spoke. As The Hill reported, Acme Corp. will grow.", "2020-01-01"
    )
    names = {o.name for o in record.organizations}
    assert "Acme Corp." in names  # the final full stop of an abbreviation stays (`text in ".)"`)
    assert not any(n.endswith("'s") for n in names)  # the possessive mark goes


def test_a_pick_of_absent_words_is_empty_and_of_present_ones_their_positions(nlp):
    doc = _parsed(nlp, "The chairman said the bank would sell the unit.")
    assert scan.indices(doc, lowers=frozenset({"governor", "minister"})) == []
    assert scan.indices(doc, lowers=frozenset({"the", "bank"})) == [0, 3, 4, 7]
    assert scan.indices(doc, texts=("The",)) == [0]
    scan.release(doc)


def test_heads_of_naming_participles_and_of_phrases(nlp):
    from spacy.attrs import LEMMA, LOWER
    from spacy.strings import get_string_id

    doc = _parsed(nlp, "She met a man named Tom Banks, the head of the bank.")
    naming = scan.heads_of(doc, LEMMA, frozenset({get_string_id("name")}), get_string_id("acl"))
    assert naming == {t.head.i for t in doc if t.dep_ == "acl" and t.lemma_ == "name"}
    of = scan.heads_of(doc, LOWER, frozenset({get_string_id("of")}), get_string_id("prep"))
    assert of == {t.head.i for t in doc if t.dep_ == "prep" and t.lower_ == "of"}
    scan.release(doc)


def test_a_noun_named_by_its_participle_still_links():
    record = analyze("Police arrested a man named Tom Banks on Monday. He was released.", "2020-01-01")
    mentions = [m.text for p in record.people if p.name == "Tom Banks" for m in p.mentions]
    assert "Tom Banks" in mentions
