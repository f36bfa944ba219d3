"""Extraction: the grammar of data/times/grammar.txt compiled to one regular expression.

All rules are joined in one alternation and scanned once over the text
(leftmost match, first rule in file order); a matched span is then read again
with its own rule's pattern, whose named groups are the slots the normalizer
reads. Word lists become alternations, longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .words import words_of

_MACRO = re.compile(r"\{(~?)([A-Za-z_][A-Za-z_0-9]*|-)(?::([a-z_][a-z_0-9]*))?\}")
_NAMED = re.compile(r"\(\?P<[a-z_]+>")
_DIRECTIVE = re.compile(r"@(\w+)\s+(.+)$")
_DEFINITION = re.compile(r"(rule\s+)?(\w+)\s*=\s*(.+)$")
# A match starts at a word's start and ends at a word's end; not inside
# numbers, amounts ($1990), hyphenated words (pre-1990) or codes (#1990).
_LEFT = r"(?<![\w$£€¥#@/'’-])(?<!\d[.,])"
_RIGHT = r"(?:(?<=\W)|(?!\w))"
# How far before its first trigger an expression may start ("no more than two and a half years").
_BEFORE = 40


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    rule: str
    slots: dict[str, str]


class Grammar:
    """The compiled grammar: `find(text)` returns the time expressions' spans and slots."""

    def __init__(self, source: str) -> None:
        self.macros: dict[str, str] = {"-": r"(?:\s*-\s*|\s+)"}
        self.rules: dict[str, re.Pattern[str]] = {}
        bodies: list[str] = []
        for line in source.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if d := _DIRECTIVE.match(line):
                self.macros[d.group(1)] = _word_list(d.group(2).split())
                continue
            m = _DEFINITION.match(line)
            if m is None:
                raise ValueError(f"grammar: cannot read {line!r}")
            body = self._expand(m.group(3).replace(" ", r"\s+"))
            if m.group(1):
                self.rules[m.group(2)] = re.compile(_LEFT + body + _RIGHT, re.IGNORECASE)
                bodies.append(f"(?P<{m.group(2)}>{_NAMED.sub('(?:', body)})")
            else:
                self.macros[m.group(2)] = body
        self.scanner = re.compile(_LEFT + "(?:" + "|".join(bodies) + ")" + _RIGHT, re.IGNORECASE)
        self.word_start = re.compile(_LEFT + r"[\w'’]")
        # zero-width, so that a trigger inside another ("40 week" of "40 weekly") is still seen
        self.triggers = re.compile(r"(?<!\w)(?=" + _NAMED.sub("(?:", self.macros["triggers"]) + ")", re.IGNORECASE)

    def _expand(self, pattern: str) -> str:
        def replace(m: re.Match[str]) -> str:
            quiet, name, slot = m.group(1), m.group(2), m.group(3)
            if name not in self.macros:
                raise ValueError(f"grammar: unknown name {{{name}}}")
            body = self.macros[name]
            if quiet or name == "-":
                return f"(?:{_NAMED.sub('(?:', body)})"
            return f"(?P<{slot or name}>{_NAMED.sub('(?:', body)})"

        return _MACRO.sub(replace, pattern)

    def find(self, text: str) -> list[Match]:
        """Every time expression of `text`, left to right, not overlapping.

        The same as scanning the whole text, but the rules are tried only at the
        word starts just before each trigger (a year, a clock time, a time
        word): trying them at every word costs several times more on newswire.
        """
        found: list[Match] = []
        done = 0
        for trigger in self.triggers.finditer(text):
            at = trigger.start()
            while done <= at:
                m = self._first_match(text, max(done, at - _BEFORE), at + 1)
                if m is None:
                    break
                found.append(self._read(text, m))
                done = m.end()
        return found

    def _first_match(self, text: str, start: int, stop: int) -> re.Match[str] | None:
        """The match starting at the first word start in [start, stop) that has one."""
        for word in self.word_start.finditer(text, start, stop):
            m = self.scanner.match(text, word.start())
            if m is not None:
                return m
        return None

    def scan(self, text: str) -> list[Match]:
        """`find` without the trigger windows (for checking that both agree)."""
        return [self._read(text, m) for m in self.scanner.finditer(text)]

    def _read(self, text: str, m: re.Match[str]) -> Match:
        rule = m.lastgroup or ""
        own = self.rules[rule].match(text, m.start())
        slots = {k: v for k, v in own.groupdict().items() if v is not None} if own else {}
        return Match(m.start(), m.end(), rule, slots)


def _word_list(args: list[str]) -> str:
    """An alternation of the first column of the given lists, longest first."""
    capital = "capital" in args
    loose = "loose" in args  # apostrophes, periods optional; a hyphen or a space between words
    words: set[str] = set()
    for name in args:
        if name.endswith(".tsv"):
            for w in words_of(name[:-4]):
                words.add(w)
                if capital:
                    words.add(w.upper())
    escaped = [re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+").replace("'", "['’]") for w in words]
    # an abbreviation's period may be left out ("Fri, Jul 18"), but not followed by a letter
    escaped = [w[:-2] + r"(?:\.|(?![\w.]))" if w.endswith(r"\.") and not loose else w for w in escaped]
    if loose:
        escaped = [w.replace("['’]", "['’]?").replace(r"\.", r"\.?").replace(r"\-", r"(?:-|\s+)").replace(r"\s+", r"(?:\s+|-)") for w in escaped]
    body = "|".join(sorted(escaped, key=lambda w: (-len(w), w)))
    return f"(?-i:{body})" if capital else body


@cache
def grammar() -> Grammar:
    """The grammar of data/times/grammar.txt, compiled once per process."""
    text = resources.files("dateline").joinpath("data", "times", "grammar.txt").read_text(encoding="utf-8")
    return Grammar(text)
