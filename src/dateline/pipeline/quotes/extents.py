"""Extents: where the content a cue attributes begins and ends, read off the parse.

A noun phrase with the complements that follow it, a complement clause with the
clauses coordinated to it, what follows a closing preposition; each without the
afterthought the author adds and without edge punctuation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_OBJECT_TAIL = frozenset({"dobj", "oprd", "dative", "ccomp", "xcomp", "acomp"})  # "called the plan a disaster"
_OBJECT_PREPS = frozenset({"of", "as", "for", "on", "against", "to", "with"})  # "accused him of lying"
_EDGE = frozenset(".,;:—–-")
_AFTERTHOUGHTS = frozenset({"relcl", "advcl", "acl"})
_RELATIVES = frozenset({"which", "who", "whom", "whose"})


def object_span(verb: Token, obj: Token) -> tuple[int, int] | None:
    """A noun phrase with the complements that follow it: "Trump “unhinged”", "him of lying"."""
    doc = verb.doc
    hi = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i < hi:
            continue
        if child.dep_ in _OBJECT_TAIL or (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS):
            if any(not doc[j].is_punct and not doc[j].is_space for j in range(hi, child.left_edge.i)):
                break
            hi = child.right_edge.i + 1
        else:
            break
    return chars(doc, obj.left_edge.i, tail(doc, obj.left_edge.i, hi))


def clause_span(verb: Token, head: Token) -> tuple[int, int] | None:
    """A complement clause, with the clauses coordinated to it ("said X and that Y"), minus its tail."""
    doc = verb.doc
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if lo <= verb.i < hi:
        lo, hi = (verb.i + 1, hi) if verb.i < head.i else (lo, verb.i)
    if head.dep_ == "xcomp":  # "urged him to ...": the one urged is part of what is attributed
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < lo), None)
        if obj is not None:
            lo = obj.left_edge.i
    for child in verb.rights:
        if child.i > hi and child.dep_ in ("ccomp", "conj") and coordinated_clause(doc, hi, child):
            hi = child.right_edge.i + 1
    return chars(doc, lo, tail(doc, lo, hi))


def coordinated_clause(doc: Doc, hi: int, child: Token) -> bool:
    """"said X and that Y": a second complement joined to the first by a conjunction."""
    if not any(doc[j].dep_ == "cc" for j in range(hi, child.left_edge.i + 1)):
        return False
    return child.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)


def tail(doc: Doc, lo: int, hi: int) -> int:
    """Where attributed content ends: before an afterthought the author adds.

    A closing relative or participial clause set off by a comma ("..., which
    periodically chanted his name", "..., making air quotes"): annotators
    leave it out, as the guidelines ask when it is unclear who says it.
    """
    for j in range(hi - 1, lo + 2, -1):
        token = doc[j]
        if token.text == "," and j + 1 < hi:
            first = doc[j + 1]
            clause = first if first.dep_ in _AFTERTHOUGHTS else first.head
            if clause.dep_ in _AFTERTHOUGHTS and clause.left_edge.i == j + 1 and clause.right_edge.i >= hi - 2:
                if first.lower_ in _RELATIVES or first.tag_ in ("VBG", "VBN"):
                    return j
    return hi


def span_after(prep: Token) -> tuple[int, int] | None:
    """What follows a cue's closing preposition, up to the end of the phrase it heads."""
    lo, hi = prep.i + 1, prep.right_edge.i + 1
    return chars(prep.doc, lo, tail(prep.doc, lo, hi))



def chars(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The characters of tokens lo..hi without edge punctuation and space; None when nothing is left."""
    while lo < hi and (doc[lo].is_space or doc[lo].text in _EDGE):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].text in _EDGE or doc[hi - 1].dep_ == "cc"):
        hi -= 1  # a conjunction left dangling where a conjoined clause was cut off ("… had been taken over and")
    if hi <= lo:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
