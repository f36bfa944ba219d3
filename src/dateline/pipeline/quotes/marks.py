"""Quotation marks paired into quoted spans, on the raw text, before any attribution.

Straight and curly double marks (and the doubled apostrophes '' of some
wires) are classified as opening or closing from the characters around them
rather than from their glyph alone, so mis-curled marks still pair. Pairing
never crosses a paragraph break: a paragraph that leaves a quote open and a
next paragraph that reopens it continue one quotation (one piece each); a
stray closing mark gets its opening repaired at the nearest sentence start;
an opening mark that never closes is closed at its paragraph's end. Single
marks are told from apostrophes and paired apart (`single_marks`); a quoted
stretch inside another (single in double, or double in British single) is
`nested`: a quote within the quote, attributed on its own. Marks inside an
HTML tag left in the text delimit its attributes and are no quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .single_marks import pair_singles, single_marks
from ..wire import headline_end

OPEN, CLOSE, EITHER = 1, 2, 3

_MARKS = re.compile(r"''|``|[\"“”„«»]")
_GLYPH = {"“": OPEN, "„": OPEN, "«": OPEN, "``": OPEN, "”": CLOSE, "»": CLOSE, '"': EITHER, "''": EITHER}
_BEFORE_OPEN = frozenset(" \t\n\r\u00a0([{—–-/:")  # what may stand before an opening mark
_AFTER_CLOSE = frozenset(" \t\n\r\u00a0)]}.,;:!?…—–-/'’")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_LINE_AFTER_END = re.compile(r"[.!?:;\"'”’»)…][ \t]*(\n)")
_REPAIRABLE = frozenset(".,!?…")  # a closing mark right after these ends speech, not inches
# An HTML tag left in the text ("<tweet tweet-author="…" tweet-date="…">"): its marks delimit attributes.
_TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")


@dataclass(slots=True)
class Quoted:
    """One quoted stretch of one paragraph; offsets include the marks that are present."""

    start: int
    end: int
    opened: bool = True  # the opening mark is printed (False: repaired)
    closed: bool = True  # the closing mark is printed (False: open at the paragraph's end)
    continues: bool = False  # continues the previous paragraph's quotation
    continued: bool = False  # the next paragraph continues it
    nested: bool = False  # inside another quoted stretch: a quote within a quote

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + (1 if self.opened else 0), self.end - (1 if self.closed else 0))


@lru_cache(maxsize=4)  # the quote finder, the quote component and the dialogue component each ask, per article
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraphs: blank lines, or a line break after a sentence's last mark (one paragraph a line)."""
    breaks = [m.span() for m in _BLANK_LINE.finditer(text)]
    breaks += [(m.start(1), m.end(1)) for m in _LINE_AFTER_END.finditer(text)]
    headline = headline_end(text)
    if headline is not None:  # a headline line is a paragraph of its own
        breaks.append((headline, headline + 1))
    breaks.sort()
    spans, start = [], 0
    for b_start, b_end in breaks:
        if b_start >= start:
            if text[start:b_start].strip():
                spans.append((start, b_start))
            start = b_end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(_strip(text, s, e) for s, e in spans)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def classify(text: str, pos: int, mark: str) -> int:
    """Opening or closing, from the flanking characters; the glyph decides when they do not."""
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else "\n"
    can_open = (before in _BEFORE_OPEN or before in "“‘") and not after.isspace()
    can_close = not before.isspace() and (after in _AFTER_CLOSE or after in "”’\"")
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE
    return _GLYPH[mark]


def find_quoted(text: str, sentence_starts: list[int] | None = None) -> list[Quoted]:
    """Every quoted stretch of `text`, in order; `sentence_starts` (char offsets) guide repairs."""
    starts = sorted(sentence_starts or ())
    paragraphs = paragraph_spans(text)
    markup = _markup(text)
    marks = [(_triple(text, m.start(), m.group()), m.group()) for m in _MARKS.finditer(text)]
    marks = [(p, m) for p, m in marks if not _inside(markup, p)]
    positions = [p for p, _ in marks]
    found: list[Quoted] = []
    carry = False  # the previous paragraph left a quotation open
    for p_start, p_end in paragraphs if marks else ():
        lo, hi = bisect_left(positions, p_start), bisect_left(positions, p_end)
        here = [(p, m, classify(text, p, m)) for p, m in marks[lo:hi]]
        carry = _pair_paragraph(text, p_start, p_end, here, carry, starts, found)
    singles = [q for q in _singles(text, paragraphs) if not _inside(markup, q.start)]
    found = _with_singles(found, singles)
    mark_continuations(found)
    return found


def _triple(text: str, pos: int, mark: str) -> int:
    """Where a doubled-apostrophe mark starts: three after a word close a quote within the quote, then the quote.

    ("… bomb the S out of them," and three apostrophes, then "said McCain"): the
    regex takes the first two; the inner quotation's single mark comes first, the outer pair last.
    """
    if mark != "''" or text[pos + 2 : pos + 3] != "'" or pos == 0 or text[pos - 1].isspace():
        return pos
    return pos if text[pos + 3 : pos + 4].isalnum() else pos + 1


def _markup(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TAG.finditer(text)] if "<" in text else []


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_right(spans, (pos, len(spans) + 10**12)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _singles(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Quoted]:
    """The single-mark quotations, a quotation of several paragraphs as one piece each."""
    found: list[Quoted] = []
    carry = False
    for k, (p_start, p_end) in enumerate(paragraphs):
        marks = single_marks(text, p_start, p_end)
        pairs, unclosed = pair_singles(marks)
        continues = carry and bool(marks) and marks[0].pos == p_start and marks[0].can_open
        for a, b in pairs:
            found.append(Quoted(a, b + 1, continues=continues and a == p_start))
        carry = False
        if unclosed is not None and k + 1 < len(paragraphs):
            n_start = paragraphs[k + 1][0]
            if text[n_start] in "'‘" and not any(a < unclosed < b for a, b in pairs):
                found.append(Quoted(unclosed, p_end, closed=False, continues=continues and unclosed == p_start))
                carry = True
    found.sort(key=lambda q: q.start)
    return found


def _with_singles(doubles: list[Quoted], singles: list[Quoted]) -> list[Quoted]:
    """Both kinds in order; one inside another is nested; one crossing a double-mark quotation is dropped."""
    out = list(doubles)
    for s in singles:
        outer = next((d for d in doubles if d.start < s.start and s.end <= d.end), None)
        if outer is not None:
            s.nested = True
            out.append(s)
            continue
        inner = [d for d in doubles if s.start < d.start < s.end]
        if all(d.end <= s.end for d in inner) and not any(d.start < s.start < d.end for d in doubles):
            for d in inner:
                d.nested = True
            out.append(s)
    out.sort(key=lambda q: (q.start, -q.end))
    return out


def _pair_paragraph(text, p_start, p_end, marks, carry, starts, found) -> bool:
    """Pairs one paragraph's marks into `found`; True when the quotation runs on past the paragraph."""
    open_at: int | None = None
    continues = False
    last_end = p_start
    first = True
    for pos, mark, kind in marks:
        is_first, first = first, False
        if kind == EITHER:
            kind = CLOSE if open_at is not None else OPEN
        if kind == OPEN:
            if open_at is not None:  # a missing closing mark: close before this sentence
                end = _sentence_end_before(text, starts, open_at, pos)
                if end is not None:
                    found.append(Quoted(open_at, end, closed=False, continues=continues))
                    last_end = end
            open_at = pos
            continues = carry and is_first and not text[p_start:pos].strip()
            continue
        end = pos + len(mark)
        if open_at is not None:
            found.append(Quoted(open_at, end, continues=continues))
            open_at, continues, last_end = None, False, end
            continue
        start = _repair_start(text, starts, last_end, pos, p_start) if text[pos - 1 : pos] in _REPAIRABLE else None
        if start is not None:
            found.append(Quoted(start, end, opened=False))
            last_end = end
    if open_at is None:
        return False
    found.append(Quoted(open_at, p_end, closed=False, continues=continues))
    return True


def mark_continuations(quoted: list[Quoted]) -> None:
    """Flag the pieces whose quotation the next paragraph reopens."""
    top = [q for q in quoted if not q.nested]
    for a, b in zip(top, top[1:]):
        if not a.closed and b.continues:
            a.continued = True


def _repair_start(text: str, starts: list[int], after: int, pos: int, p_start: int) -> int | None:
    """Where a quotation that lost its opening mark began: the first sentence after the last quote."""
    i = bisect_right(starts, after)
    if i < len(starts) and starts[i] < pos:
        start = starts[i]
    elif after == p_start:
        start = p_start
    else:
        return None
    start, _ = _strip(text, start, pos)
    return start if start < pos else None


def _sentence_end_before(text: str, starts: list[int], open_at: int, pos: int) -> int | None:
    i = bisect_left(starts, pos) - 1
    if i < 0 or starts[i] <= open_at:
        return None
    _, end = _strip(text, open_at, starts[i])
    return end if end > open_at + 1 else None
