"""The pipeline's working view of people and organizations (never leaves the pipeline).

Components share these through Doc extension attributes: the people component
builds the clusters, later components add ages, roles, relations, descriptions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# The mention kinds that are a name: as written, in part, possessive, or relabelled "name" when a person's
# cluster joined an organization's (sieve/types.py); WRITTEN_NAME_KINDS leaves the last two out.
WRITTEN_NAME_KINDS = frozenset({"full", "single", "surname", "first"})
NAME_KINDS = WRITTEN_NAME_KINDS | {"possessive", "name"}


@dataclass(slots=True)
class MentionRef:
    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str
    kind: str  # full | first | surname | single | possessive | pronoun | description | group ("Chao and Yang")
    subject: bool = False  # the mention is (part of) a clause subject


@dataclass(slots=True)
class AgeRef:
    age: int
    start_char: int
    end_char: int
    approximate: bool = False  # a decade ("in her 60s"): age is its first year


@dataclass(slots=True)
class RoleRef:
    title: str
    organization: str | None
    start_char: int
    end_char: int


@dataclass(slots=True)
class RelationRef:
    type: str
    other: Cluster
    start_char: int
    end_char: int


@dataclass(slots=True, eq=False)
class Cluster:
    """One person or organization of the article, with every mention of it."""

    id: str
    label: str  # PERSON | ORG
    name: str = ""
    mentions: list[MentionRef] = field(default_factory=list)
    name_tokens: tuple[str, ...] = ()  # of the fullest name: ("John", "Legend")
    gender_evidence: Counter = field(default_factory=Counter)  # from honorifics, kin nouns
    pronoun_votes: Counter = field(default_factory=Counter)
    ages: list[AgeRef] = field(default_factory=list)
    roles: list[RoleRef] = field(default_factory=list)
    relations: list[RelationRef] = field(default_factory=list)
    group: bool = False  # several people ("the Americans", "Chao and Yang"): a pronoun's antecedent, no person of the record

    @property
    def gender(self) -> str | None:
        votes = self.gender_evidence or self.pronoun_votes
        if not votes:
            return None
        (best, n), *rest = votes.most_common(2) + [(None, 0)]
        return best if n > rest[0][1] else None

    @property
    def first(self) -> int:
        return self.mentions[0].start if self.mentions else 0

    def add(self, mention: MentionRef) -> None:
        self.mentions.append(mention)
