"""CofeNet's sentence format: reading, aligning to the article text, projecting spans, scoring.

Each line is one sentence `{"tokens", "labels", "id"}` with BIO labels over
`source`, `cue` and `content`; `id` names the PolNeAR `.ann` file, and the
sentences of one file come in text order. The tokens are Penn Treebank style
(`` and '' for quotation marks, -LRB- for brackets, -- for dashes), so they are
aligned to the article's characters before any span is projected on them.

Scoring follows CofeNet's published evaluation: per sentence and role, the
spans read off the BIO tags (a B starts a span, an I of another role or an O
ends it), a gold span found exactly among the predicted ones is a true
positive, the rest of each side false negatives or false positives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .polnear import ROLES
from .scoring import Counts, Span

# Penn Treebank spellings and the characters they stand for in running text.
_PTB = {
    "``": ("“", '"', "''", "``", "‘", "'", "„", "«"),
    "''": ("”", '"', "''", "’", "'", "»"),
    "`": ("‘", "'", "`"),
    "'": ("’", "'", "‘"),
    "-LRB-": ("(",),
    "-RRB-": (")",),
    "-LSB-": ("[",),
    "-RSB-": ("]",),
    "-LCB-": ("{",),
    "-RCB-": ("}",),
    "--": ("—", "–", "--", "-", "―"),
    "-": ("-", "–", "—"),
    "...": ("…", "...", ". . ."),
}
_RESYNC = 5000  # characters a run of tokens is sought in after a miss
_SEARCH = 40  # characters the aligner may skip to find a token it did not find in place


@dataclass(slots=True)
class Sentence:
    id: str  # the .ann file stem
    tokens: list[str]
    labels: list[str]
    offsets: list[Span | None] | None = None  # each token's characters in the article


def read_sentences(path: Path, limit: int | None = None) -> dict[str, list[Sentence]]:
    """Sentences grouped by `.ann` file, in file order; `limit` keeps that many files."""
    grouped: dict[str, list[Sentence]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            if row["id"] not in grouped and limit is not None and len(grouped) >= limit:
                break
            grouped.setdefault(row["id"], []).append(Sentence(row["id"], row["tokens"], row["labels"]))
    return grouped


def article_name(ann_id: str) -> str:
    """The text file stem of an `.ann` id: the annotator suffix removed."""
    return ann_id.rpartition("_")[0]


def align(text: str, sentences: list[Sentence]) -> int:
    """Set each token's character offsets in `text`; returns how many tokens were not found.

    Tokens are matched in order; a token that is not where expected is sought
    a little further on, and after a miss the next tokens are first anchored
    as a run of four, so that one unmatched token (markup the sentence
    splitter kept) does not derail the rest of the article.
    """
    tokens = [(k, j, t) for k, s in enumerate(sentences) for j, t in enumerate(s.tokens)]
    for s in sentences:
        s.offsets = [None] * len(s.tokens)
    pos, missing, lost = 0, 0, False
    for n, (k, j, token) in enumerate(tokens):
        span = _resync(text, [t for _, _, t in tokens[n : n + 4]], pos) if lost else _find(text, token, pos)
        if span is None:
            missing += 1
            lost = True
            continue
        lost = False
        pos = span[1]
        sentences[k].offsets[j] = span
    return missing


def _forms(token: str) -> tuple[str, ...]:
    forms = (token,) + _PTB.get(token, ())
    if "'" in token or "`" in token:
        forms += (token.replace("'", "’").replace("`", "‘"),)
    return forms


def _resync(text: str, tokens: list[str], pos: int) -> Span | None:
    """The first token of a run of tokens found together, preferably within the next few thousand characters."""
    groups = ["(?:" + "|".join(re.escape(f) for f in _forms(t)) + ")" for t in tokens]
    run = re.compile("(" + groups[0] + ")" + "".join(r"\s*" + g for g in groups[1:]))
    m = run.search(text, pos, pos + _RESYNC) or run.search(text)  # some sentences are out of order
    return m.span(1) if m else None


def _find(text: str, token: str, pos: int) -> Span | None:
    while pos < len(text) and (text[pos].isspace() or text[pos] in "\u00a0\u200b\ufeff"):
        pos += 1
    forms = _forms(token)
    for form in forms:
        if text.startswith(form, pos):
            return pos, pos + len(form)
    best = None
    for form in forms:
        i = text.find(form, pos, pos + _SEARCH + len(form))
        if i >= 0 and (best is None or i < best[0]):
            best = (i, i + len(form))
    return best


def project(sentence: Sentence, spans: dict[str, Iterable[Span]]) -> list[str]:
    """BIO labels for a sentence's tokens from character spans per role.

    A token belongs to a span when its characters lie inside it. Spans inside
    another span of the same role are dropped (a partial quotation within
    reported speech); where roles collide, content yields to cue and source,
    which are what a nested attribution would show.
    """
    labels = ["O"] * len(sentence.tokens)
    owner: list[tuple[str, Span] | None] = [None] * len(sentence.tokens)
    for role in ("content", "source", "cue"):
        for span in _outermost(spans.get(role, ())):
            for k, off in enumerate(sentence.offsets or ()):
                if off is not None and span[0] <= off[0] and off[1] <= span[1]:
                    owner[k] = (role, span)
    previous = None
    for k, own in enumerate(owner):
        if own is not None:
            labels[k] = ("I-" if own == previous else "B-") + own[0]
        previous = own
    return labels


def _outermost(spans: Iterable[Span]) -> list[Span]:
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for span in ordered:
        if kept and kept[-1][0] <= span[0] and span[1] <= kept[-1][1]:
            continue
        kept.append(span)
    return kept


def bio_spans(labels: list[str]) -> dict[str, list[Span]]:
    """Spans per role read off BIO labels, as CofeNet reads them (token indices, end exclusive)."""
    spans: dict[str, list[Span]] = {}
    role, start = None, 0
    for i, label in enumerate(labels + ["O"]):
        if label.startswith("I-") and role == label[2:]:
            continue
        if role is not None:
            spans.setdefault(role, []).append((start, i))
        role, start = (label[2:], i) if label.startswith("B-") else (None, i)
    return spans


def score_sentence(gold: list[str], predicted: list[str]) -> dict[str, Counts]:
    g, p = bio_spans(gold), bio_spans(predicted)
    counts = {}
    for role in ROLES:
        gs, ps = g.get(role, []), p.get(role, [])
        hits = sum(1 for s in gs if s in ps)
        extra = sum(1 for s in ps if s not in gs)
        counts[role] = Counts(predicted=hits + extra, gold=len(gs), correct_predicted=hits, found_gold=hits)
    return counts
