"""A source's marks: a title quoted inside it keeps both of its quotation marks, an aside its closing dash."""

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


_DASHES = frozenset({"—", "–", "―", "--", "-"})


def with_closing_dash(doc: Doc, lo: int, hi: int) -> int:
    """The token end past the dash that closes an aside the source opened with the same dash.

    "Democratic leaders — and, in particular, Senate Minority Leader Harry
    Reid —": on the whole of PolNeAR train the gold source ends with the
    closing dash 51 times where it holds a dash aside, and stops before it twice.
    """
    if hi >= len(doc) or doc[hi].text not in _DASHES:
        return hi
    return hi + 1 if any(t.text == doc[hi].text for t in doc[lo + 1 : hi]) else hi
