"""The engine-agnostic batch core: a table of articles in, tables of results out.

`analyze_table` is the one function every engine runs; `run_shard` wraps it
with reading a shard and writing its Parquet files, so an engine adapter only
has to call `run_shard` for each shard on some worker. Outputs are written
under temporary names and renamed, and a shard's marker file is written last:
a shard with a marker is complete, and a restarted batch skips it.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..analysis import analyze_batch
from ..readers import Problem, ReadOptions, read_file
from ..readers.jsonl import read_jsonl
from ..records import Article
from ..tables import SCHEMAS, TABLES, records_to_arrow
from .shards import Shard

DONE = "_shards"  # folder of markers, one per finished shard
PROBLEMS = "_problems"
ARTICLE_FIELDS = ("id", "text", "published", "published_time", "title", "url", "outlet", "source")
INPUT_SCHEMA = pa.schema([(name, pa.string()) for name in ARTICLE_FIELDS])


def read_shard(shard: Shard, options: ReadOptions | None = None) -> tuple[pa.Table, list[str]]:
    """The shard's articles as an Arrow table (and the problems met reading them)."""
    options = options or ReadOptions()
    articles, problems, seen = [], [], set()
    for item in _shard_items(shard, options):
        if isinstance(item, Problem):
            problems.append(item.message)
        elif item.id not in seen:  # the same article twice in one shard is stored once
            seen.add(item.id)
            articles.append(item)
    columns = {name: [getattr(a, name) for a in articles] for name in ARTICLE_FIELDS}
    return pa.table(columns, schema=INPUT_SCHEMA), problems


def _shard_items(shard: Shard, options: ReadOptions) -> Iterator[Article | Problem]:
    if shard.first_line is None:
        for path in shard.paths:
            yield from read_file(path, options)
        return
    (path,) = shard.paths
    count = shard.last_line - shard.first_line + 1
    if shard.byte_start is not None:
        with open(path, "rb") as f:
            f.seek(shard.byte_start)
            yield from read_jsonl(islice(f, count), path, options, first_line=shard.first_line)
        return
    with gzip.open(path, "rb") as f:
        lines = islice(f, shard.first_line - 1, shard.last_line)
        yield from read_jsonl(lines, path, options, first_line=shard.first_line)


def analyze_table(articles: pa.Table, *, model: str | None = None) -> tuple[dict[str, pa.Table], list[str]]:
    """Result tables (one per name in tables.SCHEMAS) of an articles table, and analysis problems."""
    batch = [Article(**row) for row in articles.to_pylist()]
    records, problems = [], []
    for start in range(0, len(batch), 64):
        for item in analyze_batch(batch[start : start + 64], model=model):
            if isinstance(item, Problem):
                problems.append(item.message)
            else:
                records.append(item)
    return records_to_arrow(records), problems


def run_shard(shard: Shard, out: str, *, model: str | None = None, options: ReadOptions | None = None) -> dict:
    """Read, analyse and write one shard; returns its summary (also its marker's content)."""
    started = time.perf_counter()
    articles, problems = read_shard(shard, options)
    tables, failed = analyze_table(articles, model=model)
    problems += failed
    root = Path(out)
    for name in TABLES:
        _write_atomic(tables[name], root / name / f"part-{shard.id}.parquet")
    if problems:
        _write_text(root / PROBLEMS / f"{shard.id}.txt", "".join(p + "\n" for p in problems))
    summary = {
        "shard": shard.id,
        "paths": list(shard.paths),
        "lines": [shard.first_line, shard.last_line] if shard.first_line else None,
        "articles": articles.num_rows,
        "analysed": tables["articles"].num_rows,
        "problems": len(problems),
        "seconds": round(time.perf_counter() - started, 3),
        "peak_rss_mb": peak_rss_mb(),
        "pid": os.getpid(),
    }
    _write_text(root / DONE / f"{shard.id}.json", json.dumps(summary, indent=1))
    return summary


def shard_problems(out: str, shard_id: str) -> list[str]:
    """The coded problems one finished shard met (none when it met none, or ran before they were kept)."""
    path = Path(out) / PROBLEMS / f"{shard_id}.txt"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def read_output(out: str) -> dict[str, pa.Table]:
    """Every table of a batch output, rows in a canonical order (for comparing runs)."""
    tables = {}
    for name in TABLES:
        parts = sorted((Path(out) / name).glob("part-*.parquet"))
        table = pa.concat_tables([pq.read_table(p) for p in parts]) if parts else SCHEMAS[name].empty_table()
        keys = [(c, "ascending") for c in table.column_names if c != "people"]
        tables[name] = table.sort_by(keys)
    return tables


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    VmHWM, not getrusage: ru_maxrss survives fork and exec, so a worker spawned
    by a large driver would report the driver's peak as its own.
    """
    peak = status_mb("VmHWM")
    return peak if peak is not None else round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def status_mb(field: str) -> float | None:
    """A memory field of /proc/self/status (VmRSS, VmHWM) in MB; None where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def finished(out: str) -> set[str]:
    """Ids of the shards already complete in `out`."""
    folder = Path(out) / DONE
    return {p.stem for p in folder.glob("*.json")} if folder.exists() else set()


def _write_atomic(table: pa.Table, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    pq.write_table(table.cast(SCHEMAS[target.parent.name]), partial, compression="zstd")
    os.replace(partial, target)


def _write_text(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, target)
