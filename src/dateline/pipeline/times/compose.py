"""Expressions made of another expression: the n-th week of a month, a weekday of a week, the week of a day.

The inner expression ("October 2014", "next month", "Christmas") is read by
the grammar and normalized like any other; the outer words pick the days of
it: "the first Tuesday of October", "the last week of July" (the weeks that
lie wholly in it, as calendars count them), "Monday of next week".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from . import words
from .context import Context, Norm
from .values import Period

# reads an inner expression (normalize.inner): passed in, as normalize imports this module
Inner = Callable[[str, Context], Norm | None]


def _days(norm: Norm) -> tuple[date, date]:
    return norm.bounds or (norm.period.start, norm.period.end)


def _nth(items: list, text: str, from_end: bool) -> object | None:
    """The n-th item ("first", "3rd", "last", "second last")."""
    k = words.key(text)
    n = 1 if k in ("last", "final") else words.ordinal(k)
    if n is None or not 1 <= n <= len(items):
        return None
    return items[-n] if from_end or k in ("last", "final") else items[n - 1]


def nth_in(slots: dict[str, str], ctx: Context, inner: Inner) -> Norm | None:
    """"the first Tuesday of October", "the last week of July", "the 5th last day of May", "last weekend of October".

    "of the month" is the current month (alone, "the month" is no time).
    """
    text = slots["within"]
    within = inner("this " + text[4:] if text.lower() in ("the month", "the year") else text, ctx)
    if within is None:
        return None
    first, last = _days(within)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    what = words.key(slots["what"])
    from_end = "nthlast" in slots
    if what == "day":
        day = _nth(days, slots["nth"], from_end)
        return Norm("DATE", period=Period("D", day), relative=within.relative) if day else None
    if (iso := words.weekday(what)) is not None:
        day = _nth([d for d in days if d.isoweekday() == iso], slots["nth"], from_end)
        return Norm("DATE", period=Period("D", day), relative=within.relative) if day else None
    gran, length = ("W", 7) if what == "week" else ("WE", 2)
    starts = [d for d in days if d.isoweekday() == (1 if gran == "W" else 6) and d + timedelta(days=length - 1) <= last]
    start = _nth(starts, slots["nth"], from_end)
    return Norm("DATE", period=Period.of(gran, start), relative=within.relative) if start else None


def weekday_of_week(slots: dict[str, str], ctx: Context, inner: Inner) -> Norm | None:
    """"Monday of next week", "wednesday next week", "next week Sunday", "last week's sunday"."""
    iso = words.weekday(slots["weekday"])
    week = inner(slots["week"], ctx)
    if iso is None or week is None:
        return None
    monday = week.period.start - timedelta(days=week.period.start.isoweekday() - 1)
    return Norm("DATE", period=Period("D", monday + timedelta(days=iso - 1)), narrative=week.narrative, relative=True)


def week_of(slots: dict[str, str], ctx: Context, inner: Inner) -> Norm | None:
    """"the week of October 6th": the ISO week holding that day."""
    day = inner(slots["day"], ctx)
    if day is None:
        return None
    return Norm("DATE", period=Period.of("W", day.period.start), narrative=day.narrative, relative=day.relative)


def weekdays_from(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"3 fridays from now": the third Friday after publication; "2 thursdays ago" the second before."""
    n, iso = words.number(slots["amount"]), words.weekday(slots["weekday"])
    off = words.offset(slots["offset"])
    if n is None or iso is None or off is None or ctx.dct is None or n != int(n):
        return None
    step = 1 if off[0] > 0 else -1
    day, count = ctx.dct, 0
    while count < int(n):
        day += timedelta(days=step)
        count += day.isoweekday() == iso
    return Norm("DATE", period=Period("D", day), relative=True)
