"""TempEval-3 Task A for time expressions: dateline beside dateparser on TimeML files.

    dateline eval time ../shared/data/timeml [--format json]

Measures as UzZaman et al. (2013): strict span P/R/F1 (same characters),
relaxed span P/R/F1 (overlapping spans matched one to one), type and value
accuracy over the relaxed matches, and type and value F1 (relaxed matches
with the right attribute, over the system's and the gold counts). The
publication date of each document is its `<DCT>`. dateparser's
`search_dates` runs on the same texts with `RELATIVE_BASE` at that date.
"""

from __future__ import annotations

import re
import time as clock
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .scoring import prf
from .timeml import TimeMLDocument, read_corpus


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression of gold or a system, as TempEval-3 compares them."""

    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass(slots=True)
class TimexCounts:
    """TempEval-3 Task A tallies over documents: strict and relaxed spans, types and values."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def add(self, gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
        """Count one document; returns the relaxed pairs (gold, system)."""
        self.gold += len(gold)
        self.system += len(system)
        self.strict += len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
        pairs = relaxed_pairs(gold, system)
        self.relaxed += len(pairs)
        self.type += sum(g.type == s.type for g, s in pairs)
        self.value += sum(g.value == s.value for g, s in pairs)
        return pairs

    def measures(self) -> dict[str, Any]:
        rel = self.relaxed or 1
        return {
            "strict": prf(self.strict, self.system, self.gold),
            "relaxed": prf(self.relaxed, self.system, self.gold),
            "value": prf(self.value, self.system, self.gold),
            "type": prf(self.type, self.system, self.gold),
            "value_accuracy": round(self.value / rel, 4) if self.relaxed else 0.0,
            "type_accuracy": round(self.type / rel, 4) if self.relaxed else 0.0,
            "gold": self.gold,
            "system": self.system,
        }


def relaxed_pairs(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Overlapping gold and system spans, each used once, largest overlaps first."""
    candidates = []
    j0 = 0
    ordered = sorted(system, key=lambda s: s.start)
    for gi, g in enumerate(sorted(gold, key=lambda s: s.start)):
        while j0 < len(ordered) and ordered[j0].end <= g.start:
            j0 += 1
        j = j0
        while j < len(ordered) and ordered[j].start < g.end:
            s = ordered[j]
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-overlap, gi, j, g, s))
            j += 1
    candidates.sort(key=lambda c: c[:3])
    used_g, used_s, pairs = set(), set(), []
    for _, gi, sj, g, s in candidates:
        if gi not in used_g and sj not in used_s:
            used_g.add(gi)
            used_s.add(sj)
            pairs.append((g, s))
    return pairs


# -- systems ---------------------------------------------------------------------


def dateline_spans(docs: Sequence[TimeMLDocument]) -> list[list[Timex]]:
    """dateline's time expressions of each document (the whole pipeline, publication = DCT)."""
    from ..pipeline import load

    nlp = load()

    def prepared():
        for d in docs:
            doc = nlp.make_doc(d.text)
            doc._.published = d.dct
            yield doc

    return [[Timex(t.start, t.end, t.type, t.value, t.text) for t in doc._.dl_times] for doc in nlp.pipe(prepared())]


def dateparser_spans(docs: Sequence[TimeMLDocument]) -> list[list[Timex]] | None:
    """dateparser's `search_dates` spans; the value at the granularity its parser reports."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None
    from datetime import datetime

    results = []
    for d in docs:
        settings = {"RELATIVE_BASE": datetime.fromisoformat(d.dct)}
        parser = DateDataParser(languages=["en"], settings=settings)
        found = search_dates(d.text, languages=["en"], settings=settings) or []
        spans, cursor = [], 0
        for text, when in found:
            start = d.text.find(text, cursor)
            if start < 0:
                continue
            cursor = start + len(text)
            period = parser.get_date_data(text).period or "day"
            spans.append(Timex(start, cursor, "TIME" if period == "time" else "DATE", _dateparser_value(when, period), text))
        results.append(spans)
    return results


def _dateparser_value(when, period: str) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


# -- evaluation ---------------------------------------------------------------------


def evaluate_time(paths: Iterable[str | Path], *, limit: int | None = None, baseline: bool = True) -> dict[str, Any]:
    """The Task A measures of dateline (top level) and of dateparser (under "dateparser")."""
    docs = list(read_corpus(paths, limit=limit))
    start = clock.perf_counter()
    ours = dateline_spans(docs)
    seconds = clock.perf_counter() - start
    counts, errors = TimexCounts(), Counter()
    examples: dict[str, list[str]] = {}
    held: list[str] = []
    for d, system in zip(docs, ours):
        gold = [Timex(t.start, t.end, t.type, t.value, t.text) for t in d.timexes]
        pairs = counts.add(gold, system)
        _collect_errors(d, gold, system, pairs, errors, examples)
        held.extend(expression_key(d.id, g) for g, s in pairs if g.value == s.value)
    result = counts.measures()
    result["held"] = sorted(held)
    result.update(documents=len(docs), seconds=round(seconds, 2))
    result["errors"] = [{"kind": k, "count": n, "examples": examples[k][:5]} for k, n in errors.most_common(15)]
    result["dateparser"] = None
    if baseline and (theirs := dateparser_spans(docs)) is not None:
        base = TimexCounts()
        for d, system in zip(docs, theirs):
            base.add([Timex(t.start, t.end, t.type, t.value) for t in d.timexes], system)
        result["dateparser"] = base.measures()
    return result


def expression_key(doc_id: str, gold: Span) -> str:
    """A gold expression's identity across runs: document, offsets and value (no corpus text)."""
    return f"{doc_id}:{gold.start}-{gold.end} {gold.value}"


def lost_expressions(result: dict[str, Any], before: Iterable[str]) -> list[str]:
    """The gold expressions whose value an earlier run (`before`: its "held" list) got right and this one does not."""
    now = set(result.get("held", ()))
    return sorted(k for k in before if k not in now)


def _collect_errors(d: TimeMLDocument, gold, system, pairs, errors: Counter, examples: dict) -> None:
    """Kinds of miss: gold not found, spurious finds, wrong values, by type and the shape of the value."""
    matched_g = {id(g) for g, _ in pairs}
    matched_s = {id(s) for _, s in pairs}
    for g in gold:
        if id(g) not in matched_g:
            _note(errors, examples, f"missed {g.type} {shape(g.value)}", f"{g.text!r} {g.value} ({d.id})")
    for s in system:
        if id(s) not in matched_s:
            _note(errors, examples, f"spurious {s.type} {shape(s.value)}", f"{s.text!r} {s.value} ({d.id})")
    for g, s in pairs:
        if g.value != s.value:
            kind = f"value {g.type} {shape(g.value)} as {shape(s.value)}"
            _note(errors, examples, kind, f"{g.text!r} gold {g.value} got {s.value} ({d.id} {d.dct})")


def _note(errors: Counter, examples: dict, kind: str, example: str) -> None:
    errors[kind] += 1
    examples.setdefault(kind, []).append(example)


_DIGIT = re.compile(r"\d")


def shape(value: str | None) -> str:
    """A value with its digits hidden ("1998-W07" is "9999-W99"): the kind of a miss."""
    return _DIGIT.sub("9", value) if value else "none"


def format_time_report(result: dict[str, Any]) -> str:
    """The measures as a text table, dateline beside dateparser, then the most common misses."""
    rows = [("", "dateline", "dateparser")]
    base = result.get("dateparser") or {}
    for key in ("strict", "relaxed", "type", "value"):
        for part in ("p", "r", "f1"):
            theirs = f"{base[key][part]:.4f}" if base else "-"
            rows.append((f"{key} {part}", f"{result[key][part]:.4f}", theirs))
    for key in ("type_accuracy", "value_accuracy"):
        rows.append((key, f"{result[key]:.4f}", f"{base[key]:.4f}" if base else "-"))
    rows.append(("expressions found", str(result["system"]), str(base.get("system", "-"))))
    lines = [f"TempEval-3 Task A: {result['documents']} documents, {result['gold']} gold time expressions"]
    lines += [f"{a:20s} {b:>10s} {c:>10s}" for a, b, c in rows]
    lines.append(f"dateline pipeline time: {result['seconds']:.1f} s")
    if result.get("errors"):
        lines.append("\nMost common misses of dateline:")
        for e in result["errors"]:
            lines.append(f"{e['count']:5d}  {e['kind']}: " + "; ".join(e["examples"][:3]))
    return "\n".join(lines)

