"""Short stretches of article text shown beside the evidence they surround."""

from __future__ import annotations


def whole_words(context: str, *, at_start: bool, at_end: bool) -> str:
    """A context cut at character offsets, on one line, without the words the cut split ("…egnancy").

    `at_start` / `at_end`: the context begins / ends where the article does, so
    its first / last word is whole.
    """
    words = context.split()
    if not at_start and len(words) > 2 and not context[:1].isspace():
        words = words[1:]
    if not at_end and len(words) > 2 and not context[-1:].isspace():
        words = words[:-1]
    return " ".join(words)
