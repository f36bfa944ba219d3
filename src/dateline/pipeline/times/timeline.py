"""The timeline: one entry per sentence that holds a placed DATE or TIME, sorted by time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc

from ...records import ArticleRecord, TimeExpression, TimelineEntry


def build_timeline(doc: Doc, times: list[TimeExpression]) -> list[TimelineEntry]:
    """Entries for the sentences of `doc` holding a DATE or TIME with both ends of its interval.

    A sentence with several such times is placed by the narrowest one (the
    most precise); its people are those the people component resolved in it.
    """
    placed = [t for t in times if t.type in ("DATE", "TIME") and t.earliest and t.latest]
    if not placed:
        return []
    refs = doc._.dl_refs or {}
    entries = []
    i = 0
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]  # no parser: one sentence
    for sent in sents:
        inside = []
        while i < len(placed) and placed[i].start < sent.end_char:
            if placed[i].start >= sent.start_char:
                inside.append(placed[i])
            i += 1
        if not inside:
            continue
        best = min(inside, key=_width)
        people = _people(refs.get(t.i) for t in sent)
        entries.append(TimelineEntry(best.id, best.earliest, best.latest, sent.start_char, _text_end(sent), people))
    entries.sort(key=lambda e: (e.earliest, e.latest, e.start))
    return entries


def _text_end(sent) -> int:
    # A sentence's span takes in the paragraph break after it; an entry ends at its last word.
    for token in reversed(sent):
        if not token.is_space:
            return token.idx + len(token.text)
    return sent.end_char


def _width(time: TimeExpression) -> int:
    return (date.fromisoformat(time.latest) - date.fromisoformat(time.earliest)).days


def _people(clusters: Iterable) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for c in clusters:
        if c is not None and c.label == "PERSON" and not c.group:  # a group is no person of the record
            seen.setdefault(c.id, None)
    return tuple(seen)


def timeline_of(record: ArticleRecord, person: str) -> list[TimelineEntry]:
    """The entries of a record's timeline that name the person with id `person`."""
    return [e for e in record.timeline if person in e.people]
