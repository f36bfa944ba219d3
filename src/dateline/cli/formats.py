"""Writing rows as a table, TSV, CSV, JSON or JSON Lines: every listing command's `--format`.

A table on a terminal gets columns as wide as their values (long lines wrap
at the terminal, nothing is cut to "2015-01-…"); piped, it is plain TSV.
The options themselves, validated in one place, are in cli.common.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

WRAP_MIN = 30  # narrowest a wrapping column (a quote's words) gets on a terminal


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    wrap: bool = False  # may wrap on a terminal (long text); the others never do


def cell(value: Any) -> str:
    """A value as one line of text: lists joined with "; ", tabs and newlines as spaces."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split()) if any(c in str(value) for c in "\t\n\r") else str(value)


def write_rows(rows: list[dict[str, Any]], columns: Sequence[Column], fmt: str, *, stream=None,
               screen: Sequence[Column] | None = None) -> None:
    """Rows in `fmt`: json and jsonl carry every field, TSV and csv the `columns`, a terminal's table `screen`."""
    stream = stream or sys.stdout
    if fmt == "json":
        stream.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow([c.key for c in columns])
        writer.writerows([[cell(row.get(c.key)) for c in columns] for row in rows])
    elif not stream.isatty():
        stream.write("\t".join(c.key for c in columns) + "\n")
        for row in rows:
            stream.write("\t".join(cell(row.get(c.key)) for c in columns) + "\n")
    else:
        _table(rows, screen or columns, stream)


def _table(rows: list[dict[str, Any]], columns: Sequence[Column], stream) -> None:
    texts = [[cell(row.get(c.key)) for c in columns] for row in rows]
    widths = [max([len(c.header), *(len(t[i]) for t in texts)]) for i, c in enumerate(columns)]
    fixed = sum(w + 2 for w, c in zip(widths, columns) if not c.wrap)
    terminal = Console(file=stream).width
    room = max(WRAP_MIN, terminal - fixed - 1)
    # Too narrow for the fixed columns: draw wider than the terminal, which wraps the lines
    # rather than cutting a date or a name.
    width = max(terminal, fixed + sum(min(w, room) + 2 for w, c in zip(widths, columns) if c.wrap) + 1)
    table = Table(box=None, padding=(0, 1), header_style="bold", pad_edge=False)
    for c, w in zip(columns, widths):
        if c.wrap:
            table.add_column(c.header, overflow="fold", max_width=room)
        else:
            table.add_column(c.header, no_wrap=True, min_width=w)
    for t in texts:
        table.add_row(*(Text(x) for x in t))
    Console(file=stream, width=width, highlight=False, markup=False).print(table, markup=False)
