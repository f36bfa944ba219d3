"""How a story opens: a headline line, and the wire dateline ("WASHINGTON (AP) —") with place and agency.

A dateline is the first words of the body (or of its second line, under a
headline): a place in capitals, optionally a region or date after a comma
("LOS ANGELES, Calif.", "LONDON, March 3",
"PARIS, Tuesday, March 3, 2024"), optionally an agency in brackets,
then a dash. It is not part of any sentence's quote or speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon

_PLACE = r"[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*){0,3}"
# a region or a date after a comma: ", Calif.", ", March 3", ", 3 March 2024", ", March 3, 2024", ", Tuesday"
_QUALIFIER = (r"(?:,[ \t]*(?:\d{1,2}[ \t]+)?(?:[A-Z][a-z]+\.?|[A-Z]{2}\.?)(?:[ \t]+\d{1,2})?"
              r"(?:,?[ \t]+\d{4})?)")
_AGENCY = r"\((?P<wire>[A-Z][\w.&\- ]{0,30})\)"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_PLACE})(?P<qual>{_QUALIFIER}{{0,3}})[ \t]*(?:{_AGENCY})?[ \t]*(?P<dash>—|–|--|-)[ \t]+(?=\S)"
)
_LINES_SEARCHED = 2
_HEADLINE_WORDS = 20
_ENDS = ".!?:;,\"'”’»)…"


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int
    end: int  # where the story's first sentence begins
    place: str
    wire: str | None  # the agency's name ("Associated Press"), or None for a place-only dateline


def find_dateline(text: str) -> Dateline | None:
    """The wire dateline opening the text or its second line, if any."""
    at = 0
    for _ in range(_LINES_SEARCHED):
        while at < len(text) and text[at].isspace():
            at += 1
        m = _DATELINE.match(text, at)
        if m is not None and _plausible(m):
            return Dateline(m.start("place"), m.end(), m.group("place").strip(), _wire(m.group("wire")))
        nl = text.find("\n", at)
        if nl < 0:
            return None
        at = nl + 1
    return None


def _plausible(m: re.Match) -> bool:
    """A place in capitals of three letters or more, and an agency that is known or named like one."""
    place, wire = m.group("place"), m.group("wire")
    if sum(c.isalpha() for c in place) < 3:
        return False
    if wire is None and not m.group("qual") and m.group("dash") == "-":
        return False  # "US - China talks": a bare hyphen needs an agency or a date to be a dateline
    return wire is None or wire in _wires() or len(wire.split()) <= 2 and wire[:1].isupper()


def _wire(name: str | None) -> str | None:
    if name is None:
        return None
    return _wires().get(name.strip(), name.strip())


@cache
def _wires() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("wires.tsv").items()}


def headline_end(text: str) -> int | None:
    """Where a headline printed as the text's first line ends, if it is one.

    A first line with no closing punctuation, followed by a line break, that is
    either capitalized like a title or followed by a wire dateline; a
    hard-wrapped first sentence is neither.
    """
    first = text.lstrip()
    offset = len(text) - len(first)
    nl = first.find("\n")
    if nl <= 0 or not first[nl + 1 :].strip():
        return None
    line = first[:nl].rstrip()
    words = line.split()
    if not words or len(words) > _HEADLINE_WORDS or line[-1] in _ENDS:
        return None
    capitalized = sum(w[:1].isupper() or not w[:1].isalpha() for w in words)
    if capitalized * 10 >= len(words) * 7 or find_dateline(text[offset + nl + 1 :]) is not None:
        return offset + len(line)
    return None
