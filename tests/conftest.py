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
