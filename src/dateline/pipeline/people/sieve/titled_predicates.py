"""Capitalized titles said of a named person: "became Agassiz Professor of Oriental Languages".

A title printed with a capital is tagged a proper noun, so the description
passes, which read common nouns, leave it alone, and the small model seldom
gives it an entity: "He was made a Dame in 2012", "proclaimed himself Emperor of
these United States", "Peter, Emperor of Russia". A capitalized role noun or
honorific that is the predicate of a person's clause (after a copula, "become",
"remain", or a passive "elected"/"made"), or in apposition to a person's
mention, is a mention of that person.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .clusters import SUBJECT_DEPS, add_span

def titled_predicates(doc: Doc, refs: dict[int, Cluster], *, roles, titles) -> None:
    """Make each capitalized title said of a person a description mention of that person."""
    title_words = lexicon.words("coref/title_words.txt")
    lowers, strings = scan.column(doc, LOWER), doc.vocab.strings
    for i in scan.indices(doc, pos=("PROPN",)):
        if i in refs:
            continue
        lower = strings[lowers[i]]  # on the arrays first: few proper nouns are a title or a role
        if lower not in roles and lower not in titles and lower not in title_words:
            continue
        token = doc[i]
        if not token.text[:1].isupper() or not token.text.isalpha():
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper():
            continue  # "Professor Smith": a title before a name, the name passes' business
        person = _described(token, refs)
        if person is None or person.label != "PERSON" or any(m.start <= token.i < m.end for m in person.mentions):
            continue  # the description passes keep their mentions out of `refs`: "John Kerry, the Secretary of State"
        span = _extent(token)
        if any(i in refs for i in range(span.start, span.end)):
            span = doc[token.i : token.i + 1]  # "Agassiz" or "Oriental Languages" is some organization's
        add_span(person, span, "description", refs, head=token.i)


def _described(token: Token, refs) -> Cluster | None:
    """The cluster the title is said of: its clause's subject, a reflexive object, or the mention it is in apposition to."""
    head = token.head
    if token.dep_ == "appos" and head.i in refs and head.pos_ == "PROPN":
        between = token.doc[head.i + 1 : token.i]
        return refs[head.i] if any(t.text == "," for t in between) and not any(t.text == "(" for t in between) else None
    if token.dep_ not in ("attr", "oprd", "dobj", "ccomp", "xcomp"):
        return None
    for child in head.children:
        if child.dep_ == "dobj" and child.lower_ in lexicon.words("coref/reflexives.txt") and child.i in refs and child.i != token.i:
            return refs[child.i]  # "proclaimed himself Emperor"
    if token.dep_ == "dobj":
        return None  # "met the Prince": the object is someone else
    subject = _subject(head)
    return refs.get(subject.i) if subject is not None else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("returned and became Professor")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _extent(token: Token) -> Span:
    """The title with its modifiers and its "of" phrase ("Agassiz Professor of Oriental Languages")."""
    doc = token.doc
    lo = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("compound", "amod", "det")])
    hi = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            hi = max(hi, child.right_edge.i)
    return doc[lo : hi + 1]
