"""How the coreference resolver's time grows with an article's length (issue 13).

Builds one article of about 10k and one of about 100k characters by joining
the bundled Wikinews samples, parses each once, then times the people
component (names and the sieve) and the dialogue component alone, best of
three, beside the number of mentions they produce; then the 100k article cut into ten
articles of 10k, so that length is told apart from content.

    .venv/bin/python benchmarks/coref_scaling.py
    .venv/bin/python benchmarks/coref_scaling.py --cpu --repeat 5

`--cpu` times by `time.process_time`, not the wall clock: on a shared machine
the wall clock counts the other users' turns as well.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dateline.pipeline import load

SAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews.jsonl"
SIZES = (10_000, 100_000)
RESOLVING = ("dateline_people", "dateline_dialogue")


def article(chars: int) -> str:
    texts = [json.loads(line)["maintext"] for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    out, n = [], 0
    while n < chars:
        for text in texts:
            out.append(text)
            n += len(text) + 2
            if n >= chars:
                break
    return "\n\n".join(out)[:chars]


def _resolve(nlp, text: str, repeat: int, clock) -> tuple[float, int]:
    """The resolver's best time over `repeat` runs on one parsed text, and the mentions it found."""
    before = [n for n in nlp.pipe_names if n not in RESOLVING and not n.startswith("dateline_")]
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    with nlp.select_pipes(enable=before + ["dateline_paragraphs"]):
        parsed = nlp(text)
    best, mentions = float("inf"), 0
    for _ in range(repeat):
        doc = parsed.copy()
        doc._.published = None
        spent = 0.0
        for name in [n for n in nlp.pipe_names if n.startswith("dateline_") and n != "dateline_paragraphs"]:
            started = clock()
            doc = nlp.get_pipe(name)(doc)
            if name in RESOLVING:
                spent += clock() - started
        best = min(best, spent)
        mentions = sum(len(c.mentions) for c in (doc._.dl_people or []) + (doc._.dl_orgs or []))
    return best, mentions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cpu", action="store_true", help="time.process_time, not the wall clock")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is printed")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    nlp = load()
    print(f"{'chars':>8} {'mentions':>9} {'resolver s':>11} {'us/mention':>11}")
    for size in SIZES:
        best, mentions = _resolve(nlp, article(size), args.repeat, clock)
        print(f"{size:>8} {mentions:>9} {best:>11.3f} {1e6 * best / max(mentions, 1):>11.1f}")
    # The two sizes above differ in what they hold as well as in length (the longer one joins other
    # articles, with other layouts); the same 100k characters cut into ten articles of 10k tell length
    # apart from content: equal times mean the resolver costs what its parts cost.
    text, step = article(SIZES[-1]), SIZES[0]
    runs = [_resolve(nlp, text[i : i + step], args.repeat, clock) for i in range(0, len(text), step)]
    best, mentions = sum(b for b, _ in runs), sum(m for _, m in runs)
    label = f"{len(text) // 1000}k as {len(runs)} × {step // 1000}k"
    print(f"{label:>8} {mentions:>9} {best:>11.3f} {1e6 * best / max(mentions, 1):>11.1f}")


if __name__ == "__main__":
    main()
