"""Cueless quotations the text around gives a speaker: a continued quotation, one after reported speech."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from ...records import Speaker
from .cues import CueHit
from .marks import Quoted
from .spans import word_count


def reported_before(
    text: str,
    q: Quoted,
    hits: Sequence[CueHit],
    quoted: Sequence[bool],
    speaker_of: Callable[[CueHit], Speaker | None],
    min_words: int,
) -> CueHit | None:
    """Pollard added that Okafor nearly left. “He came to my office …”: the sentence before names the speaker.

    hits: the cues of the quotation's paragraph. Only a quotation of a sentence's length
    that follows nothing but the stop of a named person's reported speech, whose cue heads
    its sentence; a short one reads as a label or a scare quote as often as a statement.
    """
    if q.continues or word_count(text, q) < min_words:
        return None
    for hit in hits:
        if hit.content is None or hit.content[1] > q.start or quoted[hit.verb.i] or hit.verb.dep_ != "ROOT":
            continue
        if hit.word.cls == "speech" and text[hit.content[1] : q.start].strip() in (".", "!", "?"):
            speaker = speaker_of(hit)
            return hit if speaker is not None and speaker.person is not None else None
    return None


def runs_on(
    doc: Doc, text: str, q: Quoted, start: int, prev_end: int, prev_verb: int | None, sentence_of: Callable[[int], int]
) -> bool:
    """A quotation with no cue continues the previous one when only that one's cue clause is between."""
    if q.continues:
        return True
    if word_count(text, q) < 2:
        return False
    cue_sentences = {sentence_of(prev_end - 1)}
    if prev_verb is not None:
        cue_sentences.add(sentence_of(prev_verb))
    for j in range(prev_end, start):
        token = doc[j]
        if token.is_space or token.is_punct:
            continue
        if sentence_of(j) not in cue_sentences:
            return False
    return True


def carry_back(pieces: Sequence) -> None:
    """“… follow. / “By noon … / “It changed my life,” Brennan said.: a quotation of several paragraphs
    whose cue comes only in its last paragraph gives that cue to the paragraphs before.

    pieces: the top-level quoted pieces in order, attributed (each with `quoted`, `hit`, `how`).
    Only a piece left open at its paragraph's end that the next paragraph reopens takes it, and only
    a cue of the later piece's own sentences (or carried back to it), not one continued from further back.
    """
    carried: set[int] = set()
    for a, b in reversed(list(zip(pieces, pieces[1:]))):
        if b.hit is None or (b.how == "continuation" and id(b) not in carried):
            continue
        if a.hit is None and a.how == "unattributed" and a.quoted.continued and b.quoted.continues:
            a.hit, a.how = b.hit, "continuation"
            carried.add(id(a))
