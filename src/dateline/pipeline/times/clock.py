"""Readers of times of day: clock times ("Tuesday at 10 a.m.") and parts of the day ("last night")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import resolve, words
from .compose import Inner
from .context import Context, Norm
from .values import Period


def _day_of(text: str | None, ctx: Context) -> tuple[date | None, bool]:
    """The day a clock time or part of the day is on; (day, narrative)."""
    if text:
        if (iso := words.weekday(text)) is not None and ctx.dct:
            return resolve.weekday(ctx.dct, iso, None, ctx.tense), False
        if (d := words.deictic(text)) is not None and ctx.dct:
            return ctx.dct + timedelta(days=d[0]), False
        parts = text.replace(",", " ").split()
        if len(parts) >= 2 and (m := words.month(parts[0])):
            day = int("".join(c for c in parts[1] if c.isdigit()))
            if len(parts) > 2 and (y := resolve.year(parts[2], ctx.dct)):
                return resolve.safe_date(y, m, day), False
            return (resolve.month_day(ctx.dct, m, day, ctx.tense, ctx.penalty(resolve.TENSE_PENALTY_DAYS)) if ctx.dct else None), False
    if ctx.anchor is not None and ctx.anchor.gran in ("D", "T"):
        return ctx.anchor.start, True
    return ctx.dct, False


def clock_time(slots: dict[str, str], ctx: Context, inner: Inner) -> Norm | None:
    """A clock time, on the day it names ("Tuesday at 10 a.m.") or else the day talked about."""
    found = words.clock_time(slots.get("clock") or slots.get("bare") or slots.get("hclock") or "")
    if found is None:
        return None
    hour, minute, second, fixed = found
    day, narrative, part = _day_of_clock(slots, ctx, inner)
    if "rangeto" in slots or "rangebare" in slots:
        hour, fixed = _range_start(hour, slots.get("rangeto") or slots["rangebare"], part), True
        if hour is None:
            return None
    if not fixed and part in ("AF", "EV", "NI") and hour < 12:
        hour += 12  # "this afternoon at 3", "8 tonight"
    if ctx.now and day == ctx.dct and not narrative and "when" not in slots and ctx.tense == "future" and (hour, minute) < ctx.now[:2]:
        if not fixed and part is None and 1 <= hour < 12 and (hour + 12, minute) > ctx.now[:2]:
            hour += 12  # "at 3:30" said at 4:30 about what is coming: the next time the clock shows it, 15:30
        else:
            day = day + timedelta(days=1)  # "at 3am" said at 4:30 about what is coming: tomorrow's
    mod = words.quantity_mod(slots["qmod"]) if "qmod" in slots else None
    clock = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    when = slots.get("when") or slots.get("rangewhen") or ""
    if when.lower().endswith("s") and (iso := words.weekday(when)) is not None:
        return Norm("SET", f"XXXX-WXX-{iso}{clock}", mod)  # "4pm on Sundays": every Sunday
    if day is None:
        return Norm("TIME", f"XXXX-XX-XX{clock}", mod)
    return Norm("TIME", mod=mod, period=Period("T", day, clock=clock), narrative=narrative, relative=True)


def _range_start(hour: int, end_text: str, part: str | None) -> int | None:
    """The first bare hour of a range in the half of the day its second end is in ("from six until nine in the
    morning", "from 6 to 9 p.m."); None when the range crosses midnight or the second end cannot be read."""
    end = words.clock_time(end_text)
    if end is None:
        return None
    if hour > 12:
        return hour  # "from 14 to 16": a 24-hour clock says its half of the day itself
    later = end[0] >= 12 if end[3] else part in ("AF", "EV", "NI")
    if hour == 12:
        return 12 if later else 0
    if hour < end[0] % 12 or end[0] % 12 == 0:
        return hour + 12 if later and hour < end[0] % 12 else hour  # "from 10 to 12 noon": 10 in the morning
    # "from eleven until two in the afternoon" starts before noon; "from eleven until two a.m." the day before
    return hour if later and part != "NI" else None


def _day_of_clock(slots: dict[str, str], ctx: Context, inner: Inner) -> tuple[date | None, bool, str | None]:
    """(day, narrative, part-of-day code) of a clock time from the date said with it, read by the grammar itself."""
    text = slots.get("when") or slots.get("part") or slots.get("rangewhen") or slots.get("rangepart")
    if not text:
        day, narrative = _day_of(None, ctx)
        return day, narrative, None
    text = re.sub(r"^(?:in the |in |the (?=\D\S*$))", "", text.strip(), flags=re.I)  # "(in) the evening at eight", not "the 14th"
    if re.fullmatch(r"\S+ days?", text, flags=re.I):
        text = f"in {text}"  # "in 7 days at 5pm" (the grammar leaves "in" out of the span): the day ahead
    code = words.daypart(text)
    if code is not None:  # "in the afternoon": the part of the day talked about
        day, narrative = _day_of(None, ctx)
        return day, narrative, code
    norm = inner(text, ctx)
    if norm is not None:
        clock = norm.period.clock or ""
        return norm.period.start, norm.narrative, clock[1:] if clock[1:].isalpha() else None
    day, narrative = _day_of(None, ctx)
    return day, narrative, None


def daypart_on(slots: dict[str, str], ctx: Context, inner: Inner) -> Norm | None:
    """"February the 15th in the morning": the part of the day of a date the grammar reads."""
    code = words.daypart(slots["daypart"])
    day = inner(slots["on"], ctx)
    if code is None or day is None or day.period.gran not in ("D", "T"):
        return None
    return Norm("TIME", period=Period("T", day.period.start, clock=f"T{code}"), narrative=day.narrative, relative=day.relative)


def daypart(slots: dict[str, str], ctx: Context) -> Norm | None:
    code = words.daypart(slots["daypart"])
    if code is None:
        return None
    day_text = slots.get("day") or slots.get("when")
    if not day_text and "dayrel" not in slots:
        return None
    if day_text and words.weekday(day_text) and (day_text.lower().endswith("s") or slots["daypart"].lower().endswith("s")):
        # "on Sundays in the morning", "Saturday mornings": every week
        return Norm("SET", f"XXXX-WXX-{words.weekday(day_text)}T{code}")
    rel = words.lookup("day_relatives", slots["dayrel"]) if "dayrel" in slots else None
    narrative = False
    if rel is not None:  # "last night" is the night before publication, "the next morning" after the last time
        base, narrative = ctx.base(rel[1] == "narrative")
        day = base.start + timedelta(days=int(rel[0])) if base else None
    else:
        day, narrative = _day_of(day_text, ctx)
    if day is None:
        return None
    return Norm("TIME", period=Period("T", day, clock=f"T{code}"), narrative=narrative, relative=True)
