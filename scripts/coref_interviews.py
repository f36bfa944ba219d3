"""How many first-person pronouns of each bundled Wikinews interview go to one person (issue 13).

    .venv/bin/python scripts/coref_interviews.py

Prints, per interview, the person holding most of the article's I/me/my, how many of them
they hold, and how many you/your; then how many interviews give that person any.
"""

from __future__ import annotations

import json
from pathlib import Path

from dateline.pipeline import load

SAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews.jsonl"
FIRST = ("i", "me", "my")


def main() -> None:
    nlp = load()
    resolved = 0
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["genre"] != "interview":
            continue
        doc = nlp(article["maintext"])
        people = doc._.dl_people or []
        best = max(people, key=lambda c: sum(m.text.lower() in FIRST for m in c.mentions), default=None)
        total = sum(1 for t in doc if t.lower_ in FIRST and t.text != "i")
        held = sum(m.text.lower() in FIRST for m in best.mentions) if best else 0
        you = sum(m.text.lower() in ("you", "your") for m in best.mentions) if best else 0
        resolved += held > 0
        print(f"{article['id']:28s} I/me/my {held:3d}/{total:3d}  you {you:3d}  {best.name if best else '-'}")
    print(f"{resolved} interviews give their I/me/my to one person")


if __name__ == "__main__":
    main()
