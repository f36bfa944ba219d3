"""`dateline eval quotes`: score quotations against PolNeAR (brat and CofeNet sentences).

Register with `eval_app.command("quotes")(quotes)`; until then it runs as
`python -m dateline.eval.quotes`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import Warnings
from .common import ModelOption, err, reports_errors
from .formats import format_option

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
    format: format_option(("text", "json")) = "text",
    model: ModelOption = None,
) -> None:
    """Precision, recall and F1 of content, cue and source, for dateline and textacy."""
    from ..eval.quotes import evaluate_quotes, format_quotes_report

    if not (polnear / "text").is_dir() or not (polnear / "attributions").is_dir():
        err.print(Warnings.W015.format(path=polnear), markup=False)
        return
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


def run() -> None:
    """Entry point of `python -m dateline.eval.quotes`."""
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(quotes)
    app()
