"""Normalization: the slots of a matched time expression to a TIMEX3 type, value and mod.

Each construction of the grammar has one reader: dates said outright and named
days in `dates`, times of day in `clock`, durations and offsets in `amounts`,
recurring times in `recurring`, named periods in `periods`. Relative
expressions count from the publication date or, when they are narrative ("a
year later", "the next day", "that week"), from the time last mentioned, which
the caller keeps in `Context.anchor`. Intervals follow from the value's period
and its mod (see `interval`).
"""

from __future__ import annotations

from collections.abc import Callable

from . import words
from .amounts import compact_duration, duration, period_ended, units
from .clock import clock_time, daypart, daypart_on
from .compose import nth_in, week_of, weekday_of_week, weekdays_from
from .context import Context, Norm
from .dates import (
    century_date, day_of_month, decade_date, deictic_day, month_of_year, named_month, named_season, named_weekday,
    numeric_date, reference_date, separated_date, weekday_beside, written_date, year_date,
)
from .durations import duration_hm, duration_sum, duration_value
from .events import numeric_event, prefixed_event
from .holidays import holiday
from .periods import det_period, period, period_end, quarter_code, year_ago
from .recurring import frequency, recurring, set_times
from .values import part_of


def normalize(rule: str, slots: dict[str, str], ctx: Context) -> Norm | None:
    """The normalized expression, or None when the words do not make a time."""
    reader = READERS.get(rule)
    if reader is None:
        return None
    try:
        norm = reader(slots, ctx)
    except (ValueError, OverflowError, KeyError):
        return None
    if norm is None:
        return None
    if norm.period is not None and norm.type in ("DATE", "TIME"):
        _apply_part(norm, slots, ctx)
        norm.value = norm.value or norm.period.value
        interval(norm, ctx)
    elif norm.type == "DATE" and norm.value and norm.value.endswith("_REF"):
        interval(norm, ctx)
    return norm


def inner(text: str, ctx: Context) -> Norm | None:
    """The first time expression of `text` that is a DATE or TIME, normalized in the same context."""
    from .grammar import grammar

    for match in grammar().find(text):
        norm = normalize(match.rule, match.slots, ctx)
        if norm is not None and norm.period is not None and norm.type in ("DATE", "TIME"):
            return norm
    return None


def _apply_part(norm: Norm, slots: dict[str, str], ctx: Context) -> None:
    if "part" in slots:
        norm.mod = words.part_mod(slots["part"]) or norm.mod
        first = words.key(slots["part"]).split()[0]
        if first in ("earlier", "later"):
            norm.mod = "START" if first == "earlier" else "END"
            norm.relative = norm.from_publication = True
    elif "end" in slots:
        norm.mod = "END"


def interval(norm: Norm, ctx: Context) -> None:
    """earliest/latest of a DATE or TIME: its period's days, narrowed by its mod.

    START/MID/END keep the first, middle or last third; "earlier"/"later this
    year" run from the start of the period to publication or from publication
    to its end. BEFORE/AFTER leave one side open; a time after a narrative
    anchor in a clause that is not in the future ends at publication.
    """
    dct = ctx.dct
    if norm.period is None:
        ref = {"PRESENT_REF": (dct, dct), "PAST_REF": (None, dct), "FUTURE_REF": (dct, None)}
        norm.earliest, norm.latest = ref.get(norm.value or "", (None, None))
        return
    first, last = norm.bounds or (norm.period.start, norm.period.end)
    mod = norm.mod
    if norm.from_publication and dct and norm.period.holds(dct) and not norm.narrative:
        first, last = (first, dct) if mod == "START" else (dct, last)
    elif mod in ("START", "MID", "END"):
        first, last = part_of(first, last, mod)
    elif mod in ("AFTER", "ON_OR_AFTER"):
        last = dct if dct and norm.narrative and ctx.tense != "future" and first <= dct else None
    elif mod in ("BEFORE", "ON_OR_BEFORE"):
        first = None
    norm.earliest, norm.latest = first, last


def _time(slots: dict[str, str], ctx: Context) -> Norm | None:
    """A clock time, the date said with it read through `inner`."""
    return clock_time(slots, ctx, inner)


READERS: dict[str, Callable[[dict[str, str], Context], Norm | None]] = {
    "holiday": holiday,
    "time": _time,
    "time_on": _time,
    "time_at": _time,
    "time_range": _time,
    "duration_hm": duration_hm,
    "time_part": _time,
    "daypart": daypart,
    "daypart_on": lambda slots, ctx: daypart_on(slots, ctx, inner),
    "date": written_date,
    "date_dm": written_date,
    "date_numeric": numeric_date,
    "numeric_event": numeric_event,
    "event_prefixed": prefixed_event,
    "date_sep": separated_date,
    "dom_only": day_of_month,
    "nth_in": lambda slots, ctx: nth_in(slots, ctx, inner),
    "weekday_week": lambda slots, ctx: weekday_of_week(
        {"weekday": slots.get("weekday") or slots["weekday2"], "week": slots.get("week") or slots["week2"]}, ctx, inner
    ),
    "week_of": lambda slots, ctx: week_of(slots, ctx, inner),
    "weekdays_from": weekdays_from,
    "date_card": written_date,
    "month_year": month_of_year,
    "set": recurring,
    "set_times": set_times,
    "frequency": frequency,
    "duration": duration,
    "period_ended": period_ended,
    "duration_sum": duration_sum,
    "duration_compact": compact_duration,
    "quarter_code": quarter_code,
    "period": period,
    "det_period": det_period,
    "period_beside": lambda slots, ctx: period(
        {"det": "the", "mods": "previous " if words.key(slots["side"]) == "before" else "following ", "head": slots["head"]}, ctx),
    "decade": decade_date,
    "decade_short": decade_date,
    "century": century_date,
    "season": named_season,
    "month": named_month,
    "weekday": named_weekday,
    "weekday_beside": weekday_beside,
    "year": year_date,
    "year_short": year_date,
    "year_ago": year_ago,
    "period_end": period_end,
    "deictic": deictic_day,
    "ref": reference_date,
    "units": units,
    "game_minute": lambda slots, ctx: Norm("TIME", None, game_clock=True),
    "weekday_hours": lambda slots, ctx: Norm("SET", None),
}

__all__ = ["Context", "Norm", "duration_value", "interval", "normalize"]
