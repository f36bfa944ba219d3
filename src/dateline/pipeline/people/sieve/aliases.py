"""Another name a person goes by, given beside their name: "Rosalind Achebe, known to her members as Roz".

The alias is that person: its cluster (or, if it has none, the alias itself) joins the named person's,
who keeps the full name. Only a participle hanging on the person's name counts, so "the plan known as
Brexit" and "a product called Galaxy" (sieve/works.py) are not read here.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import NAME_KINDS, Cluster
from .clusters import merge
from .names import add_mention

_OBJECTS = frozenset({"dobj", "oprd", "attr", "npadvmod"})


def join_aliases(doc: Doc, people: list[Cluster], refs: dict[int, Cluster]) -> None:
    """Each alias given to a named person joins that person's cluster, and so do the alias said again."""
    verbs = lexicon.lower_table("coref/alias_verbs.tsv")
    if {doc.vocab.strings[v] for v in verbs}.isdisjoint(scan.column(doc, LEMMA)):
        return  # most articles: no "known", "nicknamed", "dubbed" at all, so no name's children are read
    given: dict[str, Cluster] = {}
    for person in list(people):
        for m in list(person.mentions):
            if m.kind not in NAME_KINDS or refs.get(m.end - 1) is not person:
                continue
            for alias in _aliases(doc[m.end - 1], verbs):
                _join(doc, person, alias, refs)
                given.setdefault(alias.text, person)
    if given:  # "Roz told reporters": the alias said again alone
        for token in doc:
            person = given.get(token.text) if token.pos_ == "PROPN" and _alone(doc, token) else None
            other = refs.get(token.i) if person is not None else None
            if person is not None and (other is None or other.name == token.text):  # not "Norton Bridge"
                _join(doc, person, token, refs)


def _aliases(name: Token, verbs: dict) -> list[Token]:
    """The proper nouns a participle on `name` gives as its other name."""
    found = []
    for verb in name.children:
        how = verbs.get(verb.lemma_.lower()) if verb.dep_ == "acl" and verb.tag_ == "VBN" else None
        if how is None:
            continue
        if how[0] == "object":
            found.extend(c for c in verb.children if c.dep_ in _OBJECTS and c.pos_ == "PROPN")
        else:
            found.extend(o for p in verb.children if p.dep_ == "prep" and p.lower_ == how[0]
                         for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
    return found


def _alone(doc: Doc, token: Token) -> bool:
    """A one-word name: no proper noun just before or after it."""
    return all(not (0 <= i < len(doc)) or doc[i].pos_ != "PROPN" for i in (token.i - 1, token.i + 1))


def _join(doc: Doc, person: Cluster, alias: Token, refs: dict[int, Cluster]) -> None:
    other = refs.get(alias.i)
    if other is person:
        return
    if other is None:
        start = alias.left_edge.i if all(t.pos_ == "PROPN" for t in doc[alias.left_edge.i:alias.i + 1]) else alias.i
        add_mention(person, doc[start:alias.i + 1], "single", refs)
    elif other.label == "PERSON" and not other.group:
        merge(person, other, refs)  # the named person keeps the full name: merge leaves `name` alone
