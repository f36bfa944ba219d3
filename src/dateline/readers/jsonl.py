"""JSON Lines (and JSON arrays) with the field names of common news crawlers.

news-please and CC-News write `maintext`, `date_publish`, `source_domain`;
other crawlers use `text`/`body`, `published`/`date`/`pubDate`, `outlet`.
A record with no date field is read with published = null and a warning (W001), as a text without a date line.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..errors import Warnings
from ..records import Article
from .base import Problem, ReadOptions, build_article, decode
from .dates import parse_clock, read_date

TEXT_FIELDS = ("maintext", "text", "body")
DATE_FIELDS = ("date_publish", "published", "date", "pubDate")
OUTLET_FIELDS = ("source_domain", "outlet")


def _first(obj: dict[str, Any], names: Iterable[str]) -> Any:
    for name in names:
        value = obj.get(name)
        if value not in (None, ""):
            return value
    return None


def article_from_object(obj: Any, source: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """One crawler record to an Article (or the reasons it is not one)."""
    if not isinstance(obj, dict):
        yield Problem(Warnings.W011.format(source=source))
        return
    text = _first(obj, TEXT_FIELDS)
    if text is None and any(isinstance(obj.get(k), str) for k in TEXT_FIELDS):
        text = ""  # present but empty: an empty article, not a missing field
    if not isinstance(text, str):
        yield Problem(Warnings.W004.format(source=source, fields="/".join(TEXT_FIELDS)))
        return
    raw_date = _first(obj, DATE_FIELDS)
    published, problem = read_date(raw_date, source)
    title = obj.get("title")
    article = build_article(
        text,
        source=source,
        options=options,
        published=published,
        published_time=parse_clock(raw_date) if published else None,
        title=title if isinstance(title, str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        outlet=_first(obj, OUTLET_FIELDS),
        author=_author(obj.get("authors", obj.get("author"))),
    )
    if raw_date is None and isinstance(article, Article):  # a skipped record is warned about once, for its skip
        problem = Problem(Warnings.W001.format(source=source, what="date field (" + "/".join(DATE_FIELDS) + ")"))
    if problem and not options.published:
        yield problem
    yield article


def _author(value: Any) -> str | None:
    """news-please's `authors` list or a plain `author` string."""
    if isinstance(value, list):
        value = " and ".join(v for v in value[:5] if isinstance(v, str) and v.strip())
    return value if isinstance(value, str) and value.strip() else None


def read_jsonl(
    stream: Iterable[bytes], path: str, options: ReadOptions, *, first_line: int = 1
) -> Iterator[Article | Problem]:
    """Each line one record; a bad line is reported as `path:LINE` and the rest still read.

    first_line: the number of the stream's first line, when it starts inside a file.
    """
    warned_utf8 = False
    records = 0
    limit = line_limit(options)
    try:
        for number, raw in enumerate(bounded_lines(stream, limit), start=first_line):
            source = f"{path}:{number}"
            if raw is None:
                records += 1
                yield Problem(Warnings.W007.format(source=source, size=limit + 1, unit="bytes or more", limit=options.max_chars))
                continue
            if not raw.strip():
                continue
            records += 1
            line, problem = decode(raw, source)
            if problem and not warned_utf8:
                warned_utf8 = True
                yield Problem(Warnings.W002.format(source=path))
            obj = _loads(line, source)
            if isinstance(obj, Problem):
                yield obj
                continue
            yield from article_from_object(obj, source, options)
    except (EOFError, OSError, zlib.error) as err:
        yield Problem(Warnings.W014.format(source=path, detail=str(err) or type(err).__name__))
        return
    if records == 0 and first_line == 1:
        yield Problem(Warnings.W020.format(source=path))


def _where(err: json.JSONDecodeError) -> str:
    """"Expecting value at column 1": json's own message ends "at" when a line breaks off inside a string."""
    return f"{err.msg.removesuffix(' at')} at column {err.colno}"


def _loads(line: str, source: str) -> Any:
    """The JSON value of a line, or the Problem saying why there is none."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        cut = err.pos >= len(line.rstrip("\r\n"))  # a record cut off mid-line: json blames the line break
        return Problem(Warnings.W006.format(source=source, detail="the line ends inside the record" if cut else _where(err)))
    except RecursionError:  # a line of a thousand nested brackets: Python's parser recurses
        return Problem(Warnings.W006.format(source=source, detail="nested too deeply"))
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        return Problem(Warnings.W006.format(source=source, detail=str(err)[:80]))


def line_limit(options: ReadOptions) -> int:
    """The longest line read, in bytes: four per character of the longest article (UTF-8), plus its fields."""
    return 4 * options.max_chars + 65_536


def bounded_lines(stream: Iterable[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a stream, None for each line longer than `limit` bytes (which is skipped unread into memory)."""
    readline = getattr(stream, "readline", None)
    if readline is None:  # a list of lines already in memory
        yield from (line if len(line) <= limit else None for line in stream)
        return
    while line := readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip to the end of the long line, in bounded steps
            line = readline(1 << 20)
        yield None


def read_json_document(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """A .json file holding an array of records (or one record)."""
    text, problem = decode(data, path)
    if problem:
        yield problem
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        yield Problem(Warnings.W006.format(source=f"{path}:{err.lineno}", detail=_where(err)))
        return
    except (RecursionError, ValueError) as err:
        detail = "nested too deeply" if isinstance(err, RecursionError) else str(err)[:80]
        yield Problem(Warnings.W006.format(source=path, detail=detail))
        return
    if doc == []:
        yield Problem(Warnings.W020.format(source=path))
        return
    if isinstance(doc, dict):
        yield from article_from_object(doc, path, options)
        return
    if not isinstance(doc, list):
        yield Problem(Warnings.W011.format(source=path))
        return
    for index, obj in enumerate(doc, start=1):
        yield from article_from_object(obj, f"{path}:{index}", options)


def open_jsonl(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")
