"""The time component's own cost: dateline_times over the parsed Wikinews samples, beside the whole pipeline.

Run from a worktree's root: .venv/bin/python benchmarks/times_component.py
"""

from __future__ import annotations

import json
import time

from dateline.pipeline import load

ROUNDS = 3


def main() -> None:
    nlp = load()
    texts = [json.loads(line)["maintext"] for line in open("examples/wikinews.jsonl", encoding="utf-8")]
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.published = "2015-01-01"
        docs.append(doc)
    docs = list(nlp.pipe(docs))
    tagger = nlp.get_pipe("dateline_times")
    started = time.perf_counter()
    for _ in range(ROUNDS):
        for doc in docs:
            tagger.times(doc)
    own = (time.perf_counter() - started) / ROUNDS
    started = time.perf_counter()
    list(nlp.pipe(texts))
    whole = time.perf_counter() - started
    print(f"{sum(len(d) for d in docs)} tokens; dateline_times {own:.3f} s a pass; the whole pipeline {whole:.2f} s")


if __name__ == "__main__":
    main()
