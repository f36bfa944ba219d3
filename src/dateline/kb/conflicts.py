"""Things two articles say that cannot both be true."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import combinations

from ..calendar import intersect
from .provenance import QuoteRow, diverges

# Relations one person cannot have to the same other person at once.
_EXCLUSIVE = [
    frozenset(p)
    for p in (
        ("child", "parent"), ("partner", "child"), ("partner", "parent"), ("sibling", "child"),
        ("sibling", "parent"), ("sibling", "partner"),
    )
]
MAX_EVIDENCE = 50  # per entity: pairwise checks stay bounded


@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    text: str  # what the article says, e.g. "43 (born 1978-05-17…1979-05-16)"
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str  # age | relation | quote_wording
    detail: str
    a: Evidence
    b: Evidence
    entity_id: str | None = None
    kb_quote_id: str | None = None

    @property
    def id(self) -> str:
        key = f"{self.kind}/{self.entity_id}/{self.kb_quote_id}/{self.a.article_id}/{self.a.text}/{self.b.article_id}/{self.b.text}"
        return "c" + hashlib.sha256(key.encode()).hexdigest()[:12]


def age_conflicts(entity_id: str, name: str, ages: list[tuple[Evidence, tuple[str | None, str | None]]]) -> list[Conflict]:
    """Pairs of age evidence whose birth intervals do not intersect."""
    out = []
    for (ea, ia), (eb, ib) in combinations(ages[:MAX_EVIDENCE], 2):
        if intersect(ia, ib) is None:
            out.append(Conflict("age", f"{name}: birth dates {_span(ia)} and {_span(ib)} do not overlap", ea, eb, entity_id))
    return out


def relation_conflicts(
    entity_id: str, name: str, relations: list[tuple[str, str, str, Evidence]]
) -> list[Conflict]:
    """(type, other entity id, other name, evidence): one pair cannot be, e.g., both child and partner."""
    out = []
    for (ta, oa, na, ea), (tb, ob, _, eb) in combinations(relations[:MAX_EVIDENCE], 2):
        if oa == ob and frozenset((ta, tb)) in _EXCLUSIVE:
            out.append(Conflict("relation", f"{na} is {ta} of {name} in one article, {tb} in another", ea, eb, entity_id))
    return out


def wording_conflicts(kb_quote_id: str, appearances: list[QuoteRow]) -> list[Conflict]:
    """Appearances of one quote whose words differ beyond trimming, against the earliest."""
    first, seen, out = appearances[0], set(), []
    for other in appearances[1:]:
        if other.text in seen or not diverges(first.text, other.text):
            continue
        seen.add(other.text)
        out.append(Conflict(
            "quote_wording",
            f"{first.speaker_name or 'a quote'}: printed in different words",
            Evidence(first.article_id, first.text, first.published, first.outlet),
            Evidence(other.article_id, other.text, other.published, other.outlet),
            first.speaker,
            kb_quote_id,
        ))
    return out


def _span(interval: tuple[str | None, str | None]) -> str:
    return f"{interval[0] or '?'}…{interval[1] or '?'}"
