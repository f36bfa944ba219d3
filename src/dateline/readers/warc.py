"""WARC files (Common Crawl news): HTML response records, read with warcio, then as HTML.

A record that is truncated (its Content-Length runs past what the file holds) or
that warcio cannot parse is reported and skipped, and reading resumes at the next
record start found after it (a gzip member, or a `WARC/1.` line), so one bad record
never takes its neighbours with it.
"""

from __future__ import annotations

import re
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
# A header is text: control characters in it are compressed bytes of the next record, decoded as
# if they continued a gzip member cut short (warcio then reads that header to the end of the file).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in ctype or not ctype)


def read_warc(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """`source` is `path:N`, N counting the file's WARC records from 1 (a skipped bad one included)."""
    failed: set[int] = set()
    number, start = 0, 0  # each resumption starts past the last one: warcio's offsets drift in garbled gzip
    while start is not None:
        stream.seek(start)
        archive, begun, start = _archive(stream), start, None
        previous = begun - 1  # where the last record read from here started
        while True:
            at, misaligned = archive.offset, archive.err_count  # where the next record starts
            try:
                record = next(archive)
                payload = _payload(record)
                archive.read_to_end()
            except StopIteration:
                if _more_data(stream, at):  # warcio stopped early, on a truncated gzip member run into the next
                    number += 1
                    yield Problem(Warnings.W010.format(source=f"{path}:{number}", detail="unreadable data"))
                    start = _next_start(stream, max(at, begun) + 1)
                break
            except Exception as err:  # warcio fails in assorted ways on garbled records
                if at not in failed:  # a record looked at again after a resumption is reported once
                    failed.add(at)
                    number += 1
                    yield Problem(Warnings.W010.format(source=f"{path}:{number}", detail=_detail(err)))
                # the record before, cut short, may have taken this one's first lines: look again after it
                start = _next_start(stream, max(previous, begun) + 1)
                break
            number += 1
            source = f"{path}:{number}"
            broken = "corrupt gzip data" if archive.gzip_failed else _broken(record, archive.err_count > misaligned)
            if broken:  # its neighbours may be inside it: read on from the next record start after its own
                yield Problem(Warnings.W010.format(source=source, detail=broken))
                start = _next_start(stream, max(at, begun) + 1)
                break
            previous = at
            if payload is not None:
                yield from read_html(payload, source, options, url=record.rec_headers.get_header("WARC-Target-URI"))


def _archive(stream: IO[bytes]):
    """warcio's ArchiveIterator without its own stderr warnings: dateline reports the record instead."""
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):
        INC_RECORD = ""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.gzip_failed = False
            reader, fallback = self.reader, self.reader._decompress

            def decompress(data: bytes) -> bytes:
                # warcio answers a gzip member corrupt past its first block with b"" and reads on to
                # the end of the file; noted here, so the record (and what it swallowed) is retried
                if reader.decompressor is None or not data:
                    return data
                try:
                    return reader.decompressor.decompress(data)
                except Exception:  # noqa: BLE001 - zlib.error and its kin
                    if reader.num_block_read == 0:
                        return fallback(data)  # warcio's own guess: not gzip after all
                    self.gzip_failed = True
                    return b""

            reader._decompress = decompress

    return Quiet(stream, arc2warc=True)


def _broken(record, misaligned: bool) -> str | None:
    """Why a record's content cannot be trusted, or None."""
    if record.rec_type is None:  # not a record: whatever follows is read from the next record start
        return "no WARC-Type header"
    if record.rec_type not in _TYPES:  # a header run into the next record's: that record is inside it
        return f"unknown WARC-Type {record.rec_type[:40]!r}"
    if any(_CONTROL.search(value) for _, value in record.rec_headers.headers):
        return "garbled header (binary data in it)"
    names = [name.lower() for name, _ in record.rec_headers.headers]
    if names.count("warc-record-id") > 1 or names.count("warc-type") > 1:
        return "its header runs into the next record's"
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


def _more_data(stream: IO[bytes], at: int) -> bool:
    """Whether anything but blank space follows `at`: an iterator that ended there left records unread."""
    stream.seek(at)
    return bool(stream.read(64).strip())


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
