"""The quote-styles set: every direct quotation of each article found with its words and speaker, none invented.

Articles and gold in `tests/quote_styles/` (see its README). Words are compared
without the quotation marks and the edge punctuation a quote may or may not keep.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline import read_articles
from dateline.analysis import analyze_batch

pytestmark = pytest.mark.slow  # the model over 42 articles
HERE = Path(__file__).parent / "quote_styles"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
_EDGE = " \n\t\"'“”‘’«».,;:!?"


def _words(text: str) -> str:
    return " ".join(text.split()).strip(_EDGE)


@pytest.fixture(scope="module")
def records():
    paths = sorted(str(p) for p in HERE.glob("*.txt"))
    articles = [a for a in read_articles(paths) if hasattr(a, "text")]
    return {Path(a.source).stem: r for a, r in zip(articles, analyze_batch(articles))}


def test_set_is_large_enough():
    assert len(GOLD["articles"]) >= 40
    assert {p.stem for p in HERE.glob("*.txt")} == set(GOLD["articles"])


@pytest.mark.parametrize("name", sorted(GOLD["articles"]))
def test_direct_quotes(records, name):
    record = records[name]
    found = [(_words(q.text), q.speaker.name if q.speaker else None) for q in record.quotes if q.kind == "direct"]
    gold = [(_words(g["text"]), g["speaker"]) for g in GOLD["articles"][name]]
    missing = [g for g in gold if g not in found]
    invented = [f for f in found if f[0] not in {w for w, _ in gold}]
    if name in GOLD["known_misses"]:
        # a known miss that now passes fails here, so that its entry is taken out of known_misses
        assert missing or invented, f"{name} now passes: remove it from known_misses"
        pytest.xfail(GOLD["known_misses"][name])
    assert not missing and not invented, f"missing {missing}; found but not gold {invented}"


def test_turn_labels_are_never_speakers():
    from dateline import analyze

    text = (
        "The novelist Sarah Mitchell, 47, talked to us about her new book.\n\n"
        "Q: Your book took ten years. Why so long?\n\nA: Life got in the way.\n\n"
        "Your book: Is it autobiographical?\n\nA: Only the bad parts."
    )
    quotes = analyze(text, published="2024-01-01").quotes
    speakers = {q.text: q.speaker.name for q in quotes if q.speaker}
    assert speakers["Your book took ten years. Why so long?"] == "the interviewer"
    assert speakers["Only the bad parts."] == "Sarah Mitchell"
    assert not {"Q", "A", "Your book"} & set(speakers.values())
