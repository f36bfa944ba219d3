"""What every evaluation scores with: character spans, match counts, precision, recall and F1."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Span = tuple[int, int]  # character offsets [start, end)


def prf(correct: int, system: int, gold: int, *, found_gold: int | None = None) -> dict[str, float]:
    """Precision, recall and F1, rounded to 4 places.

    found_gold: gold items some system item matches, when that differs from
        `correct` (overlap matching counts each side on its own).
    """
    p = correct / system if system else 0.0
    r = (correct if found_gold is None else found_gold) / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


@dataclass(slots=True)
class Counts:
    """True positives counted separately on each side, so that overlap matching stays honest."""

    predicted: int = 0
    gold: int = 0
    correct_predicted: int = 0  # predictions that match some gold span
    found_gold: int = 0  # gold spans that some prediction matches

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.correct_predicted += other.correct_predicted
        self.found_gold += other.found_gold

    def prf(self) -> dict[str, float]:
        return prf(self.correct_predicted, self.predicted, self.gold, found_gold=self.found_gold)


def match_exact(predicted: Iterable[Span], gold: Iterable[Span]) -> Counts:
    pred, gold_set = set(predicted), set(gold)
    both = len(pred & gold_set)
    return Counts(len(pred), len(gold_set), both, both)


def match_overlap(predicted: Iterable[Span], gold: Iterable[Span]) -> Counts:
    """A span counts when it shares at least one character with a span of the other side."""
    pred, gold_set = sorted(set(predicted)), sorted(set(gold))
    hit_pred = sum(1 for p in pred if any(_overlaps(p, g) for g in gold_set))
    hit_gold = sum(1 for g in gold_set if any(_overlaps(p, g) for p in pred))
    return Counts(len(pred), len(gold_set), hit_pred, hit_gold)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
