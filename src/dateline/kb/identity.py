"""One identity per person across articles.

People of different articles become one entity when their full names share a
key (first name, nicknames folded, and last name) and nothing contradicts it:
birth intervals that intersect and genders that agree. When the evidence does
contradict, shared context (a role, a named relative, people mentioned
alongside) still joins them, and the contradiction becomes a conflict; without
shared context they stay two people. Ages a year apart (57 and 58 ten days
apart: the commonest slip of a reporter or a birthday missed) need less shared
context than ages decades apart. Nothing merges on a surname or a first
name alone, except a child or partner named by one word who has the same
relation to the same entity ("Jack", son of John Legend).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .. import lexicon
from ..calendar import intersect

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_CONTEXT_NEEDED = 2  # shared context points that join people whose evidence conflicts
_NEAR_CONTEXT_NEEDED = 1  # ... when the only conflict is birth intervals at most _NEAR_DAYS apart
_NEAR_DAYS = 366


@dataclass(slots=True)
class PersonRow:
    """One person of one article, with what the store knows about them."""

    article_id: str
    person_id: str
    name: str
    gender: str | None
    published: str | None
    outlet: str | None
    mentions: int = 0
    births: list[tuple[str | None, str | None]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    relatives: set[str] = field(default_factory=set)  # names of related people
    relations: list[tuple[str, str]] = field(default_factory=list)  # (type, other person_id)
    companions: set[str] = field(default_factory=set)  # other full names in the article

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.person_id)


@dataclass(slots=True, eq=False)
class Entity:
    members: list[PersonRow] = field(default_factory=list)
    birth: tuple[str | None, str | None] = (None, None)
    genders: Counter = field(default_factory=Counter)
    context: Counter = field(default_factory=Counter)

    def add(self, row: PersonRow) -> None:
        self.members.append(row)
        for interval in row.births:
            self.birth = intersect(self.birth, interval) or self.birth
        if row.gender:
            self.genders[row.gender] += 1
        self.context.update(_context(row))

    @property
    def id(self) -> str:
        first = self.members[0]
        return "e" + hashlib.sha256(f"{first.article_id}/{first.person_id}".encode()).hexdigest()[:12]

    @property
    def name(self) -> str:
        names = Counter(m.name for m in self.members)
        return max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n), n))

    @property
    def gender(self) -> str | None:
        if not self.genders:
            return None
        (best, n), *rest = self.genders.most_common(2) + [(None, 0)]
        return best if n > rest[0][1] else None


def name_key(name: str) -> tuple[str, str] | None:
    """(first, last) of a full name, accents and case folded; None for one-word names."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = [w.strip(".,'’") for w in folded.replace("-", " ").split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    if len(words) < 2 or len(words[0]) < 2:
        return None
    nicknames = lexicon.table("nicknames.tsv")
    first = nicknames.get(words[0], (words[0],))[0]
    return first, words[-1]


def _context(row: PersonRow) -> Counter:
    ctx = Counter()
    ctx.update(f"role:{r}" for r in row.roles)
    # the relative's name, whatever the relation: "her husband, Tom Drayce" and "her brother, Tom Drayce" are the
    # same context (the two relations become a conflict of the joined person), not two unrelated facts
    ctx.update(f"rel:{name}" for name in {r.split(":", 1)[1] for r in row.relatives} if name)
    ctx.update(f"with:{c}" for c in row.companions)
    return ctx


_WEIGHTS = {"rel": 2, "role": 1, "with": 1}  # a named relative says more than a shared title


def _shared(entity: Entity, row: PersonRow) -> int:
    """Points of context the row shares with the entity."""
    return sum(_WEIGHTS[item.split(":", 1)[0]] for item in _context(row) if item in entity.context)


def _compatible(entity: Entity, row: PersonRow) -> bool:
    return _needed(entity, row) == 0


def _needed(entity: Entity, row: PersonRow) -> int:
    """Shared context points the row needs to join the entity: 0 when nothing contradicts it."""
    gender = entity.gender
    if gender and row.gender and gender != row.gender:
        return _CONTEXT_NEEDED
    gaps = [_gap(entity.birth, b) for b in row.births]
    if all(g == 0 for g in gaps):
        return 0
    return _NEAR_CONTEXT_NEEDED if max(gaps) <= _NEAR_DAYS else _CONTEXT_NEEDED


def _gap(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> int:
    """Days between two birth intervals; 0 when they intersect."""
    if intersect(a, b) is not None:
        return 0
    later_start = max(x for x in (a[0], b[0]) if x)  # disjoint: both ends are known
    earlier_end = min(x for x in (a[1], b[1]) if x)
    return (date.fromisoformat(later_start) - date.fromisoformat(earlier_end)).days


def resolve(rows: list[PersonRow]) -> list[Entity]:
    """Group the people of all articles into entities, deterministically."""
    rows = sorted(rows, key=lambda r: (r.published or "9999", r.article_id, r.person_id))
    blocks: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    entities: list[Entity] = []
    singles: list[PersonRow] = []
    for row in rows:
        key = name_key(row.name)
        if key is None:
            singles.append(row)
            continue
        entity = _best(blocks[key], row)
        if entity is None:
            entity = Entity()
            blocks[key].append(entity)
            entities.append(entity)
        entity.add(row)
    entities.extend(_resolve_singles(singles, entities))
    return entities


def _best(candidates: list[Entity], row: PersonRow) -> Entity | None:
    best, best_score = None, -1
    for entity in candidates:
        shared = _shared(entity, row)
        if shared < _needed(entity, row):
            continue
        if shared > best_score:
            best, best_score = entity, shared
    return best


def _resolve_singles(singles: list[PersonRow], entities: list[Entity]) -> list[Entity]:
    """One-word names join only through the same relation to the same entity."""
    entity_of = {m.key: e for e in entities for m in e.members}
    by_anchor: dict[tuple, Entity] = {}
    out = []
    for row in singles:
        anchors = sorted(
            (t, entity_of[(row.article_id, other)].id)
            for t, other in row.relations
            if (row.article_id, other) in entity_of
        )
        key = next(((row.name.lower(), t, e) for t, e in anchors), None)
        entity = by_anchor.get(key) if key else None
        if entity is None or not _compatible(entity, row):
            entity = Entity()
            out.append(entity)
            for t, e in anchors:
                by_anchor.setdefault((row.name.lower(), t, e), entity)
        entity.add(row)
        entity_of[row.key] = entity
    return out
