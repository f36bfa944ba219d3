"""`dateline eval time DIR…`: the TempEval-3 Task A measures on TimeML files, and Duckling's phrases."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError, Errors, Warnings
from ..eval.time import evaluate_time, format_time_report, lost_expressions
from ..eval.timeml import timeml_files
from .common import TextFormatOption, reports_errors

DEFAULT_DIR = Path("..") / "shared" / "data" / "timeml"
DEFAULT_DUCKLING = Path("..") / "shared" / "data" / "duckling"


def default_dirs() -> list[Path]:
    """../shared/data/timeml, or $DATELINE_SHARED_DATA/timeml when that is set."""
    shared = os.environ.get("DATELINE_SHARED_DATA")
    return [Path(shared) / "timeml" if shared else DEFAULT_DIR]


def default_duckling() -> Path:
    """../shared/data/duckling, or $DATELINE_SHARED_DATA/duckling when that is set."""
    shared = os.environ.get("DATELINE_SHARED_DATA")
    return Path(shared) / "duckling" if shared else DEFAULT_DUCKLING


@reports_errors
def time(
    dirs: Annotated[list[Path] | None, typer.Argument(help="TimeML files or folders (default ../shared/data/timeml)")] = None,
    format: TextFormatOption = "text",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N documents")] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Run dateparser's search_dates side by side")
    ] = True,
    corpus: Annotated[str, typer.Option("--corpus", help="timeml, duckling or all")] = "all",
    duckling: Annotated[
        Path | None, typer.Option("--duckling", help="A Duckling checkout (default ../shared/data/duckling; skipped when absent)")
    ] = None,
    save_held: Annotated[
        Path | None, typer.Option("--save-held", help="Write the TimeML expressions whose value dateline gets right, one a line")
    ] = None,
    against: Annotated[
        Path | None, typer.Option("--against", help="A --save-held file of an earlier run: list those lost since; exit 1 if any")
    ] = None,
) -> None:
    """Time expressions against TimeML gold (spans, types, values) and Duckling's phrases (values)."""
    if corpus not in ("timeml", "duckling", "all"):
        raise typer.BadParameter("--corpus must be timeml, duckling or all")
    text = format != "json"
    out: dict = {}
    lost: list[str] = []
    if corpus in ("timeml", "all"):
        out = _timeml(dirs, text=text, limit=limit, baseline=baseline, save_held=save_held)
        if against is not None:
            lost = out["lost"] = _compare(out.pop("held"), against, text=text)
        out.pop("held", None)
    if corpus in ("duckling", "all"):
        found = _duckling(duckling, text=text, baseline=baseline, required=corpus == "duckling")
        out = found or {} if corpus == "duckling" else {**out, "duckling": found}
    if not text:  # the TimeML measures at the top, as before; Duckling's under "duckling"
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    if lost:
        raise typer.Exit(1)


def _timeml(dirs: list[Path] | None, *, text: bool, limit: int | None, baseline: bool, save_held: Path | None) -> dict:
    paths = dirs or default_dirs()
    for p in paths:
        if not p.exists():
            raise DatelineError(Errors.E001.format(path=p) + " (the TimeML corpora are not here; nothing to evaluate)")
    if not timeml_files(paths):
        raise DatelineError(Errors.E013.format(path=", ".join(map(str, paths)), what="TimeML files (*.tml)"))
    result = evaluate_time(paths, limit=limit, baseline=baseline)
    if text:
        sys.stdout.write(format_time_report({k: v for k, v in result.items() if k != "held"}) + "\n")
    if save_held is not None:
        save_held.write_text("".join(k + "\n" for k in result["held"]), encoding="utf-8")
    return result


def _duckling(root: Path | None, *, text: bool, baseline: bool, required: bool) -> dict | None:
    from ..eval.duckling_score import evaluate_duckling, format_duckling_report

    root = root or default_duckling()
    if not (root / "Duckling").is_dir():
        if required:
            raise DatelineError(Errors.E001.format(path=root) + " (the Duckling corpus is not here)")
        typer.echo(Warnings.W018.format(path=root), err=True)  # a warning, on stderr: stdout stays one JSON document
        return None
    result = evaluate_duckling(root, baseline=baseline)
    if text:
        sys.stdout.write("\n" + format_duckling_report(result) + "\n")
    return result


def _compare(held: list[str], against: Path, *, text: bool) -> list[str]:
    """The expressions an earlier run held that this one lost (printed in the text report)."""
    if not against.is_file():
        raise DatelineError(Errors.E001.format(path=against))
    before = [line for line in against.read_text(encoding="utf-8").splitlines() if line]
    lost = lost_expressions({"held": held}, before)
    if text:
        sys.stdout.write(f"\n{len(before)} expressions held before, {len(held)} now, {len(lost)} lost\n")
        sys.stdout.writelines(f"  lost {key}\n" for key in lost)
    return lost
