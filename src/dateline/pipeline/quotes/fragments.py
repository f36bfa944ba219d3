"""Whether a quotation is a fragment set into the author's own sentence (a partial quote) or a statement.

`_Extraction` in `component` inherits these tests: they read its parse, its
cue hits and which tokens are quoted, and decide only a piece's kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import CueHit
from .marks import Quoted
from .spans import STRONG, glued_to_word

# A preposition or conjunction right before lower-case quoted words makes them part of the author's phrase.
_GLUE_POS = frozenset({"ADP", "CCONJ", "SCONJ"})
_INTRODUCING = frozenset({"as", "to", "that"})  # "described as “…”": the quote is what is said


@dataclass(slots=True)
class Piece:
    """A quoted stretch with its tokens and, once attributed, its cue."""

    quoted: Quoted
    start: int  # token span
    end: int
    hit: CueHit | None = None
    kind: str = "direct"
    how: str = ""  # complement | after | before | continuation | reported | partial | unattributed | title


class FragmentTests:
    """The fragment tests of a quote extraction (mixed into `component._Extraction`)."""

    def _is_fragment(self, piece: Piece, how: str) -> bool:
        """Lower-case words set into the author's own sentence: a partial quotation, not a statement.

        A cue's object ("warns of “serious risk”"), words a clause carries on
        ("were “well-paid,” making …", "Machado was “disgusting”"), words after
        the sentence's own subject (Mills “got an immunity agreement,” Jordan said)
        or determiner (a “good news story”); but not the words a naming cue right
        before introduces ("called it “total crap”").
        """
        if self._after_that(piece):
            return True  # told Fox that “they hit Matt …”: quoted words inside reported speech
        lo, hi = piece.quoted.inner
        if not self.text[lo:hi].lstrip(" '‘`")[:1].islower():
            return False
        head = piece.hit.content_head if piece.hit is not None else None
        if how == "complement" and head is not None and head.dep_ in ("prep", "dobj", "pobj"):
            return True
        before = piece.start - 1
        while before >= 0 and (self.doc[before].is_space or self.doc[before].is_punct):
            if self.doc[before].text in (":", ".", "!", "?"):
                return False
            before -= 1
        sentence = self._sentence(piece.start)
        if before >= 0 and self.doc[before].tag_ == "TO" and piece.start <= self.doc[before].head.i < piece.end:
            return True  # urged them to “go to your place and vote”: the infinitive's "to" is the author's
        if before < 0 or self._sentence(before) != sentence or self.doc[before].lower_ in _INTRODUCING:
            return False  # “…,” said Mr. Kamin: a statement opening its sentence
        if before == piece.start - 1 and self._glued(piece):
            return True  # wants “smarter and tougher” trade deals (spans.glued_to_word)
        if piece.hit is not None and self._split_by_cue(piece, sentence):
            return False  # “Every time you say that,” Tester said, “you give ammunition …”
        if piece.hit is not None and self._right_after_phrase(piece):
            return False  # in the words of the mayor, “we are not done”: what the phrase attributes
        if self.doc[before].pos_ == "DET" or self.doc[before].dep_ in ("nsubj", "nsubjpass"):
            return True  # Mills “got an immunity agreement,” Jordan said; called Burma a “good news story”
        if before == piece.start - 1 and self._authors_verb(self.doc[before]):
            return True  # her statement was ''not in line with …''; the country has spent "hundreds of years …"
        if how == "complement" and piece.hit.word.cls not in STRONG:
            return True  # prohibited when voting “to fill a vacancy”: an intention's words, not a statement
        if how == "after":
            return False  # “…,” and “our own struggling citizens,” he said: the words he said
        if before == piece.start - 1 and self.doc[before].pos_ in _GLUE_POS:
            return True  # recoiled from ''the direct body blow''; thought of them as ''little talks''; and “perhaps”
        if how == "unattributed" and (before < piece.start - 1 or self.doc[before].pos_ in ("CCONJ", "VERB")):
            return False  # to her, “there’s nothing …”: set apart; the letter reads “we may …”: introduced
        near = range(max(self.sent_starts[sentence], before - self.settings.naming_reach + 1), before + 1)
        return not any(j in self.hit_at or self.doc[j].lemma_.lower() in self.lex.verbs for j in near)

    def _glued(self, piece: Piece) -> bool:
        start = piece.start
        floor = max(self.sent_starts[self._sentence(start)], start - self.settings.naming_reach)
        while floor < start and any(self.quoted[j] for j in range(floor, start)):
            floor += 1  # a verb inside the quotation before ("“go vote” and then “go pick …”") introduces nothing
        return glued_to_word(self.doc, start, floor, self.hit_at, self.lex.verbs)

    def _right_after_phrase(self, piece: Piece) -> bool:
        """The quotation follows "according to X," / "in the words of X," with nothing else between."""
        hit = piece.hit
        if hit.word.lemma not in self.lex.prepositional_lemmas or hit.end > piece.start or hit.source is None:
            return False
        lo, hi = hit.source
        if hi > piece.start:
            return False  # a misparse that runs the source on into the quotation's sentence
        between = (self.doc[j] for j in range(hit.end, piece.start) if not lo <= j < hi)
        return all(t.is_punct or t.is_space for t in between)

    def _authors_verb(self, token) -> bool:
        """A verb or auxiliary of the author's sentence that is no cue: what follows it is the author's syntax."""
        if token.pos_ == "AUX":
            return True
        return token.pos_ == "VERB" and token.i not in self.hit_at and token.lemma_.lower() not in self.lex.verbs

    def _after_that(self, piece: Piece) -> bool:
        before = piece.start - 1
        while before >= 0 and (self.doc[before].is_space or self.doc[before].text == ","):
            before -= 1
        return before >= 0 and self.doc[before].lower_ == "that" and self.doc[before].dep_ == "mark"

    def _split_by_cue(self, piece: Piece, sentence: int) -> bool:
        """The quotation resumes one its cue interrupted in the same sentence."""
        verb = piece.hit.verb.i
        start = self.sent_starts[sentence]
        return verb < piece.start and any(self.quoted[j] for j in range(start, verb))
