"""Whether each bundled Wikinews interview gives its I/me/my and `you` to the interviewee (issue 13).

    .venv/bin/python scripts/coref_interviews.py

The articles go through the same path as `dateline extract` (the reader's title
included, as context), so what an interview says only in its title counts.
Prints, per interview, the person holding most of the article's I/me/my, how
many of the article's I/me/my and you/your they hold, and whether that person
is the interviewee, written below by hand from each article: four interviews
speak for several people at once ("we" of a bar's owners, of The Onion, of
meteorologists, of a dungeon's owners), and have none.
"""

from __future__ import annotations

import json
from pathlib import Path

from dateline.analysis import _analysed
from dateline.pipeline import load
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


def main() -> None:
    nlp = load()
    right = expected = 0
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["genre"] != "interview":
            continue
        read = build_article(article["maintext"], source=None, options=ReadOptions(max_chars=10**9), title=article["title"])
        (doc,) = _analysed(nlp, [read])
        people = doc._.dl_people or []
        best = max(people, key=lambda c: sum(m.text.lower() in FIRST for m in c.mentions), default=None)
        first = sum(1 for t in doc if t.lower_ in FIRST and t.text != "i")
        second = sum(1 for t in doc if t.lower_ in SECOND)
        held = sum(m.text.lower() in FIRST for m in best.mentions) if best else 0
        you = sum(m.text.lower() in SECOND for m in best.mentions) if best else 0
        surname = INTERVIEWEE[article["id"].rsplit("_", 1)[-1]]
        ok = held > 0 and surname is not None and surname in best.name
        expected += surname is not None
        right += ok
        verdict = "right" if ok else ("-" if surname is None else "WRONG" if held else "none")
        print(f"{article['id']:28s} I/me/my {held:3d}/{first:3d}  you {you:3d}/{second:3d}  {verdict:5s} {best.name if held else '-'}")
    print(f"{right} of {expected} interviews with one interviewee give their I/me/my to the interviewee")


if __name__ == "__main__":
    main()
