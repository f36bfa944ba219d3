"""Holidays: the day (or days) a holiday's name stands for, by its rule in holidays.tsv.

A year written with it picks that year's; "of next year" or "in 9 months"
the year they point to; otherwise the tense of the clause and the words
before it ("last", "this") pick among the occurrences around publication.
"""

from __future__ import annotations

import re
from datetime import date

from . import resolve, words
from .context import Context, Norm
from .values import Period, add


def holiday(slots: dict[str, str], ctx: Context) -> Norm | None:
    row = words.holiday(slots["holiday"], ctx.country)
    if row is None:
        return None
    relative = "year" not in slots
    if "year" in slots:
        year = resolve.year(slots["year"], ctx.dct)
        days = resolve.holiday_day(row, year) if year else None
    elif ctx.dct is None:
        return None
    elif "yrel" in slots or "pyrel" in slots:
        year = ctx.dct.year + (words.relative(slots.get("yrel") or slots["pyrel"]) or (0, ""))[0]
        days = resolve.holiday_day(row, year)
    elif "hoffset" in slots:  # "Thanksgiving in 9 months", "Diwali six years hence": the one of that year
        moved = moved_day(slots["hoffset"], ctx.dct)
        days = resolve.holiday_day(row, moved.year) if moved else None
    else:
        rel = words.relative(slots["rel"]) if "rel" in slots else None
        days = resolve.holiday(ctx.dct, row, rel[0] if rel else None, ctx.tense)
    if days is None:
        return None
    first, last = days
    if "hside" in slots:  # "the day after Thanksgiving": one day past a one-day holiday (or before its first)
        if first != last and slots["hside"].lower() == "after":
            return None
        step = 1 if slots["hside"].lower() == "after" else -1
        first = last = add(first if step < 0 else last, step, "D")
        part = "TNI" if slots["hnext"].lower() == "night" else None
        if part:
            return Norm("TIME", period=Period("T", first, clock=part), relative=relative)
    if first == last:
        return Norm("DATE", period=Period("D", first), relative=relative)
    # a holiday of several days: TIMEX3 has no value for its span, which earliest/latest give
    value = f"{first.year:04d}-{first.month:02d}" if (first.year, first.month) == (last.year, last.month) else f"{first.year:04d}"
    return Norm("DATE", value, period=Period("D", first), relative=relative, bounds=(first, last))


def moved_day(text: str, dct: date) -> date | None:
    """The day an offset phrase ("in 9 months", "3 years ago") points to from publication."""
    m = re.match(r"(?:in )?(.+?) (\S+)(?: (from now|ago|hence|later))?$", words.key(text))
    unit = words.unit(m.group(2)) if m else None
    amount = words.number(m.group(1)) if m else None
    if unit is None or amount is None:
        return None
    sign = -1 if m.group(3) == "ago" else 1
    return add(dct, sign * int(amount * unit[1]), unit[0])
