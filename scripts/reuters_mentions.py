"""Every pronoun mention (and each quotation's speaker) the pipeline gives the first N Reuters stories, as JSON.

Run it on two checkouts and compare the files to see which pronouns a change moved:

    .venv/bin/python scripts/reuters_mentions.py /work/cache/reuters.jsonl 3000 /tmp/after.json
    PYTHONPATH=/tmp/main/src .venv/bin/python scripts/reuters_mentions.py /work/cache/reuters.jsonl 3000 /tmp/before.json
    .venv/bin/python scripts/reuters_mentions.py --diff /tmp/before.json /tmp/after.json

(`git archive <commit> src | tar -x -C /tmp/main` gives the other checkout's sources.)
"""

from __future__ import annotations

import json
import sys


def dump(corpus: str, n: int, out: str) -> None:
    from dateline.pipeline import load

    nlp = load()
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    rows = []
    for k, doc in enumerate(nlp.pipe(texts)):
        for c in list(doc._.dl_people or ()) + list(doc._.dl_orgs or ()):
            rows += [(k, m.start_char, m.text, c.name) for m in c.mentions if m.kind == "pronoun"]
        rows += [(k, q.start, "QUOTE", q.speaker.name if q.speaker else None) for q in doc._.dl_quotes or ()]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rows, f)


def diff(before: str, after: str) -> None:
    with open(before, encoding="utf-8") as f:
        a = set(map(tuple, json.load(f)))
    with open(after, encoding="utf-8") as f:
        b = set(map(tuple, json.load(f)))
    print(f"{len(a)} before, {len(b)} after: {len(a - b)} gone, {len(b - a)} new")
    for row in sorted(a - b):
        print("-", row)
    for row in sorted(b - a):
        print("+", row)


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[1], int(sys.argv[2]), sys.argv[3])
