"""Readers of dates said outright ("15 March 2012", "3/15", "the 1990s") and of named days, months and seasons."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import resolve, words
from .context import Context, Norm
from .holidays import moved_day
from .values import SEASON_START, Period


def _dom(text: str) -> int | None:
    """The day of a day-of-month: "15th", "15", "first", "twenty-ninth"."""
    digits = "".join(c for c in text if c.isdigit())
    if digits:
        return int(digits)
    n = words.ordinal(text) or words.number(text)
    return int(n) if n and n == int(n) else None


def written_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    month = words.month(slots["month"])
    day = _dom(slots["dom"])
    if month is None or day is None:
        return None
    if "year" in slots:
        year = resolve.year(slots["year"], ctx.dct)
        found = resolve.safe_date(year, month, day) if year else None
        return Norm("DATE", period=Period("D", found)) if found else None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}") if resolve.safe_date(2000, month, day) else None
    if (iso := words.weekday(slots.get("weekday", ""))) is not None:
        # "Fri, Jul 18": the nearest year in which that day is that weekday
        for k in (0, 1, -1):
            found = resolve.safe_date(ctx.dct.year + k, month, day)
            if found and found.isoweekday() == iso:
                return Norm("DATE", period=Period("D", found), relative=True)
    found = resolve.month_day(ctx.dct, month, day, ctx.tense, ctx.penalty(resolve.TENSE_PENALTY_DAYS))
    return Norm("DATE", period=Period("D", found), relative=True) if found else None


def numeric_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    """ISO dates; d/m and m/d by the outlet's country, else by what only one order allows, else unresolved."""
    text = slots["numeric"]
    if "monthyear" in slots:
        month, year = map(int, text.split("/"))
        return Norm("DATE", period=Period("M", date(year, month, 1)))
    parts = [int(p) for p in re.split(r"[/.-]", text)]
    if re.match(r"\d{4}[/-]", text):
        y, m, d = parts  # ISO: year first
        found = resolve.safe_date(y, m, d)
        return Norm("DATE", period=Period("D", found)) if found else None
    a, b = parts[0], parts[1]
    orders = [(d, m) for d, m in ((a, b), (b, a)) if 1 <= m <= 12 and 1 <= d <= 31]
    if ctx.day_first is not None and len(orders) == 2:
        orders = [orders[0] if ctx.day_first else orders[1]]
    if not orders:
        return None
    if len(orders) == 2 and orders[0] != orders[1]:
        ctx.ambiguous = True
        return Norm("DATE", None)
    day, month = orders[0]
    if len(parts) == 3:
        y = parts[2] if parts[2] > 99 else resolve.year(f"'{parts[2]:02d}", ctx.dct)
        found = resolve.safe_date(y, month, day) if y else None
        return Norm("DATE", period=Period("D", found)) if found else None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    found = resolve.month_day(ctx.dct, month, day, ctx.tense, ctx.penalty(resolve.TENSE_PENALTY_DAYS))
    return Norm("DATE", period=Period("D", found), relative=True) if found else None


def day_of_month(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"the 15th" of the month talked about: this one, or the month a relative word names."""
    day = _dom(slots["dom"])
    if day is None or ctx.dct is None:
        return None
    month = Period.of("M", ctx.dct)
    if "mrel" in slots:
        rel = words.relative(words.key(slots["mrel"]).removeprefix("the ").split()[0])
        month = month.next(rel[0] if rel else 0)
    elif "weekday" in slots and (iso := words.weekday(slots["weekday"])):
        # "Tuesday the 19th": the nearest month whose 19th is a Tuesday
        for k in (0, 1, -1, 2, 3, 4, 5, 6, -2):
            found = resolve.safe_date(month.next(k).start.year, month.next(k).start.month, day)
            if found and found.isoweekday() == iso:
                return Norm("DATE", period=Period("D", found), relative=True)
        return None
    elif ctx.tense == "future" and day < ctx.dct.day:
        month = month.next(1)
    found = resolve.safe_date(month.start.year, month.start.month, day)
    return Norm("DATE", period=Period("D", found), relative=True) if found else None


def separated_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"31/Oct/1974", "31-Oct-74"."""
    year = slots["year"] if len(slots["year"]) == 4 else f"'{slots['year']}"
    return written_date({**slots, "year": year}, ctx)


def month_of_year(slots: dict[str, str], ctx: Context) -> Norm | None:
    month = words.month(slots["month"])
    year = resolve.year(slots["year"], ctx.dct)
    if month is None or year is None:
        return None
    return Norm("DATE", period=Period("M", date(year, month, 1)))


def year_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    year = resolve.year(slots["year"], ctx.dct)
    return Norm("DATE", period=Period("Y", date(year, 1, 1))) if year else None


def decade_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    first = resolve.decade(slots["decade"], ctx.dct)
    return Norm("DATE", period=Period("E", date(first, 1, 1)), relative=not slots["decade"][:1].isdigit()) if first else None


def century_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    text = slots["century"]
    n = words.ordinal(text)
    if n is not None:
        return Norm("DATE", period=Period("C", date(max(1, (n - 1) * 100), 1, 1)))
    rel = words.relative(text)
    if rel is None or ctx.dct is None:
        return None
    return Norm("DATE", period=Period.of("C", ctx.dct).next(rel[0]), relative=True)


def _step(slots: dict[str, str]) -> tuple[int | None, bool]:
    """The step of a relative word and whether it counts from the narrative."""
    rel = words.relative(slots["rel"]) if "rel" in slots else None
    return (rel[0], rel[1] == "narrative") if rel else (None, False)


def named_month(slots: dict[str, str], ctx: Context) -> Norm | None:
    number = words.month(slots["month"])
    if number is None:
        return None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{number:02d}")
    if "yrel" in slots:
        year = ctx.dct.year + (words.relative(slots["yrel"]) or (0, ""))[0]
        return Norm("DATE", period=Period("M", date(year, number, 1)), relative=True)
    step, _ = _step(slots)
    if "hoffset" in slots and (moved := moved_day(slots["hoffset"], ctx.dct)) is not None:
        return Norm("DATE", period=Period("M", date(moved.year, number, 1)), relative=True)  # "March in a year"
    if "afternext" in slots:  # the one after the next
        found = resolve.month(ctx.dct, number, 1, ctx.tense)
        return Norm("DATE", period=found.shift(1, "Y"), relative=True) if found else None
    found = resolve.month(ctx.dct, number, step, ctx.tense, ctx.penalty(resolve.TENSE_PENALTY_DAYS))
    return Norm("DATE", period=found, relative=True) if found else None


def named_weekday(slots: dict[str, str], ctx: Context) -> Norm | None:
    text = slots["weekday"]
    iso = words.weekday(text)
    if iso is None:
        return None
    if text.lower().endswith("s") and words.weekday(text[:-1]) and "rel" not in slots:
        return Norm("SET", f"XXXX-WXX-{iso}")
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-WXX-{iso}")
    step, narrative = _step(slots)
    base, used = ctx.base(narrative)
    ref = base.start if used and base else ctx.dct
    if "afternext" in slots:  # "Friday after next": a week after the next Friday
        day = resolve.weekday(ref, iso, 1, ctx.tense) + timedelta(days=7)
        return Norm("DATE", period=Period("D", day), narrative=used, relative=True)
    return Norm("DATE", period=Period("D", resolve.weekday(ref, iso, step, ctx.tense)), narrative=used, relative=True)


def weekday_beside(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"She leaves on July 19 … a party on the Friday before": the last such weekday before the time talked
    about (the first after it for "after"); with no time talked about, the weekday unplaced."""
    iso = words.weekday(slots["weekday"])
    if iso is None:
        return None
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-WXX-{iso}")
    if words.key(slots["side"]) == "before":
        start = ctx.anchor.start
        day = start - timedelta(days=(start.isoweekday() - iso - 1) % 7 + 1)
    else:
        end = ctx.anchor.end
        day = end + timedelta(days=(iso - end.isoweekday() - 1) % 7 + 1)
    return Norm("DATE", period=Period("D", day), narrative=True, relative=True)


def named_season(slots: dict[str, str], ctx: Context) -> Norm | None:
    code = words.season(slots["season"])
    if code is None:
        return None
    if "year" in slots:
        year = resolve.year(slots["year"], ctx.dct)
        return Norm("DATE", period=Period("S", date(year, SEASON_START[code], 1), code)) if year else None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{code}")
    step, _ = _step(slots)
    return Norm("DATE", period=resolve.season(ctx.dct, code, step, ctx.tense), relative=True)


def deictic_day(slots: dict[str, str], ctx: Context) -> Norm | None:
    days, part = words.deictic(slots["deictic"]) or (None, "")
    if days is None or ctx.dct is None:
        return None
    day = ctx.dct + timedelta(days=days)
    if part:
        return Norm("TIME", period=Period("T", day, clock=f"T{part}"), relative=True)
    return Norm("DATE", period=Period("D", day), relative=True)


def reference_date(slots: dict[str, str], ctx: Context) -> Norm | None:
    value = words.reference(slots["ref"])
    return Norm("DATE", value, relative=True) if value else None
