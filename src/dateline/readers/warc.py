"""WARC files (Common Crawl news): HTML response records, read with warcio, then as HTML.

A record that is truncated (its Content-Length runs past what the file holds) or
that warcio cannot parse is reported and skipped, and reading resumes at the next
record start found after it (a gzip member, or a `WARC/1.` line), so one bad record
never takes its neighbours with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ..errors import Warnings
from ..records import Article
from .base import Problem, ReadOptions
from .html import read_html

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."  # not only at a line start: a truncated record runs straight into the next
_SCAN = 1 << 20  # bytes read at a time while looking for the next record
# WARC 1.1's record types (and ARC's, as warcio converts them): any other is a garbled header.
_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"})


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in ctype or not ctype)


def read_warc(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """`source` is `path:N`, N counting the file's WARC records from 1 (a skipped bad one included)."""
    number, start = 0, 0
    while start is not None:
        stream.seek(start)
        archive, start = _archive(stream), None
        while True:
            at, misaligned = archive.offset, archive.err_count  # where the next record starts
            try:
                record = next(archive)
                payload = _payload(record)
                archive.read_to_end()
            except StopIteration:
                break
            except Exception as err:  # warcio fails in assorted ways on garbled records
                number += 1
                yield Problem(Warnings.W010.format(source=f"{path}:{number}", detail=_detail(err)))
                start = _next_start(stream, at + 1)
                break
            number += 1
            source = f"{path}:{number}"
            broken = _broken(record, archive.err_count > misaligned)
            if broken:  # its neighbours may be inside it: read on from the next record start after its own
                yield Problem(Warnings.W010.format(source=source, detail=broken))
                start = _next_start(stream, at + 1)
                break
            if payload is not None:
                yield from read_html(payload, source, options, url=record.rec_headers.get_header("WARC-Target-URI"))


def _archive(stream: IO[bytes]):
    """warcio's ArchiveIterator without its own stderr warnings: dateline reports the record instead."""
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):
        INC_RECORD = ""

    return Quiet(stream, arc2warc=True)


def _broken(record, misaligned: bool) -> str | None:
    """Why a record's content cannot be trusted, or None."""
    if record.rec_type is None:  # not a record: whatever follows is read from the next record start
        return "no WARC-Type header"
    if record.rec_type not in _TYPES:  # a header run into the next record's: that record is inside it
        return f"unknown WARC-Type {record.rec_type[:40]!r}"
    if record.length is None:  # read to the end of the file: every record after it is inside it
        return "no Content-Length header"
    if getattr(record.raw_stream, "limit", 0) > 0:
        return "truncated, the file ends inside it"
    if misaligned:  # warcio found no blank line where its Content-Length says the record ends
        return "its Content-Length does not match its content"
    return None


def _payload(record) -> bytes | None:
    return record.content_stream().read() if record.rec_type is not None and _is_html_response(record) else None


def _detail(err: Exception) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:120] or type(err).__name__


def _next_start(stream: IO[bytes], pos: int) -> int | None:
    """The offset of the first record start at or after `pos` (a gzip member or a WARC header), or None.

    Both kinds are looked for: the damage may be to the very bytes that told them apart.
    """
    overlap = max(len(_GZIP_MEMBER), len(_WARC_LINE))
    while True:
        stream.seek(pos)
        chunk = stream.read(_SCAN)
        if not chunk:
            return None
        found = [i for i in (chunk.find(_GZIP_MEMBER), chunk.find(_WARC_LINE)) if i >= 0]
        if found:
            return pos + min(found)
        if len(chunk) < _SCAN:
            return None
        pos += len(chunk) - overlap
