"""Publication dates as crawlers and pages write them, to "YYYY-MM-DD"."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

from ..errors import Warnings
from .base import Problem

# Formats seen in crawler output besides ISO 8601 and RFC 2822.
_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M:%S",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d-%b-%Y",
    "%d-%b-%Y %H:%M:%S.%f",
    "%d-%b-%Y %H:%M:%S",
    "%Y%m%d",
)
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
# The clock time after an ISO date, checked: "2022-05-16T25:61:00Z" is no time at all.
_ISO_TIME = re.compile(r"[T ](\d{1,2}):(\d{2})(?::(\d{2}))?")
FIRST_YEAR = 1800  # news archives reach back this far; earlier "dates" are placeholders (0001-01-01)


def year_range() -> tuple[int, int]:
    """The publication years accepted: FIRST_YEAR to next year (clocks and time zones run ahead)."""
    return FIRST_YEAR, date.today().year + 1


def read_date(value: object, source: str) -> tuple[str | None, Problem | None]:
    """(published, problem) of a crawler's date field: unknown with a warning when it is no date or out of range."""
    if value is None or value == "":
        return None, None
    day = parse_date(value, check_range=False)
    if day is None:
        return None, Problem(Warnings.W003.format(source=source, value=str(value)[:40]))
    lo, hi = year_range()
    if not lo <= int(day[:4]) <= hi:
        return None, Problem(Warnings.W022.format(source=source, value=str(value)[:40], lo=lo, hi=hi))
    return day, None


def parse_date(value: object, *, check_range: bool = True) -> str | None:
    """The date part of a publication date, or None when it cannot be read.

    Accepts ISO dates and datetimes (with or without zone; an impossible clock
    time makes the whole value unreadable), RFC 2822 (`pubDate` of RSS),
    eight-digit numbers as YYYYMMDD, longer ones as Unix timestamps, and a few
    common spelled-out forms. The calendar date is the one written: no
    time-zone conversion. check_range: years outside `year_range()` give None.
    """
    day = _parse(value)
    if day is not None and check_range:
        lo, hi = year_range()
        if not lo <= int(day[:4]) <= hi:
            return None
    return day


def _parse(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and 10_000_000 <= value <= 99_999_999:
        return _from_text(str(value))  # 20220516, not 1970-08-23
    if isinstance(value, (int, float)):
        return _from_timestamp(value) if abs(value) >= 100_000_000 else None
    text = str(value).strip()
    if not text:
        return None
    return _from_text(text)


_CLOCK = re.compile(r"[T ](\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_clock(value: object) -> str | None:
    """The time of day written with a publication date ("HH:MM:SS"), or None when it gives none.

    As written: no time-zone conversion, like `parse_date`; a timestamp's is UTC.
    """
    if isinstance(value, datetime):
        return value.strftime("%H:%M:%S")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if parse_date(value) is None or len(str(int(value))) <= 8:
            return None  # not a date, or YYYYMMDD: no time of day
        stamp = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(stamp, tz=timezone.utc).strftime("%H:%M:%S")
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or parse_date(value) is None:
        return None
    m = _CLOCK.search(value.strip())
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return f"{int(m.group(1)):02d}:{m.group(2)}:{m.group(3) or '00'}"


def _from_timestamp(value: float) -> str | None:
    if value != value:  # NaN
        return None
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _from_text(text: str) -> str | None:
    if _ISO_PREFIX.match(text):
        clock = _ISO_TIME.match(text, 10)
        if clock and not _possible_time(*clock.groups()):
            return None
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    if text.isdigit() and 9 <= len(text) <= 13:
        return _from_timestamp(int(text))
    return _from_loose(text)


_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_WEEKDAY = re.compile(r"\A(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+", re.I)
_NUMERIC = re.compile(r"\A(\d{1,2})[/.](\d{1,2})[/.](\d{4})\Z")


def _from_loose(text: str) -> str | None:
    """Dates as people type them on a date line: "March 14th, 2025", "Friday, 14 March 2025", and a numeric
    day and month only one order can read ("14/03/2025", "03/14/2025"); "03/04/2025" stays unread."""
    numeric = _NUMERIC.match(text)
    if numeric is not None:
        a, b, year = (int(g) for g in numeric.groups())
        day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (0, 0)
        try:
            return date(year, month, day).isoformat() if day else None
        except ValueError:
            return None
    cleaned = _ORDINAL.sub(r"\1", _WEEKDAY.sub("", text))
    if cleaned == text:
        return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _possible_time(hour: str, minute: str, second: str | None) -> bool:
    h, m, s = int(hour), int(minute), int(second or 0)
    return (h < 24 and m < 60 and s <= 60) or (h == 24 and m == 0 and s == 0)
