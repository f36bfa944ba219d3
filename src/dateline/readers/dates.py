"""Publication dates as crawlers and pages write them, to "YYYY-MM-DD"."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

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


def parse_date(value: object) -> str | None:
    """The date part of a publication date, or None when it cannot be read.

    Accepts ISO dates and datetimes (with or without zone), RFC 2822
    (`pubDate` of RSS), Unix timestamps and a few common spelled-out forms.
    The calendar date is the one written: no time-zone conversion.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
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
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _from_text(text: str) -> str | None:
    if _ISO_PREFIX.match(text):
        head = text[:10]
        try:
            return date.fromisoformat(head).isoformat()
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
    if text.isdigit() and len(text) >= 9:
        return _from_timestamp(int(text))
    return None
