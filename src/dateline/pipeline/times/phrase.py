"""Time phrases ("Last Easter", "next Monday") the parse may take for a name, a speaker or a quote's content.

The small model tags "Last Easter" as a person and parses "Last Easter, he
said, …" with the time as the subject or the reported content; a speaker or a
content that is only a time phrase is neither. What a time is comes from the
time component's own grammar (`data/times/grammar.txt`), the one source of
truth: a phrase is a time when one of its expressions covers it whole, after at
most one leading preposition ("on Monday"), so that "Martin Luther King" is not
"Martin Luther King Day".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import grammar

_EDGES = " ,.;:!?—-\"'“”‘’"
# A leading preposition or determiner frames a time ("on Monday", "by Easter") without being one.
_LEAD = re.compile(r"(?:on|by|until|since|in|at|during|before|after|over|every|each|that)\s+", re.IGNORECASE)
# A month alone is also a name (May, June, August): only "next May", "May 5" or "last May" is surely a time.
_NAME_LIKE = frozenset({"month"})
# Longer than any time phrase ("the day after next Tuesday night"): not worth the grammar's scan.
_MAX_WORDS = 8


@lru_cache(maxsize=4096)  # pure, and the same speakers and names come back in every article
def is_time_phrase(text: str) -> bool:
    """Whether `text` is a time and nothing else: "Last Easter", "on Monday", "this spring", "yesterday"."""
    words = text.split()
    if len(words) > _MAX_WORDS:
        return False
    text = " ".join(words).strip(_EDGES)
    if lead := _LEAD.match(text):
        text = text[lead.end():]
    if not text:
        return False
    matches = grammar().find(text)
    if len(matches) != 1 or matches[0].start != 0 or text[matches[0].end:].strip(_EDGES + "s") not in ("", "'", "’"):
        return False
    match = matches[0]
    return not (match.rule in _NAME_LIKE and " " not in text)
