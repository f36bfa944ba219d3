"""Single quotation marks told from apostrophes, and paired into quoted spans.

The same glyph is an apostrophe ("don't", "the '90s", "rock 'n' roll",
"the Smiths' album") or a quotation mark (British 'primary' quotes, or a
quote within a quote). A mark between two letters or digits, the two of "'n'",
one opening a decade ("'90s") and one opening a year after a lower-case word ("in '08") are apostrophes; of the rest, one that can
open (after a space or an opening bracket, before a word) waits for one that
can close (after a word, before a space or punctuation) in the same paragraph.
A closing candidate that looks possessive ("Smiths' album") yields to a later
one. An opening mark that never closes is an apostrophe ("'em", "'cause")
unless the next paragraph reopens the quotation: a quotation of several
paragraphs, each but the last left open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SINGLE = re.compile(r"(?<!')['‘’‹›](?!')")
# rock 'n' roll, the '90s, and a year after a lower-case word ("in '08", "class of '99"): a quotation seldom
# opens mid-sentence on two digits, unless a title's capitalized word follows ("watched '60 Minutes'")
_APOSTROPHE = re.compile(r"['‘’]n['‘’](?=\s)|['‘’]\d0s\b|(?<=[a-z] )['‘’]\d\d(?!\w| [A-Z])")
_BEFORE_OPEN = frozenset(" \t\n\r\u00a0([{—–-/:\"“«")
_AFTER_CLOSE = frozenset(" \t\n\r\u00a0)]}.,;:!?…—–-/\"”»")


@dataclass(frozen=True, slots=True)
class Mark:
    pos: int
    can_open: bool
    can_close: bool
    possessive: bool  # "Smiths' album": after an s, before a word


def single_marks(text: str, lo: int, hi: int) -> list[Mark]:
    """The single marks of text[lo:hi] that may be quotation marks, apostrophes left out."""
    skip = set()
    for m in _APOSTROPHE.finditer(text, lo, hi):
        skip.update(i for i in range(m.start(), m.end()) if text[i] in "'‘’")
    marks = []
    for m in _SINGLE.finditer(text, lo, hi):
        pos = m.start()
        if pos in skip:
            continue
        before = text[pos - 1] if pos > 0 else "\n"
        after = text[pos + 1] if pos + 1 < len(text) else "\n"
        if before.isalnum() and after.isalnum():
            continue  # don't, O'Brien
        glyph = text[pos]
        can_open = (before in _BEFORE_OPEN or pos == lo) and not after.isspace() and glyph not in "’›"
        can_close = not before.isspace() and (after in _AFTER_CLOSE or pos + 1 == hi) and glyph not in "‘‹"
        possessive = can_close and before in "sS" and after == " " and text[pos + 2 : pos + 3].isalpha()
        if can_open or can_close:
            marks.append(Mark(pos, can_open, can_close, possessive))
    return marks


def pair_singles(marks: list[Mark]) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs (opening, closing position) of one paragraph, and the opening left unclosed, if any.

    Openings nest (a quote inside a quote inside a quote is rare but
    printed); a closing mark closes the innermost opening.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for k, mark in enumerate(marks):
        if stack and mark.can_close:
            if mark.possessive and _later_close(marks, k):
                continue
            pairs.append((stack.pop(), mark.pos))
        elif mark.can_open:
            stack.append(mark.pos)
    return sorted(pairs), (stack[0] if stack else None)


def _later_close(marks: list[Mark], k: int) -> bool:
    """Another closing mark follows before any opening one: this possessive one is an apostrophe."""
    for mark in marks[k + 1 :]:
        if mark.can_close:
            return True
        if mark.can_open:
            return False
    return False
