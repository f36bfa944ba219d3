"""Coordinated people that a they, them or their may stand for: "Chao and Yang".

No cluster names such a group: the names of a coordination are each their own
person. The pronoun walk meets these groups as candidates of a plural pronoun,
like the organizations and the rival nouns, and a group becomes a cluster of
the article only when a pronoun is given to it; the others leave no trace.
(Peoples named by a plural, "the Americans", are clusters already: `groups.py`.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .... import lexicon
from ..entities import Cluster
from .clusters import SUBJECT_DEPS, add_span

GROUP = "GROUP"  # a candidate's label on the walk; a group that takes a pronoun is a PERSON cluster after it


class Group(Cluster):
    """A group candidate: where its own mention lies, until a pronoun makes it a cluster."""

    __slots__ = ("span", "in_refs")

    def __init__(self, name: str, span: tuple[int, int], *, in_refs: bool) -> None:
        super().__init__(id="", label=GROUP, name=name, name_tokens=tuple(name.split()), group=True)
        self.span = span
        self.in_refs = in_refs  # False: a coordination's names stay their own people's in `refs`


def candidates(doc: Doc, refs: dict[int, Cluster], people: list[Cluster], *,
               person_nouns: frozenset[str]) -> list[tuple[int, int, Group]]:
    """(index the walk meets it at, the token its salience is read from, the group), in text order."""
    out = _coordinations(doc, refs, people, person_nouns)
    out.sort(key=lambda x: x[0])
    return out


def _coordinations(doc: Doc, refs, people, person_nouns) -> list[tuple[int, int, Group]]:
    """"Bernoulli and Euler", "Higuchi, her mother and her sister": named people joined by "and", as a subject."""
    out, roots = [], set()
    for c in people:  # a coordination of people holds a name: start from the names, not from every token
        for m in c.mentions:
            token = doc[m.end - 1]
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head
            roots.add(token.i)
    for root in sorted(roots):
        token = doc[root]
        if token.dep_ not in SUBJECT_DEPS:
            continue  # "Legend, who shares daughter Luna and son Miles with Teigen, noted that they": its subject's
        members = _members(token)
        if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ == "and" for m in members for c in m.children):
            continue
        spans = [_member(doc, m, refs, person_nouns) for m in members]
        named = len({id(refs[m.i]) for m in members if _person(refs.get(m.i))})
        if None in spans or not named or named + sum(not _person(refs.get(m.i)) for m in members) < 2:
            continue  # "Smith and Smith": one person named twice is no group
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        dropped = lexicon.words("coref/coordination_dropped_first.txt")
        while start < end and doc[start].lower_ in dropped:
            start += 1
        out.append((end - 1, token.i, Group(doc[start:end].text, (start, end), in_refs=False)))
    return out


def _members(token: Token) -> list[Token]:
    """The conjuncts; "Higuchi, her mother and her sister", parsed as a name with a coordinated apposition, a list."""
    if token.conjuncts:
        return [token, *token.conjuncts]
    listed = next((c for c in token.children if c.dep_ == "appos" and c.conjuncts), None)
    return [token, listed, *listed.conjuncts] if listed is not None else [token]


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


def adopt(group: Group, doc: Doc, refs: dict[int, Cluster]) -> None:
    """The group's own mention, once a pronoun is given to it: kind "group", no person's name (no speaker of an "I")."""
    start, end = group.span
    add_span(group, doc[start:end], "group", refs if group.in_refs else None, head=end - 1)
