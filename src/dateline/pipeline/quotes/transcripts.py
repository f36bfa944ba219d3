"""Who speaks a transcript's turn: "Q: …" is the interviewer's, "A: …" the interviewee's.

An interview prints its subject in the introduction ("Novelist Amara
Okafor, 47, …") and then labels the turns: by role ("Q:", "A:") or by name
("Okafor:", "Wikinews:"). A question is the interviewer's: the person the
introduction names as asking ("Reporter Anna Price interviewed …", "… spoke
to our correspondent Anna Price"), else the outlet it names as hearing the
answers ("… spoke to the Review") or the article's outlet, else "the
interviewer". An answer's speaker is the person the introduction is about (the
person other than the interviewer named most often before the first turn); a
surname label is the person of that surname.
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from ... import lexicon
from ...records import Speaker
from ..people.entities import Cluster

INTERVIEWER = "the interviewer"
INTERVIEWEE = "the interviewee"
_HEARING_PREPS = frozenset({"to", "with"})
_OPENING_MARKS = frozenset("\"“‘«")  # a quoted transcript's turn opens with a mark
_NOT_AN_OUTLET = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$|://")  # a language tag ("en-GB") or a URL


def turn_speaker(
    doc: Doc, text: str, colon: Token, turn: str, intro_end: int, fallback: Speaker | None = None
) -> Speaker | None:
    """The speaker of the turn whose label ends at `colon` (turn: question | answer | named).

    text: `doc.text`, read once per Doc by the caller.
    intro_end: where the first labelled turn begins.
    """
    start, end = _label_chars(text, colon)
    asker = interviewer(doc, intro_end)
    if turn == "question":
        return _asker_speaker(doc, asker, start, end)
    people = answering_people(doc, asker)
    if turn == "answer":
        person = _interviewee(people, intro_end)
        if person is None:
            return Speaker(person=None, name=INTERVIEWEE, start=start, end=end)
        return Speaker(person=person.id, name=person.name, start=start, end=end)
    label = text[start:end].split()
    named = people + ([asker] if asker is not None and asker.label == "PERSON" else [])  # "EMMA PRICE:" asks too
    named.sort(key=lambda c: c.name.isupper())  # "CLINTON:" is Hillary Clinton before a cluster of the label alone
    person = next((c for c in named if label and c.name_tokens and c.name_tokens[-1].lower() == label[-1].lower()), None)
    if person is None:
        return _cased(fallback)
    return Speaker(person=person.id, name=person.name, start=start, end=end)


def _cased(speaker: Speaker | None) -> Speaker | None:
    """An upper-case label no person of the article bears, in the case of a name: "EMMA PRICE" is Emma Price."""
    if speaker is None or speaker.person is not None or speaker.organization is not None or not speaker.name.isupper():
        return speaker
    return replace(speaker, name=string.capwords(speaker.name.lower()))


def answering_people(doc: Doc, asker: Cluster | None) -> list[Cluster]:
    """The people a turn may be given to: no group ("the Russians"), whose id the record's people leave out."""
    return [c for c in doc._.dl_people or () if c.label == "PERSON" and not c.group and c is not asker]


def _asker_speaker(doc: Doc, asker: Cluster | None, start: int, end: int) -> Speaker:
    if asker is not None and asker.label == "PERSON":
        return Speaker(person=asker.id, name=asker.name, start=start, end=end)
    if asker is not None:
        return Speaker(person=None, name=asker.name, start=start, end=end, organization=asker.id)
    outlet = (doc._.outlet or "").strip()
    if outlet and not _NOT_AN_OUTLET.search(outlet):
        return Speaker(person=None, name=outlet, start=start, end=end)
    return Speaker(person=None, name=INTERVIEWER, start=start, end=end)


def interviewer(doc: Doc, intro_end: int) -> Cluster | None:
    """The person, else the organization, the introduction names as asking the questions; cached per Doc."""
    key = ("dateline.interviewer", intro_end)
    if key not in doc.user_data:
        found: dict[str, Cluster] = {}
        refs = doc._.dl_refs or {}
        for token in doc:
            if token.idx >= intro_end:
                break
            cluster = refs.get(token.i)
            if cluster is None or cluster.group or cluster.label in found:
                continue  # a group is no person of the record: its id would dangle in the quote's speaker
            if token.pos_ == "PROPN" and _asks(token):
                found[cluster.label] = cluster
        doc.user_data[key] = found.get("PERSON") or found.get("ORG")
    return doc.user_data[key]


def _asks(token: Token) -> bool:
    """The name heads a phrase that asks: subject of "interviewed", object of "spoke to", beside "reporter"."""
    words = _interviewing()
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    near = [token.head, *token.children] if token.dep_ != "appos" else [token.head, *token.head.children, *token.children]
    if token.dep_ == "conj":
        near = near[1:]  # "Joel Benenson and reporters": a conjunct's head is another party, not his title
    near = [t for t in near if not (t.dep_ == "conj" and t.head.i == token.i)]  # nor a conjunct of his
    if any(t.i != token.i and words.get(t.lemma_.lower()) == "noun" for t in near):
        return True  # "reporter Anna Price", "Anna Price, our correspondent,"
    head = token.head
    if token.dep_ == "nsubj":
        return words.get(head.lemma_.lower()) == "asker"
    if token.dep_ == "pobj" and head.head.i != head.i:
        how = words.get(head.head.lemma_.lower())
        return (head.lower_ == "by" and how == "asker") or (head.lower_ in _HEARING_PREPS and how == "hearer")
    return False


@cache
def _interviewing() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.lower_table("quotes/interviewing.tsv").items()}


def _label_chars(text: str, colon: Token) -> tuple[int, int]:
    """The label's characters: the line's words before the colon, after any opening mark (“"CLINTON: …”)."""
    end = colon.idx + len(colon.text) - 1 if len(colon.text) > 1 and colon.text.endswith(".") else colon.idx  # "Q."
    line_start = text.rfind("\n", 0, end) + 1
    while line_start < end and (text[line_start].isspace() or text[line_start] in _OPENING_MARKS):
        line_start += 1
    return line_start, end


def _interviewee(people: list[Cluster], intro_end: int) -> Cluster | None:
    """The person the introduction names most often (the earliest on a tie), else the article's most named."""
    def weight(c: Cluster) -> tuple[int, int]:
        return (sum(m.start_char < intro_end for m in c.mentions), -c.first)

    best = max(people, key=weight, default=None)
    if best is not None and weight(best)[0] == 0:
        best = max(people, key=lambda c: (len(c.mentions), -c.first))
    return best
