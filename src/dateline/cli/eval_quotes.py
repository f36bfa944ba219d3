"""`dateline eval quotes`: score quotations against PolNeAR (brat and CofeNet sentences)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError, Errors
from ..eval.quotes import evaluate_quotes, format_quotes_report
from .common import ModelOption, TextFormatOption, reports_errors

POLNEAR = Path("../shared/data/polnear")


@reports_errors
def quotes(
    polnear: Annotated[
        Path, typer.Option("--polnear", help="PolNeAR brat folder (text/ and attributions/)")
    ] = POLNEAR / "dev",
    metadata: Annotated[
        Path, typer.Option("--metadata", help="PolNeAR metadata.tsv (publication dates)")
    ] = POLNEAR / "metadata.tsv",
    cofenet: Annotated[
        Path, typer.Option("--cofenet", help="CofeNet sentences of the same split (JSON lines)")
    ] = POLNEAR / "cofenet-sentences" / "valid.txt",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N articles")] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Run textacy's direct_quotations side by side")
    ] = True,
    format: TextFormatOption = "text",
    model: ModelOption = None,
) -> None:
    """Precision, recall and F1 of content, cue and source, for dateline and textacy."""
    if not polnear.exists():
        raise DatelineError(Errors.E001.format(path=polnear) + " (the PolNeAR corpus is not here; nothing to evaluate)")
    if not (polnear / "text").is_dir() or not (polnear / "attributions").is_dir():
        raise DatelineError(Errors.E013.format(path=polnear, what="PolNeAR articles (text/ and attributions/)"))
    result = evaluate_quotes(
        polnear_dir=polnear,
        metadata=metadata if metadata.exists() else None,
        cofenet=cofenet if cofenet.exists() else None,
        limit=limit,
        baseline=baseline,
        model=model,
    )
    if format == "json":
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(format_quotes_report(result) + "\n")

