"""PolNeAR brat folders read into gold attributions (scored with `scoring`).

A folder holds `text/<article>.txt` and `attributions/<article>_<annotator>.ann`.
In an `.ann` file, `T` lines are `Source`, `Cue` and `Content` spans (character
offsets, discontinuous pieces joined by `;`) and `E` lines tie one of each into
an attribution. Some span texts run over a line break, so a line that does not
start with a known prefix continues the previous one and is ignored.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from .scoring import Span

ROLES = ("content", "cue", "source")
_T_LINE = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t?")
_E_LINE = re.compile(r"^E\d+\t(.*)$")

@dataclass(slots=True)
class Attribution:
    content: list[Span] = field(default_factory=list)  # contiguous pieces
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Annotation:
    """One annotator's attributions of one article."""

    annotator: str
    file: str
    attributions: list[Attribution]


@dataclass(slots=True)
class GoldArticle:
    name: str  # the text file's stem
    text: str
    published: str | None
    annotations: list[Annotation]


def read_ann(path: Path, text: str) -> list[Attribution]:
    """The attributions of one brat `.ann` file; pieces are trimmed of surrounding whitespace."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _T_LINE.match(line):
            pieces = [tuple(int(x) for x in part.split()) for part in m.group(3).strip().split(";")]
            spans[m.group(1)] = (m.group(2).lower(), [_trim(text, s, e) for s, e in pieces])
        elif m := _E_LINE.match(line):
            events.append([tuple(arg.split(":", 1)) for arg in m.group(1).split()])
    result = []
    for args in events:
        attribution = Attribution()
        for role, ref in args:
            role = role.rstrip("0123456789").lower()
            if role in ROLES and ref in spans:
                getattr(attribution, role).extend(p for p in spans[ref][1] if p[1] > p[0])
        result.append(attribution)
    return result


def _trim(text: str, start: int, end: int) -> Span:
    start, end = min(start, len(text)), min(end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_metadata(path: Path | None) -> dict[str, str]:
    """Article name to publication date ("YYYY-MM-DD") from PolNeAR's metadata.tsv."""
    if path is None or not Path(path).exists():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {r["filename"]: (r.get("publication_date") or "")[:10] or None for r in rows}


def read_polnear(folder: Path, metadata: Path | None = None, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one PolNeAR split with every annotator's attributions, sorted by name."""
    folder = Path(folder)
    dates = read_metadata(metadata)
    by_article: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name, _, _annotator = ann.stem.rpartition("_")
        by_article.setdefault(name, []).append(ann)
    articles = []
    for name in sorted(by_article)[:limit]:
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        annotations = [
            Annotation(ann.stem.rpartition("_")[2], ann.stem, read_ann(ann, text)) for ann in by_article[name]
        ]
        articles.append(GoldArticle(name, text, dates.get(name), annotations))
    return articles


def gold_spans(annotation: Annotation, role: str) -> set[Span]:
    return {span for a in annotation.attributions for span in getattr(a, role)}


_OPENING = "\"“'‘`"
_CLOSING = "\"”'’"
# A double mark set the wrong way round is still a quotation mark at the end of a piece: a
# paragraph opened with a mis-curled ” (”Mr. Trump embodies …”) or closed with “ (“Mostly False.“).
_ANY_DOUBLE = "\"“”„«»"


def is_direct(text: str, span: Span, *, glyphs: bool = False) -> bool:
    """A content piece printed between quotation marks (a whole direct quotation).

    glyphs: the first reading, which took a mark's glyph for its role ("“" opens,
    "”" closes) and so rejected a quotation printed with a mis-curled mark.
    """
    piece = text[span[0] : span[1]].rstrip(".,;:!? ")
    if len(piece) <= 2:
        return False
    if glyphs:
        return piece[0] in _OPENING and piece[-1] in _CLOSING
    return piece[0] in _OPENING + _ANY_DOUBLE and piece[-1] in _CLOSING + _ANY_DOUBLE
