"""Speaker turns of a transcript: a turn that calls someone by name gives them the floor.

A hearing or a podcast written down without speaker labels still says who
speaks next: "Alright, Mr. Sova, please proceed." / "Mr. Roberts?" /
"why don't you Mr. Kim run through these". The `you` of the call's sentence
is the one called. A formal call (an honorific before the name) also gives
them the floor until someone else is called: the turns alternate, so the
paragraph after the call is theirs (its I/me/my), the next the other side's
(its `you` is the holder), and a question is put to the holder, whose answer
follows. An informal call ("… the movie, Ben, um, it'll rip your face off")
may be one voice among several and gives only its own `you`. Only an unquoted
name set off as a vocative counts (by commas, alone as a sentence, or after
"you"), never a clause's only subject ("Mitchell, uh, did some work for me"),
and only in speech written down (`_transcript`). A holder's `we` is the
organization named right after their name ("Matthew Collins, ABC Builders
Interiors").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..entities import Cluster
from . import sieve_lexicon
from .interview import DIALOGUE_SHARE, is_question, mostly_quoted
from .narrator import unquoted_first_persons

_ENDS = frozenset({".", "?", "!"})
_YOU = frozenset({"you", "your"})
_MIN_FIRST = 10  # unquoted first persons that make a text speech written down (or a first-person narration)
_FIRST = frozenset({"1"})
_SECOND = frozenset({"2"})
_WE = frozenset({"we"})  # a turn's first person plural


def floor_turns(doc: Doc, text: str, paragraphs: list[tuple[int, int]], refs: dict, quoted) -> list:
    """The stretches (chars, cluster, persons) where a called person's I or you stand, as `Layout.turns`."""
    turns: list = []
    if not _transcript(doc, paragraphs, quoted):
        return turns
    holder: Cluster | None = None
    holds = False  # whether the paragraph before was the holder's
    for s, e in paragraphs:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        called = _last_call(span, refs, quoted)
        if called is not None:
            cluster, at, titled = called
            turns.append(((at, e), cluster, _SECOND))  # "Mr. Kim, you'll have 30 minutes"
            # only a formal call ("Mr. Sova, please proceed") gives the floor: an informal one
            # ("… the movie, Ben, um, it'll rip your face off") may be one voice among several
            holder, holds = (cluster if titled else None), False
            continue
        if holder is None:
            continue
        # the turns alternate: a question is put to the holder, whose answer follows it
        mine = not holds and not is_question(text, s, e)
        turns.append(((s, e), holder, _FIRST if mine else _SECOND))
        org = _affiliation(doc, holder, refs) if mine else None
        if org is not None:
            turns.append(((s, e), org, _WE))  # "we did the Anacapa Residential Hall": the holder's company
        holds = mine
    return turns


def _affiliation(doc: Doc, person: Cluster, refs: dict) -> Cluster | None:
    """The organization named right after the person's name ("Matthew Collins, ABC Builders Interiors")."""
    for m in person.mentions:
        if m.kind != "pronoun" and m.end + 1 < len(doc) and doc[m.end].text == ",":
            org = refs.get(m.end + 1)
            if org is not None and org.label == "ORG":
                return org
    return None


def _transcript(doc: Doc, paragraphs, quoted) -> bool:
    """Speech written down: many unquoted I/me/my, and not a story told in quotations."""
    if unquoted_first_persons(doc, quoted) < _MIN_FIRST:
        return False
    spoken = sum(1 for s, e in paragraphs if mostly_quoted(doc, s, e, quoted))
    return spoken * DIALOGUE_SHARE <= len(paragraphs)


def _last_call(span: Span, refs: dict, quoted) -> tuple[Cluster, int, bool] | None:
    """The last person this paragraph calls by name, where the call's sentence starts, and whether it is formal."""
    doc = span.doc
    found = None
    i = span.start
    while i < span.end:
        cluster = refs.get(i)
        if cluster is None or cluster.label != "PERSON" or cluster.group or i in quoted or doc[i].pos_ != "PROPN":
            i += 1
            continue
        end = i + 1
        while end < span.end and refs.get(end) is cluster:
            end += 1
        if _vocative(doc, i, end, span):
            titled = i > span.start and doc[i - 1].lower_.rstrip(".") in sieve_lexicon().titles
            found = (cluster, doc[i].sent.start_char, titled)  # the call's sentence: "Can you explain, Mr. Sova?"
        i = end
    return found


def _vocative(doc: Doc, start: int, end: int, span: Span) -> bool:
    """A name set off as a call: "Mr. Kim, you'll …", "Alright, Mr. Sova, please proceed.", "Mr. Roberts?",
    "Thank you, Mr. Sova.", "why don't you Mr. Kim run"."""
    while start > span.start and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end:
        start -= 1  # the title: "Mr." of "Mr. Sova"
    before = doc[start - 1] if start > span.start else None
    after = doc[end] if end < span.end else None
    if before is not None and before.lower_ == "you":
        return True
    opens = before is None or doc[start].is_sent_start or before.text == ","
    if not opens or after is None:
        return False
    sentence = doc[start].sent
    if after.text in _ENDS:  # alone ("Mr. Roberts?", "Alright, Dr. Guruswamy.") or closing a sentence to "you"
        alone = all(t.pos_ in ("INTJ", "PUNCT") or t.i >= start for t in doc[sentence.start : end])
        return alone or any(t.lower_ in _YOU for t in sentence)
    root = doc[end - 1]
    if after.text == "," and end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].pos_ == "PROPN"):
        return False  # "Kramer, 2010", "Smith, 52,", a list or an apposition: "Matthew Collins, ABC Builders"
    if root.dep_ == "npadvmod" and (after.text == "," or after.pos_ == "PRON"):
        return True  # the parser's vocative: "Mr. Kim, you'll have 30 minutes"
    verb = root.head
    imperative = verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return after.text == "," and root.dep_ == "nsubj" and imperative  # "Mr. Sova, please proceed"
