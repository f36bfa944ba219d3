"""Pydantic models of the HTTP boundary: what the API accepts and returns, for validation and OpenAPI.

Records themselves stay frozen dataclasses (dateline.records); pydantic reads
them directly, so the article record's schema cannot drift from the code.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from ..readers import DEFAULT_MAX_CHARS
from ..records import ArticleRecord

T = TypeVar("T")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD: pydantic would otherwise read `0.0` or `1700000000` as a Unix time."""
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


Day = Annotated[date, BeforeValidator(_iso_day)]  # a date in input: YYYY-MM-DD and nothing else


class Error(BaseModel):
    """Every error the API itself returns: a message and a stable code (see dateline/errors.py)."""

    detail: str
    code: str = Field(description="stable code such as E014; empty for errors of the HTTP layer")


class Page(BaseModel, Generic[T]):
    """One page of a listing: `total` items match; these are items offset … offset + limit."""

    total: int
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    headline: str = Field(description="the title, else the article's opening words")
    published: date | None
    outlet: str | None
    url: str | None
    source: str | None
    snippet: str = Field(description="some text near the first word searched, else the opening")
    chars: int
    people: int
    quotes: int
    times: int


class PersonSummary(BaseModel):
    entity_id: str
    name: str
    gender: str | None
    articles: int
    mentions: int
    birth_from: date | None
    birth_to: date | None
    first_seen: date | None
    last_seen: date | None


class QuoteHit(BaseModel):
    article_id: str
    quote_id: str
    kind: str
    attribution: str | None = Field(None, description="speech, thought or intention (null in a store that does not record it)")
    text: str
    start: int
    end: int
    published: date | None
    outlet: str | None
    url: str | None = None
    article_title: str | None
    speaker_name: str | None
    speaker_entity: str | None = Field(description="the speaker's entity id in the knowledge base")
    cue: str | None
    cue_lemma: str | None
    addressee_name: str | None
    addressee_org: str | None
    confidence: float | None
    kb_quote_id: str | None = Field(description="the quote across outlets (direct quotes only)")
    appearances: int | None
    outlets: list[str] | None = Field(description="the outlets that printed the words (articles with no outlet left out)")
    printers: list[str] | None = Field(None, description="every printing's outlet, else its file or URL, earliest first")


class Appearance(BaseModel):
    article_id: str
    quote_id: str
    published: date | None
    outlet: str | None
    similarity: float | None
    title: str | None
    headline: str
    url: str | None
    source: str | None
    text: str
    kind: str
    start: int
    end: int
    speaker_name: str | None
    cue: str | None
    earliest: bool


class ConflictBrief(BaseModel):
    kind: str
    detail: str | None
    article_a: str | None
    evidence_a: str | None
    article_b: str | None
    evidence_b: str | None
    source_a: str | None = Field(None, description="article a's outlet, else its source (profiles)")
    published_a: date | None = None
    source_b: str | None = None
    published_b: date | None = None


class QuoteAcrossOutlets(BaseModel):
    kb_quote_id: str
    text: str
    speaker_entity: str | None
    speaker_name: str | None
    first_article: str
    first_quote: str
    first_published: date | None
    first_outlet: str | None
    first_title: str | None
    first_headline: str | None
    given_to: str | None
    appearances: int
    outlets: list[str]
    sources: list[Appearance] = Field(description="every appearance, earliest first")
    conflicts: list[ConflictBrief]


class Conflict(BaseModel):
    conflict_id: str
    kind: str
    detail: str | None
    entity_id: str | None
    person: str | None
    kb_quote_id: str | None
    article_a: str | None
    published_a: date | None
    outlet_a: str | None
    source_a: str | None
    evidence_a: str | None
    article_b: str | None
    published_b: date | None
    outlet_b: str | None
    source_b: str | None
    evidence_b: str | None


class AgeEvidence(BaseModel):
    age: int
    approximate: bool | None
    amount: int | None = None  # as written: 9 for "9 months"
    unit: str | None = None  # Y, M, W or D
    as_of: str | None = Field(None, description="the date the age is given for: the publication date, or an event's "
                                               "(“2020-09”); null when not known")
    event: str | None = Field(None, description="null for an age now; “birth” or “loss”: a gestational age at that "
                                                "event (a loss gives no birth interval); “birthday”: the age turned "
                                                "on a dated birthday")
    birth_from: date | None
    birth_to: date | None
    article_id: str
    published: date | None
    outlet: str | None
    source: str | None
    title: str | None
    start_char: int
    end_char: int
    evidence: str | None = Field(None, description="the words that give the age: “43”, “nine-month-old”")
    context: str | None


class RoleSeen(BaseModel):
    title: str
    organization: str | None
    articles: int


class RelationSeen(BaseModel):
    type: str
    entity_id: str | None
    name: str | None
    article_id: str
    evidence: str | None
    articles: int


class Printing(BaseModel):
    article_id: str
    published: date | None
    outlet: str | None
    source: str | None


class PersonQuote(BaseModel):
    article_id: str
    quote_id: str
    kind: str
    text: str
    cue_lemma: str | None
    addressee_name: str | None
    published: date | None
    outlet: str | None
    title: str | None
    kb_quote_id: str | None
    appearances: int | None
    outlets: list[str] | None
    first_published: date | None
    printed_by: list[Printing] = Field(
        description="every article that printed it, earliest first (with articles that have no outlet)")


class TimelineItem(BaseModel):
    earliest: date | None
    latest: date | None
    article_id: str
    published: date | None
    source: str | None = Field(description="the article's outlet, else its source")
    sentence: str | None


class OtherMatch(BaseModel):
    entity_id: str
    name: str
    articles: int


class Profile(PersonSummary):
    """A person across all stored articles, as `dateline person --format json` prints it."""

    names: list[str]
    gender_references: dict[str, int]
    birth_evidence: list[AgeEvidence]
    roles: list[RoleSeen]
    relations: list[RelationSeen]
    quotes: list[PersonQuote] = Field(description="by date; a reprinted quote once, with every outlet")
    timeline: list[TimelineItem]
    conflicts: list[ConflictBrief]
    other_matches: list[OtherMatch] = Field(description="other people the name matches (by-name lookups)")


class OutletCount(BaseModel):
    outlet: str | None
    articles: int


class DateRange(BaseModel):
    first: date | None
    last: date | None
    undated: int


class Stats(BaseModel):
    schema_version: int
    rows: dict[str, int] = Field(description="rows per table")
    published: DateRange
    outlets: list[OutletCount] = Field(description="the ten outlets with most articles")
    kb_current: bool = Field(description="false when articles were stored after the knowledge base was built")
    writable: bool


class ArticleIn(BaseModel):
    """An article to analyse (or to store): its text and publication date."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=DEFAULT_MAX_CHARS, description="the article body")
    published: Day | None = Field(None, description="publication date; anchors relative dates and ages")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    outlet: str | None = Field(None, max_length=500)


class ArticleToStore(ArticleIn):
    """An article to store: like one to analyse, but its text must have words."""

    text: str = Field(max_length=DEFAULT_MAX_CHARS, pattern=r"\S", description="the article body, not blank")


class Stored(BaseModel):
    id: str
    replaced: bool = Field(description="an article with this id was stored before and is replaced")
    record: ArticleRecord


__all__ = [name for name in dir() if name[:1].isupper()]
