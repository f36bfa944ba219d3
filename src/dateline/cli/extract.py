"""`dateline extract`: print records without a database."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import Annotated

import typer

from ..analysis import analyze_stream
from ..errors import Warnings
from ..readers import Problem, read_articles
from ..records import ArticleRecord
from ..store.duck import text_hash
from .common import (
    DEFAULT_MAX,
    MaxCharsOption,
    ModelOption,
    PathsArgument,
    PublishedOption,
    WorkersOption,
    check_date,
    choice_option,
    err,
    out,
    print_problem,
    reports_errors,
)
from .render import render_record


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def extract(
    paths: Iterable[str],
    *,
    workers: int = 1,
    published: str | None = None,
    model: str | None = None,
    max_chars: int = DEFAULT_MAX,
    on_problem: Callable[[Problem], None] | None = None,
) -> Iterator[ArticleRecord]:
    """Records of the articles in `paths`; problems go to `on_problem`."""
    def articles():
        # (file, id) -> (text hash, source): a feed may repeat an article. Only within one
        # file: the same article in two files (two crawls) is two records, as ingest keeps its outlets.
        seen: dict[tuple[str, str], tuple[str, str]] = {}
        for item in read_articles(paths, published=published, max_chars=max_chars):
            if not isinstance(item, Problem):
                digest = text_hash(item.text)
                earlier = seen.setdefault((_file_of(item.source), item.id), (digest, item.source))
                if earlier[1] == item.source or earlier[0] != digest:
                    yield item
                    continue
                item = Problem(Warnings.W027.format(source=item.source, other=earlier[1]))
            if on_problem:
                on_problem(item)

    for item in analyze_stream(articles(), workers=workers, model=model):
        if isinstance(item, Problem):
            if on_problem:
                on_problem(item)
        else:
            yield item


def _file_of(source: str | None) -> str:
    """The file of a source: 'feed.jsonl:7' -> 'feed.jsonl'."""
    head, _, line = (source or "").rpartition(":")
    return head if head and line.isdigit() else source or ""


@reports_errors
def extract_cli(
    paths: PathsArgument,
    format: choice_option("--format", tuple(f.value for f in Format), "json (one object, or an array for several), jsonl, pretty "
                          "[default: pretty on a terminal, else jsonl]", short="-f") = None,
    workers: WorkersOption = 1,
    published: PublishedOption = None,
    model: ModelOption = None,
    max_chars: MaxCharsOption = DEFAULT_MAX,
    all_quotes: Annotated[
        bool, typer.Option("--all-quotes", help="pretty: also list thoughts and intentions, not only speech")
    ] = False,
) -> None:
    """Analyse articles and print their records (nothing is stored)."""
    fmt = Format(format) if format else (Format.pretty if sys.stdout.isatty() else Format.jsonl)
    problems: list[Problem] = []

    def note(problem: Problem) -> None:
        problems.append(problem)
        print_problem(problem)

    records = extract(
        paths, workers=workers, published=check_date(published), model=model, max_chars=max_chars, on_problem=note
    )
    n = _write(records, fmt, all_quotes=all_quotes)
    if problems:
        print_counts(problems)
    if n == 0:
        raise typer.Exit(1)


def print_counts(problems: list[Problem]) -> None:
    """One line counting the problems by code, as `ingest` ends with."""
    from collections import Counter

    from ..errors import NOTE_REASONS, SKIP_REASONS

    counts = Counter(p.code for p in problems)
    kind = {p.code: "error" if p.level == "error" else "warning" for p in problems}
    parts = [f"{n} {SKIP_REASONS.get(code) or NOTE_REASONS.get(code, kind[code])} ({code})" for code, n in counts.most_common()]
    err.print(f"{len(problems)} problem{'s' * (len(problems) != 1)}: " + ", ".join(parts), highlight=False)


def _write(records: Iterator[ArticleRecord], fmt: Format, *, all_quotes: bool = False) -> int:
    n = 0
    if fmt is Format.json:
        # One record prints as an object; several as an array, streamed.
        first = next(records, None)
        if first is None:
            return 0
        second = next(records, None)
        if second is None:
            sys.stdout.write(json.dumps(first.to_dict(), ensure_ascii=False, indent=2) + "\n")
            return 1
        sys.stdout.write("[\n")
        for n, record in enumerate(_chain(first, second, records), start=1):
            sys.stdout.write((",\n" if n > 1 else "") + json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
        sys.stdout.write("\n]\n")
        return n
    for record in records:
        n += 1
        if fmt is Format.jsonl:
            sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            render_record(record, out, all_quotes=all_quotes)
    return n


def _chain(first, second, rest):
    yield first
    yield second
    yield from rest
