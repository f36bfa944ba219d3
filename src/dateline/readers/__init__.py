"""Readers: files, folders and standard input to Articles.

`read_articles` yields Articles and Problems in input order; a Problem never
stops the articles beside it from being read.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import Errors, Warnings
from ..records import Article
from .base import DEFAULT_MAX_CHARS, Problem, ReadOptions, article_id, looks_binary
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


def kind_of(name: str) -> str | None:
    """The reader a file name calls for, or None when only its content can tell."""
    lower = name.lower()
    for suffix, kind in _SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return None


def sniff(head: bytes) -> str:
    """The reader for data whose name does not tell (standard input, odd extensions)."""
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
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", None, options)
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


def read_file(path: str, options: ReadOptions) -> Iterator[Article | Problem]:
    """One file of any supported kind; JSON Lines and WARC are streamed."""
    kind = kind_of(path)
    if kind is None:
        with open(path, "rb") as f:
            kind = sniff(f.read(_HEAD))
    if kind == "jsonl":
        with open_jsonl(path) as stream:
            yield from read_jsonl(stream, path, options)
    elif kind == "warc":
        with open(path, "rb") as stream:
            yield from read_warc(stream, path, options)
    else:
        size = os.path.getsize(path)
        if size > 4 * options.max_chars:  # refused before reading: bounded memory
            yield Problem(Warnings.W007.format(source=path, size=size, unit="bytes", limit=options.max_chars))
            return
        with open(path, "rb") as f:
            yield from _read_bytes(f.read(), path, kind, options)


def _read_bytes(data: bytes, source: str, kind: str | None, options: ReadOptions) -> Iterator[Article | Problem]:
    kind = kind or sniff(data[:_HEAD])
    if kind in ("text", "html") and looks_binary(data[:_HEAD]):
        kind = "binary"
    if kind == "binary":
        yield Problem(Warnings.W008.format(source=source))
    elif kind == "jsonl":
        yield from read_jsonl(io.BytesIO(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data), source, options)
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
