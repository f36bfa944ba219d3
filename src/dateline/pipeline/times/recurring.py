"""Readers of recurring times: "every week", "on Sundays", "twice a day"."""

from __future__ import annotations

from . import words
from .context import Context, Norm
from .durations import duration_value


def recurring(slots: dict[str, str], ctx: Context) -> Norm | None:
    if "unit" in slots:
        unit = words.unit(slots["unit"])
        amount = words.number(slots["amount"]) if "amount" in slots else 1.0
        if unit is None:
            return None
        every = 2 if "other" in words.key(slots.get("setword", "")) else 1
        return Norm("SET", duration_value((amount or 1) * unit[1] * every, unit[0]))
    if "weekday" in slots and (iso := words.weekday(slots["weekday"])):
        return Norm("SET", f"XXXX-WXX-{iso}")
    if "daypart" in slots and (code := words.daypart(slots["daypart"])):
        return Norm("SET", f"XXXX-XX-XXT{code}")
    if "season" in slots and (code := words.season(slots["season"])):
        return Norm("SET", f"XXXX-{code}")
    if "month" in slots and (number := words.month(slots["month"])):
        return Norm("SET", f"XXXX-{number:02d}")
    return None


def set_times(slots: dict[str, str], ctx: Context) -> Norm | None:
    unit = words.unit(slots["unit"])
    return Norm("SET", duration_value(unit[1], unit[0])) if unit else None


def frequency(slots: dict[str, str], ctx: Context) -> Norm | None:
    value = words.frequency(slots["freq"])
    return Norm("SET", value) if value else None
