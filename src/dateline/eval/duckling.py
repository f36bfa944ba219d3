"""Duckling's English time and duration corpora as TIMEX3 cases.

Duckling (BSD) writes its tests as Haskell: `examples (datetime (2013, 2, 15,
0, 0, 0) Day) ["2/15", ...]`. This module reads those files without Haskell
and maps each example's value to the TIMEX3 value TimeML would give the
phrase, at the reference time of `Duckling/Time/Corpus.hs`
(2013-02-12T04:30:00-02:00). The mapping (docs/accuracy.md says why):

- a point (`datetime`, `datetimeHoliday`) by its grain: Second at the
  reference time is PRESENT_REF, other seconds `YYYY-MM-DDTHH:MM:SS`;
  Minute and Hour `YYYY-MM-DDTHH:MM`; Day a date; Week the ISO week of its
  first day; Month, Quarter, Year as TIMEX3 writes them;
- an interval that is one TIMEX3 period: a part of a day (`TMO`, `TAF`,
  `TEV`/`TNI`), a weekend (`YYYY-Www-WE`), a season (`YYYY-SU`);
- a holiday that lasts several days ("Ramadan", "Lent"): its days,
  compared with dateline's earliest/latest (Hebrew-calendar holidays also by
  the day after Duckling's, which dates them by the evening they begin: one
  of the `equivalents`, scored apart);
- a duration (`DurationData n Grain`): an ISO duration, compared by length.

Left out: clock times with a time zone (Duckling converts them to the
reference zone, TIMEX3 keeps the time said), open intervals ("after 2pm", "before 2014": TIMEX3 puts the bound
in mod, Duckling in an open end), ranges ("from 9:30 to 11", "last 2 days":
two TIMEX3 in TimeML, one interval in Duckling), the latent corpus (what
Duckling finds only on request: "7", "the 24") and the differently anchored
`diffCorpus`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

REFERENCE = datetime(2013, 2, 12, 4, 30, 0)
TIME_CORPUS = Path("Duckling") / "Time" / "EN" / "Corpus.hs"
DURATION_CORPUS = Path("Duckling") / "Duration" / "EN" / "Corpus.hs"

# Holidays of the Hebrew calendar: they begin at sunset, and Duckling dates them by that evening; TIMEX3 by the
# day, so the mapping also accepts the day after (and, for several days, the days one later).
HEBREW_CALENDAR = frozenset({
    "Rosh Hashanah", "Yom Kippur", "Sukkot", "Shemini Atzeret", "Simchat Torah", "Hanukkah", "Purim", "Shushan Purim",
    "Passover", "Shavuot", "Tisha B'Av", "Lag BaOmer", "Yom HaShoah", "Yom Ha'atzmaut", "Tu BiShvat",
})
# Duckling converts a clock time said in another zone to the reference zone (-02:00); TIMEX3 keeps the time said.
_ZONE = re.compile(r"\b(?:GMT|UTC|PST|PDT|EST|EDT|CST|CDT|MST|MDT|BST|CET|CEST|IST|JST|AEST)\b", re.I)
_ZONE_REASON = "clock time in a time zone (Duckling converts it to the reference zone; TIMEX3 keeps it as said)"
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_TUPLE = re.compile(r"\((-?\d+), (-?\d+), (-?\d+), (-?\d+), (-?\d+), (-?\d+)\)")
_SECTION = re.compile(r"^([a-zA-Z]+) ::", re.M)
_KEPT_SECTIONS = ("defaultCorpus", "allExamples")
_DURATION_UNITS = {"Second": "S", "Minute": "MIN", "Hour": "H", "Day": "D", "Week": "W", "Month": "M", "Quarter": "Q", "Year": "Y"}


@dataclass(frozen=True, slots=True)
class Case:
    """One phrase and what dateline should give for it."""

    phrase: str
    kind: str  # holiday, clock, date, week, month, quarter, year, now, daypart, weekend, season, span, duration
    values: tuple[str, ...]  # accepted TIMEX3 values; for a span "YYYY-MM-DD/YYYY-MM-DD" (first and last day)
    source: str  # the Haskell constructor, for reports
    equivalents: tuple[str, ...] = ()  # the same value written another way in TIMEX3 (`equivalents`); scored apart


@dataclass(frozen=True, slots=True)
class Corpus:
    cases: tuple[Case, ...]
    negatives: tuple[str, ...]
    left_out: dict[str, int]  # why -> how many phrases


def read_duckling(root: str | Path) -> Corpus:
    """The kept cases, negative phrases and counts of what was left out, from a Duckling checkout."""
    root = Path(root)
    cases: list[Case] = []
    negatives: list[str] = []
    left_out: dict[str, int] = {}
    for path, duration in ((root / TIME_CORPUS, False), (root / DURATION_CORPUS, True)):
        text = _strip_comments(path.read_text(encoding="utf-8"))
        for section, body in _sections(text):
            if section == "negativeCorpus":
                negatives.extend(_unescape(s) for s in _STRING.findall(body))
                continue
            for ctor, phrases in _examples(body):
                if section not in _KEPT_SECTIONS and not (duration and section == "allExamples"):
                    left_out[f"{section} (not in Duckling's default corpus)"] = left_out.get(f"{section} (not in Duckling's default corpus)", 0) + len(phrases)
                    continue
                mapped = _map_duration(ctor) if duration else map_value(ctor)
                if isinstance(mapped, str):
                    left_out[mapped] = left_out.get(mapped, 0) + len(phrases)
                    continue
                kind, values = mapped
                for p in phrases:
                    if kind == "clock" and _ZONE.search(p):
                        left_out[_ZONE_REASON] = left_out.get(_ZONE_REASON, 0) + 1
                    else:
                        cases.append(Case(p, kind, values, ctor, equivalents(ctor)))
    return Corpus(tuple(cases), tuple(negatives), left_out)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))


def _sections(text: str) -> Iterator[tuple[str, str]]:
    marks = list(_SECTION.finditer(text))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        yield m.group(1), text[m.end() : end]


def _examples(body: str) -> Iterator[tuple[str, list[str]]]:
    """(constructor text, phrases) of each `examples (ctor) [phrases]` of a section."""
    pos = 0
    while (at := body.find("examples (", pos)) >= 0:
        open_at = at + len("examples ")
        close = _balanced(body, open_at, "(", ")")
        list_open = body.find("[", close)
        list_close = _balanced(body, list_open, "[", "]")
        ctor = " ".join(body[open_at + 1 : close].split())
        phrases = [_unescape(s) for s in _STRING.findall(body[list_open:list_close])]
        yield ctor, phrases
        pos = list_close


def _balanced(text: str, start: int, opening: str, closing: str) -> int:
    """The index of the bracket closing the one at `start`, skipping string literals."""
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c == '"':
            m = _STRING.match(text, i)
            i = m.end() if m else i + 1
            continue
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("duckling corpus: unbalanced brackets")


def _unescape(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s)


# -- the mapping to TIMEX3 -------------------------------------------------------


def map_value(ctor: str) -> tuple[str, tuple[str, ...]] | str:
    """(kind, accepted values) of a Duckling time constructor, or the reason it is left out."""
    name = ctor.split()[0]
    try:
        points = [datetime(*map(int, t)) for t in _TUPLE.findall(ctor)]
    except ValueError:
        return "a year before the Common Era (TIMEX3 has no such value here)"
    grain = re.search(r"\b(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\b", ctor)
    holiday = re.search(r'"([^"]+)"', ctor)
    if grain is None or not points:
        return "unreadable constructor"
    grain_name = grain.group(1)
    if name == "datetimeOpenInterval":
        return "open interval (TIMEX3 keeps the bound in mod)"
    if name in ("datetime", "datetimeHoliday"):
        kind = "holiday" if holiday else _point_kind(points[0], grain_name)
        return kind, (point_value(points[0], grain_name),)
    if name in ("datetimeInterval", "datetimeIntervalHoliday") and len(points) == 2:
        first, end = points
        if holiday:
            last = (end - timedelta(seconds=1)).date()
            return "holiday", (f"{first.date().isoformat()}/{last.isoformat()}",)
        return _interval(first, end, grain_name)
    return "unreadable constructor"


def equivalents(ctor: str) -> tuple[str, ...]:
    """The same value written another way in TIMEX3 (docs/accuracy.md says why each is the same).

    - `T00:00` of a day is the instant `T24:00` of the day before (ISO 8601), and TIMEX3
      writes "midnight" as `T24:00` of the day it ends;
    - a Hebrew-calendar holiday runs from the evening before its day: Duckling dates it by
      that evening (Yom Kippur 2018: 09-18), TIMEX3 by the civil day (09-19); for several
      days, also the days one later.

    Conventions that give the phrase another *meaning* (a day offset as a date rather than
    Duckling's hour, "upcoming two weeks" as a duration rather than the second week ahead)
    are not accepted: they are misses.
    """
    holiday = re.search(r'"([^"]+)"', ctor)
    grain = re.search(r"\b(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\b", ctor)
    try:
        points = [datetime(*map(int, t)) for t in _TUPLE.findall(ctor)]
    except ValueError:
        return ()
    if grain is None or not points:
        return ()
    if holiday:
        return _evening_before(ctor, holiday.group(1), points, grain.group(1))
    if not ctor.startswith("datetime ") or len(points) != 1:
        return ()
    when = points[0]
    if grain.group(1) in ("Minute", "Hour") and (when.hour, when.minute) == (0, 0):
        return ((when - timedelta(days=1)).strftime("%Y-%m-%dT24:00"),)
    return ()


def _evening_before(ctor: str, name: str, points: list[datetime], grain: str) -> tuple[str, ...]:
    """A Hebrew-calendar holiday by its civil day(s), the day after the evening Duckling dates it by."""
    if name not in HEBREW_CALENDAR:
        return ()
    if ctor.startswith("datetimeHoliday") and grain == "Day":
        return (point_value(points[0] + timedelta(days=1), grain),)
    if ctor.startswith("datetimeIntervalHoliday") and len(points) == 2:
        first, last = points[0].date(), (points[1] - timedelta(seconds=1)).date()
        after, after_last = first + timedelta(days=1), last + timedelta(days=1)
        return (f"{after.isoformat()}/{last.isoformat()}", f"{after.isoformat()}/{after_last.isoformat()}")
    return ()


def _point_kind(when: datetime, grain: str) -> str:
    if grain == "Second":
        return "now" if when == REFERENCE else "clock"
    if grain in ("Minute", "Hour"):
        return "clock"
    return {"Day": "date", "Week": "week", "Month": "month", "Quarter": "quarter", "Year": "year"}[grain]


def point_value(when: datetime, grain: str) -> str:
    """The TIMEX3 value of a Duckling point of a grain."""
    if grain == "Second":
        return "PRESENT_REF" if when == REFERENCE else when.strftime("%Y-%m-%dT%H:%M:%S")
    if grain in ("Minute", "Hour"):
        return when.strftime("%Y-%m-%dT%H:%M")
    if grain == "Day":
        return when.date().isoformat()
    if grain == "Week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain == "Month":
        return f"{when.year:04d}-{when.month:02d}"
    if grain == "Quarter":
        return f"{when.year:04d}-Q{(when.month - 1) // 3 + 1}"
    return f"{when.year:04d}"


# Duckling's parts of the day (start hour, end hour) -> TIMEX3 codes; evening and night are one interval there.
_DAYPARTS = {(0, 12): ("MO",), (4, 12): ("MO",), (12, 19): ("AF",), (12, 18): ("AF",), (18, 0): ("EV", "NI"), (19, 0): ("EV", "NI")}
# Astronomical season starts as Duckling writes them -> TIMEX3 codes.
_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def _interval(first: datetime, end: datetime, grain: str) -> tuple[str, tuple[str, ...]] | str:
    day = first.date()
    if grain == "Hour" and first.weekday() == 4 and first.hour == 18 and (end - first) == timedelta(days=2, hours=6):
        year, week, _ = (day + timedelta(days=1)).isocalendar()
        return "weekend", (f"{year:04d}-W{week:02d}-WE",)
    if grain == "Hour" and (end - first) <= timedelta(hours=20) and (first.hour, end.hour) in _DAYPARTS:
        return "daypart", tuple(f"{day.isoformat()}T{code}" for code in _DAYPARTS[(first.hour, end.hour)])
    if grain == "Day" and first.month in _SEASONS and 19 <= first.day <= 23 and 85 <= (end - first).days <= 95:
        year = first.year
        return "season", (f"{year:04d}-{_SEASONS[first.month]}",)
    return "range (TimeML writes two expressions)"


def _map_duration(ctor: str) -> tuple[str, tuple[str, ...]] | str:
    m = re.fullmatch(r"DurationData (\d+) (\w+)", ctor)
    if m is None or m.group(2) not in _DURATION_UNITS:
        return "unreadable constructor"
    from ..pipeline.times.normalize import duration_value

    return "duration", (duration_value(float(m.group(1)), _DURATION_UNITS[m.group(2)]),)


_ISO_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)Q)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?")


def duration_length(value: str | None) -> tuple[float, float] | None:
    """(months, seconds) of an ISO duration, so that PT90M and PT1H30M compare equal."""
    if not value or not (m := _ISO_DURATION.fullmatch(value)) or value in ("P", "PT"):
        return None
    y, q, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return y * 12 + q * 3 + mo, ((w * 7 + d) * 24 + h) * 3600 + mi * 60 + s


def reference_date() -> date:
    return REFERENCE.date()
