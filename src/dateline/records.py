"""The plain records dateline produces: frozen, slotted dataclasses of plain values.

Doc, Span and Token objects never leave the pipeline; everything below can be
pickled, sent between processes, written to DuckDB or Parquet and read back.
The JSON form (`ArticleRecord.to_dict`) is documented in docs/record.md; its
field names are fixed because other tools read them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One input article, as a reader produced it."""

    id: str
    text: str
    published: str | None = None  # "YYYY-MM-DD"
    published_time: str | None = None  # "HH:MM:SS", when the input gives the time of day
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # file path, with ":LINE" for a JSON Lines record
    author: str | None = None  # the byline


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # full | first | surname | single | possessive | pronoun | description


@dataclass(frozen=True, slots=True)
class Age:
    age: int
    start: int
    end: int
    birth_from: str | None  # ISO date; null when the article has no date
    birth_to: str | None
    approximate: bool = False  # "in her 60s": a range, not an exact age
    amount: int | None = None  # how many `unit`s old, as written: 9 for "9 months" (age 0); None when not known
    unit: str = "Y"  # Y years, M months, W weeks, D days
    # The date the age is given for: the publication date for an age now ("Legend, 43,"); the date of
    # the event for an age at an event ("2020-09" for "In September 2020 ... lost their son Jack, at
    # 20 weeks"); None when not known. The birth interval counts back from it, never from a later day.
    as_of: str | None = None
    # None for an age now; "birth" or "loss": a gestational age at that event, which gives the event's
    # date as the birth interval for a birth and no birth interval for a loss; "birthday": the age
    # turned on a dated birthday ("turns 24 next month": born 24 years before that month).
    event: str | None = None


_UNIT_WORDS = {"M": "months", "W": "weeks", "D": "days"}  # an age in years is just its number


def age_words(age: int, amount: int | None, unit: str | None) -> str:
    """"43", "9 months": an age as written, in its own unit (for a stored row as for an Age)."""
    return f"{amount} {_UNIT_WORDS[unit]}" if unit in _UNIT_WORDS and amount is not None else str(age)


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    organization: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Relation:
    type: str  # what the other person is to this one: child, parent, partner, sibling
    person: str  # the other person's id in the same record
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    gender: str | None = None  # as the text refers to the person: male | female
    mentions: tuple[Mention, ...] = ()
    ages: tuple[Age, ...] = ()
    roles: tuple[Role, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    person: str | None  # the person's id, or null for an unnamed speaker
    name: str  # canonical name, or the description ("a spokesperson")
    start: int
    end: int
    organization: str | None = None  # the organization's id when an organization speaks


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    lemma: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Addressee:
    name: str
    organization: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: str  # direct | indirect | partial
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: Cue | None = None
    addressee: Addressee | None = None
    confidence: float = 0.5
    attribution: str = "speech"  # speech | thought | intention (beliefs aside, stances and plans)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    id: str
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None = None
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None
    anchor: str | None = None  # "publication", or the id of the time it hangs on


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    time: str  # id of the time expression
    earliest: str | None
    latest: str | None
    start: int  # the sentence
    end: int
    people: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: str
    source: str | None
    published: str | None
    title: str | None
    url: str | None
    outlet: str | None
    text: str
    author: str | None = None  # the byline
    wire: str | None = None  # the news agency of a wire dateline ("WASHINGTON (AP) —"), when it is not the outlet
    place: str | None = None  # the dateline's place ("WASHINGTON")
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return to_plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRecord:
        return from_plain(cls, data)


# Nested record types of each field, for from_plain.
_NESTED: dict[tuple[type, str], type] = {
    (ArticleRecord, "people"): Person,
    (ArticleRecord, "organizations"): Organization,
    (ArticleRecord, "quotes"): Quote,
    (ArticleRecord, "times"): TimeExpression,
    (ArticleRecord, "timeline"): TimelineEntry,
    (Person, "mentions"): Mention,
    (Person, "ages"): Age,
    (Person, "roles"): Role,
    (Person, "relations"): Relation,
    (Organization, "mentions"): Mention,
    (Quote, "speaker"): Speaker,
    (Quote, "cue"): Cue,
    (Quote, "addressee"): Addressee,
}


def to_plain(value: Any) -> Any:
    """Records to dicts and lists, recursively (faster than dataclasses.asdict)."""
    if hasattr(value, "__dataclass_fields__"):
        return {f: to_plain(getattr(value, f)) for f in value.__dataclass_fields__}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    return value


def from_plain(cls: type, data: dict[str, Any]) -> Any:
    """The inverse of to_plain; unknown keys are ignored so newer JSON still reads."""
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        nested = _NESTED.get((cls, f.name))
        if nested is not None and value is not None:
            if isinstance(value, list):
                value = tuple(from_plain(nested, v) for v in value)
            else:
                value = from_plain(nested, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


__all__ = [
    "Addressee",
    "Age",
    "Article",
    "ArticleRecord",
    "Cue",
    "Mention",
    "Organization",
    "Person",
    "Quote",
    "Relation",
    "Role",
    "Speaker",
    "TimeExpression",
    "TimelineEntry",
    "from_plain",
    "to_plain",
]
