"""Scoring dateline and dateparser on Duckling's phrases (see `duckling` for the mapping).

Each phrase is a document published at Duckling's reference day. A system's
answer for a phrase is its longest time expression; it is right when its
value is one the mapping accepts (durations compared by length, holiday
spans by earliest/latest). Negative phrases must give no expression at all.
"""

from __future__ import annotations

import time as clock
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .duckling import REFERENCE, Case, duration_length, read_duckling


@dataclass(frozen=True, slots=True)
class Answer:
    text: str
    value: str | None
    earliest: str | None = None
    latest: str | None = None


def correct(case: Case, answer: Answer | None, *, strict: bool = False) -> bool:
    """Whether an answer holds one of the case's accepted values (`strict`: not their TIMEX3 equivalents)."""
    if answer is None:
        return False
    for value in case.values if strict else case.values + case.equivalents:
        if "/" in value and case.kind == "holiday":
            first, last = value.split("/")
            if (answer.earliest, answer.latest) == (first, last):
                return True
        elif case.kind == "duration":
            if duration_length(answer.value) is not None and duration_length(answer.value) == duration_length(value):
                return True
        elif answer.value == value or (value.endswith(":00") and len(value) == 19 and answer.value == value[:-3]):
            return True
    return False


def dateline_answers(phrases: Sequence[str], published: str) -> list[list[Answer]]:
    """dateline's time expressions of each phrase, read as an article published on `published`."""
    from ..pipeline import load

    nlp = load()

    def prepared():
        for p in phrases:
            doc = nlp.make_doc(p)
            doc._.published = published
            yield doc

    return [[Answer(t.text, t.value, t.earliest, t.latest) for t in doc._.dl_times] for doc in nlp.pipe(prepared())]


def dateparser_answers(phrases: Sequence[str]) -> list[list[Answer]] | None:
    """dateparser's `search_dates` on each phrase, relative to the reference time."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None
    from .time import _dateparser_value

    settings = {"RELATIVE_BASE": REFERENCE}
    parser = DateDataParser(languages=["en"], settings=settings)
    results = []
    for p in phrases:
        found = search_dates(p, languages=["en"], settings=settings) or []
        answers = []
        for text, when in found:
            period = parser.get_date_data(text).period or "day"
            answers.append(Answer(text, _dateparser_value(when, period)))
        results.append(answers)
    return results


def _longest(answers: list[Answer]) -> Answer | None:
    return max(answers, key=lambda a: len(a.text)) if answers else None


def score(cases: Sequence[Case], answers: Sequence[list[Answer]], negatives: Sequence[list[Answer]], negative_phrases: Sequence[str]) -> dict[str, Any]:
    """Accuracy overall and by kind, the misses by kind, and the false times on the negatives."""
    right, total, strict = Counter(), Counter(), Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for case, found in zip(cases, answers):
        total[case.kind] += 1
        best = _longest(found)
        strict[case.kind] += correct(case, best, strict=True)
        if correct(case, best):
            right[case.kind] += 1
        else:
            got = "nothing" if best is None else f"{best.text!r} {best.value}" + (f" {best.earliest}…{best.latest}" if case.kind == "holiday" and "/" in case.values[0] else "")
            misses[case.kind].append(f"{case.phrase!r} want {'|'.join(case.values + case.equivalents)} got {got}")
    kinds = {
        k: {"cases": total[k], "right": right[k], "accuracy": round(right[k] / total[k], 4), "strict": round(strict[k] / total[k], 4)}
        for k in sorted(total)
    }
    false = [f"{p!r}: " + ", ".join(f"{a.text!r} {a.value}" for a in found) for p, found in zip(negative_phrases, negatives) if found]
    n = sum(total.values())
    return {
        "cases": n,
        "accuracy": round(sum(right.values()) / n, 4) if n else 0.0,
        "strict": round(sum(strict.values()) / n, 4) if n else 0.0,
        "kinds": kinds,
        "misses": {k: v for k, v in sorted(misses.items(), key=lambda kv: -len(kv[1]))},
        "negatives": len(negative_phrases),
        "false_times": len(false),
        "false_examples": false,
    }


def evaluate_duckling(root: str | Path, *, baseline: bool = True) -> dict[str, Any]:
    """dateline's Duckling scores (top level) and dateparser's (under "dateparser")."""
    corpus = read_duckling(root)
    phrases = [c.phrase for c in corpus.cases]
    published = REFERENCE.isoformat()  # with its clock time: "in 2 minutes" counts from 04:30
    start = clock.perf_counter()
    ours = dateline_answers(phrases + list(corpus.negatives), published)
    seconds = clock.perf_counter() - start
    result = score(corpus.cases, ours[: len(phrases)], ours[len(phrases) :], corpus.negatives)
    result.update(seconds=round(seconds, 2), left_out=corpus.left_out, reference=REFERENCE.isoformat() + "-02:00")
    result["dateparser"] = None
    if baseline and (theirs := dateparser_answers(phrases + list(corpus.negatives))) is not None:
        base = score(corpus.cases, theirs[: len(phrases)], theirs[len(phrases) :], corpus.negatives)
        base.pop("misses")
        result["dateparser"] = base
    return result


def format_duckling_report(result: dict[str, Any], *, examples: int = 6) -> str:
    """Accuracy by kind, dateline beside dateparser, then dateline's misses by kind."""
    base = result.get("dateparser") or {}
    lines = [
        f"Duckling corpus: {result['cases']} phrases kept at reference {result['reference']}"
        f" (left out: " + ", ".join(f"{n} {why}" for why, n in result["left_out"].items()) + ")",
        f"{'kind':20s} {'cases':>6s} {'dateline':>10s} {'strict':>10s} {'dateparser':>10s}"
        "   (strict: Duckling's value only, not its TIMEX3 equivalent)",
    ]
    for kind, k in result["kinds"].items():
        theirs = f"{base['kinds'][kind]['accuracy']:.4f}" if base else "-"
        lines.append(f"{kind:20s} {k['cases']:6d} {k['accuracy']:10.4f} {k['strict']:10.4f} {theirs:>10s}")
    theirs = f"{base['accuracy']:.4f}" if base else "-"
    lines.append(f"{'all kept':20s} {result['cases']:6d} {result['accuracy']:10.4f} {result['strict']:10.4f} {theirs:>10s}")
    false_theirs = str(base["false_times"]) if base else "-"
    lines.append(f"{'false times':20s} {result['negatives']:6d} {result['false_times']:10d} {'':10s} {false_theirs:>10s}   (negative phrases that gave a time)")
    lines.append(f"dateline pipeline time: {result['seconds']:.1f} s")
    for e in result["false_examples"]:
        lines.append(f"  false time: {e}")
    lines.append("\nMisses of dateline by kind:")
    for kind, items in result["misses"].items():
        lines.append(f"{len(items):5d}  {kind}: " + "; ".join(items[:examples]))
    return "\n".join(lines)
