"""Readers: files, folders and standard input to Articles.

`read_articles` yields Articles and Problems in input order; a Problem never
stops the articles beside it from being read.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import Errors, Warnings
from ..records import Article
from .base import DEFAULT_MAX_CHARS, Problem, ReadOptions, article_id, looks_binary, transcode_utf16
from .html import read_html
from .jsonl import open_jsonl, read_json_document, read_jsonl
from .text import read_text
from .warc import read_warc

_SUFFIXES = {
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
    ".ndjson.gz": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
}
_HEAD = 8192
logger = logging.getLogger("dateline")


def kind_of(name: str) -> str | None:
    """The reader a file name calls for, or None when only its content can tell."""
    lower = name.lower()
    for suffix, kind in _SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return None


def sniff(head: bytes) -> str:
    """The reader for data whose name does not tell (standard input, odd extensions)."""
    head = transcode_utf16(head)  # a NUL of every other byte is UTF-16's, not binary's
    if head[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(head)).read(256)
        except (OSError, EOFError):
            return "binary"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:16]
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"<"):
        return "html"
    return "binary" if looks_binary(head) else "text"


def read_articles(
    paths: Iterable[str],
    *,
    published: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | Problem]:
    """Articles from files, folders (recursively) and "-" (standard input)."""
    options = ReadOptions(published=published, max_chars=max_chars)
    for path in paths:
        if path == "-":
            yield from _guarded(_read_stdin(options), "<stdin>")
        elif os.path.isdir(path):
            yield from _read_folder(path, options)
        elif os.path.exists(path):
            yield from read_file(path, options)
        else:
            yield Problem(Errors.E001.format(path=path), level="error")


def _read_folder(folder: str, options: ReadOptions) -> Iterator[Article | Problem]:
    found = False
    for path in sorted(walk_inputs(folder)):
        for item in read_file(str(path), options):
            found = found or isinstance(item, Article)
            yield item
    if not found:
        yield Problem(Errors.E002.format(path=folder), level="error")


def walk_inputs(folder: str) -> Iterator[Path]:
    """Files of a folder that dateline can read, recursively; hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and kind_of(name) is not None:
                yield Path(root, name)


def _read_stdin(options: ReadOptions) -> Iterator[Article | Problem]:
    stream = sys.stdin.buffer
    head = stream.read(_HEAD)
    kind = sniff(head)
    if kind == "jsonl" and head[:2] != b"\x1f\x8b":  # streamed, as a file is: no limit on the number of lines
        yield from read_jsonl(io.BufferedReader(_Chain(head, stream)), "<stdin>", options)
        return
    data = head if kind == "binary" else head + stream.read(_byte_limit(options) + 1 - len(head))
    if len(data) > _byte_limit(options):
        yield Problem(Warnings.W007.format(source="<stdin>", size=len(data), unit="bytes or more", limit=options.max_chars))
        return
    yield from _read_bytes(data, "<stdin>", kind, options)


class _Chain(io.RawIOBase):
    """The head already read, then the rest of a stream."""

    def __init__(self, head: bytes, stream) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.head:
            n = min(len(b), len(self.head))
            b[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.stream.read(len(b))
        b[: len(data)] = data
        return len(data)


def _byte_limit(options: ReadOptions) -> int:
    return 4 * options.max_chars  # UTF-8 takes at most four bytes a character


def _guarded(items: Iterator[Article | Problem], source: str) -> Iterator[Article | Problem]:
    """A reader's items; if it fails on input no rule foresaw, one warning and the next input.

    The records it gave before failing are kept; the traceback is logged at debug level.
    """
    try:
        yield from items
    except Exception as err:  # noqa: BLE001 - the last line of defence of "never lose a run to one bad file"
        logger.debug("reader failed on %s", source, exc_info=True)
        yield Problem(Warnings.W021.format(source=source, detail=f"{type(err).__name__}: {err}"[:120]))


def read_file(path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """One file of any supported kind; JSON Lines and WARC are streamed."""
    yield from _guarded(_read_file(path, options), path)


def _read_file(path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    kind = kind_of(path)
    if kind is None:
        with open(path, "rb") as f:
            head = f.read(_HEAD)
            kind = sniff(head)
            if not f.seekable() and kind != "binary":  # a pipe or device: what was sniffed cannot be read again
                yield from _read_bounded(head, f, path, kind, options)
                return
    if kind == "jsonl":
        with open_jsonl(path) as stream:
            yield from read_jsonl(stream, path, options)
    elif kind == "warc":
        with open(path, "rb") as stream:
            yield from read_warc(stream, path, options)
    elif kind == "binary":
        yield Problem(Warnings.W008.format(source=path))
    else:
        limit = _byte_limit(options)
        size = os.path.getsize(path)
        if size > limit:  # refused before reading: bounded memory
            yield Problem(Warnings.W007.format(source=path, size=size, unit="bytes", limit=options.max_chars))
            return
        with open(path, "rb") as f:
            yield from _read_bounded(b"", f, path, kind, options)


def _read_bounded(head: bytes, f, source: str, kind: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """The rest of an open file after `head`, no further than the limit: devices and pipes have no size."""
    limit = _byte_limit(options)
    data = head + f.read(limit + 1 - len(head))
    if len(data) > limit:
        yield Problem(Warnings.W007.format(source=source, size=len(data), unit="bytes or more", limit=options.max_chars))
        return
    yield from _read_bytes(data, source, kind, options)


def _read_bytes(data: bytes, source: str, kind: str | None, options: ReadOptions) -> Iterator[Article | Problem]:
    data = transcode_utf16(data)
    kind = kind or sniff(data[:_HEAD])
    if kind in ("text", "html") and looks_binary(data[:_HEAD]):
        kind = "binary"
    if kind == "binary":
        yield Problem(Warnings.W008.format(source=source))
    elif kind == "jsonl":
        raw = io.BytesIO(data)  # gzip streamed, not decompressed whole: a small bomb stays small
        yield from read_jsonl(gzip.GzipFile(fileobj=raw) if data[:2] == b"\x1f\x8b" else raw, source, options)
    elif kind == "json":
        yield from read_json_document(data, source, options)
    elif kind == "warc":
        yield from read_warc(io.BytesIO(data), source, options)
    elif kind == "html":
        yield from read_html(data, source, options)
    else:
        yield from read_text(data, source, options)


__all__ = [
    "Article", "DEFAULT_MAX_CHARS", "Problem", "ReadOptions", "article_id", "estimate_total", "kind_of", "walk_inputs", "read_articles", "read_file", "sniff",
]


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, counted cheaply (None when it cannot be told).

    JSON Lines records are counted as non-blank lines, other files as one
    article each; WARC files and standard input cannot be counted without reading them.
    """
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = sorted(walk_inputs(path)) if os.path.isdir(path) else [Path(path)] if os.path.exists(path) else []
        for file in files:
            kind = kind_of(file.name)
            if kind == "warc" or kind == "json":
                return None
            if kind == "jsonl":
                try:
                    with open_jsonl(str(file)) as stream:
                        total += sum(1 for line in stream if line.strip())
                except (OSError, EOFError):
                    return None
            else:
                total += 1
    return total
