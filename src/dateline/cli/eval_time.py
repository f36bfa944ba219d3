"""`dateline eval time DIR…`: the TempEval-3 Task A measures on TimeML files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import Errors
from .formats import format_option

DEFAULT_DIR = Path("..") / "shared" / "data" / "timeml"


def default_dirs() -> list[Path]:
    """../shared/data/timeml, or $DATELINE_SHARED_DATA/timeml when that is set."""
    shared = os.environ.get("DATELINE_SHARED_DATA")
    return [Path(shared) / "timeml" if shared else DEFAULT_DIR]


def time(
    dirs: Annotated[list[Path] | None, typer.Argument(help="TimeML files or folders (default ../shared/data/timeml)")] = None,
    format: format_option(("text", "json")) = "text",
    limit: Annotated[int | None, typer.Option(help="read at most this many documents")] = None,
    baseline: Annotated[bool, typer.Option(help="run dateparser side by side")] = True,
) -> None:
    """Time expressions against TimeML gold: strict and relaxed spans, types and values."""
    from ..eval.time import evaluate_time, format_time_report
    from ..eval.timeml import timeml_files

    paths = dirs or default_dirs()
    for p in paths:
        if not p.exists():
            typer.echo(Errors.E001.format(path=p) + " (the TimeML corpora are not here; nothing to evaluate)", err=True)
            raise typer.Exit(1)
    if not timeml_files(paths):
        typer.echo(Errors.E013.format(path=", ".join(map(str, paths)), what="TimeML files (*.tml)"), err=True)
        raise typer.Exit(1)
    result = evaluate_time(paths, limit=limit, baseline=baseline)
    if format == "json":
        typer.echo(json.dumps(result, indent=2))
    else:
        typer.echo(format_time_report(result))


def main() -> None:
    typer.run(time)


if __name__ == "__main__":
    main()
