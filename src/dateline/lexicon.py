"""Word lists and patterns, read once from the data files beside the code."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _lines(name: str) -> list[str]:
    text = resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def lines(name: str) -> tuple[str, ...]:
    """The lines of a data file that are neither blank nor comments."""
    return tuple(_lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """A one-column list (lower-cased)."""
    return frozenset(line.split("\t")[0].strip().lower() for line in _lines(name))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated list: first column (as written) to the other columns ("" when empty)."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        cells = line.split("\t")
        rows.setdefault(cells[0].strip(), tuple(c.strip() for c in cells[1:]))
    return rows


@cache
def lower_table(name: str) -> dict[str, tuple[str, ...]]:
    return {k.lower(): v for k, v in table(name).items()}


@cache
def data_json(name: str) -> Any:
    return json.loads(resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8"))
