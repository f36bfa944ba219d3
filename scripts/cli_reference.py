"""Write every command's `--help` into README.md between the cli-reference markers.

    python scripts/cli_reference.py          # rewrite README.md (`make readme`)
    python scripts/cli_reference.py --check  # exit 1 when README.md is out of date (tests/test_cli.py)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from dateline.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "FORCE_COLOR": None, "COLORTERM": None}  # the same text anywhere


def commands(group=None, prefix: tuple[str, ...] = ()):
    """Every command's words (`("eval", "time")`), in the order the CLI lists them."""
    group = group or get_command(app)
    for name, cmd in group.commands.items():
        path = (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from commands(cmd, path)
        else:
            yield path


def help_text(command: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env=ENV, prog_name="dateline")
    if result.exit_code != 0:
        raise SystemExit(f"dateline {' '.join(command)} --help failed: {result.output}")
    lines = [line.rstrip() for line in result.output.splitlines()]
    return "\n".join(lines).strip("\n")


def reference() -> str:
    parts = [START, "", "Generated from `--help` by `make readme` (scripts/cli_reference.py); a test checks it.", ""]
    for command in commands():
        name = " ".join(command)
        parts += [f"#### `dateline {name}`", "", "```text", help_text(command), "```", ""]
    parts.append(END)
    return "\n".join(parts)


def updated(readme: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise SystemExit(f"{README}: no {START} … {END} block")
    return pattern.sub(lambda _: reference(), readme)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    new = updated(current)
    if "--check" in argv:
        if new != current:
            print("README.md's CLI reference is out of date: run `make readme`", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
