"""Placing partial dates: the year of "Sept. 30", the day of "Friday", the summer of "last summer".

A partial date is put where the clause's tense says: on or before the
publication date for the past, on or after it for the future, and at the
nearest occurrence when the tense does not tell.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import words
from .values import SEASON_START, Period, add_months, easter, orthodox_easter, weekday_on_or_after

# How much further a date may be on the side its clause's tense points to (about eight months).
TENSE_PENALTY_DAYS = 250
# News mostly reports what has happened: without a tense, a date ahead counts two months further.
UNTENSED_FUTURE_DAYS = 60


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick(candidates: list[date], dct: date, tense: str | None, step: int | None = None) -> date | None:
    """The candidate the tense or a relative word points to.

    step -1 (last): the latest strictly before publication; +1 (next): the first
    strictly after; 0 (this) and no step: by tense, else the nearest.
    """
    candidates = sorted(c for c in candidates if c is not None)
    if not candidates:
        return None
    if step == -1:
        before = [c for c in candidates if c < dct]
        return before[-1] if before else None
    if step == 1:
        after = [c for c in candidates if c > dct]
        return after[0] if after else None
    if tense == "past":
        before = [c for c in candidates if c <= dct]
        if before:
            return before[-1]
    if tense == "future":
        after = [c for c in candidates if c >= dct]
        if after:
            return after[0]
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct))


def nearest(candidates: list[date], dct: date, tense: str | None, penalty: int) -> date | None:
    """The nearest candidate, counting `penalty` more days for one on the side the tense rules out.

    The tense wins unless the other side is much nearer: "In January, ..." in
    a past clause of October is last January, though next January is nearer.
    Without a tense, the past is slightly preferred.
    """
    def cost(c: date) -> tuple[int, bool]:
        days = abs((c - dct).days)
        against = (tense == "past" and c > dct) or (tense == "future" and c < dct)
        if tense is None and c > dct:
            days += UNTENSED_FUTURE_DAYS
        return days + (penalty if against else 0), c > dct

    candidates = [c for c in candidates if c is not None]
    return min(candidates, key=cost) if candidates else None


def month_day(dct: date, month: int, day: int, tense: str | None, penalty: int = TENSE_PENALTY_DAYS) -> date | None:
    """The year of a date written without one."""
    options = [safe_date(dct.year + k, month, day) for k in (-1, 0, 1)]
    return nearest(options, dct, tense, penalty)


def month(dct: date, number: int, step: int | None, tense: str | None, penalty: int = TENSE_PENALTY_DAYS) -> Period | None:
    """The month named without a year; compared by months, not days."""
    here = dct.replace(day=1)
    options = [date(dct.year + k, number, 1) for k in (-1, 0, 1)]
    if step == 0:
        return Period("M", date(dct.year, number, 1))
    chosen = pick(options, here, tense, step) if step is not None else nearest(options, here, tense, penalty)
    return Period("M", chosen) if chosen else None


def weekday(dct: date, iso: int, step: int | None, tense: str | None) -> date:
    """The day of a weekday named alone, or with last/next/this."""
    if step == 0:
        return dct - timedelta(days=dct.isoweekday() - iso)
    options = [dct + timedelta(days=(iso - dct.isoweekday()) % 7 + 7 * k) for k in (-2, -1, 0, 1)]
    chosen = pick(options, dct, tense, step)
    return chosen or dct


def season(dct: date, code: str, step: int | None, tense: str | None) -> Period:
    start = SEASON_START[code]
    this_year = dct.year - 1 if code == "WI" and dct.month < 3 else dct.year
    options = [date(this_year + k, start, 1) for k in (-1, 0, 1)]
    current = Period.of("S", dct)
    if step == 0 or (step is None and current.season == code):
        return Period("S", options[1], code)
    if step in (-1, 1):
        ends = {o: add_months(o, 3) - timedelta(days=1) for o in options}
        if step == -1:
            chosen = max(o for o in options if ends[o] < dct)
        else:
            chosen = min(o for o in options if o > dct)
        return Period("S", chosen, code)
    mids = {o + timedelta(days=45): o for o in options}
    chosen = pick(list(mids), dct, tense)
    return Period("S", mids[chosen], code)


Days = tuple[date, date]


def holiday_days(row: tuple[str, ...], year: int) -> list[Days]:
    """The (first, last) days of a holiday that begin in a year, by its rule in holidays.tsv."""
    kind = row[0]
    if kind == "fixed":
        mm, dd = row[1].split("-")
        day = safe_date(year, int(mm), int(dd))
        if day is None:
            return []
        shift = row[2] if len(row) > 2 else ""
        if shift == "sun-1" and day.isoweekday() == 7:
            day -= timedelta(days=1)
        elif shift == "weekend" and day.isoweekday() >= 6:
            day += timedelta(days=-1 if day.isoweekday() == 6 else 1)
        return [(day, day)]
    if kind == "weekday":
        mm, dd = row[1].split("-")
        day = weekday_on_or_after(date(year, int(mm), int(dd)), int(row[2]))
        return [(day, day)]
    if kind in ("easter", "orthodox"):
        sunday = easter(year) if kind == "easter" else orthodox_easter(year)
        first = sunday + timedelta(days=int(row[1]))
        last = sunday + timedelta(days=int(row[2])) if len(row) > 2 and row[2] else first
        return [(first, last)]
    if kind == "table":
        found = words.holiday_dates(row[1]).get(year, [])
        if len(row) > 2 and row[2]:
            return [(first + timedelta(days=int(row[2])),) * 2 for first, _ in found]
        return list(found)
    if kind == "lastweekday":
        found = words.holiday_dates(row[1]).get(year, [])
        days = [last - timedelta(days=(last.isoweekday() - int(row[2])) % 7) for _, last in found]
        return [(d, d) for d in days]
    return []


def holiday_day(row: tuple[str, ...], year: int) -> Days | None:
    """The first occurrence of a holiday in a year."""
    days = holiday_days(row, year)
    return days[0] if days else None


def holiday(dct: date, row: tuple[str, ...], step: int | None, tense: str | None) -> Days | None:
    """The occurrence a relative word or the tense points to."""
    options = [d for k in (-1, 0, 1) for d in holiday_days(row, dct.year + k)]
    if not options:
        return None
    if step == 0:
        same = [d for d in options if d[0].year == dct.year]
        return same[0] if same else None
    by_first = {d[0]: d for d in options}
    chosen = pick(list(by_first), dct, tense, step)
    return by_first[chosen] if chosen else None


_YY = re.compile(r"['’](\d\d)")


def year(text: str, dct: date | None) -> int | None:
    """A year written in digits, as "'98", or said aloud ("nineteen ninety-four")."""
    t = text.strip()
    if t.isdigit():
        return int(t)
    if m := _YY.fullmatch(t):
        yy = int(m.group(1))
        century = (dct.year // 100 * 100) if dct else 1900
        return century + yy - (100 if dct and century + yy > dct.year + 10 else 0)
    parts = re.split(r"[\s-]+", words.key(t), maxsplit=1)
    if len(parts) != 2:
        return None
    head = words.number(parts[0])
    rest = parts[1]
    if head is None:
        return None
    if rest == "hundred":
        return int(head) * 100
    if rest.startswith("thousand"):  # "two thousand", "two thousand and one"
        tail = words.number(rest[len("thousand") :].replace(" and ", " ").strip() or "0") if rest != "thousand" else 0
        return int(head) * 1000 + int(tail or 0)
    tail = words.number(rest.replace("oh ", "").replace("oh-", ""))
    return int(head) * 100 + int(tail) if tail is not None and tail < 100 else None


def decade(text: str, dct: date | None) -> int | None:
    """The first year of a decade: "1990s" 1990, "'90s" 1990, "the nineties" 1990."""
    t = words.key(text).replace("'", "").replace(" ", "")
    if m := re.fullmatch(r"(\d{4})s", t):
        return int(m.group(1))
    tens = int(m.group(1)) if (m := re.fullmatch(r"(\d)0s", t)) else words.decade_word(t)
    if tens is None:
        return None
    base = dct.year if dct else 1999
    first = base // 100 * 100 + tens * 10
    return first - 100 if first > base else first
