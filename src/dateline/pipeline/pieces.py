"""Long articles through the trained model in pieces, so memory and time stay linear in their length.

The model's components hold activations for a whole Doc at once: one article of
100,000 characters raised a process from 250 to 650 MB. A long text is tokenized
whole, cut at paragraph breaks (else at sentence ends) into pieces of about
`PIECE_CHARS`, each piece goes through the model's components alone, and the
pieces are joined back into one Doc with the same text, on which dateline's own
components run as usual. The small model only looks a few tokens around each
word and sentences never cross a cut, so the annotation is the one a whole
parse gives except within a few tokens of a cut. Articles up to `LONG_CHARS`
(nearly all news) are parsed whole, as before.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

LONG_CHARS = 20_000  # texts longer than this are parsed in pieces
PIECE_CHARS = 10_000  # about how long a piece is
_SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"'})


def is_long(text: str) -> bool:
    return len(text) > LONG_CHARS


def parse_in_pieces(nlp: Language, text: str, own: frozenset[str]) -> Doc:
    """The Doc of `text` with the model's annotation, before any component named in `own` has run.

    The tokenizer is called directly: `nlp.max_length` guards the memory of a whole
    parse, which pieces do not need.
    """
    doc = nlp.tokenizer(text)
    model = [(name, proc) for name, proc in nlp.pipeline if name not in own]
    parts = []
    for start, end in cuts(doc, PIECE_CHARS):
        part = doc[start:end].as_doc()
        for _, proc in model:
            part = proc(part)
        parts.append(part)
    return Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])


def cuts(doc: Doc, size: int) -> Iterator[tuple[int, int]]:
    """Token ranges of about `size` characters each, cut after a paragraph break, else a sentence end.

    A range that finds neither within twice `size` is cut where it stands.
    """
    start, n = 0, len(doc)
    while start < n:
        end = _cut_after(doc, start, size)
        yield start, end
        start = end


def _cut_after(doc: Doc, start: int, size: int) -> int:
    first = doc[start].idx
    sentence_end = None
    for i in range(start + 1, len(doc)):
        chars = doc[i].idx - first
        if chars < size:
            continue
        before = doc[i - 1]
        if "\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
            return i
        if sentence_end is None and before.text in _SENTENCE_ENDS and doc[i].text[:1].isupper():
            sentence_end = i
        if chars >= 2 * size:
            return sentence_end or i
    return len(doc)
