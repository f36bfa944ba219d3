"""The `dateline_paragraphs` component: a paragraph break always ends a sentence.

Runs before the parser, which keeps preset boundaries. News paragraphs are
separate units; without this the small model glues a closing quote paragraph
to the next one, and a quote's speaker is sought in the wrong sentence.
A blank line is a paragraph break; so is a single line break after a
sentence's last mark (extracted pages put one paragraph a line), but not
one inside a sentence, where the text is merely hard-wrapped. A headline
line and a wire dateline ("WASHINGTON (AP) —") end where the first sentence begins.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import text_of
from .wire import find_dateline, headline_end

_ENDS = frozenset(".!?:;\"'”’»)…")


@Language.component("dateline_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    newlines = 0
    last = None
    for token in doc:
        if token.is_space:
            newlines += token.text.count("\n")
            continue
        if newlines and last is not None and (newlines > 1 or last.text[-1] in _ENDS):
            token.is_sent_start = True
        newlines = token.whitespace_.count("\n")
        last = token
    for end in _opening_ends(text_of(doc)):
        token = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if token is not None and token.i > 0:
            token.is_sent_start = True
    return doc


def _opening_ends(text: str) -> list[int]:
    """Where the headline and the dateline end: each is followed by a new sentence."""
    ends = []
    headline = headline_end(text)
    if headline is not None:
        ends.append(headline + 1)
    dateline = find_dateline(text)
    if dateline is not None:
        ends.append(dateline.end)
    return ends
