"""`dateline eval coref [PATH…]`: people and organizations resolved to their names, on GUM."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError, Errors, Warnings
from .common import ModelOption, TableFormatOption, err, reports_errors


class Split(str, Enum):
    train = "train"
    dev = "dev"
    test = "test"


def default_gum() -> Path:
    """../shared/data/gum, or $DATELINE_SHARED_DATA/gum when that is set."""
    shared = os.environ.get("DATELINE_SHARED_DATA")
    return (Path(shared) if shared else Path("..") / "shared" / "data") / "gum"


@reports_errors
def coref(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="GUM .conllu files or folders (default ../shared/data/gum)")
    ] = None,
    split: Annotated[Split, typer.Option("--split", help="GUM's split (splits.md beside the files)")] = Split.dev,
    resolver: Annotated[
        list[str] | None,
        typer.Option("--resolver", "-r", help="Resolvers side by side: default, coreferee, or a dateline_people resolver name (repeatable)"),
    ] = None,
    format: TableFormatOption = "table",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N documents")] = None,
    model: ModelOption = None,
) -> None:
    """Mention accuracy by form and type, cluster precision and recall, MUC, B³, CEAF-e and CoNLL F1."""
    from ..eval.coref import DEFAULT_RESOLVERS, evaluate, format_report
    from ..eval.gum import conllu_files

    if not paths:
        if not default_gum().is_dir():
            err.print(Warnings.W016.format(path=default_gum()), markup=False)
            return
        paths = [default_gum()]
    for p in paths:
        if not p.exists():
            raise DatelineError(Errors.E001.format(path=p))
    if not conllu_files(paths, split=split.value):
        what = f"GUM {split.value} documents (*.conllu beside splits.md)"
        raise DatelineError(Errors.E013.format(path=", ".join(map(str, paths)), what=what))
    result = evaluate(paths, split=split.value, resolvers=tuple(resolver or DEFAULT_RESOLVERS), model=model, limit=limit)
    if format == "json":
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_report(result) + "\n")
