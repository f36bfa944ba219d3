"""Who speaks a transcript's turn: "Q: …" is the interviewer's, "A: …" the interviewee's.

An interview prints its subject in the introduction ("Novelist Amara
Okafor, 47, …") and then labels the turns: by role ("Q:", "A:") or by name
("Okafor:", "Wikinews:"). An answer's speaker is the person the introduction
is about (the person named most often before the first turn); a surname
label is the person of that surname; a question is the interviewer's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...records import Speaker
from ..people.entities import Cluster

INTERVIEWER = "the interviewer"
INTERVIEWEE = "the interviewee"


def turn_speaker(
    doc: Doc, text: str, colon: Token, turn: str, intro_end: int, fallback: Speaker | None = None
) -> Speaker | None:
    """The speaker of the turn whose label ends at `colon` (turn: question | answer | named).

    text: `doc.text`, read once per Doc by the caller.
    intro_end: where the first labelled turn begins.
    """
    start, end = _label_chars(text, colon)
    if turn == "question":
        return Speaker(person=None, name=INTERVIEWER, start=start, end=end)
    people = [c for c in doc._.dl_people or () if c.label == "PERSON"]
    if turn == "answer":
        person = _interviewee(people, intro_end)
        if person is None:
            return Speaker(person=None, name=INTERVIEWEE, start=start, end=end)
        return Speaker(person=person.id, name=person.name, start=start, end=end)
    label = text[start:end].split()
    person = next((c for c in people if label and c.name_tokens and c.name_tokens[-1].lower() == label[-1].lower()), None)
    if person is None:
        return fallback
    return Speaker(person=person.id, name=person.name, start=start, end=end)


def _label_chars(text: str, colon: Token) -> tuple[int, int]:
    """The label's characters: the line's words before the colon."""
    line_start = text.rfind("\n", 0, colon.idx) + 1
    while line_start < colon.idx and text[line_start].isspace():
        line_start += 1
    return line_start, colon.idx


def _interviewee(people: list[Cluster], intro_end: int) -> Cluster | None:
    """The person the introduction names most often (the earliest on a tie), else the article's most named."""
    def weight(c: Cluster) -> tuple[int, int]:
        return (sum(m.start_char < intro_end for m in c.mentions), -c.first)

    best = max(people, key=weight, default=None)
    if best is not None and weight(best)[0] == 0:
        best = max(people, key=lambda c: (len(c.mentions), -c.first))
    return best
