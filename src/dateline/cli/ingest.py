"""`dateline ingest`: analyse articles into the DuckDB store, with progress and a summary."""

from __future__ import annotations

import time

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..ingest import IngestSummary, ingest
from ..readers import estimate_total
from ..store import default_db
from .common import (
    DEFAULT_MAX,
    DbOption,
    MaxCharsOption,
    ModelOption,
    PathsArgument,
    PublishedOption,
    WorkersOption,
    check_date,
    err,
    print_problem,
    reports_errors,
)


@reports_errors
def ingest_cli(
    paths: PathsArgument,
    db: DbOption = None,
    workers: WorkersOption = 1,
    published: PublishedOption = None,
    model: ModelOption = None,
    max_chars: MaxCharsOption = DEFAULT_MAX,
) -> None:
    """Analyse articles and store them; already stored articles are skipped."""
    day = check_date(published)
    total = estimate_total(paths)
    started = time.perf_counter()
    columns = (
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>6.1f} articles/s"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingest", total=total, rate=0.0)

        def advance(n: int) -> None:
            done = progress.tasks[0].completed + n
            progress.update(task, advance=n, rate=done / max(time.perf_counter() - started, 1e-9))

        summary = ingest(
            paths,
            db=db,
            workers=workers,
            published=day,
            model=model,
            max_chars=max_chars,
            on_problem=print_problem,
            on_progress=advance,
        )
    print_summary(summary, db or default_db())
    if summary.nothing_done:
        raise typer.Exit(1)


def print_summary(summary: IngestSummary, db: str) -> None:
    rate = summary.analysed / summary.seconds if summary.seconds else 0.0
    err.print(
        f"read {summary.read} articles · analysed {summary.analysed} · stored {summary.stored} "
        f"in {db} · {summary.seconds:.1f} s ({rate:.1f} articles/s)",
        highlight=False,
    )
    if summary.skipped:
        reasons = ", ".join(f"{n} {reason}" for reason, n in summary.skipped.most_common())
        err.print(f"skipped {summary.skipped.total()}: {reasons}", highlight=False)
    if summary.replaced:
        err.print(f"replaced {summary.replaced} earlier text{'s' * (summary.replaced != 1)} of the same URL", highlight=False)
    if summary.errors:
        err.print(f"{summary.errors} input{'s' * (summary.errors != 1)} could not be read", highlight=False)
