"""Calendar periods with TimeML values and day intervals: the arithmetic of normalization.

A `Period` is a calendar unit holding a day: a day, ISO week, weekend, month,
season, quarter, half, year, decade or century, identified by its granularity
and its first day. Shifting keeps the granularity ("the third quarter" a year
earlier is the third quarter of the year before).
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta

# Granularities from fine to coarse; WE is a weekend, S a season.
ORDER = {"T": 0, "D": 1, "WE": 2, "W": 3, "M": 4, "S": 5, "Q": 6, "H": 7, "Y": 8, "E": 9, "C": 10, "L": 11}
# Duration units in months (calendar units) or days (the others).
MONTHS_IN = {"M": 1, "S": 3, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200, "L": 12000}
DAYS_IN = {"D": 1, "W": 7, "WE": 7}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_CODE = {month: code for code, month in SEASON_START.items()}
# Duration units that are also calendar periods ("year", "quarter", "weekend"); hours and less are not.
GRAN_OF_UNIT = {"Y": "Y", "M": "M", "W": "W", "D": "D", "Q": "Q", "E": "E", "C": "C", "WE": "WE", "L": "L"}


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later, clipped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9998:
        raise OverflowError(f"year {year} out of range")
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def add(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` units (Y, M, W, D, Q, H, E, C, S, WE)."""
    if unit in MONTHS_IN:
        return add_months(day, amount * MONTHS_IN[unit])
    return day + timedelta(days=amount * DAYS_IN.get(unit, 1))


def floor(day: date, gran: str) -> date:
    """The first day of the period of granularity `gran` that holds `day`."""
    if gran in ("D", "T"):
        return day
    if gran == "W":
        return day - timedelta(days=day.weekday())
    if gran == "WE":
        return day - timedelta(days=(day.weekday() - 5) % 7)
    if gran == "M":
        return day.replace(day=1)
    if gran == "S":  # the meteorological season holding the day; winter starts in December
        month = day.month
        return date(day.year - (month < 3), 12 if month in (12, 1, 2) else month - month % 3, 1)
    if gran == "Q":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if gran == "H":
        return date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == "Y":
        return date(day.year, 1, 1)
    if gran == "E":
        return date(day.year - day.year % 10 or 1, 1, 1)
    if gran == "C":
        return date(max(1, day.year - day.year % 100), 1, 1)
    if gran == "L":
        return date(max(1, day.year - day.year % 1000), 1, 1)
    raise ValueError(gran)


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: granularity, first day, and the season's code for seasons."""

    gran: str
    start: date
    season: str | None = None
    clock: str | None = None  # "T22:00" or "TNI" for times of day (gran T)

    @classmethod
    def of(cls, gran: str, day: date) -> Period:
        start = floor(day, gran)
        return cls(gran, start, SEASON_CODE[start.month] if gran == "S" else None)

    @property
    def end(self) -> date:
        """The last day of the period."""
        if self.gran in ("D", "T"):
            return self.start
        if self.gran == "WE":
            return self.start + timedelta(days=1)
        if self.gran == "W":
            return self.start + timedelta(days=6)
        size = 3 if self.gran == "S" else MONTHS_IN[self.gran]
        return add_months(self.start, size) - timedelta(days=1)

    @property
    def value(self) -> str:
        s, g = self.start, self.gran
        if g == "T":
            return f"{s.isoformat()}{self.clock or ''}"
        if g == "D":
            return s.isoformat()
        if g in ("W", "WE"):
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if g == "WE" else "")
        if g == "M":
            return f"{s.year:04d}-{s.month:02d}"
        if g == "S":
            return f"{s.year:04d}-{self.season}"
        if g == "Q":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g == "H":
            return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
        if g == "Y":
            return f"{s.year:04d}"
        if g == "E":
            return f"{s.year // 10:03d}"
        if g == "C":
            return f"{s.year // 100:02d}"
        return f"{s.year // 1000:01d}"

    def shift(self, amount: int, unit: str) -> Period:
        """The period of the same granularity `amount` units away."""
        moved = add(self.start, amount, unit)
        if self.gran == "T":
            return replace(self, start=moved)
        return Period.of(self.gran, moved)

    def next(self, amount: int = 1) -> Period:
        """The period `amount` periods of its own granularity away (last week: -1)."""
        if self.gran in ("D", "T"):
            return self.shift(amount, "D")
        if self.gran in ("W", "WE"):
            return self.shift(amount, "W")
        return self.shift(amount, "Y" if self.gran == "S" else self.gran)

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end

    def at(self, gran: str) -> Period:
        """The period of granularity `gran` holding this one's first day."""
        return Period.of(gran, self.start)


def part_of(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """The days of a period that a START, MID or END mod keeps: its first, middle or last third."""
    days = (last - first).days + 1
    third = max(1, days // 3)
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    if mod == "MID":
        begin = first + timedelta(days=third)
        return begin, min(last, begin + timedelta(days=max(0, days - 2 * third) - 1))
    return first, last


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_gap = year // 100 - year // 400 - 2
    return date(year, month, day + 1) + timedelta(days=julian_gap)


def weekday_on_or_after(day: date, isoweekday: int) -> date:
    return day + timedelta(days=(isoweekday - day.isoweekday()) % 7)
