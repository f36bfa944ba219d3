"""The `dateline_paragraphs` component: a line break always ends a sentence.

Runs before the parser, which keeps preset boundaries. News paragraphs are
separate units; without this the small model glues a closing quote paragraph
to the next one, and a quote's speaker is sought in the wrong sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dateline_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc
