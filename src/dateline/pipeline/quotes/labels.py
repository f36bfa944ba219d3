"""Speaker labels opening a paragraph: "Trump: ‘I’m the worst thing ...’", "BENENSON: This is ...", "Q: ...", "Q. ...".

A label is a short name, title or turn word before a colon at a paragraph's
start. An upper-case label is a heading ("EXCLUSIVE:") unless the transcript
shows it is a speaker: printed twice, named elsewhere in the text, or one of
an exchange (two paragraphs in a row opening with different upper-case labels).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ..extensions import text_of
from .hits import CueHit
from .quote_lexicon import QuoteLexicon

# A quoted transcript opens with a mark; a broadcast transcript's upper-case label may carry the speaker's
# role after a comma ("JAKE TAPPER, CNN HOST: …").
_LABEL = re.compile(r"[\"“]?([A-Z][\w.'’\- ]{0,40}?)(,[ \t]*[A-Z][A-Z0-9.'’&\- ]{0,40}?)?\s*:\s+(\S.*)")
_DOT_TURN = re.compile(r"([A-Z])\.[ \t]+()(\S.*)")  # "Q. Why Leeds?" / "A. My wife …": a turn letter and a stop
_LABEL_WORDS = 6
_OPENING = frozenset("\"“'‘«")
_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def labels(doc: Doc, lex: QuoteLexicon, paragraphs: list[tuple[int, int]]) -> list[CueHit]:
    """The cues of the paragraphs a speaker label opens, each with what follows its colon."""
    hits = []
    text = text_of(doc)
    matches = [(k, m, p_end) for k, (p_start, p_end) in enumerate(paragraphs)
               if (m := _LABEL.match(text, p_start, p_end) or _DOT_TURN.match(text, p_start, p_end))]
    shouted = Counter(m.group(1) for _, m, _ in matches if m.group(1).isupper())
    counts = Counter(m.group(1) for _, m, _ in matches)
    refs = doc._.dl_refs or {}
    turns = sum(m.group(1).lower() in lex.turns for _, m, _ in matches)  # a transcript has several turns
    exchange = _exchange(text, lex, matches)
    for k, m, p_end in matches:
        label = m.group(1)
        turn = lex.turns.get(label.lower()) if turns >= 2 or k in exchange else None
        dotted = m.re is _DOT_TURN
        if (turn is None and dotted) or (turn is None and (not _is_name(label) or label.lower() in lex.not_labels)):
            continue  # "A. Pasta" outside a Q./A. transcript is an initial
        sep = m.end(1) if dotted else text.index(":", m.end(1))
        colon = _token_at(doc, sep)
        first = _token_at(doc, m.start(1))
        if colon is None or first is None or not (doc[colon].text == ":" or dotted and doc[colon].text.endswith(".")):
            continue
        if turn is not None:  # "Q: …" / "A: …": the label names a turn, never a speaker
            hit = _labelled(doc, lex, colon, None, m.start(3), p_end, turn)
            if dotted:
                hit.chars = (sep, sep + 1)  # the tokenizer's "Q.": the stop is the cue
            hits.append(hit)
            continue
        tokens = doc[first:colon]
        if any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in tokens):
            continue
        named_again = text.count(label.split()[-1].title(), m.end(1)) > 0
        if m.group(2) and not (label.isupper() and m.group(2).isupper()):
            continue  # "Smith, Jones: …" is no broadcast label
        if label.isupper() and shouted[label] < 2 and not named_again and k not in exchange:
            continue  # "EXCLUSIVE:", but not a transcript's "BENENSON:"
        if not (label.isupper() or counts[label] >= 2 or tokens[0].lower_ in lex.source_nouns):
            if not any(t.ent_type_ in _LABEL_ENTS or t.i in refs for t in tokens):
                continue  # a section heading ("Little Relief for Refugees: …") names no one
            if not (named_again or _names_a_person(tokens, refs) or m.group(3)[:1] in _OPENING):
                continue  # "Veto Power Impedes Peace Efforts: …", tagged ORG, heads a section of prose
        hits.append(_labelled(doc, lex, colon, (first, _name_end(doc, m, colon)), m.start(3), p_end, None))
    return hits


def _exchange(text: str, lex: QuoteLexicon, matches: list) -> set[int]:
    """The paragraphs of an exchange: in a row, different upper-case labels, one a turn word or a name printed elsewhere.

    A two-turn transcript ("INTERVIEWER: …" / "BENNING: …") prints each label once.
    """
    def known(label: str) -> bool:
        return label.lower() in lex.turns or text.count(label.split()[-1].title()) > 0

    found: set[int] = set()
    for (k, m, _), (k2, m2, _) in zip(matches, matches[1:]):
        a, b = m.group(1), m2.group(1)
        if k2 == k + 1 and a != b and a.isupper() and b.isupper() and _is_name(a) and _is_name(b):
            if known(a) or known(b):
                found.update((k, k2))
    return found


def _name_end(doc: Doc, m: re.Match, colon: int) -> int:
    """The token end of the label's name: before the role after its comma ("JAKE TAPPER, CNN HOST")."""
    if not m.group(2):
        return colon
    end = _token_at(doc, m.end(1) - 1)
    return colon if end is None else end + 1


def _names_a_person(tokens, refs: dict) -> bool:
    return any(t.ent_type_ == "PERSON" or getattr(refs.get(t.i), "label", None) == "PERSON" for t in tokens)


def _labelled(doc: Doc, lex: QuoteLexicon, colon: int, source, start: int, end: int, turn: str | None) -> CueHit:
    """The cue of a labelled paragraph: what follows the colon, to the paragraph's end.

    A turn is the speaker's words as printed, its closing full stop with them, as a quotation keeps the stop
    inside its marks ("Walsh: Never again. My family would not allow it." is that answer's whole text).
    """
    hit = CueHit(doc[colon], lex.label, colon, colon + 1, source=source, turn=turn)
    hit.content = (start, end)
    return hit


def _is_name(label: str) -> bool:
    """A label is a short name or title ("NY Daily News", "Former AG Mukasey at RNC"), not a clause."""
    words = label.split()
    if not words or len(words) > _LABEL_WORDS or not words[-1][:1].isupper():
        return False
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None
