"""Whether each bundled Wikinews interview gives its I/me/my and `you` to the interviewee (issue 13).

    .venv/bin/python scripts/coref_interviews.py

The articles go through the same path as `dateline extract` (the reader's title
included, as context), so what an interview says only in its title counts.
Prints, per interview, the person holding most of the article's I/me/my, how
many of the article's I/me/my they hold and how many of the you/your of its
question paragraphs (short ones ending in "?"), and whether that person is the interviewee, written below by hand from each article: four interviews
speak for several people at once ("we" of a bar's owners, of The Onion, of
meteorologists, of a dungeon's owners), and have none.
"""

from __future__ import annotations

import json
from pathlib import Path

from dateline.analysis import _analysed
from dateline.pipeline import load
from dateline.pipeline.people.sieve.interview import is_question
from dateline.readers.base import ReadOptions, build_article

SAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews.jsonl"
FIRST = ("i", "me", "my")
SECOND = ("you", "your")
# the interviewee's surname, from reading each article (None: several people answer as "we")
INTERVIEWEE = {
    "ants": "Bos", "brotherhood": "Evans", "chomsky": "Chomsky", "cocktail": None, "cyclone": None,
    "daly": "Daly", "dungeon": None, "gaming": "Lucero", "herrick": "Herrick", "hill": "Hill",
    "libertarian": "Sarvis", "licen": "Ličen", "mcguire": "McGuire", "mckenzie": "McKenzie",
    "messina": "Messina", "onion": None, "peres": "Peres", "shalev": "Shalev", "stardust": "Westphal",
}


def _questions_you(doc) -> list:
    """you/your of the question paragraphs (ending in "?", and short: a long one is an answer that asks back)."""
    tokens, start = [], 0
    text = doc.text
    for para in text.split("\n\n"):
        end = start + len(para)
        if is_question(text, start, end):
            span = doc.char_span(start, end, alignment_mode="expand")
            tokens.extend(t for t in span or () if t.lower_ in SECOND)
        start = end + 2
    return tokens


def main() -> None:
    nlp = load()
    right = expected = 0
    totals = [0, 0, 0, 0]  # over the interviews with one interviewee: I/me/my theirs, all; you theirs, all
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["genre"] != "interview":
            continue
        read = build_article(article["maintext"], source=None, options=ReadOptions(max_chars=10**9), title=article["title"])
        (doc,) = _analysed(nlp, [read])
        people = doc._.dl_people or []
        best = max(people, key=lambda c: sum(m.text.lower() in FIRST for m in c.mentions), default=None)
        first = sum(1 for t in doc if t.lower_ in FIRST and t.text != "i")
        asked = _questions_you(doc)
        held = sum(m.text.lower() in FIRST for m in best.mentions) if best else 0
        you = sum(1 for t in asked if doc._.dl_refs.get(t.i) is best) if best else 0
        surname = INTERVIEWEE[article["id"].rsplit("_", 1)[-1]]
        ok = held > 0 and surname is not None and surname in best.name
        expected += surname is not None
        right += ok
        if surname is not None:
            totals[0] += held if ok else 0
            totals[1] += first
            totals[2] += you if ok else 0
            totals[3] += len(asked)
        verdict = "right" if ok else ("-" if surname is None else "WRONG" if held else "none")
        print(f"{article['id']:28s} I/me/my {held:3d}/{first:3d}  you {you:3d}/{len(asked):3d}  {verdict:5s} {best.name if held else '-'}")
    print(f"{right} of {expected} interviews with one interviewee give their I/me/my to the interviewee")
    print(f"their I/me/my: {totals[0]} of {totals[1]} to the interviewee; you/your of their questions: {totals[2]} of {totals[3]}")


if __name__ == "__main__":
    main()
