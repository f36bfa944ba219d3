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

from .times_words import words_of

_MACRO = re.compile(r"\{(~?)([A-Za-z_][A-Za-z_0-9]*|-)(?::([a-z_][a-z_0-9]*))?\}")
_NAMED = re.compile(r"\(\?P<[a-z_]+>")
_DIRECTIVE = re.compile(r"@(\w+)\s+(.+)$")
_DEFINITION = re.compile(r"(rule\s+)?(\w+)\s*=\s*(.+)$")
# A match starts at a word's start and ends at a word's end; not inside
# numbers, amounts ($1990), hyphenated words (pre-1990) or codes (#1990).
_LEFT = r"(?<![\w$£€¥#@/'’-])(?<!\d[.,])"
_RIGHT = r"(?:(?<=\W)|(?!\w))"


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
        """Every time expression of `text`, left to right, not overlapping."""
        found = []
        for m in self.scanner.finditer(text):
            rule = m.lastgroup or ""
            own = self.rules[rule].match(text, m.start())
            slots = {k: v for k, v in own.groupdict().items() if v is not None} if own else {}
            found.append(Match(m.start(), m.end(), rule, slots))
        return found


def _word_list(args: list[str]) -> str:
    """An alternation of the first column of the given lists, longest first."""
    capital = "capital" in args
    words: set[str] = set()
    for name in args:
        if name.endswith(".tsv"):
            for w in words_of(name[:-4]):
                words.add(w)
                if capital:
                    words.add(w.upper())
    escaped = [re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+").replace("'", "['’]") for w in words]
    body = "|".join(sorted(escaped, key=lambda w: (-len(w), w)))
    return f"(?-i:{body})" if capital else body


@cache
def grammar() -> Grammar:
    """The grammar of data/times/grammar.txt, compiled once per process."""
    text = resources.files("dateline").joinpath("data", "times", "grammar.txt").read_text(encoding="utf-8")
    return Grammar(text)
