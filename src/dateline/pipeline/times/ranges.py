"""The second end of a range of days: "from Monday to Friday" ends on the Friday after that Monday."""

from __future__ import annotations

import re
from datetime import timedelta

from . import words
from .context import Context, Norm
from .grammar import Match
from .values import Period

_BETWEEN = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*\Z", re.I)


def range_end(before: tuple[Match, Norm] | None, match: Match, norm: Norm, text: str, ctx: Context) -> Norm:
    """A lone weekday right after another and "to" ("from Monday to Friday", "Monday-Friday") is the first of
    its days on or after the range's start; read alone by the tense it could fall before it (the Friday of
    this week, the Monday of the next)."""
    if before is None or match.rule != "weekday" or set(match.slots) != {"weekday"}:
        return norm
    first, first_norm = before
    if first.rule != "weekday" or first_norm.period is None or first_norm.period.gran != "D" or norm.period is None:
        return norm
    if not _BETWEEN.match(text[first.end : match.start]):
        return norm
    iso = words.weekday(match.slots["weekday"])
    start = first_norm.period.start
    day = start + timedelta(days=(iso - start.isoweekday()) % 7)
    if day == norm.period.start:
        return norm
    from .normalize import interval  # normalize imports the readers of each rule, this module among them

    moved = Norm("DATE", period=Period("D", day), relative=True, narrative=norm.narrative)
    moved.value = moved.period.value
    interval(moved, ctx)
    return moved
