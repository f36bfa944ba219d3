"""The cue of a quote within a quote: "She said, ‘I don't care,’" Reeve told the court.

The inner quotation's cue stands inside the outer quotation, just before it
(with only punctuation, or the cue's object, between) or just after it (with only its subject
between); the inner speaker is that cue's subject, not the outer speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import CueHit, subject_of, verb_cue
from .quote_lexicon import QuoteLexicon


def nested_cue(doc: Doc, lex: QuoteLexicon, outer: tuple[int, int], inner: tuple[int, int], reach: int) -> CueHit | None:
    """The cue inside the outer token span that introduces the inner one, if any."""
    lo, hi = outer
    start, end = inner
    for i in range(start - 1, max(lo, start - reach) - 1, -1):
        token = doc[i]
        if _is_cue(token, lex):
            return verb_cue(token, lex.verbs[token.lemma_.lower()], lex)
        if not (token.is_punct or token.is_space):
            return _addressed_cue(doc, lex, lo, start, token)
    subject_tokens: set[int] = set()
    for i in range(end, min(hi, end + reach)):
        token = doc[i]
        if _is_cue(token, lex):
            subject = subject_of(token)
            if subject is not None and all(j in _subtree(subject) for j in subject_tokens):
                return verb_cue(token, lex.verbs[token.lemma_.lower()], lex)
            return None
        if not (token.is_punct or token.is_space):
            subject_tokens.add(i)
    return None


def _addressed_cue(doc: Doc, lex: QuoteLexicon, lo: int, start: int, last: Token) -> CueHit | None:
    """"told us, ‘The bridge is gone,’", "said to me, ‘…’": the cue before the inner quotation, with only
    its object (or its "to" phrase) between."""
    phrase = last.head if last.dep_ == "pobj" and last.head.lower_ == "to" else last
    verb = phrase.head
    if phrase.dep_ not in ("dobj", "dative", "prep") or not lo <= verb.i < phrase.i or not _is_cue(verb, lex):
        return None
    words = _subtree(phrase)
    if all(j in words or doc[j].is_punct or doc[j].is_space for j in range(verb.i + 1, start)):
        return verb_cue(verb, lex.verbs[verb.lemma_.lower()], lex)
    return None


def _is_cue(token: Token, lex: QuoteLexicon) -> bool:
    word = lex.verbs.get(token.lemma_.lower())
    return token.pos_ == "VERB" and word is not None and "quote" in word.frames


def _subtree(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)
