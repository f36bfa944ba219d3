"""Shared fixtures: the model-backed pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FOUNDING = EXAMPLES / "2022-05-16-legend-teigen.txt"
WIKINEWS = EXAMPLES / "wikinews.jsonl"
SHARED_DATA = Path(os.environ.get("DATELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test saying it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the research corpora in ../shared/data")
    return path


@pytest.fixture(scope="session")
def nlp():
    from dateline.pipeline import load

    return load()


@pytest.fixture(scope="session")
def founding_article():
    from dateline.readers import read_articles

    (article,) = [a for a in read_articles([str(FOUNDING)]) if not hasattr(a, "level")]
    return article


@pytest.fixture(scope="session")
def founding(founding_article):
    """The founding article's record."""
    from dateline.analysis import analyze_many

    (record,) = analyze_many([founding_article])
    return record


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Path:
    """The store `make demo` builds (every bundled example), analysed once for the whole run.

    Under pytest-xdist the workers share one copy through their common temporary folder, built by
    whichever asks first while the other waits on the lock; tests take a private copy (`demo_db`).
    """
    import fcntl

    from dateline.ingest import ingest

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    db = shared / "demo-store" / "demo.duckdb"
    db.parent.mkdir(exist_ok=True)
    with open(shared / "demo-store.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not db.exists():
            building = db.with_name("building.duckdb")
            summary = ingest([str(EXAMPLES)], db=str(building))
            assert summary.stored == 46
            building.rename(db)
    return db


@pytest.fixture
def demo_db(demo_store, tmp_path) -> str:
    """A private copy of the demo store, so no test sees another's writes."""
    import shutil

    copy = tmp_path / "demo.duckdb"
    shutil.copyfile(demo_store, copy)
    return str(copy)
