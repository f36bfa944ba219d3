"""Timelines as the geometry of an inline SVG, computed on the server: a person's and an article's.

A person's rows, top to bottom: the birth interval the ages imply, the
articles that mention the person, their quotes (by publication date) and the
dated statements about them (timeline entries, by the time they refer to).
An article's: its publication date and the time expressions it normalizes.
Marks of one row on one day are merged into one, with a count, so a day with
nine quotes is one readable dot rather than nine on top of each other. A
birth decades before the coverage gets its own stretch of the axis, before a
break, so both stay readable. The template draws it; nothing here is HTML,
so escaping stays in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WIDTH, LEFT, RIGHT, TOP, ROW, AXIS = 1160, 118, 24, 12, 34, 28
SMALL = 560  # an article's chart, in its side column
BIRTH_SHARE, GAP = 0.16, 0.04  # of the plot: the birth's stretch of a broken axis, and the break
MAX_TIP_ITEMS = 4  # texts named in a merged mark's tooltip


@dataclass(frozen=True, slots=True)
class Mark:
    row: str
    x: float
    y: float
    width: float  # 0 for a point
    href: str | None
    tip: str
    count: int = 1


@dataclass(slots=True)
class Chart:
    width: int
    height: int
    rows: list[tuple[str, float]]  # label, y
    ticks: list[tuple[float, str]]  # x, label
    marks: list[Mark] = field(default_factory=list)
    axis_y: float = 0.0
    left: float = LEFT  # where the plot starts (row labels are to its left) and ends
    right: float = WIDTH - RIGHT
    breaks: list[float] = field(default_factory=list)  # x of a break in the axis


@dataclass(frozen=True, slots=True)
class _Item:
    row: str
    start: date
    end: date
    href: str | None
    text: str


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _items(profile: dict[str, Any], articles: list[dict[str, Any]], root: str) -> list[_Item]:
    items: list[_Item] = []
    lo, hi = _day(profile.get("birth_from")), _day(profile.get("birth_to"))
    if lo and hi:
        ages = len(profile.get("birth_evidence") or [])
        items.append(_Item("born", lo, hi, None, f"born {lo} … {hi} (from {ages} stated age(s))"))
    for a in articles:
        if day := _day(a.get("published")):
            items.append(_Item("articles", day, day, f"{root}/articles/{a['id']}", a.get("title") or a["id"]))
    for q in profile.get("quotes") or []:
        if day := _day(q.get("published")):
            href = (f"{root}/quotes/{q['kb_quote_id']}" if q.get("kb_quote_id")
                    else f"{root}/articles/{q['article_id']}#quote-{q['quote_id']}")
            items.append(_Item("quotes", day, day, href, f"“{_short(q['text'])}”"))
    for t in profile.get("timeline") or []:
        start, end = _day(t.get("earliest")), _day(t.get("latest"))
        if start or end:
            start, end = start or end, end or start
            items.append(_Item("events", start, end, f"{root}/articles/{t['article_id']}", _short(t.get("sentence") or "")))
    return items


ROWS = {"born": "born", "articles": "in articles", "quotes": "quoted", "events": "dated events",
        "published": "published", "times": "times named"}


class _Axis:
    """Days to x: one linear stretch, or two with a break when a birth lies far before the coverage."""

    def __init__(self, items: list[_Item], left: float, right: float) -> None:
        born = [i for i in items if i.row == "born"]
        rest = [i for i in items if i.row != "born"] or born
        lo, hi = min(i.start for i in rest).toordinal(), max(i.end for i in rest).toordinal()
        self.parts: list[tuple[int, int, float, float]] = []  # (first day, last day, x0, x1)
        far = born and max(b.end.toordinal() for b in born) < lo - max(2 * 365, hi - lo)
        plot = right - left
        if far:
            b0, b1 = min(b.start.toordinal() for b in born), max(b.end.toordinal() for b in born)
            pad = max(180, (b1 - b0) // 4)
            split = left + plot * BIRTH_SHARE
            self.parts.append((b0 - pad, b1 + pad, left, split))
            left = split + plot * GAP
        else:
            lo = min([lo, *(b.start.toordinal() for b in born)])
        pad = max(30, (hi - lo) // 40)
        self.parts.append((max(1, lo - pad), min(date.max.toordinal(), hi + pad), left, right))

    def x(self, day: date) -> float:
        n = day.toordinal()
        for d0, d1, x0, x1 in self.parts:
            if n <= d1 or (d0, d1, x0, x1) == self.parts[-1]:
                return round(x0 + (n - d0) / max(1, d1 - d0) * (x1 - x0), 1)
        return self.parts[-1][3]

    def ticks(self) -> list[tuple[float, str]]:
        out = []
        for d0, d1, x0, x1 in self.parts:
            most = max(2, int((x1 - x0) // 90))
            out += [(self.x(d), label) for d, label in _ticks(date.fromordinal(d0), date.fromordinal(d1), most)]
        return out

    def breaks(self) -> list[float]:
        return [round((a[3] + b[2]) / 2, 1) for a, b in zip(self.parts, self.parts[1:])]


def _chart(items: list[_Item], width: int) -> Chart:
    axis = _Axis(items, LEFT, width - RIGHT)
    rows = [r for r in ROWS if any(i.row == r for i in items)]
    ys = {r: TOP + ROW * n + ROW / 2 for n, r in enumerate(rows)}
    axis_y = TOP + ROW * len(rows) + 4
    chart = Chart(width, int(axis_y + AXIS), [(ROWS[r], ys[r]) for r in rows], axis.ticks(), axis_y=axis_y,
                  right=width - RIGHT, breaks=axis.breaks())
    merged: dict[tuple[str, date, date], list[_Item]] = defaultdict(list)
    for item in items:
        merged[(item.row, item.start, item.end)].append(item)
    for (row, start, end), group in sorted(merged.items()):
        x0, x1 = axis.x(start), axis.x(end)
        width_ = max(0.0, x1 - x0)
        chart.marks.append(Mark(row, x0, ys[row], width_ if width_ >= 3 else 0.0, group[0].href,
                                _tip(start, end, group), len(group)))
    return chart


def timeline_chart(profile: dict[str, Any], articles: list[dict[str, Any]], *, root: str = "") -> Chart | None:
    """The chart of a profile (see dateline.kb.profile) and the person's articles; None when nothing is dated."""
    items = _items(profile, articles, root)
    return _chart(items, WIDTH) if items else None


def article_chart(record: Any) -> Chart | None:
    """A small chart of an article: its publication date and the time spans it names; None when none is dated."""
    items = []
    if day := _day(record.published):
        items.append(_Item("published", day, day, None, "the article is published"))
    for t in record.times:
        start, end = _day(t.earliest), _day(t.latest)
        if start or end:
            start, end = start or end, end or start
            items.append(_Item("times", start, end, f"#time-{t.id}", f"“{_short(t.text, 60)}” {t.value or ''}".strip()))
    return _chart(items, SMALL) if len(items) > 1 else None


def _tip(start: date, end: date, group: list[_Item]) -> str:
    when = str(start) if start == end else f"{start} … {end}"
    texts = [i.text for i in group[:MAX_TIP_ITEMS]]
    more = f" (and {len(group) - MAX_TIP_ITEMS} more)" if len(group) > MAX_TIP_ITEMS else ""
    return f"{when}: " + " · ".join(texts) + more


def _short(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _ticks(lo: date, hi: date, most: int = 8) -> list[tuple[date, str]]:
    """Year ticks at a round step, at most `most`; month ticks when the span is short."""
    years = hi.year - lo.year
    if years < 2:
        months = [(y, m) for y in range(lo.year, hi.year + 1) for m in range(1, 13)]
        inside = [date(y, m, 1) for y, m in months if lo <= date(y, m, 1) <= hi]
        step = max(1, -(-len(inside) // most))
        return [(d, d.strftime("%Y-%m")) for d in inside[::step]]
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000, 2500) if years / s <= most)
    first = -(-lo.year // step) * step
    return [(date(y, 1, 1), str(y)) for y in range(first, hi.year + 1, step) if lo <= date(y, 1, 1) <= hi]
