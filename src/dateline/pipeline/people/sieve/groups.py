"""Groups of people that a they, them or their may stand for: "Chao and Yang", "the Indonesians".

No cluster names a group: the names of a coordination are each their own
person, and a nationality plural ("Indonesians") is no PERSON entity. The
pronoun walk meets these groups as candidates of a plural pronoun, like the
organizations and the rival nouns, and a group becomes a cluster of the article
only when a pronoun is given to it; the others leave no trace.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..entities import Cluster
from .clusters import add_span

GROUP = "GROUP"  # a candidate's label on the walk; a group that takes a pronoun is a PERSON cluster after it
_NORP_TAGS = frozenset({"NNPS", "NNS"})
_DROPPED_FIRST = frozenset({"the", "both"})


class Group(Cluster):
    """A group candidate: where its own mention lies, until a pronoun makes it a cluster."""

    __slots__ = ("span", "in_refs")

    def __init__(self, name: str, span: tuple[int, int], *, in_refs: bool) -> None:
        super().__init__(id="", label=GROUP, name=name, name_tokens=tuple(name.split()))
        self.span = span
        self.in_refs = in_refs  # a nationality's word is no one's; a coordination's names are their people's


def candidates(doc: Doc, refs: dict[int, Cluster], *, person_nouns: frozenset[str]) -> list[tuple[int, int, Group]]:
    """(index the walk meets it at, the token its salience is read from, the group), in text order."""
    out = [*_coordinations(doc, refs, person_nouns), *_nationalities(doc, refs)]
    out.sort(key=lambda x: x[0])
    return out


def _coordinations(doc: Doc, refs, person_nouns) -> list[tuple[int, int, Group]]:
    """"Bernoulli and Euler", "Higuchi, her mother and her sister": named people joined by "and"."""
    out = []
    for token in doc:
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        members = [token, *token.conjuncts]
        if not any(c.dep_ == "cc" and c.lower_ == "and" for m in members for c in m.children):
            continue
        spans = [_member(doc, m, refs, person_nouns) for m in members]
        named = {id(refs[m.i]) for m in members if _person(refs.get(m.i))}
        if None in spans or len(named) < 1 or len(named) + sum(not _person(refs.get(m.i)) for m in members) < 2:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        while start < end and doc[start].lower_ in _DROPPED_FIRST:
            start += 1
        out.append((end - 1, token.i, Group(doc[start:end].text, (start, end), in_refs=False)))
    return out


def _member(doc: Doc, token: Token, refs, person_nouns) -> tuple[int, int] | None:
    """The span of one conjunct: a named person's mention, or a person noun with its modifiers ("her mother")."""
    cluster = refs.get(token.i)
    if _person(cluster):
        mention = next((m for m in cluster.mentions if m.start <= token.i < m.end), None)
        return (mention.start, mention.end) if mention is not None else None
    if token.pos_ == "NOUN" and token.lemma_.lower() in person_nouns:
        return (token.left_edge.i, token.i + 1)
    return None


def _person(cluster) -> bool:
    return cluster is not None and cluster.label == "PERSON"


def _nationalities(doc: Doc, refs) -> list[tuple[int, int, Group]]:
    """"the Indonesians", "Americans": a plural nationality or group name that no cluster holds."""
    out = []
    for ent in doc.ents:
        last = doc[ent.end - 1]
        if ent.label_ != "NORP" or last.tag_ not in _NORP_TAGS or any(i in refs for i in range(ent.start, ent.end)):
            continue
        start = ent.start + (doc[ent.start].lower_ in _DROPPED_FIRST)
        if start < ent.end:
            out.append((last.i, last.i, Group(doc[start : ent.end].text, (start, ent.end), in_refs=True)))
    return out


def adopt(group: Group, doc: Doc, refs: dict[int, Cluster]) -> None:
    """The group's own mention, once a pronoun is given to it: kind "group", no person's name (no speaker of an "I")."""
    start, end = group.span
    add_span(group, doc[start:end], "group", refs if group.in_refs else None, head=end - 1)
