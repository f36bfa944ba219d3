"""Durations said as one amount of several units ("2 years 3 months", "1 hour thirty") and ISO duration values."""

from __future__ import annotations

import re

from . import words
from .context import Context, Norm


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: P20W, PT3H; fractions spill into the next unit (P2Y6M, PT1M30S); unknown PXY."""
    small = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    if amount is None:
        return f"PTX{letter}" if small else f"PX{letter}"
    whole, rest = int(amount), amount - int(amount)
    spill = _SPILL.get(unit)
    if rest and spill and (rest * spill[1]).is_integer():
        tail = duration_value(rest * spill[1], spill[0])[1:]
        head = f"{whole}{letter}" if whole else ""
        if small or spill[0] not in ("H", "MIN", "S") or tail.startswith("T"):
            return "P" + (("T" + head + tail[1:]) if small else head + tail)
        return f"P{head}T{tail}"
    number = f"{whole}" if not rest else f"{amount:g}"
    return f"PT{number}{letter}" if small else f"P{number}{letter}"


# Where a fraction of a unit goes: half a year is six months.
_SPILL = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60), "W": ("D", 7), "E": ("Y", 10), "C": ("Y", 100)}


_PART = re.compile(r"(.+?)[\s-]+(\S+)$")
_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")


def _pieces(text: str) -> list[str]:
    """ "2 years 3 months", "1 year, 2 days and 4 seconds": each amount with its unit."""
    pieces, current = [], []
    for word in re.split(r"[\s,]+", text):
        if not current and word == "and":
            continue
        current.append(word)
        if words.unit(word.rsplit("-", 1)[-1]) is not None and len(current) > 1 or "-" in word and words.unit(word.rsplit("-", 1)[-1]):
            pieces.append(" ".join(current))
            current = []
    return pieces + ([" ".join(current)] if current else [])


def duration_sum(slots: dict[str, str], ctx: Context) -> Norm | None:
    """Amounts of several units said as one ("2 years and 3 months"): P2Y3M."""
    counts: dict[str, float] = {}
    pieces = _pieces(words.key(slots["parts"]))
    if (rate := _rate(pieces)) is not None:
        return rate
    for piece in pieces:
        m = _PART.match(piece.strip())
        unit = words.unit(m.group(2)) if m else None
        amount = words.number(m.group(1)) if m else None
        if unit is None or amount is None or unit[0] not in _ORDER:
            return None
        counts[unit[0]] = counts.get(unit[0], 0) + amount * unit[1]
    if len(counts) < 2:
        return None
    date_part = "".join(f"{counts[u]:g}{u}" for u in _ORDER[:4] if u in counts)
    time_part = "".join(f"{counts[u]:g}{u[0]}" for u in _ORDER[4:] if u in counts)
    return Norm("DURATION", "P" + date_part + (f"T{time_part}" if time_part else ""))


def _rate(pieces: list[str]) -> Norm | None:
    """ "three days a week", "two hours a day": so much of each larger unit, a SET of that unit (TimeML: "twice
    a week" is P1W), not a sum (P1W3D)."""
    if len(pieces) != 2 or not (m := _PART.match(pieces[1].strip())) or m.group(1) not in ("a", "an", "per"):
        return None
    first, per = _PART.match(pieces[0].strip()), words.unit(m.group(2))
    unit = words.unit(first.group(2)) if first else None
    if per is None or unit is None or per[0] not in _ORDER or unit[0] not in _ORDER or _ORDER.index(per[0]) >= _ORDER.index(unit[0]):
        return None
    return Norm("SET", duration_value(per[1], per[0]))


def duration_hm(slots: dict[str, str], ctx: Context) -> Norm | None:
    """ "1 hour thirty": hours and minutes."""
    hours, minutes = words.number(slots["hours"]), words.number(slots["minutes"])
    if hours is None or minutes is None or not 0 < minutes < 60:
        return None
    return Norm("DURATION", duration_value(hours * 60 + minutes, "MIN"))
