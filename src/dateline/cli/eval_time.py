"""`dateline eval time DIR…`: the TempEval-3 Task A measures on TimeML files."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError, Errors
from ..eval.time import evaluate_time, format_time_report
from ..eval.timeml import timeml_files
from .common import ReportFormat, reports_errors

DEFAULT_DIR = Path("..") / "shared" / "data" / "timeml"


def default_dirs() -> list[Path]:
    """../shared/data/timeml, or $DATELINE_SHARED_DATA/timeml when that is set."""
    shared = os.environ.get("DATELINE_SHARED_DATA")
    return [Path(shared) / "timeml" if shared else DEFAULT_DIR]


@reports_errors
def time(
    dirs: Annotated[list[Path] | None, typer.Argument(help="TimeML files or folders (default ../shared/data/timeml)")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="text or json")] = ReportFormat.text,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N documents")] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Run dateparser's search_dates side by side")
    ] = True,
) -> None:
    """Time expressions against TimeML gold: strict and relaxed spans, types and values."""
    paths = dirs or default_dirs()
    for p in paths:
        if not p.exists():
            raise DatelineError(Errors.E001.format(path=p) + " (the TimeML corpora are not here; nothing to evaluate)")
    if not timeml_files(paths):
        raise DatelineError(Errors.E013.format(path=", ".join(map(str, paths)), what="TimeML files (*.tml)"))
    result = evaluate_time(paths, limit=limit, baseline=baseline)
    if format is ReportFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(format_time_report(result) + "\n")
