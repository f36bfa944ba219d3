"""Readers of amounts of time: durations ("two weeks"), and the points they count to ("a year later", "in 2 hours")."""

from __future__ import annotations

from datetime import datetime, timedelta

from . import words
from .context import Context, Norm
from .durations import duration_value
from .values import GRAN_OF_UNIT, Period, add


# A "more than"/"less than" on an offset becomes a bound on the date: (mod, later?) -> mod.
_OFFSET_MODS = {
    ("MORE_THAN", True): "AFTER",
    ("MORE_THAN", False): "BEFORE",
    ("LESS_THAN", True): "BEFORE",
    ("LESS_THAN", False): "AFTER",
    ("EQUAL_OR_MORE", True): "ON_OR_AFTER",
    ("EQUAL_OR_MORE", False): "ON_OR_BEFORE",
    ("EQUAL_OR_LESS", True): "ON_OR_BEFORE",
    ("EQUAL_OR_LESS", False): "ON_OR_AFTER",
    ("APPROX", True): "APPROX",
    ("APPROX", False): "APPROX",
}


def _amount(slots: dict[str, str]) -> tuple[float | None, str, int] | None:
    """(amount or None when vague, ISO unit, multiplier) of an amount and a unit."""
    unit = words.unit(slots["unit"])
    if unit is None:
        return None
    amount = words.number(slots["amount"]) if "amount" in slots else None
    if "amount" in slots and amount is None and not words.vague(slots["amount"]):
        return None
    if amount is not None and "half" in slots:
        amount += 0.5
    return amount, unit[0], unit[1]


def duration(slots: dict[str, str], ctx: Context) -> Norm | None:
    parsed = _amount(slots)
    if parsed is None:
        return None
    amount, unit, mult = parsed
    total = amount * mult if amount is not None else None
    mod = words.quantity_mod(slots["qmod"]) if "qmod" in slots else None
    off = slots.get("offset") or slots.get("final_offset")
    if off:
        return _offset(total, unit, words.offset(off), mod, ctx)
    if "intime" in slots or ("inprep" in slots and ctx.tense == "future" and "lead" not in slots and mod in (None, "APPROX")):
        # "will decide in two weeks", "in 2 weeks' time", "in about an hour": a point ahead; "rose 5% in two weeks"
        # stays an amount
        return _offset(total, unit, (1, "publication"), mod, ctx)
    return Norm("DURATION", duration_value(total, unit), mod)


def _offset(total: float | None, unit: str, off: tuple[int, str] | None, mod: str | None, ctx: Context) -> Norm | None:
    """A point an amount of time before or after the publication or the narrative's last time.

    Counting back from the narrative ("a year earlier") compares with the time
    talked about and does not move the narrative on. In a text about a quarter
    or a half, "a year ago" is that period a year before (earnings reports).
    """
    if off is None:
        return None
    sign, reference = off
    if total is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", relative=True)
    narrative_wanted = reference == "narrative" or (
        sign < 0 and unit == "Y" and ctx.anchor is not None and ctx.anchor.gran in ("Q", "H")
    )
    if ctx.game_clock and narrative_wanted and unit in ("H", "MIN", "S"):
        # "In the 69th minute, ... Six minutes later": the 75th minute, not minutes after the last date
        return Norm("TIME", None, narrative=True, game_clock=True)
    base, narrative = ctx.base(narrative_wanted)
    if unit in ("H", "MIN", "S") and not narrative and ctx.now is not None and ctx.dct is not None:
        return _clock_offset(sign * total, unit, mod, ctx)
    if base is None or unit in ("H", "MIN", "S"):
        return Norm("DATE", None) if base is None else Norm("DATE", period=base, narrative=narrative, relative=True)
    if total != int(total):
        total, unit = (total * 12, "M") if unit == "Y" else (total, unit)
    step = sign * int(total)
    bound = _OFFSET_MODS.get((mod, sign > 0)) if mod else None
    if narrative:
        # as precise as the time it counts from, no more: "a day after" 2012 is in 2012 or early 2013
        gran = "D" if base.gran == "T" else base.gran
        start = base if base.gran == gran else Period.of(gran, base.start)
        moved = start.shift(step, unit)
        days = (add(base.start, step, unit), add(base.end, step, unit))
        return Norm("DATE", mod=bound, period=moved, narrative=True, relative=True, comparison=sign < 0, bounds=days)
    gran = GRAN_OF_UNIT.get(unit, "D")
    gran = "Y" if gran in ("E", "C", "L") else gran
    moved = Period.of(gran, base.start).shift(step, unit)
    return Norm("DATE", mod=bound, period=moved, relative=True, comparison=sign < 0)


def compact_duration(slots: dict[str, str], ctx: Context) -> Norm | None:
    unit = words.unit(slots["unit"]) or words.unit({"h": "hour"}.get(slots["unit"].lower(), ""))
    if unit is None:
        return None
    amount = float(slots["amount"]) if "amount" in slots else words.number(slots["fraction"])
    if amount is None:
        return None
    total = amount * unit[1]
    if "inprep" in slots and ctx.tense == "future":
        return _offset(total, unit[0], (1, "publication"), None, ctx)  # "in 1h": as "in one hour"
    return Norm("DURATION", duration_value(total, unit[0]))


def _clock_offset(amount: float, unit: str, mod: str | None, ctx: Context) -> Norm:
    """"in 2 minutes", "three hours ago" from a publication whose clock time is known: a TIME."""
    seconds = amount * {"H": 3600, "MIN": 60, "S": 1}[unit]
    h, m, s = ctx.now
    moment = datetime(ctx.dct.year, ctx.dct.month, ctx.dct.day, h, m, s) + timedelta(seconds=seconds)
    clock = moment.strftime("T%H:%M:%S" if unit == "S" or moment.second else "T%H:%M")
    return Norm("TIME", mod=_OFFSET_MODS.get((mod, amount > 0)) if mod else None, period=Period("T", moment.date(), clock=clock), relative=True)


def period_ended(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"the year ended Sept. 30": TimeBank reads the length of the period."""
    unit = words.unit(slots["unit"])
    return Norm("DURATION", duration_value(unit[1], unit[0])) if unit else None


def units(slots: dict[str, str], ctx: Context) -> Norm | None:
    unit = words.unit(slots["unit"])
    if unit is None:
        return None
    mod = words.quantity_mod(slots["qmod"]) if "qmod" in slots else None
    return Norm("DURATION", duration_value(None, unit[0]), mod)
