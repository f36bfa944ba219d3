"""The plain "dateline" text format: a first line `date YYYY-MM-DD`, then the text.

The text may follow the date on the same line (as in the founding article) or
start on the next one; a spelled date ("date: 16 May 2022") stands alone on its line.
A file without a date line is read with published = null.
Header lines may follow the date line, one a line, before the text:
`title …`, `author …`, `url …`, `outlet …` (a colon after the key is allowed; "Title:" with its colon in any
case). "Date" and "DATE" open a date line too when a date follows that can be read; the date may be spelled
("March 14th, 2025", "Friday, 14 March 2025") or numeric when only one order reads it ("14/03/2025").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import Warnings
from ..records import Article
from .base import Problem, ReadOptions, build_article, decode
from .dates import parse_clock, parse_date, read_date

# "date" then something that starts like a date; anything else is article text.
_DATE_LINE = re.compile(r"\A\s*((?i:date)):?[ \t]+(\d\S*)[ \t]*")
# a spelled date alone on the date line ("date: 16 May 2022", "date May 16, 2022"), read when the first word is none
_SPELLED_DATE_LINE = re.compile(r"\A\s*(?i:date):?[ \t]+([^\n]{1,40}?)[ \t]*(?:\n|\Z)")
_HEADER = re.compile(r"[ \t]*(?i:(title|author|url|outlet)):?[ \t]+(\S[^\n]*?)[ \t]*(?:\n|\Z)")
_TIME_PART = re.compile(r"\A[ \t]*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)(?=\s)")


def split_date_line(text: str, source: str) -> tuple[str | None, str | None, str, Problem | None]:
    """(published, its time of day, body, problem) of a dateline text."""
    match = _DATE_LINE.match(text)
    spelled = _SPELLED_DATE_LINE.match(text)
    if spelled is not None and (match is None or parse_date(match.group(2), check_range=False) is None) and (
            parse_date(spelled.group(1), check_range=False) is not None):  # "date: 16 May 2022" alone on its line
        return _dated(spelled.group(1), "\n" + text[spelled.end():], source)
    if match is not None and match.group(1) != "date" and parse_date(match.group(2), check_range=False) is None:
        match = None  # "Date 5 of the tour …": "Date" or "DATE" is a date line only before a date it can read
    if match is None:
        return None, None, text, Problem(Warnings.W001.format(source=source, what="date line"))
    return _dated(match.group(2), text[match.end():], source)


def _dated(value: str, rest: str, source: str) -> tuple[str | None, str | None, str, Problem | None]:
    """(published, time of day, body, problem) of a date line's value and the text after it."""
    time = _TIME_PART.match(rest)  # "date 2022-05-16 10:30 ..." keeps the time with the date
    if time is not None:
        value, rest = f"{value} {time.group(1)}", rest[time.end():]
    published, problem = read_date(value, source)
    return published, parse_clock(value) if published else None, rest, problem


def split_headers(body: str) -> tuple[dict[str, str], str]:
    """The header lines opening the body (after the date line), and the text after them."""
    headers: dict[str, str] = {}
    at = 0
    if body[:1] not in ("\n", "\r"):
        return headers, body  # the text runs on the date line: no headers
    while True:
        while at < len(body) and body[at] in "\r\n":
            at += 1
        match = _HEADER.match(body, at)
        if match is not None and not match.group(1).islower() and body[match.end(1):match.end(1) + 1] != ":":
            match = None  # "Author Jane Smith has died": a capitalized key is a header only with its colon
        if match is None or match.group(1).lower() in headers:
            return headers, body[at:] if headers else body
        headers[match.group(1).lower()] = match.group(2)  # "Title:" as "title"
        at = match.end()


def read_text(data: bytes, source: str, options: ReadOptions) -> Iterator[Article | Problem]:
    text, problem = decode(data, source)
    if problem:
        yield problem
    published, published_time, body, problem = split_date_line(text, source)
    if problem and problem.code == "W001" and not text.strip():
        problem = None  # an empty file is W005 alone: "no date line" would be a second warning about nothing
    if problem and not (options.published and problem.code == "W001"):
        yield problem
    if problem is not None and problem.code == "W001":
        body = "\n" + body  # no date line: headers may open the file
    headers, body = split_headers(body)
    yield build_article(
        body,
        source=source,
        options=options,
        published=published,
        published_time=published_time,
        title=headers.get("title"),
        url=headers.get("url"),
        outlet=headers.get("outlet"),
        author=headers.get("author"),
    )
