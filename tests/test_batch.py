"""The batch job: local and Dask engines give the same records; a killed batch resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.batch import plan_shards, run_batch
from dateline.batch.core import finished, read_output
from dateline.batch.load import load_parquet
from dateline.store import Store

from .conftest import EXAMPLES, SHARED_DATA, WIKINEWS

pytestmark = pytest.mark.slow
LINES = 20  # records per shard: several shards even from the 43 Wikinews articles


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A slice of Reuters-21578 when ../shared/data has it, else the bundled Wikinews articles."""
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    reuters = SHARED_DATA / "reuters21578"
    if reuters.exists():
        from dateline.bench.reuters import write_jsonl

        write_jsonl(reuters, path, limit=120)
    else:
        path.write_bytes(WIKINEWS.read_bytes())
    return path


@pytest.fixture(scope="module")
def local_out(corpus, tmp_path_factory) -> str:
    out = str(tmp_path_factory.mktemp("local"))
    summary = run_batch([str(corpus)], out=out, engine="local", workers=2, lines_per_shard=LINES)
    assert summary.analysed > 0
    kept = [line for f in (Path(out) / "_problems").glob("*.txt") for line in f.read_text(encoding="utf-8").splitlines()]
    assert len(kept) == summary.problems and all(line.startswith("[W017]") for line in kept)  # notes on the text only
    return out


def test_shards_are_planned_from_the_inputs_alone(corpus):
    first, second = plan_shards([str(corpus)], lines_per_shard=LINES), plan_shards([str(corpus)], lines_per_shard=LINES)
    assert first == second and len(first) >= 2
    lines = sum(s.last_line - s.first_line + 1 for s in first)
    assert lines == sum(1 for _ in corpus.open())


def test_dask_gives_exactly_the_records_of_the_local_engine(corpus, local_out, tmp_path):
    out = str(tmp_path / "dask")
    summary = run_batch([str(corpus)], out=out, engine="dask", workers=2, lines_per_shard=LINES)
    assert summary.analysed == read_output(local_out)["articles"].num_rows
    local, dask = read_output(local_out), read_output(out)
    for name in local:
        assert local[name].equals(dask[name]), f"{name} differs between engines"


def test_rerun_skips_finished_shards(corpus, local_out):
    summary = run_batch([str(corpus)], out=local_out, engine="local", lines_per_shard=LINES)
    assert summary.skipped == summary.shards and summary.analysed == 0


def test_killed_batch_resumes(corpus, local_out, tmp_path):
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "batch", str(corpus), "--out", str(out),
                             "--shard-lines", str(LINES)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 180
    while time.time() < deadline and proc.poll() is None and not finished(str(out)):
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = finished(str(out))
    assert 0 < len(done) < len(plan_shards([str(corpus)], lines_per_shard=LINES))
    summary = run_batch([str(corpus)], out=str(out), engine="local", lines_per_shard=LINES)
    assert summary.skipped == len(done)
    expected, resumed = read_output(local_out), read_output(str(out))
    for name in expected:
        assert expected[name].equals(resumed[name]), f"{name} differs after resuming"


def test_load_into_the_store(local_out, tmp_path):
    db = str(tmp_path / "t.duckdb")
    summary = load_parquet(local_out, db=db)
    n = read_output(local_out)["articles"].num_rows
    assert summary.articles == n
    load_parquet(local_out, db=db)  # loading twice leaves the same rows
    with Store.open(db) as store:
        assert store.counts()["articles"] == n
        assert store.query("SELECT count(*) AS n FROM entities")[0]["n"] > 0
