"""A name that tells someone something is a person: "Cole told the hearing that the alarms had failed."

The model may take a surname alone for a product or nothing at all ("Cole" PRODUCT), and then no pass makes a
person of it. A quotation whose source is such a name — proper nouns only, no place, organization or nationality
— and whose cue has an addressee ("told the hearing", "told reporters") has a person for its speaker: things and
places do not tell an audience. The name's other mentions that nothing else took join the new person. Read by
`dialogue.py` after the quote component; `_respeak` then gives the quotation its speaker's id.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..entities import Cluster, MentionRef
from . import described_nouns
from .interview import cluster_named

_NOT_PEOPLE = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})
_MAX_WORDS = 3


def name_speakers(doc: Doc, quotes, people: list[Cluster], refs: dict, *, text: str, not_names) -> int:
    """Make people of the unresolved names that address someone; returns how many names were taken."""
    taken = 0
    common = described_nouns()  # "Company said": an organization or role noun that opens a sentence
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.person or speaker.organization or quote.addressee is None:
            continue
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or not _a_bare_name(span, refs, not_names | common):
            continue
        cluster = cluster_named(doc, list(span), people)
        for m in _occurrences(doc, text, span.text, refs):
            if not any(k.start == m.start for k in cluster.mentions):
                cluster.add(m)
            for i in range(m.start, m.end):
                refs[i] = cluster
        taken += 1
    return taken


def _a_bare_name(span, refs: dict, not_names) -> bool:
    return 1 <= len(span) <= _MAX_WORDS and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.i not in refs
        and t.ent_type_ not in _NOT_PEOPLE and t.lower_ not in not_names for t in span
    )


def _occurrences(doc: Doc, text: str, name: str, refs: dict):
    """The name's mentions as whole words that no cluster holds (a search of the text: found names are few)."""
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        span = doc.char_span(found.start(), found.end())
        if span is None or any(t.i in refs for t in span) or any(t.pos_ != "PROPN" for t in span):
            continue
        kind = "full" if len(span) > 1 else "single"
        subject = span.root.dep_ in ("nsubj", "nsubjpass")
        yield MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, kind, subject)
