"""Inputs cut into shards: the units of work a batch engine hands to its workers.

A shard is a whole WARC file, a range of lines of a JSON Lines file, or a
group of small files. Shard ids follow from the inputs alone, so planning
the same inputs twice gives the same shards, and a restarted batch knows
which ones it has finished.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import DatelineError, Errors
from ..readers import kind_of, walk_inputs

LINES_PER_SHARD = 250
FILES_PER_SHARD = 200


@dataclass(frozen=True, slots=True)
class Shard:
    """Part of the input: `paths`, or lines [first_line, last_line] of one JSON Lines file."""

    ordinal: int
    paths: tuple[str, ...]
    first_line: int | None = None  # 1-based, inclusive
    last_line: int | None = None
    byte_start: int | None = None  # of first_line, for files that can seek
    byte_stop: int | None = None

    @property
    def id(self) -> str:
        spec = f"{self.paths}|{self.first_line}|{self.last_line}"
        return f"{self.ordinal:06d}-{hashlib.sha256(spec.encode()).hexdigest()[:10]}"


def plan_shards(
    inputs: Iterable[str], *, lines_per_shard: int = LINES_PER_SHARD, files_per_shard: int = FILES_PER_SHARD
) -> list[Shard]:
    """Shards of all inputs, in input order (files of a folder sorted)."""
    files: list[str] = []
    for path in inputs:
        if os.path.isdir(path):
            files.extend(str(p) for p in sorted(walk_inputs(path)))
        elif os.path.exists(path):
            files.append(path)
        else:
            raise DatelineError(Errors.E001.format(path=path))
    shards: list[Shard] = []
    small: list[str] = []

    def flush_small() -> None:
        if small:
            shards.append(Shard(len(shards), tuple(small)))
            small.clear()

    for path in files:
        kind = kind_of(path)
        if kind == "jsonl":
            flush_small()
            for first, last, start, stop in _line_ranges(path, lines_per_shard):
                shards.append(Shard(len(shards), (path,), first, last, start, stop))
        elif kind == "warc":
            flush_small()
            shards.append(Shard(len(shards), (path,)))
        else:
            small.append(path)
            if len(small) >= files_per_shard:
                flush_small()
    flush_small()
    return shards


def _line_ranges(path: str, size: int) -> Iterable[tuple[int, int, int | None, int | None]]:
    """(first line, last line, byte start, byte stop) of each run of `size` lines."""
    compressed = path.endswith(".gz")
    opener = gzip.open if compressed else open
    first, offset, start = 1, 0, 0
    number = 0
    with opener(path, "rb") as f:
        for number, line in enumerate(f, start=1):
            offset += len(line)
            if number - first + 1 == size:
                yield first, number, None if compressed else start, None if compressed else offset
                first, start = number + 1, offset
    if number >= first:
        yield first, number, None if compressed else start, None if compressed else offset
