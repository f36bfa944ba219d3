"""`dateline eval time DIR…`: the TempEval-3 Task A measures on TimeML files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import Errors

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


def time(
    dirs: Annotated[list[Path] | None, typer.Argument(help="TimeML files or folders (default ../shared/data/timeml)")] = None,
    format: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    limit: Annotated[int | None, typer.Option(help="read at most this many documents")] = None,
    baseline: Annotated[bool, typer.Option(help="run dateparser side by side")] = True,
    save_held: Annotated[Path | None, typer.Option(help="write the gold expressions whose value dateline gets right, one a line")] = None,
    against: Annotated[Path | None, typer.Option(help="a --save-held file of an earlier run: list those lost since, exit 1 if any")] = None,
    duckling: Annotated[Path | None, typer.Option(help="a Duckling checkout (default ../shared/data/duckling; skipped when absent)")] = None,
    corpus: Annotated[str, typer.Option(help="timeml, duckling or all")] = "all",
) -> None:
    """Time expressions against TimeML gold (spans, types, values) and Duckling's phrases (values)."""
    if corpus not in ("timeml", "duckling", "all"):
        raise typer.BadParameter("--corpus must be timeml, duckling or all")
    if format not in ("text", "json"):
        raise typer.BadParameter("--format must be text or json")
    report: dict = {}
    if corpus in ("timeml", "all"):
        report["timeml"] = _timeml(dirs, format=format, limit=limit, baseline=baseline, save_held=save_held, against=against)
    if corpus in ("duckling", "all"):
        report["duckling"] = _duckling(duckling, format=format, baseline=baseline, required=corpus == "duckling")
    if format == "json":  # the TimeML measures at the top, as before; Duckling's under "duckling"
        out = dict(report.get("timeml") or {})
        if corpus == "duckling":
            out = report["duckling"] or {}
        elif "duckling" in report:
            out["duckling"] = report["duckling"]
        typer.echo(json.dumps(out, indent=2))
    if (report.get("timeml") or {}).get("lost"):
        raise typer.Exit(1)


def _duckling(root: Path | None, *, format: str, baseline: bool, required: bool) -> dict | None:
    from ..eval.duckling_score import evaluate_duckling, format_duckling_report

    root = root or default_duckling()
    if not (root / "Duckling").is_dir():
        typer.echo(Errors.E001.format(path=root) + " (the Duckling corpus is not here; skipped)", err=True)
        if required:
            raise typer.Exit(1)
        return None
    result = evaluate_duckling(root, baseline=baseline)
    if format == "text":
        typer.echo("\n" + format_duckling_report(result))
    return result


def _timeml(dirs, *, format: str, limit, baseline: bool, save_held, against) -> dict:
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
    held = result.pop("held")
    if format == "text":
        typer.echo(format_time_report(result))
    if save_held is not None:
        save_held.write_text("".join(k + "\n" for k in held), encoding="utf-8")
    if against is not None:
        result["lost"] = _compare(held, against, quiet=format == "json")
    return result


def _compare(held: list[str], against: Path, *, quiet: bool) -> list[str]:
    """The expressions an earlier run held that this one lost (printed unless `quiet`)."""
    from ..eval.time import lost_expressions

    if not against.is_file():
        typer.echo(Errors.E001.format(path=against), err=True)
        raise typer.Exit(1)
    before = [line for line in against.read_text(encoding="utf-8").splitlines() if line]
    lost = lost_expressions({"held": held}, before)
    if not quiet:
        typer.echo(f"\n{len(before)} expressions held before, {len(held)} now, {len(lost)} lost")
        for key in lost:
            typer.echo(f"  lost {key}")
    return lost


def main() -> None:
    typer.run(time)


if __name__ == "__main__":
    main()
