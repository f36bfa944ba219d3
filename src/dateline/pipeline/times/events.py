"""Numeric dates that name an event: "since 9/11", "the 9/11 attacks", "the 7/7 bombings".

Such a numeral is not that day of the publication year, nor a date whose
order of day and month is in doubt: it is the event's day when
numeric_events.tsv knows it, else a date of unknown value. A numeral the
list knows is an event's name after a word of numeric_event_before.tsv
("the", "since", "post-"), before a noun of numeric_event_nouns.tsv
("attacks", "Commission"), and anywhere else but after a calendar
preposition ("on", "by", "until") or on a line without a verb (a schedule:
"9/11 Board meeting"). Any other numeral is an event's name only before such
a noun ("the 4/20 riots"); "the 3/15 deadline" stays a date.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import words
from .context import Context, Norm
from .values import Period

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*\Z")
_WORD_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")


@cache
def _known() -> dict[str, date]:
    return {k: date.fromisoformat(v[0]) for k, v in words.table("numeric_events").items()}


@cache
def _before() -> frozenset[str]:
    return frozenset(words.table("numeric_event_before"))


@cache
def _nouns() -> frozenset[str]:
    return frozenset(words.table("numeric_event_nouns"))


def _is_event_noun(word: str) -> bool:
    w = word.lower()
    singular = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
    return w in _nouns() or singular in _nouns()


def names_event(text: str, start: int, end: int, *, calendar_words: frozenset[str], verbless: bool) -> bool:
    """Whether a numeric date without a year (text[start:end], e.g. "9/11") names an event.

    `calendar_words` are the words after which a numeric date is a day of the calendar ("on", "by");
    `verbless` says whether its sentence has no verb of its own.
    """
    after = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    if after is not None and _is_event_noun(after.group(1)):
        return True
    if text[start:end] not in _known():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word = before.group(1).lower() if before else None
    return word in _before() or (word not in calendar_words and not verbless)


def prefixed_event(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"post-9/11": after the event's day (mod AFTER; "pre-" BEFORE); nothing for a numeral no list knows."""
    day = _known().get(slots["numeric"])
    if day is None:
        return None
    mod = "AFTER" if slots["prefix"].lower() == "post" else "BEFORE"
    return Norm("DATE", mod=mod, period=Period("D", day), comparison=True)


def numeric_event(slots: dict[str, str], ctx: Context) -> Norm | None:
    """The day of the event a numeral names; a date of unknown value for an event the list does not know."""
    day = _known().get(slots["numeric"])
    # a name, not the time the story is at: "The 9/11 Commission met. The ceremony began at 8:46 a.m." is
    # today's ceremony, so the event never becomes the narrative's time (comparison)
    return Norm("DATE", period=Period("D", day), comparison=True) if day else Norm("DATE", None)
