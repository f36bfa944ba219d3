"""The organization an unnamed quotation source speaks for: "a spokeswoman for Acme Corp", "an official of the bank"."""

from __future__ import annotations

from spacy.tokens import Doc

from .... import lexicon
from ..entities import Cluster

_NOUNS = lexicon.words("coref/spokesperson_nouns.txt")
_PREPOSITIONS = frozenset({"for", "of", "at", "from"})


def spoken_for(doc: Doc, start_char: int, end_char: int, refs: dict[int, Cluster]) -> Cluster | None:
    """The organization a source's spokesperson noun is "for" or "of", when the source names no one.

    A quotation's we/our/us is then the organization's, as when the organization
    itself, or a person holding a role in it, speaks.
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    if noun.lower_ not in _NOUNS or any(t.pos_ == "PROPN" and refs.get(t.i) is not None
                                        and refs[t.i].label == "PERSON" for t in span):
        return None
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPOSITIONS:
            continue
        for obj in prep.children:
            cluster = refs.get(obj.i) if obj.dep_ == "pobj" else None
            if cluster is not None and cluster.label == "ORG":
                return cluster
    return None
