"""Descriptions of people and organizations: the sieve's precise pass and the definite descriptions, on small texts."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.pipeline.people.entities import Cluster
from dateline.pipeline.people.sieve import precise, sieve_lexicon


@pytest.fixture(scope="module")
def parse(nlp):
    model = [n for n in nlp.pipe_names if not n.startswith("dateline_") or n == "dateline_paragraphs"]

    def run(text: str):
        with nlp.select_pipes(enable=model):
            return nlp(text)
    return run


def _nouns():
    lex = sieve_lexicon()
    return lex.org_nouns | frozenset(lex.roles) | lex.kin


def _person(doc, *indices) -> tuple[Cluster, dict]:
    cluster = Cluster("p1", "PERSON", "X")
    return cluster, {i: cluster for i in indices}


def test_predicate_links_once_its_subject_is_resolved(parse):
    doc = parse("He was a businessman. The market fell on Monday.")
    he = next(t.i for t in doc if t.lower_ == "he")
    noun = next(t.i for t in doc if t.lower_ == "businessman")
    cluster, refs = _person(doc, he)
    heads = precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set())
    assert heads[cluster] == {"businessman"} and [m.text for m in cluster.mentions] == ["a businessman"]
    assert noun not in refs  # a predicate stays out of refs, as appositions do


def test_second_run_reads_only_sentences_whose_refs_changed(parse):
    doc = parse("He was a businessman. She was a lawyer.")
    he, she = (next(t.i for t in doc if t.lower_ == w) for w in ("he", "she"))
    cluster, refs = _person(doc, he, she)
    unchanged = dict(refs)
    assert not precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set(), since=unchanged)
    before = {he: cluster}  # "she" is new since then: only her sentence is read again
    heads = precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set(), since=before)
    assert [m.text for m in cluster.mentions] == ["a lawyer"] and heads[cluster] == {"lawyer"}


def test_candidates_are_the_nouns_in_a_linking_relation(parse):
    doc = parse("Mary Barra, the company's chief executive, said sales rose. She served as an engineer.")
    found = {doc[i].text for i in precise._candidates(doc, {}, None)}
    assert {"executive", "engineer"} <= found
    assert "sales" not in found  # a subject links nothing


def test_apposition_then_same_head_description():
    record = analyze(
        "Mary Barra, the company's chief executive, spoke on Monday. Analysts listened. "
        "The chief executive said sales would rise.",
        "2020-01-01",
    )
    barra = next(p for p in record.people if p.name == "Mary Barra")
    assert any(m.text.lower() == "the chief executive" for m in barra.mentions)
