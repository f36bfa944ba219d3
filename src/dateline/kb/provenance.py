"""One quote printed by many outlets: near-duplicate direct quotes grouped, near-linearly.

Quotes are compared only when they share word trigrams, found through an
inverted index whose very common trigrams (boilerplate) are ignored, so the
cost grows with the number of quotes, not with its square. Two candidates are
one quote when rapidfuzz scores their normalized words at SAME_QUOTE or more
(a trimmed or lightly edited reprint) and their speakers do not differ; the
threshold was chosen on PolNeAR's train split (docs/reprints.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

MIN_WORDS = 4  # shorter quotes ("uncomfortable") are too common to trace
MAX_POSTINGS = 200  # trigrams in more quotes than this are boilerplate, not evidence
SAME_QUOTE = 80.0  # rapidfuzz similarity (0–100) of one quote's wordings; chosen on PolNeAR train, docs/reprints.md
CANDIDATE = 0.25  # share of the shorter quote's trigrams in the other before the two are scored at all
PARTIAL_WORDS = 8  # a wording this long may match a stretch of a longer one (a trimmed reprint)

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


def candidate_pairs(texts: list[list[str]], minimum: float = CANDIDATE) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), j < i, of normalized quotes worth scoring: a share (`minimum`) of the shorter one's
    word trigrams is in the other, counting only trigrams that are not boilerplate."""
    index: dict[int, list[int]] = defaultdict(list)
    grams = [_trigrams(words) if len(words) >= MIN_WORDS else set() for words in texts]
    sizes = [len(g) for g in grams]
    for i, shingles in enumerate(grams):
        if not shingles:
            continue
        shared: Counter = Counter()
        for g in shingles:
            postings = index[g]
            if len(postings) <= MAX_POSTINGS:
                shared.update(postings)
            postings.append(i)
        yield from ((i, j) for j, n in sorted(shared.items()) if n / min(sizes[i], sizes[j]) >= minimum)


def similarity(a: str, b: str) -> float:
    """How alike two wordings are, 0–100: rapidfuzz's Indel similarity of their normalized words."""
    return score(normalize(a), normalize(b))


def score(x: list[str], y: list[str]) -> float:
    """Indel similarity over words (not characters: as telling, and fast on long quotes). A trimmed
    reprint is scored on the stretch of the longer wording it matches best (partial_ratio), once the
    shorter has words enough to be distinctive; shorter ones must match whole."""
    if min(len(x), len(y)) >= PARTIAL_WORDS:
        return round(fuzz.partial_ratio(x, y), 1)
    return round(fuzz.ratio(x, y), 1)


def group_quotes(rows: list[QuoteRow]) -> list[list[tuple[QuoteRow, float]]]:
    """Groups of appearances of one quote, earliest first, each with its similarity (0–1) to the first."""
    rows = sorted(rows, key=lambda r: (r.published or "9999", r.article_id, r.quote_id))
    texts = [normalize(row.text) for row in rows]
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(texts):
        if find(i) != find(j) and _same_speaker(rows[i], rows[j]) and score(texts[i], texts[j]) >= SAME_QUOTE:
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        if len(texts[i]) >= MIN_WORDS:
            groups[find(i)].append(i)
    out = []
    for members in groups.values():
        members.sort()
        first = texts[members[0]]
        out.append([(rows[m], 1.0 if k == 0 else round(score(first, texts[m]) / 100, 3))
                    for k, m in enumerate(members)])
    out.sort(key=lambda g: (g[0][0].published or "9999", g[0][0].article_id, g[0][0].quote_id))
    return out


def _same_speaker(a: QuoteRow, b: QuoteRow) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker


def diverges(a: str, b: str) -> bool:
    """Two wordings differ beyond trimming: neither is contained in the other."""
    x, y = " ".join(normalize(a)), " ".join(normalize(b))
    return x != y and x not in y and y not in x
