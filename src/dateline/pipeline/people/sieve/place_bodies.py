"""A town's possessive before an organization noun is the town: "Brighton's tourism office", "London's police".

spaCy often labels the town a person there; the public body the phrase names is a description (the quote's
speaker keeps it), not a person called "Brighton". Read by `types.repair_types` on its clusters only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .... import lexicon
from ..entities import NAME_KINDS, Cluster
from .things import forget


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    honorifics = frozenset(k.lower().rstrip(".") for k in lexicon.table("honorifics.tsv"))
    return lexicon.words("coref/places.txt"), lexicon.words("coref/place_body_nouns.txt"), honorifics


def drop_places_owning_bodies(people: list[Cluster], doc: Doc, refs: dict, org_nouns) -> None:
    """Drop a person cluster named only by a listed town's possessive of a public body (no pronoun, no title)."""
    towns, bodies, honorifics = _words()
    kept = []
    for c in people:
        if c.mentions and c.name.lower() in towns and all(
            m.kind in NAME_KINDS and _a_towns_body(doc, m.end, org_nouns, bodies) and not _titled(doc, m.start, honorifics)
            for m in c.mentions
        ):
            forget(c, refs)
        else:
            kept.append(c)
    people[:] = kept


def _titled(doc: Doc, start: int, honorifics) -> bool:
    """"Mr. Chester's tourism office": an honorific before the name (the mention leaves it out) is a person's."""
    before = doc[max(start - 2, 0) : start]
    return any(t.lower_.rstrip(".") in honorifics and t.text[:1].isupper() for t in before)


def _a_towns_body(doc: Doc, end: int, org_nouns, bodies) -> bool:
    """"Brighton's tourism office", "Leeds's zoo": the name's possessive of a public body's noun
    (`place_body_nouns.txt`, alone), or of an organization noun with a common noun before it."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return False
    name = doc[end - 1]
    head = name.head
    if name.dep_ != "poss" or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma in bodies or lemma in org_nouns and any(_a_common_compound(t) for t in head.lefts)


def _a_common_compound(t: Token) -> bool:
    """"tourism" in "tourism office": a lower-case noun modifying the organization noun."""
    return t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower
