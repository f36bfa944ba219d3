"""`dateline bench`: where the time goes, measured against spaCy's own parse of the same texts.

One run measures, over the same articles: a bare `nlp.pipe` of the model;
dateline end to end in one process (reading, all components, records,
Parquet); the time of each pipeline component; and the batch job on 1 and 2
workers with the local and the Dask engine, with each worker's peak memory.
"""

from __future__ import annotations

import json
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import DatelineError, Errors

DEFAULT_REUTERS = Path("../shared/data/reuters21578")


def corpus_jsonl(corpus: str | None, limit: int | None, workdir: Path) -> Path:
    """A JSON Lines file of the corpus: a file as given, or Reuters-21578 SGML converted."""
    source = Path(corpus) if corpus else DEFAULT_REUTERS
    if source.is_dir():
        if not list(source.glob("reut2-*.sgm")):
            raise DatelineError(Errors.E013.format(path=source, what="Reuters-21578 SGML files"))
        from .reuters import write_jsonl

        out = workdir / "corpus.jsonl"
        write_jsonl(source, out, limit)
        return out
    if not source.exists():
        raise DatelineError(Errors.E001.format(path=source))
    if limit is None:
        return source
    out = workdir / "corpus.jsonl"
    with source.open("rb") as f, out.open("wb") as g:
        g.writelines(islice(f, limit))
    return out


def _rows(path: Path) -> list[tuple[str, str | None]]:
    """Each article's text and title (the components read the title as context)."""
    from ..readers.jsonl import TEXT_FIELDS

    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text = next((row[k] for k in TEXT_FIELDS if isinstance(row.get(k), str) and row[k]), "")
            rows.append((text, row["title"] if isinstance(row.get("title"), str) else None))
    return rows


def bare_pipe(texts: list[str], model: str) -> dict[str, Any]:
    """spaCy alone: the model's own components over the texts."""
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    return {"seconds": time.perf_counter() - started, "tokens": tokens}


def component_times(texts: list[str], model: str, titles: list[str | None] | None = None) -> dict[str, float]:
    """Seconds per component, each run over all texts in turn (as nlp.pipe batches them)."""
    from ..pipeline import load

    nlp = load(model)
    started = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    times = {"tokenizer": time.perf_counter() - started}
    for doc, title in zip(docs, titles or ()):
        doc._.title = title
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        times[name] = time.perf_counter() - started
    return times


def batch_run(path: Path, engine: str, workers: int, model: str, workdir: Path) -> dict[str, Any]:
    from ..batch import run_batch

    out = Path(tempfile.mkdtemp(dir=workdir, prefix=f"{engine}{workers}-"))
    started = time.perf_counter()
    summary = run_batch([str(path)], out=str(out), engine=engine, workers=workers, model=model)
    seconds = time.perf_counter() - started
    return {
        "engine": engine, "workers": workers, "seconds": seconds, "articles": summary.analysed,
        "peak_rss_mb": max(summary.peak_rss_mb.values(), default=0.0), "out": str(out),
    }


def run_bench(
    corpus: str | None = None,
    *,
    limit: int | None = None,
    model: str | None = None,
    scaling: bool = True,
    workdir: str | None = None,
) -> dict[str, Any]:
    """Measure everything over one corpus; returns plain data (see docs/benchmarks.md)."""
    from ..pipeline import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    work = Path(workdir or tempfile.mkdtemp(prefix="dateline-bench-"))
    path = corpus_jsonl(corpus, limit, work)
    rows = _rows(path)
    texts = [text for text, _ in rows]
    bare = bare_pipe(texts, model)
    tokens = bare["tokens"]
    result: dict[str, Any] = {"corpus": str(corpus or DEFAULT_REUTERS), "articles": len(texts), "tokens": tokens}
    result["nlp_pipe"] = _rates(bare["seconds"], len(texts), tokens)
    single = batch_run(path, "local", 1, model, work)
    result["dateline"] = _rates(single["seconds"], single["articles"], tokens)
    result["ratio"] = round(bare["seconds"] / single["seconds"], 3)
    comps = component_times(texts, model, [title for _, title in rows])
    total = sum(comps.values())
    result["components"] = {k: {"seconds": round(v, 2), "share": round(v / total, 4)} for k, v in comps.items()}
    if scaling:
        runs = [single] + [batch_run(path, e, w, model, work) for e, w in (("local", 2), ("dask", 1), ("dask", 2))]
        result["scaling"] = [
            {"engine": r["engine"], "workers": r["workers"], **_rates(r["seconds"], r["articles"], tokens),
             # one local worker runs in this process, beside the bare pipeline's model: not a worker's figure
             "peak_rss_mb_per_worker": r["peak_rss_mb"] if (r["engine"], r["workers"]) != ("local", 1) else None}
            for r in runs
        ]
        from ..batch.core import read_output

        outputs = [read_output(r["out"]) for r in runs]
        result["outputs_identical"] = all(  # every engine and worker count, table by table
            all(first.equals(other[n]) for n, first in outputs[0].items()) for other in outputs[1:]
        )
        for engine in ("local", "dask"):
            one, two = (next(r for r in runs if r["engine"] == engine and r["workers"] == n) for n in (1, 2))
            result[f"speedup_{engine}_2_workers"] = round(one["seconds"] / two["seconds"], 3)
    return result


def _rates(seconds: float, articles: int, tokens: int) -> dict[str, float]:
    return {
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 2),
        "tokens_per_s": round(tokens / seconds),
    }
