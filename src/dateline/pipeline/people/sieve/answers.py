"""The one asked, not the one asking: "Fiona Grant asked him whether he had seen the car. “No,” he replied."

A he or she that is the subject of an embedded question of a verb of asking with a person as its object ("asked
him whether he …"), or the subject of a verb of answering whose sentence (before it) or the one before has a verb
of asking with a person as its object ("asked him …. he replied", a request as well as a question), is the person
asked. The walk's salience alone gives it to the asker, the subject
of the sentence. Word lists: `data/coref/asking_verbs.txt`, `answering_verbs.txt`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .... import lexicon
from ..entities import Cluster

_QUESTION_MARKS = frozenset({"whether", "if"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    return lexicon.words("coref/asking_verbs.txt"), lexicon.words("coref/answering_verbs.txt")


def asked_person(token: Token, gender: str, refs: dict, sentence_starts, sentence_of) -> Cluster | None:
    """The person asked, for a subject he or she that stands for them (None when the rule does not apply)."""
    if token.dep_ != "nsubj":
        return None
    asking, answering = _verbs()
    clause = token.head
    if clause.dep_ == "ccomp" and clause.head.lemma_ in asking and _embedded_question(clause):
        return _object_person(clause.head, token, gender, refs)
    if clause.lemma_ not in answering:
        return None
    here = sentence_of(token.i)
    start = sentence_starts[max(here - 1, 0)]
    for t in token.doc[start : token.i]:
        if t.lemma_ in asking and t.pos_ == "VERB":
            found = _object_person(t, token, gender, refs)
            if found is not None:
                return found
    return None


def _embedded_question(clause: Token) -> bool:
    """"whether he had seen", "if she knew", "what he saw": a question, not "asked him to"."""
    return any((c.lower_ in _QUESTION_MARKS and c.dep_ == "mark") or c.tag_ in ("WP", "WRB", "WDT") for c in clause.children)


def _object_person(verb: Token, token: Token, gender: str, refs: dict) -> Cluster | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    asker = refs.get(subject.i) if subject is not None else None
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS and c.i < token.i:
            cluster = refs.get(c.i)
            if (cluster is not None and cluster is not asker and cluster.label == "PERSON"
                    and cluster.gender in (None, gender)):
                return cluster
    return None
