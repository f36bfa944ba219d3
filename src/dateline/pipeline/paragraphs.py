"""The `dateline_paragraphs` component: a paragraph break always ends a sentence.

Runs before the parser, which keeps preset boundaries. News paragraphs are
separate units; without this the small model glues a closing quote paragraph
to the next one, and a quote's speaker is sought in the wrong sentence.
A blank line is a paragraph break; so is a single line break after a
sentence's last mark (extracted pages put one paragraph a line), but not
one inside a sentence, where the text is merely hard-wrapped.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
    return doc
