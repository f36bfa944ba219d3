"""Errors and warnings with stable codes, so logs of millions of articles can be counted.

Codes never change meaning once released; new messages get new codes.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("dateline")


class _WithCodes(type):
    """Prefix every message with its code, as spaCy's errors.py does."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("_"):
            return msg
        return f"[{code}] {msg}"


class Warnings(metaclass=_WithCodes):
    W001 = "{source}: no {what}; published is unknown and relative dates stay unresolved"
    W002 = "{source}: invalid UTF-8; the bytes that are not UTF-8 read as Windows-1252 (é, ’, €)"
    W003 = "{source}: unparseable date {value!r}; published is unknown"
    W004 = "{source}: record has no text field (looked for {fields}); skipped"
    W005 = "{source}: empty article; skipped"
    W006 = "{source}: malformed JSON ({detail}); skipped"
    W007 = "{source}: article of {size:,} {unit} exceeds the limit of {limit:,} characters (--max-chars); skipped"
    W008 = "{source}: binary file, not an article; skipped"
    W009 = "{source}: no main text found in the HTML page; skipped"
    W010 = "{source}: unreadable WARC record ({detail}); skipped"
    W011 = "{source}: not a JSON object; skipped"
    W012 = "{source}: unsupported file type; skipped"
    W013 = "{source}: analysis failed ({detail}); skipped"
    W014 = "{source}: unreadable gzip data ({detail}); the rest of the file is skipped"
    W015 = "{path}: no PolNeAR folder here (text/ and attributions/); quote evaluation skipped"
    W016 = "{path}: no GUM folder here (*.conllu and splits.md); coreference evaluation skipped"
    W017 = "{source}: {text!r} at character {start}: a numeric date that reads day-first and month-first; value left unresolved"
    W018 = "{path}: no Duckling corpus here (Duckling/Time/EN/Corpus.hs); its evaluation skipped"
    W020 = "{source}: no records in this file"
    W021 = "{source}: unreadable input ({detail}); the rest of this file is skipped"
    W022 = "{source}: date {value!r} is out of range ({lo} to {hi}); published is unknown"
    W023 = "{source}: same URL as an article stored earlier ({url}) with a different text; the earlier one is replaced"
    W024 = "{source}: same URL as {other} in this run with a different text; the later one replaces it"
    W025 = "{db}: the knowledge base is out of date (an ingest or load stopped before rebuilding it); run that `dateline ingest` or `dateline load` again: it skips what is stored and rebuilds it"
    W026 = "{path}: the pronoun ranker's weights name other features than this version computes; pronouns are ranked by the rules alone"
    W027 = "{source}: the same text as {other}, under the same URL (or neither has one); skipped"
    W028 = "{path}: the cluster confidence model names other features than this version computes; no cluster is dropped by it"


class Errors(metaclass=_WithCodes):
    E001 = "{path}: no such file or directory"
    E002 = "{path}: no articles found"
    E003 = "{db}: another process has this database open ({holder}), and DuckDB lets one process write or several read; try again when it has closed it"
    E004 = "{db}: not a dateline database ({detail})"
    E005 = "{db}: written by a newer dateline (schema {found}, this version knows {known})"
    E006 = "{value!r}: not a date (expected YYYY-MM-DD)"
    E007 = "cannot load the spaCy pipeline {name!r}: {detail}"
    E008 = "{db}: no such database; run `dateline ingest` first"
    E009 = "nothing to do: every input was skipped"
    E010 = "{path}: cannot write ({detail})"
    E011 = "no person matches {name!r}"
    E012 = "{db}: cannot open ({detail})"
    E013 = "{path}: not a directory of {what}"
    E014 = "no {what} with id {id!r}"
    E015 = "request body exceeds the limit of {limit:,} bytes"
    E016 = "this server is read-only; start it with `dateline serve --allow-write` to store articles"
    E017 = "missing or wrong bearer token (the one `dateline serve --allow-write` printed at start)"
    E018 = "this store's quotes have no attribution (speech, thought or intention); ingest the articles again with a dateline that records it"
    E019 = "{option} {value!r}: expected one of {choices}"
    E030 = "{path}: incomplete batch output ({detail}); nothing loaded"
    E031 = "analysis took longer than {seconds:g} s and was stopped"
    E032 = "this server does not analyse texts; start it with `dateline serve --allow-analyze` (or `--allow-write`)"
    E034 = "the server is busy analysing other texts; try again later"
    E035 = "text of {size:,} characters exceeds this server's limit of {limit:,} for analysis (--analyze-chars)"
    E036 = "{what} is empty: give a name, or part of one"
    E037 = "--since {since} is after --until {until}: no date is in both"


class DatelineError(Exception):
    """An error the CLI reports in one line, without a traceback."""

    @property
    def code(self) -> str:
        text = str(self)
        return text[1:5] if text.startswith("[") else ""


def code_of(message: str) -> str:
    """The code of a coded message ("W003"), or an empty string."""
    return message[1:5] if message.startswith("[") and message[5:6] == "]" else ""


# Short reasons for the skip codes, for summaries ("skipped 3: 2 malformed JSON (W006), ...").
SKIP_REASONS = {
    "W004": "no text field",
    "W005": "empty article",
    "W006": "malformed JSON",
    "W007": "too long",
    "W008": "binary file",
    "W009": "no main text in HTML",
    "W010": "unreadable WARC record",
    "W011": "not a JSON object",
    "W012": "unsupported file type",
    "W013": "analysis failed",
    "W014": "unreadable gzip data",
    "W021": "unreadable input",
    "W027": "duplicate",
}

# Short names of the other warnings, for the same summaries ("2 ambiguous numeric date (W017)").
NOTE_REASONS = {
    "W001": "no publication date",
    "W002": "invalid UTF-8",
    "W003": "unparseable date",
    "W017": "ambiguous numeric date",
    "W020": "no records",
    "W022": "date out of range",
    "W023": "replaced a stored article",
    "W024": "replaced an article of this run",
}
