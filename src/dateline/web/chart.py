"""A person's timeline as the geometry of an inline SVG, computed on the server.

Rows, top to bottom: the birth interval the ages imply, the articles that
mention the person, their quotes (by publication date) and the dated
statements about them (timeline entries, by the time they refer to). Marks of
one row on one day are merged into one, with a count, so a day with nine
quotes is one readable dot rather than nine on top of each other. The
template draws it; nothing here is HTML, so escaping stays in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

WIDTH, LEFT, RIGHT, TOP, ROW, AXIS = 760, 118, 24, 12, 34, 28
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
    label: str | None = None  # drawn as text instead of a shape: a birth interval far left of the axis


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


ROWS = {"born": "born", "articles": "in articles", "quotes": "quoted", "events": "dated events"}


def timeline_chart(profile: dict[str, Any], articles: list[dict[str, Any]], *, root: str = "") -> Chart | None:
    """The chart of a profile (see dateline.kb.profile) and the person's articles; None when nothing is dated."""
    items = _items(profile, articles, root)
    if not items:
        return None
    # A birth decades before the coverage would squeeze every article into one corner: the axis
    # then spans the coverage, and the birth interval is written at its left end.
    born = [i for i in items if i.row == "born"]
    rest = [i for i in items if i.row != "born"] or born
    lo = min(i.start for i in rest).toordinal()
    hi = max(i.end for i in rest).toordinal()
    far = [b for b in born if b.end.toordinal() < lo - max(2 * 365, hi - lo)]
    if not far:
        lo = min([lo, *(b.start.toordinal() for b in born)])
    pad = max(30, (hi - lo) // 40)
    lo, hi = max(1, lo - pad), min(date.max.toordinal(), hi + pad)  # dates stay within year 1 … 9999
    rows = [r for r in ROWS if any(i.row == r for i in items)]
    ys = {r: TOP + ROW * n + ROW / 2 for n, r in enumerate(rows)}
    plot = WIDTH - LEFT - RIGHT

    def x(day: date) -> float:
        return round(LEFT + (day.toordinal() - lo) / (hi - lo) * plot, 1)

    axis_y = TOP + ROW * len(rows) + 4
    chart = Chart(WIDTH, int(axis_y + AXIS), [(ROWS[r], ys[r]) for r in rows],
                  [(x(d), label) for d, label in _ticks(date.fromordinal(lo), date.fromordinal(hi))], axis_y=axis_y)
    merged: dict[tuple[str, date, date], list[_Item]] = defaultdict(list)
    for item in items:
        merged[(item.row, item.start, item.end)].append(item)
    for (row, start, end), group in sorted(merged.items()):
        if group[0] in far:
            chart.marks.append(Mark(row, chart.left + 4, ys[row], 0.0, None, group[0].text, 1,
                                    f"◂ born {start.year}" + (f"–{end.year}" if end.year != start.year else "")))
            continue
        width = max(0.0, x(end) - x(start))
        chart.marks.append(Mark(row, x(start), ys[row], width if width >= 3 else 0.0, group[0].href,
                                _tip(start, end, group), len(group)))
    return chart


def _tip(start: date, end: date, group: list[_Item]) -> str:
    when = str(start) if start == end else f"{start} … {end}"
    texts = [i.text for i in group[:MAX_TIP_ITEMS]]
    more = f" (and {len(group) - MAX_TIP_ITEMS} more)" if len(group) > MAX_TIP_ITEMS else ""
    return f"{when}: " + " · ".join(texts) + more


def _short(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Year ticks at a round step, at most eight; month ticks when the span is short."""
    years = hi.year - lo.year
    if years < 2:
        months = [(y, m) for y in range(lo.year, hi.year + 1) for m in range(1, 13)]
        inside = [date(y, m, 1) for y, m in months if lo <= date(y, m, 1) <= hi]
        step = max(1, -(-len(inside) // 8))
        return [(d, d.strftime("%Y-%m")) for d in inside[::step]]
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000) if years / s <= 8)
    first = -(-lo.year // step) * step
    return [(date(y, 1, 1), str(y)) for y in range(first, hi.year + 1, step) if lo <= date(y, 1, 1) <= hi]
