"""Peoples named by a plural: "the Russians", "Puerto Ricans", "43 million Americans".

The small model labels such words NORP, which is neither a person nor an
organization, so nothing could refer to them and a "they" or "their" had no
antecedent. A NORP entity that ends in a plural noun standing as a noun
phrase's head (a subject, an object, after a preposition; not "American
troops") names a group of people; every mention of that name is one cluster,
which the pronoun pass already offers to plural pronouns.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import ENT_TYPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .names import add_mention

_PLURAL_TAGS = frozenset({"NNPS", "NNS"})
# Where a noun phrase's head stands; not "amod"/"compound", where the word modifies another noun.
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos", "dative", "oprd", "ROOT"})


_NORP = get_string_id("NORP")


def peoples(doc: Doc, people: list[Cluster], refs: dict[int, Cluster]) -> list[Cluster]:
    """A PERSON cluster for each plural NORP name standing as a noun ("the Turks"); returns the new ones."""
    if _NORP not in scan.column(doc, ENT_TYPE):
        return []  # no token of a NORP entity: no need to make a Span of every entity
    by_name = {c.name: c for c in people}
    found: list[Cluster] = []
    for ent in scan.entities(doc):
        if ent.label_ != "NORP":
            continue
        span = _group_name(ent)
        if span is None or any(i in refs for i in range(span.start, span.end)):
            continue
        cluster = by_name.get(span.text)
        if cluster is None:
            cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=tuple(t.text for t in span), group=True)
            by_name[span.text] = cluster
            found.append(cluster)
        add_mention(cluster, span, "full" if len(span) > 1 else "single", refs)
    return found


def _group_name(ent: Span) -> Span | None:
    """The entity's capitalized words when its last is a plural noun heading its phrase; else None."""
    last = ent[-1]
    if last.dep_ not in _NOMINAL or not _plural(last):
        return None
    if not last.text.endswith("s") and not any(c.lower_ == "the" for c in last.children):
        return None  # "the Japanese" are a people, "learn Japanese" is a language
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text[:1].isdigit() or ent.start > 0 and _ordinal(doc[ent.start - 1]):
        return None  # "First Corinthians 9:25": a book of the Bible
    start = ent.start
    while start < last.i and not ent.doc[start].text[:1].isupper():
        start += 1  # "most Tulsans", "43 million Americans": the count is no part of the name
    words = ent.doc[start : last.i + 1]
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words):
        return None
    return words


def _ordinal(token) -> bool:
    """"First", "2nd", "1" before a name: a book of the Bible's number (only the first two have a numbered sequel)."""
    return token.ent_type_ == "ORDINAL" or token.lower_ in _book_numbers()


@cache
def _book_numbers() -> frozenset[str]:
    """The ordinals of 1 and 2 as words ("first"), digits ("1") and digits with the word's ending ("1st")."""
    forms: set[str] = set()
    for word, row in lexicon.lower_table("times/ordinals.tsv").items():
        if row[:1] in (("1",), ("2",)):
            forms.update((word, row[0], row[0] + word[-2:]))
    return frozenset(forms)


def _plural(token) -> bool:
    """"Americans" (NNPS), "Latins" (NNS); "Thais" tagged NNP as the subject of "are"."""
    if token.tag_ in _PLURAL_TAGS:
        return True
    text = token.text
    return token.tag_ == "NNP" and text.endswith("s") and not text.endswith("ss") and text[:1].isupper()
