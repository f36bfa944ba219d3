"""One quote printed by many outlets: near-duplicate direct quotes grouped, near-linearly.

Quotes are compared only when they share word trigrams, found through an
inverted index whose very common trigrams (boilerplate) are ignored, so the
cost grows with the number of quotes, not with its square. Two quotes are one
when most of the shorter one's trigrams are in the longer one (a trimmed or
lightly edited reprint) and their speakers do not differ.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

MIN_WORDS = 4  # shorter quotes ("uncomfortable") are too common to trace
MAX_POSTINGS = 200  # trigrams in more quotes than this are boilerplate, not evidence
SAME_QUOTE = 0.5  # share of the shorter quote's trigrams found in the longer one

_WORD = re.compile(r"[\w’']+")


@dataclass(slots=True)
class QuoteRow:
    article_id: str
    quote_id: str
    text: str
    speaker: str | None  # entity id
    speaker_name: str | None
    published: str | None
    outlet: str | None
    addressee: str | None


def normalize(text: str) -> list[str]:
    """Words of a quote, case, accents and quote-mark styles folded."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return [w.strip("'") for w in _WORD.findall(text) if w.strip("'")]


def _trigrams(words: list[str]) -> set[int]:
    if len(words) < 3:
        return {hash(" ".join(words))}
    return {hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)}


def group_quotes(rows: list[QuoteRow]) -> list[list[tuple[QuoteRow, float]]]:
    """Groups of appearances of one quote, earliest first, each with its similarity to the first."""
    rows = sorted(rows, key=lambda r: (r.published or "9999", r.article_id, r.quote_id))
    grams = []
    for row in rows:
        words = normalize(row.text)
        grams.append(_trigrams(words) if len(words) >= MIN_WORDS else set())
    index: dict[int, list[int]] = defaultdict(list)
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, shingles in enumerate(grams):
        if not shingles:
            continue
        shared = Counter()
        for g in shingles:
            postings = index[g]
            if len(postings) <= MAX_POSTINGS:
                shared.update(postings)
            postings.append(i)
        for j, n in shared.items():
            if n / min(len(shingles), len(grams[j])) >= SAME_QUOTE and _same_speaker(rows[i], rows[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        if grams[i]:
            groups[find(i)].append(i)
    out = []
    for members in groups.values():
        members.sort()
        first = grams[members[0]]
        out.append([(rows[m], _similarity(first, grams[m])) for m in members])
    out.sort(key=lambda g: (g[0][0].published or "9999", g[0][0].article_id, g[0][0].quote_id))
    return out


def _same_speaker(a: QuoteRow, b: QuoteRow) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker


def _similarity(a: set[int], b: set[int]) -> float:
    return round(len(a & b) / len(a | b), 3) if a and b else 0.0


def diverges(a: str, b: str) -> bool:
    """Two wordings differ beyond trimming: neither is contained in the other."""
    x, y = " ".join(normalize(a)), " ".join(normalize(b))
    return x != y and x not in y and y not in x
