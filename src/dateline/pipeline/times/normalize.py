"""Normalization: the slots of a matched time expression to a TIMEX3 type, value and mod.

Each construction of the grammar has one reader here. Relative expressions
count from the publication date or, when they are narrative ("a year
later", "the next day", "that week"), from the time last mentioned, which the
caller keeps in `Context.anchor`. Intervals follow from the value's period
and its mod (see `interval`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from . import resolve
from . import words
from .context import Context, Norm
from .durations import duration_hm, duration_sum, duration_value
from .events import numeric_event, prefixed_event
from .values import GRAN_OF_UNIT, SEASON_START, Period, add, part_of

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


# -- explicit dates -----------------------------------------------------------


def _dom(text: str) -> int | None:
    """The day of a day-of-month: "15th", "15", "first", "twenty-ninth"."""
    digits = "".join(c for c in text if c.isdigit())
    if digits:
        return int(digits)
    n = words.ordinal(text) or words.number(text)
    return int(n) if n and n == int(n) else None


def _date(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _numeric(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _dom_only(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _date_sep(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"31/Oct/1974", "31-Oct-74"."""
    year = slots["year"] if len(slots["year"]) == 4 else f"'{slots['year']}"
    return _date({**slots, "year": year}, ctx)


def _month_year(slots: dict[str, str], ctx: Context) -> Norm | None:
    month = words.month(slots["month"])
    year = resolve.year(slots["year"], ctx.dct)
    if month is None or year is None:
        return None
    return Norm("DATE", period=Period("M", date(year, month, 1)))


def _year(slots: dict[str, str], ctx: Context) -> Norm | None:
    year = resolve.year(slots["year"], ctx.dct)
    return Norm("DATE", period=Period("Y", date(year, 1, 1))) if year else None


def _decade(slots: dict[str, str], ctx: Context) -> Norm | None:
    first = resolve.decade(slots["decade"], ctx.dct)
    return Norm("DATE", period=Period("E", date(first, 1, 1)), relative=not slots["decade"][:1].isdigit()) if first else None


def _century(slots: dict[str, str], ctx: Context) -> Norm | None:
    text = slots["century"]
    n = words.ordinal(text)
    if n is not None:
        return Norm("DATE", period=Period("C", date(max(1, (n - 1) * 100), 1, 1)))
    rel = words.relative(text)
    if rel is None or ctx.dct is None:
        return None
    return Norm("DATE", period=Period.of("C", ctx.dct).next(rel[0]), relative=True)


# -- named days, months, seasons ---------------------------------------------


def _step(slots: dict[str, str]) -> tuple[int | None, bool]:
    """The step of a relative word and whether it counts from the narrative."""
    rel = words.relative(slots["rel"]) if "rel" in slots else None
    return (rel[0], rel[1] == "narrative") if rel else (None, False)


def _month(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _weekday(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _season(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _deictic(slots: dict[str, str], ctx: Context) -> Norm | None:
    days, part = words.deictic(slots["deictic"]) or (None, "")
    if days is None or ctx.dct is None:
        return None
    day = ctx.dct + timedelta(days=days)
    if part:
        return Norm("TIME", period=Period("T", day, clock=f"T{part}"), relative=True)
    return Norm("DATE", period=Period("D", day), relative=True)


def _ref(slots: dict[str, str], ctx: Context) -> Norm | None:
    value = words.reference(slots["ref"])
    return Norm("DATE", value, relative=True) if value else None


# -- times of day -------------------------------------------------------------


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


def _time(slots: dict[str, str], ctx: Context) -> Norm | None:
    """A clock time, on the day it names ("Tuesday at 10 a.m.") or else the day talked about."""
    found = words.clock_time(slots.get("clock") or slots.get("bare") or slots.get("hclock") or "")
    if found is None:
        return None
    hour, minute, second, fixed = found
    day, narrative, part = _day_of_clock(slots, ctx)
    if not fixed and part in ("AF", "EV", "NI") and hour < 12:
        hour += 12  # "this afternoon at 3", "8 tonight"
    if ctx.now and day == ctx.dct and not narrative and "when" not in slots and ctx.tense == "future" and (hour, minute) < ctx.now[:2]:
        if not fixed and part is None and 1 <= hour < 12 and (hour + 12, minute) > ctx.now[:2]:
            hour += 12  # "at 3:30" said at 4:30 about what is coming: the next time the clock shows it, 15:30
        else:
            day = day + timedelta(days=1)  # "at 3am" said at 4:30 about what is coming: tomorrow's
    mod = words.quantity_mod(slots["qmod"]) if "qmod" in slots else None
    clock = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    when = slots.get("when") or ""
    if when.lower().endswith("s") and (iso := words.weekday(when)) is not None:
        return Norm("SET", f"XXXX-WXX-{iso}{clock}", mod)  # "4pm on Sundays": every Sunday
    if day is None:
        return Norm("TIME", f"XXXX-XX-XX{clock}", mod)
    return Norm("TIME", mod=mod, period=Period("T", day, clock=clock), narrative=narrative, relative=True)


def inner(text: str, ctx: Context) -> Norm | None:
    """The first time expression of `text` that is a DATE or TIME, normalized in the same context."""
    from .grammar import grammar

    for match in grammar().find(text):
        norm = normalize(match.rule, match.slots, ctx)
        if norm is not None and norm.period is not None and norm.type in ("DATE", "TIME"):
            return norm
    return None


def _day_of_clock(slots: dict[str, str], ctx: Context) -> tuple[date | None, bool, str | None]:
    """(day, narrative, part-of-day code) of a clock time from the date said with it, read by the grammar itself."""
    text = slots.get("when") or slots.get("part")
    if not text:
        day, narrative = _day_of(None, ctx)
        return day, narrative, None
    text = re.sub(r"^(?:in the |in |the (?=\S+$))", "", text.strip(), flags=re.I)  # "(in) the evening at eight"
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


def _daypart_on(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"February the 15th in the morning": the part of the day of a date the grammar reads."""
    code = words.daypart(slots["daypart"])
    day = inner(slots["on"], ctx)
    if code is None or day is None or day.period.gran not in ("D", "T"):
        return None
    return Norm("TIME", period=Period("T", day.period.start, clock=f"T{code}"), narrative=day.narrative, relative=day.relative)


def _daypart(slots: dict[str, str], ctx: Context) -> Norm | None:
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


# -- amounts of time: durations and offsets -------------------------------------------


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



def _duration(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _duration_compact(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _period_ended(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"the year ended Sept. 30": TimeBank reads the length of the period."""
    unit = words.unit(slots["unit"])
    return Norm("DURATION", duration_value(unit[1], unit[0])) if unit else None


def _units(slots: dict[str, str], ctx: Context) -> Norm | None:
    unit = words.unit(slots["unit"])
    if unit is None:
        return None
    mod = words.quantity_mod(slots["qmod"]) if "qmod" in slots else None
    return Norm("DURATION", duration_value(None, unit[0]), mod)


# -- recurring times -------------------------------------------------------------


def _set(slots: dict[str, str], ctx: Context) -> Norm | None:
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


def _set_times(slots: dict[str, str], ctx: Context) -> Norm | None:
    unit = words.unit(slots["unit"])
    return Norm("SET", duration_value(unit[1], unit[0])) if unit else None


def _frequency(slots: dict[str, str], ctx: Context) -> Norm | None:
    value = words.frequency(slots["freq"])
    return Norm("SET", value) if value else None


# -- the part of a period, and intervals ----------------------------------------------


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


# -- named periods: "the third quarter", "last year", "the year-earlier period" -----------

from .compose import nth_in, week_of, weekday_of_week, weekdays_from  # noqa: E402
from .holidays import holiday, moved_day  # noqa: E402
from .periods import det_period, period, period_end, quarter_code, year_ago  # noqa: E402

READERS: dict[str, Callable[[dict[str, str], Context], Norm | None]] = {
    "holiday": holiday,
    "time": _time,
    "time_on": _time,
    "time_at": _time,
    "duration_hm": duration_hm,
    "time_part": _time,
    "daypart": _daypart,
    "daypart_on": _daypart_on,
    "date": _date,
    "date_dm": _date,
    "date_numeric": _numeric,
    "numeric_event": numeric_event,
    "event_prefixed": prefixed_event,
    "date_sep": _date_sep,
    "dom_only": _dom_only,
    "nth_in": lambda slots, ctx: nth_in(slots, ctx, inner),
    "weekday_week": lambda slots, ctx: weekday_of_week(
        {"weekday": slots.get("weekday") or slots["weekday2"], "week": slots.get("week") or slots["week2"]}, ctx, inner
    ),
    "week_of": lambda slots, ctx: week_of(slots, ctx, inner),
    "weekdays_from": weekdays_from,
    "date_card": _date,
    "month_year": _month_year,
    "set": _set,
    "set_times": _set_times,
    "frequency": _frequency,
    "duration": _duration,
    "period_ended": _period_ended,
    "duration_sum": duration_sum,
    "duration_compact": _duration_compact,
    "quarter_code": quarter_code,
    "period": period,
    "det_period": det_period,
    "decade": _decade,
    "decade_short": _decade,
    "century": _century,
    "season": _season,
    "month": _month,
    "weekday": _weekday,
    "year": _year,
    "year_short": _year,
    "year_ago": year_ago,
    "period_end": period_end,
    "deictic": _deictic,
    "ref": _ref,
    "units": _units,
    "game_minute": lambda slots, ctx: Norm("TIME", None, game_clock=True),
    "weekday_hours": lambda slots, ctx: Norm("SET", None),
}

__all__ = ["Context", "Norm", "duration_value", "interval", "normalize"]
