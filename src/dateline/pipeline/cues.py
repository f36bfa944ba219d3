"""Cues: the verbs (and "according to") that attribute words, thoughts or intentions to a source.

A cue comes with what it attributes, read off the parse: a clausal
complement ("said that ..."), an infinitive ("vowed to ..."), a noun phrase
("denied the report") or, for the direct quotations found beside it, nothing
yet. The word lists live in `data/quotes/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from .. import lexicon

_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})  # the verb group PolNeAR keeps in a cue
_CLAUSE_DEPS = frozenset({"ccomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})  # "..., saying that": the head verb's subject
_TRAILING = frozenset(".,;:—–-")


@dataclass(frozen=True, slots=True)
class CueWord:
    lemma: str
    cls: str  # speech | writing | thought | intention | stance
    frames: frozenset[str]  # quote | that | to | obj


@dataclass(slots=True)
class CueHit:
    """One cue in a Doc and what the parse says it attributes."""

    verb: Token  # the cue's head word ("said", "according")
    word: CueWord
    start: int  # token span of the cue (the verb group)
    end: int
    content: tuple[int, int] | None = None  # char span of the attributed clause or phrase
    content_head: Token | None = None
    shares_source_of: CueHit | None = None  # a cue conjoined inside another's complement

    @property
    def lemma(self) -> str:
        return self.word.lemma


class QuoteLexicon:
    """The word lists of `data/quotes/`, read once."""

    def __init__(self) -> None:
        self.verbs: dict[str, CueWord] = {}
        for lemma, cells in lexicon.table("quotes/cue_verbs.tsv").items():
            frames = frozenset(f.strip() for f in (cells[1] if len(cells) > 1 else "").split(",") if f.strip())
            self.verbs[lemma.lower()] = CueWord(lemma.lower(), cells[0] if cells else "speech", frames)
        self.particles = {k: v[0].lower() for k, v in lexicon.lower_table("quotes/cue_particles.tsv").items()}
        self.channels = lexicon.lower_table("quotes/channels.tsv")
        self.according = CueWord("according to", "speech", frozenset({"quote", "that"}))


@cache
def quote_lexicon() -> QuoteLexicon:
    return QuoteLexicon()


def find_cues(doc: Doc, lex: QuoteLexicon, quoted: list[bool]) -> list[CueHit]:
    """Every cue outside quotation marks, with its clausal or phrasal content when it has one."""
    hits = []
    for token in doc:
        if quoted[token.i]:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            hit = _according(doc, token, lex)
        elif token.pos_ == "VERB" and (word := lex.verbs.get(token.lemma_.lower())) is not None:
            hit = _verb_cue(doc, token, word, lex)
        else:
            continue
        if hit is not None:
            hits.append(hit)
    return hits


def _verb_cue(doc: Doc, verb: Token, word: CueWord, lex: QuoteLexicon) -> CueHit | None:
    start, end = verb_group(verb, lex)
    hit = CueHit(verb, word, start, end)
    hit.content_head = _complement(verb, word)
    if hit.content_head is not None:
        hit.content = subtree_chars(hit.content_head, exclude=verb)
    return hit


def _complement(verb: Token, word: CueWord) -> Token | None:
    """What the cue attributes: a clause after it, else one before it ("..., Smith said"), else a phrase."""
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS] if "that" in word.frames else []
    after = [c for c in clauses if c.i > verb.i]
    if after:
        return after[0]
    if clauses:
        return clauses[-1]
    for child in verb.children:
        if child.dep_ == "xcomp" and "to" in word.frames and _is_infinitive(child):
            return child
        if child.dep_ == "dobj" and "obj" in word.frames:
            return child
    return None


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _according(doc: Doc, token: Token, lex: QuoteLexicon) -> CueHit:
    """"according to X": the content is the clause the phrase hangs on, without the phrase."""
    hit = CueHit(token, lex.according, token.i, token.i + 2)
    head = token.head if token.head.i != token.i else None
    if head is not None:
        lo, hi = token.left_edge.i, token.right_edge.i + 1
        left, right = head.left_edge.i, head.right_edge.i + 1
        if lo - left >= hi - right:  # the phrase closes the clause: content before it
            span = _trim(doc, left, lo)
        else:
            span = _trim(doc, hi, right)
        if span is not None:
            hit.content = (doc[span[0]].idx, _end_char(doc[span[1] - 1]))
            hit.content_head = head
    return hit


def verb_group(verb: Token, lex: QuoteLexicon) -> tuple[int, int]:
    """The cue's tokens: the verb with the auxiliaries and negation just before it, and its particle."""
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.i == start - 1 and child.dep_ in _GROUP_DEPS:
            start = child.i
        else:
            break
    end = verb.i + 1
    particle = lex.particles.get(verb.lemma_.lower())
    if particle and end < len(verb.doc) and verb.doc[end].lower_ == particle:
        end += 1
    return start, end


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The cue's source: its subject, the agent of a passive, or the subject it shares with its head verb."""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if depth < 3 and verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ != "conj" or not any(c.dep_ == "nsubjpass" for c in verb.children):
            return subject_of(verb.head, depth + 1)
    return None


def subtree_chars(head: Token, exclude: Token | None = None) -> tuple[int, int] | None:
    """Characters of a phrase's subtree, without edge punctuation (closing quotation marks stay)."""
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if exclude is not None and lo <= exclude.i < hi:
        if exclude.i < head.i:
            lo = exclude.i + 1
        else:
            hi = exclude.i
    span = _trim(doc, lo, hi)
    if span is None:
        return None
    return doc[span[0]].idx, _end_char(doc[span[1] - 1])


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and (doc[lo].is_space or doc[lo].text in _TRAILING):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].text in _TRAILING):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _end_char(token: Token) -> int:
    return token.idx + len(token.text)
