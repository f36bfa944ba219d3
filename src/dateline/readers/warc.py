"""WARC files (Common Crawl news): HTML response records, read with warcio, then as HTML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ..errors import Warnings
from ..records import Article
from .base import Problem, ReadOptions
from .html import read_html


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in ctype or not ctype)


def read_warc(stream: IO[bytes], path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """`source` is `path:N`, N counting the file's WARC records from 1."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            number += 1
            source = f"{path}:{number}"
            if record.rec_type is None:
                yield Problem(Warnings.W010.format(source=source, detail="no WARC-Type header"))
                continue
            if not _is_html_response(record):
                continue
            try:
                payload = record.content_stream().read()
            except Exception as err:  # a truncated or garbled record; its neighbours are fine
                yield Problem(Warnings.W010.format(source=source, detail=type(err).__name__))
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield from read_html(payload, source, options, url=url)
    except ArchiveLoadFailed as err:
        yield Problem(Warnings.W010.format(source=f"{path}:{number + 1}", detail=str(err)[:120]))
    except Exception as err:  # warcio fails in assorted ways on truncated files
        yield Problem(Warnings.W010.format(source=f"{path}:{number + 1}", detail=type(err).__name__))
