"""Named periods: "the third quarter", "last year", "the year-earlier period", "this weekend".

A period noun names a granularity; the words before it say which one:
an ordinal counts within the year ("the third quarter"), a relative word
steps from the publication or the narrative ("last year", "the following
week"), and "latest", "same", "year-earlier" reuse the period of that
granularity last mentioned (financial news: "the quarter ... a year
earlier").
"""

from __future__ import annotations

from datetime import date, timedelta

from . import resolve
from . import words
from .context import Context, Norm
from .values import GRAN_OF_UNIT, ORDER, Period



def _year_step(det: str) -> int | None:
    """The step of a possessive year before a period noun: "last year's" is -1."""
    if not det.endswith("year's"):
        return None
    rel = words.relative(det.split()[0])
    return rel[0] if rel else None


def _head(text: str, ctx: Context) -> tuple[str | None, str | None]:
    """Granularity (and season code) of a period noun; "period" takes the last time's."""
    k = words.key(text)
    if k == "half":
        return "H", None
    if k == "period":  # a reporting period: the quarter or half talked about, else a quarter
        return ("H" if "H" in ctx.last and "Q" not in ctx.last else "Q"), None
    if code := words.season(k):
        return "S", code
    unit = words.unit(k)
    return (GRAN_OF_UNIT.get(unit[0]) if unit else None), None


def _current(gran: str, ctx: Context) -> Period | None:
    return Period.of(gran, ctx.dct) if ctx.dct else None


def _mentioned(gran: str, ctx: Context, holding: bool = False) -> Period | None:
    """The period of this granularity last mentioned; with `holding`, else the one holding the last time."""
    if gran in ctx.last:
        return ctx.last[gran]
    anchor = ctx.anchor
    if holding and anchor is not None and anchor.gran not in ("T", "S") and ORDER[anchor.gran] <= ORDER[gran]:
        return anchor.at(gran)
    return None


def _day_in(gran: str, ctx: Context, *, latest: bool = False) -> Norm | None:
    """"that day" counted from a month or a year: a day of it not known (`1998-10-XX`).

    `latest`: from the last time mentioned even when some day was mentioned before it.
    """
    anchor = ctx.anchor
    if gran != "D" or (not latest and "D" in ctx.last) or anchor is None or anchor.gran not in ("M", "Y"):
        return None
    value = anchor.value + ("-XX" if anchor.gran == "M" else "-XX-XX")
    return Norm("DATE", value, period=anchor, narrative=True, relative=True)


def _latest(gran: str, ctx: Context) -> Period | None:
    """The last complete period before publication (the quarter just reported)."""
    current = _current(gran, ctx)
    return current.next(-1) if current else None


def _ordinal(n: int, gran: str, year: int | None, ctx: Context) -> Period | None:
    """The n-th quarter or half of a year; without a year, the last such one begun by publication."""
    if gran not in ("Q", "H") or not 1 <= n <= (4 if gran == "Q" else 2):
        return None
    month = 1 + (n - 1) * (3 if gran == "Q" else 6)
    if year is not None:
        return Period(gran, date(year, month, 1))
    if ctx.dct is None:
        return None
    found = Period(gran, date(ctx.dct.year, month, 1))
    if found.start > ctx.dct and ctx.tense != "future":
        found = Period(gran, date(ctx.dct.year - 1, month, 1))
    return found


def _stepped(gran: str, code: str | None, step: int, narrative: bool, ctx: Context) -> tuple[Period | None, bool]:
    """The period `step` periods from the publication or the narrative's last time."""
    if code is not None and not narrative and ctx.dct:
        return resolve.season(ctx.dct, code, step, ctx.tense), False
    if code is not None:  # "that summer": the summer of the narrative's year, else the one the tense picks
        base, used = ctx.base(narrative)
        if base is None:
            return None, False
        day = date(base.start.year, 7, 1) if base.gran == "Y" else base.start  # "In 1998 … That winter": 1998-WI
        return resolve.season(day, code, step if used else None, ctx.tense), used
    if gran == "WE" and not narrative and ctx.dct:
        return _weekend(ctx, step), False
    base, used = ctx.base(narrative)
    if base is None:
        return None, False
    if base.gran == "T":
        base = Period("D", base.start)
    return Period.of(gran, base.start).next(step), used


def _weekend(ctx: Context, step: int | None) -> Period:
    """This, last or next weekend; "the weekend" by the tense."""
    dct = ctx.dct
    during = dct.isoweekday() >= 6
    coming = Period.of("WE", dct) if during else Period.of("WE", dct + timedelta(days=6 - dct.isoweekday()))
    past = Period.of("WE", dct).next(-1) if during else Period.of("WE", dct)
    if step is None:
        step = -1 if ctx.tense == "past" or (ctx.tense is None and dct.isoweekday() <= 3) else 0
    return {-1: past, 0: coming, 1: coming if not during else coming.next(1)}[step]


def period(slots: dict[str, str], ctx: Context) -> Norm | None:
    """A period noun with modifiers: ordinals, relative words, latest, year-earlier."""
    gran, code = _head(slots["head"], ctx)
    if gran is None:
        return None
    det = words.key(slots.get("det", ""))
    mods = words.period_mods(slots["mods"])
    year = resolve.year(slots.get("year") or slots.get("pyear") or "", ctx.dct)
    if (step := _year_step(det)) is not None and ctx.dct:
        year = ctx.dct.year + step
    ordinals = [int(m) for m in mods if m.isdigit()]
    rels = [m.split(":") for m in mods if m.startswith("rel:")]
    flags = {m for m in mods if not m.isdigit() and not m.startswith("rel:")}
    found, narrative = None, False
    if not ordinals and gran in ("Q", "H") and slots.get("year") and words.key(slots["mods"]).strip() in ("last", "final"):
        ordinals, rels = [4 if gran == "Q" else 2], []  # "the last half of 1989": its second half, not a step back
    if ordinals:
        found = _ordinal(ordinals[-1], gran, year, ctx)
        if found and "year_before" in flags:
            found = found.shift(-1, "Y")
    elif "year_before" in flags:
        base = _mentioned(gran, ctx) or _latest(gran, ctx)
        found, narrative = (base.shift(-1, "Y") if base else None), gran in ctx.last
    elif "latest" in flags:
        found = _mentioned(gran, ctx) or _latest(gran, ctx)
    elif "same" in flags:
        if (unknown := _day_in(gran, ctx)) is not None:
            return unknown
        found, narrative = _mentioned(gran, ctx, holding=True), True
    elif rels:
        _, step, reference = rels[-1]
        narrative = reference == "narrative" or (reference == "either" and det == "the")
        if narrative and step == "0" and (unknown := _day_in(gran, ctx, latest=True)) is not None:
            return unknown  # "that same day" after "in October 1998"
        found, narrative = _stepped(gran, code, int(step), narrative, ctx)
    elif year is not None and gran in ("Y",):
        found = Period("Y", date(year, 1, 1))
    else:  # "the full year", "the fiscal year"
        found = (_mentioned(gran, ctx) if gran in ("Q", "H") else None) or _current(gran, ctx)
    if found is None:
        return None
    comparison = "year_before" in flags
    return Norm("DATE", period=found, narrative=narrative, relative=year is None, comparison=comparison)


def det_period(slots: dict[str, str], ctx: Context) -> Norm | None:
    """A period noun after a determiner: "this year", "the quarter", "last week", "that day"."""
    gran, code = _head(slots["head"], ctx)
    if gran is None:
        return None
    det = words.key(slots["det"])
    if (step := _year_step(det)) is not None and ctx.dct and gran != "Y":  # "last year's quarter"
        slots = {**slots, "pyear": str(ctx.dct.year + step)}
    elif words.key(slots["head"]) == "period" and "pyear" not in slots:
        return None  # "the period" alone is no time
    if "pyear" in slots and code:  # "the 2014 winter"
        year = resolve.year(slots["pyear"], ctx.dct)
        return Norm("DATE", period=Period("S", date(year, resolve.SEASON_START[code], 1), code)) if year else None
    if "pyear" in slots:  # "the 1988 quarter", "the 1988 period": the period talked about, in that year
        year = resolve.year(slots["pyear"], ctx.dct)
        base = _mentioned(gran, ctx) or _latest(gran, ctx)
        if base is None or year is None:
            return None
        return Norm("DATE", period=base.shift(year - base.start.year, "Y"), comparison=year != base.start.year)
    if "year" in slots:
        year = resolve.year(slots["year"], ctx.dct)
        if year is None:
            return None
        if code:
            return Norm("DATE", period=Period("S", date(year, resolve.SEASON_START[code], 1), code))
        return Norm("DATE", period=Period.of(gran, date(year, 1, 1))) if gran in ("Y", "H", "Q") else None
    if det in ("this", "last", "next"):
        found, narrative = _stepped(gran, code, words.relative(det)[0], False, ctx)
    elif det == "that":
        if (unknown := _day_in(gran, ctx)) is not None:
            return unknown
        found, narrative = _mentioned(gran, ctx, holding=True), True
    elif code is not None and ctx.dct:
        found, narrative = resolve.season(ctx.dct, code, None, ctx.tense), False
    elif gran == "WE" and ctx.dct:
        found, narrative = _weekend(ctx, None), False
    elif gran in ("Q", "H"):  # "the quarter": the one being reported, else the last complete one
        mentioned = _mentioned(gran, ctx)
        found, narrative = mentioned or _latest(gran, ctx), mentioned is not None
    else:  # "the year", "the week": the current one
        found, narrative = _current(gran, ctx), False
    if found is None:
        return None
    return Norm("DATE", period=found, narrative=narrative, relative=True)


def year_ago(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"year-earlier", "year-ago": the year before the time talked about."""
    base, narrative = ctx.base(True)
    if base is None:
        return None
    gran = base.gran if base.gran in ("Q", "H") else "Y"  # in a report on a quarter, that quarter
    year_before = Period.of(gran, base.start).shift(-1, "Y")
    return Norm("DATE", period=year_before, narrative=narrative, relative=True, comparison=True)


def period_end(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"year end", "the quarter's end": the end of the period talked about or the current one."""
    unit = words.unit(slots["unit"])
    gran = GRAN_OF_UNIT.get(unit[0]) if unit else None
    if gran is None:
        return None
    found = _mentioned(gran, ctx) if gran in ctx.last else _current(gran, ctx)
    return Norm("DATE", period=found, relative=True) if found else None


def quarter_code(slots: dict[str, str], ctx: Context) -> Norm | None:
    """"Q3" of this year, or of the year written with it ("2018Q4", "18q4", "Q4 2018")."""
    q = int(slots["q"])
    if "qyear" in slots or "year" in slots:
        text = slots.get("year") or slots["qyear"]
        year = resolve.year(text if len(text) == 4 or not text.isdigit() else f"'{text}", ctx.dct)
        relative = False
    elif ctx.dct is not None:
        year = ctx.dct.year + ((words.relative(slots["yrel"]) or (0, ""))[0] if "yrel" in slots else 0)
        relative = True
    else:
        return None
    return Norm("DATE", period=Period("Q", date(year, 3 * q - 2, 1)), relative=relative) if year else None
