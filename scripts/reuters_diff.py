"""What a change does to Reuters stories: dump quotes, times and people of N stories, then diff two dumps.

    .venv/bin/python scripts/reuters_diff.py dump /tmp/before.pkl --limit 1000        # on the code before
    .venv/bin/python scripts/reuters_diff.py dump /tmp/after.pkl --limit 1000         # on the code after
    .venv/bin/python scripts/reuters_diff.py diff /tmp/before.pkl /tmp/after.pkl

The code before can be any tree on PYTHONPATH (`git archive REV src | tar -x -C /tmp/rev`, then
`PYTHONPATH=/tmp/rev/src`). Reuters is read from /work/cache/reuters.jsonl unless --corpus says otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import pickle

from dateline import read_articles
from dateline.analysis import analyze_batch


def dump(args: argparse.Namespace) -> None:
    articles = [a for a in itertools.islice(read_articles([args.corpus]), args.limit) if hasattr(a, "text")]
    records = [r for r in analyze_batch(articles) if hasattr(r, "quotes")]  # warnings come as Problems
    out = {}
    for a, r in zip(articles, records):
        out[a.source] = {
            "text": a.text,
            "quotes": [(q.kind, q.start, q.end, q.speaker.name if q.speaker else None,
                        (q.speaker.start, q.speaker.end) if q.speaker else None) for q in r.quotes],
            "times": [(t.text, t.start, t.value) for t in r.times],
            "people": sorted(p.name for p in r.people),
        }
    with open(args.out, "wb") as f:
        pickle.dump(out, f)
    print(f"{len(out)} stories -> {args.out}")


def diff(args: argparse.Namespace) -> None:
    with open(args.before, "rb") as f:
        before = pickle.load(f)
    with open(args.after, "rb") as f:
        after = pickle.load(f)
    changed = {"quotes": 0, "times": 0, "people": 0}
    for key, old in before.items():
        new, text = after[key], old["text"]
        for field in changed:
            lost, found = set(old[field]) - set(new[field]), set(new[field]) - set(old[field])
            if lost or found:
                changed[field] += 1
                print(field, key, "lost", sorted(lost, key=str), "found", sorted(found, key=str))
                if field == "times":
                    for t in lost:
                        print("   ", text[max(0, t[1] - 100) : t[1] + 40].replace("\n", " "))
    print(len(before), "stories; changed:", changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--limit", type=int, default=1000)
    d.add_argument("--corpus", default="/work/cache/reuters.jsonl")
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args()
    dump(args) if args.command == "dump" else diff(args)


if __name__ == "__main__":
    main()
