"""What normalization reads (the publication date, the tense, the last time) and what it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .values import Period


@dataclass(slots=True)
class Context:
    """What a relative expression is resolved against."""

    dct: date | None  # the publication date
    tense: str | None = None  # past | present | future, of the clause holding the expression
    anchor: Period | None = None  # the time last mentioned
    last: dict[str, Period] = field(default_factory=dict)  # the last mentioned period of each granularity
    now: tuple[int, int, int] | None = None  # the publication's clock time (hour, minute, second), when known
    day_first: bool | None = None  # numeric dates are d/m (True), m/d (False), or not known (None)
    country: str | None = None  # the outlet's country code ("uk", "gb", "ca"), when its domain or tag says
    ambiguous: bool = False  # set by normalization: a numeric date that reads both ways was left unresolved
    game_clock: bool = False  # the time last mentioned is a minute of a game ("in the 69th minute")
    scheduled: bool = False  # the future of a schedule ("takes effect July 1"): a date without a year is ahead

    def penalty(self, usual: int) -> int:
        """Days more for a candidate date on the side the tense rules out: a schedule rules it out."""
        return 100_000 if self.scheduled else usual

    def base(self, narrative: bool) -> tuple[Period | None, bool]:
        """The time to count from, and whether it is the narrative anchor."""
        if narrative and self.anchor is not None:
            return self.anchor, True
        return (Period("D", self.dct) if self.dct else None), False


@dataclass(slots=True)
class Norm:
    type: str
    value: str | None = None
    mod: str | None = None
    period: Period | None = None
    narrative: bool = False  # counted from Context.anchor
    relative: bool = False  # needed the publication date
    comparison: bool = False  # counted back from the narrative: does not become the narrative's time
    bounds: tuple[date, date] | None = None  # the days it may be, when not its period's (see interval)
    from_publication: bool = False  # "earlier/later this year": the part before or after publication
    earliest: date | None = None
    latest: date | None = None
    game_clock: bool = False  # a minute of a game, or minutes after one: on the game's clock, not the calendar
