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
