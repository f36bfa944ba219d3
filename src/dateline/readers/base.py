"""What every reader shares: article ids, decoding, limits and problem reports."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from ..errors import Warnings, code_of
from ..records import Article

# spaCy's own default limit: longer texts need a parser that is not bounded in memory.
DEFAULT_MAX_CHARS = 1_000_000
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a reader could not use, reported in one line and never fatal by itself."""

    message: str  # coded, e.g. "[W006] data.jsonl:7: malformed JSON (...); skipped"
    level: str = "warning"  # warning | error

    @property
    def code(self) -> str:
        return code_of(self.message)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class ReadOptions:
    published: str | None = None  # overrides every article's date (--published)
    max_chars: int = DEFAULT_MAX_CHARS


def article_id(url: str | None, text: str) -> str:
    """A stable id: a hash of the URL when there is one, else of the normalized text."""
    if url:
        key = "url:" + normalize_url(url)
    else:
        key = "text:" + _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no fragment: the same page read twice is one article."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[ex.com": an unbalanced IPv6 bracket; the text is still a key
        return url.strip()
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # an unbalanced IPv6 bracket names no host
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def decode(data: bytes, source: str) -> tuple[str, Problem | None]:
    """UTF-8 text (a BOM dropped); bytes that are no UTF-8 are read as Windows-1252, reported once.

    Archives and feeds saved on Windows write "Café" as b"Caf\xe9": a replacement character would lose the
    letter of a name; UTF-8 sequences around such a byte stay UTF-8.
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors=_WINDOWS_1252)
        return text, Problem(Warnings.W002.format(source=source))


def _as_windows_1252(err: UnicodeDecodeError) -> tuple[str, int]:
    """The bytes UTF-8 could not read, one character each in Windows-1252 (its five unassigned bytes in Latin-1)."""
    chunk = err.object[err.start : err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), err.end


_WINDOWS_1252 = "dateline-windows-1252"
codecs.register_error(_WINDOWS_1252, _as_windows_1252)


def transcode_utf16(data: bytes) -> bytes:
    """UTF-16 with its byte-order mark (Windows' "Unicode" text) as UTF-8; other bytes as they are."""
    if data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return data
    return data.decode("utf-16", errors="replace").encode("utf-8")


def looks_binary(head: bytes) -> bool:
    """NUL bytes do not occur in text in any encoding dateline reads."""
    return b"\x00" in head


def clean_text(text: str) -> str:
    """Unix line ends and no surrounding blank space; offsets refer to this text."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def build_article(
    text: str,
    *,
    source: str,
    options: ReadOptions,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    published_time: str | None = None,
) -> Article | Problem:
    """An Article, or the Problem that keeps this text from being one."""
    text = clean_text(text)
    if not text:
        return Problem(Warnings.W005.format(source=source))
    if len(text) > options.max_chars:
        return Problem(Warnings.W007.format(source=source, size=len(text), unit="characters", limit=options.max_chars))
    url = url.strip() if isinstance(url, str) and url.strip() else None
    return Article(
        id=article_id(url, text),
        text=text,
        published=options.published or published,
        published_time=None if options.published else published_time,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        url=url,
        outlet=(outlet if isinstance(outlet, str) and outlet.strip() else None) or host_of(url),
        source=source,
        author=author.strip() if isinstance(author, str) and author.strip() else None,
    )
