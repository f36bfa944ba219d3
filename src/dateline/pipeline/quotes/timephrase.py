"""Time phrases ("Last Easter", "next Monday") the parse or the people component may take for a name.

The small model tags "Last Easter" as a person and parses "Last Easter, he
said, …" with the time as the subject or the reported content; a speaker or a
content that is only a time phrase is neither. The words come from the time
lists of `data/times/` (read only), matched as whole phrases so that "Martin
Luther King" is not "Martin Luther King Day".
"""

from __future__ import annotations

import re
from functools import cache

from ... import lexicon

_SPACE = re.compile(r"\s+")
_FRAME = frozenset({"the", "on", "every", "each", "that", "early", "late", "by", "until", "since", "in", "at"})


def _key(text: str) -> str:
    return _SPACE.sub(" ", text.lower().replace("’", "'")).strip(" ,.;:!?—-\"'“”‘’")


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Phrases that are a time alone, phrases that are one after a modifier, and the modifiers."""
    alone = {_key(k) for name in ("holidays", "weekdays", "seasons", "deictic_days") for k in lexicon.table(f"times/{name}.tsv")}
    alone |= {k[:-2] for k in alone if k.endswith("'s")} | {k.replace("'", "") for k in alone}
    after_modifier = {_key(k) for name in ("months", "units", "day_parts") for k in lexicon.table(f"times/{name}.tsv")}
    modifiers = {_key(k) for k in lexicon.table("times/relative.tsv")} | {_key(k) for k in lexicon.table("times/day_relatives.tsv")}
    return frozenset(alone), frozenset(after_modifier), frozenset(modifiers)


def is_time_phrase(text: str) -> bool:
    """Whether `text` is a time and nothing else: "Last Easter", "on Monday", "this spring", "yesterday"."""
    alone, after_modifier, modifiers = _vocabulary()
    words = _key(text).split()
    modified = False
    while words:
        phrase = " ".join(words)
        if phrase in alone or (modified and phrase in after_modifier):
            return True
        if words[0] not in modifiers and words[0] not in _FRAME:
            return False
        modified = modified or words[0] in modifiers
        words = words[1:]
    return False
