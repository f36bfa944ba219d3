"""TimeML documents (TempEval-3 TBAQ-cleaned) as plain text with gold TIMEX3 spans.

Only what Task A needs: the text of `<TEXT>` with the tags removed and the
entities decoded, the creation date from `<DCT>`, and each TIMEX3 of the text
with its character offsets, `type`, `value` and `mod`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s[^>]*)?)/?>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?\bvalue=\"(\d{4}-\d\d-\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    id: str
    path: str
    dct: str  # "YYYY-MM-DD"
    text: str
    timexes: tuple[Timex, ...]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """One TimeML file; raises ValueError when it has no <DCT> date or no <TEXT>."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw)
    body = _TEXT.search(raw)
    if dct is None or body is None:
        raise ValueError(f"{path}: not a TimeML document with <DCT> and <TEXT>")
    text, timexes = _strip(body.group(1))
    return TimeMLDocument(path.stem, str(path), dct.group(1), text, tuple(timexes))


def _strip(markup: str) -> tuple[str, list[Timex]]:
    """Text without tags, and the TIMEX3 elements as offsets into it."""
    parts: list[str] = []
    size = 0
    pos = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[pos : tag.start()])
        parts.append(chunk)
        size += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (size, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            timexes.append(Timex(start, size, "", attrs.get("type", ""), attrs.get("value"), attrs.get("mod")))
    parts.append(html.unescape(markup[pos:]))
    text = "".join(parts)
    return text, [Timex(t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod) for t in timexes]


def timeml_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .tml files of `paths` (files or folders, searched recursively), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(p.rglob("*.tml")))
        elif p.is_file():
            found.append(p)
    return found


def read_corpus(paths: Iterable[str | Path], limit: int | None = None) -> Iterator[TimeMLDocument]:
    for n, path in enumerate(timeml_files(paths)):
        if limit is not None and n >= limit:
            return
        yield read_timeml(path)
