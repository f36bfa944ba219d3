"""The command-line interface: thin Typer commands over importable functions."""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

try:  # Typer 0.2x parses with its own copy of Click, whose exceptions these are
    from typer._click import exceptions as click
except ImportError:  # pragma: no cover - an older Typer on Click itself
    from click import exceptions as click

from ..about import __version__
from .batch import batch_cli
from .bench import bench_cli
from .conflicts import conflicts_cli
from .eval_coref import coref as eval_coref_cli
from .eval_quotes import quotes as eval_quotes_cli
from .eval_time import time as eval_time_cli
from .export import export_cli
from .extract import extract_cli
from .ingest import ingest_cli
from .load import load_cli
from .people import people_cli
from .person import person_cli
from .quotes import quotes_cli
from .serve import serve_cli
from .stats import stats_cli

app = typer.Typer(
    name="dateline",
    help="Who said what, who is who and what happened when, from dated news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
eval_app = typer.Typer(help="Measure dateline, and the tools users would pick instead, on gold data.", no_args_is_help=True)


def _version(value: bool) -> None:
    if value:
        print(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what dateline does")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s")


app.command("extract")(extract_cli)
app.command("ingest")(ingest_cli)
app.command("people")(people_cli)
app.command("quotes")(quotes_cli)
app.command("stats")(stats_cli)
app.command("export")(export_cli)
app.command("person")(person_cli)
app.command("conflicts")(conflicts_cli)
app.command("batch")(batch_cli)
app.command("load")(load_cli)
app.command("bench")(bench_cli)
eval_app.command("quotes")(eval_quotes_cli)
eval_app.command("time")(eval_time_cli)
eval_app.command("coref")(eval_coref_cli)
app.command("serve")(serve_cli)
app.add_typer(eval_app, name="eval")


def main() -> None:
    """The `dateline` command: a mistyped command line is one line on standard error too, not a boxed usage."""
    try:
        code = app(standalone_mode=False)
    except click.NoArgsIsHelpError as e:  # `dateline eval`: its help, as Click prints it
        print(e.format_message(), file=sys.stderr)
        sys.exit(2)
    except click.UsageError as e:
        where = e.ctx.command_path if e.ctx is not None else "dateline"
        print(f"error: {e.format_message()} (see `{where} --help`)", file=sys.stderr)
        sys.exit(2)
    except click.ClickException as e:
        print(f"error: {e.format_message()}", file=sys.stderr)
        sys.exit(e.exit_code)
    except typer.Abort:
        print("error: aborted", file=sys.stderr)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)
