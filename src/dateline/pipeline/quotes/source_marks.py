"""A source's quotation marks: a title quoted inside it keeps both of its marks."""

from __future__ import annotations

from spacy.tokens import Doc

_OPEN = frozenset({"“", "``"})
_CLOSE = frozenset({"”"})
_STRAIGHT = frozenset({'"', "''"})  # the same mark opens and closes (NYT style writes '' for both)


def with_quoted_title(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The token span widened to the mark that closes or opens a quotation left half inside it.

    "the reality show “The Apprentice,”", "self-described "Berners"", "“more
    than a few” in Trump's audience": the edge-punctuation cut or the parse
    leaves one mark of a quoted title out, the gold source holds both.
    """
    inside = [t.text for t in doc[lo:hi]]
    opened = sum(t in _OPEN for t in inside) - sum(t in _CLOSE for t in inside)
    straight = sum(t in _STRAIGHT for t in inside) % 2 == 1
    if opened > 0 or straight:
        end = hi + 1 if hi + 1 < len(doc) and doc[hi].text in (",", ".") else hi  # “The Apprentice,”
        if end < len(doc) and (doc[end].text in _CLOSE if opened > 0 else doc[end].text in _STRAIGHT):
            return lo, end + 1
    if (opened < 0 or straight) and lo > 0:
        if doc[lo - 1].text in _OPEN if opened < 0 else doc[lo - 1].text in _STRAIGHT:
            return lo - 1, hi
    return lo, hi
