"""The records of a cue found in a Doc: the cue word of a lexicon and the hit with what it attributes."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class CueWord:
    lemma: str
    cls: str  # speech | writing | thought | intention | stance
    frames: frozenset[str]  # quote | that | to | obj


@dataclass(slots=True)
class CueHit:
    """One cue in a Doc and what the parse says it attributes."""

    verb: Token  # the cue's head word ("said", "according", the label's colon)
    word: CueWord
    start: int  # token span of the cue
    end: int
    content: tuple[int, int] | None = None  # char span of the attributed clause or phrase
    content_head: Token | None = None
    more: list[tuple[int, int]] = field(default_factory=list)  # the part before a parenthetical cue
    source: tuple[int, int] | None = None  # token span, when not the verb's subject (labels, "according to")
    shares_source_of: CueHit | None = None  # a cue conjoined inside another's complement
    chars: tuple[int, int] | None = None  # the cue's characters when only part of a token
    turn: str | None = None  # a transcript label's turn: question | answer (labels "Q:", "A:")
    raised: Token | None = None  # a subject that is part of the content ("The House is expected to pass …")

    @property
    def lemma(self) -> str:
        return self.word.lemma
