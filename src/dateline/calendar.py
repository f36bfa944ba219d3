"""Calendar arithmetic on ISO dates: birth intervals and year and month shifts."""

from __future__ import annotations

from datetime import date, timedelta


def shift_years(day: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def birth_interval(published: str | None, age: int, years: int = 1) -> tuple[str | None, str | None]:
    """Birth dates of someone `age` years old on `published`.

    From published - (age + 1) years + 1 day to published - age years:
    "Legend, 43," on 2022-05-16 was born 1978-05-17 ... 1979-05-16.
    `years` widens the range for approximate ages ("in her 60s": age 60, 10 years).
    """
    if published is None:
        return None, None
    day = date.fromisoformat(published[:10])
    earliest = shift_years(day, -(age + years)) + timedelta(days=1)
    latest = shift_years(day, -age)
    return earliest.isoformat(), latest.isoformat()


def shift_months(day: date, months: int) -> date:
    """The same day of the month `months` later, or the month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, d))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def _month_end(day: date) -> date:
    return shift_months(day.replace(day=1), 1) - timedelta(days=1)


def birth_interval_in(published: str | None, amount: int, unit: str) -> tuple[str | None, str | None]:
    """Birth dates of someone `amount` months (M), weeks (W) or days (D) old on `published`.

    As for years: from published - (amount + 1) units + 1 day to published - amount units,
    so "nine months old" on 2022-05-16 was born 2021-07-17 ... 2021-08-16.
    """
    if published is None:
        return None, None
    if unit == "Y":
        return birth_interval(published, amount)
    day = date.fromisoformat(published[:10])
    if unit == "M":
        earliest, latest = shift_months(day, -(amount + 1)), shift_months(day, -amount)
        if (day + timedelta(days=1)).month != day.month:
            # on a month's last day every later day of those months has its monthly birthday
            # cut to it too (born 31 March: one month old on 30 April)
            earliest, latest = _month_end(earliest), _month_end(latest)
    else:
        days = 7 if unit == "W" else 1
        earliest, latest = day - timedelta(days=days * (amount + 1)), day - timedelta(days=days * amount)
    return (earliest + timedelta(days=1)).isoformat(), latest.isoformat()


def intersect(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> tuple[str | None, str | None] | None:
    """The common part of two intervals of ISO dates (None ends are open), or None if disjoint."""
    lo = max((x for x in (a[0], b[0]) if x), default=None)
    hi = min((x for x in (a[1], b[1]) if x), default=None)
    if lo and hi and lo > hi:
        return None
    return lo, hi
