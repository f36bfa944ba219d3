"""The `dateline_ages` component: ages given for people, as evidence for their birth dates.

Finds "Legend, 43,", "Smith (43)", "Smith, aged 43", "the 43-year-old singer",
"his 6-year-old daughter, Luna" and "in her 60s" (approximate), each attached
to a person cluster. Ages at a past time ("at 19 he moved"), gestational ages
("at 20 weeks"), counts and ordinals do not match any of these shapes.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from .entities import AgeRef, Cluster

MAX_AGE = 125
_OPEN = frozenset({",", "("})
_CLOSE = frozenset({",", ")", ".", ";", ":", "and", "—", "–", "-"})
_ONE_TOKEN = re.compile(r"^(\d{1,3})-years?-old$", re.I)
_DECADE = re.compile(r"^(\d)0s$")
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_NOUNISH = frozenset({"ADJ", "NOUN", "PROPN"})


@Language.factory(
    "dateline_ages", requires=["doc._.dl_people", "doc._.dl_refs"], assigns=["doc._.dl_people"],
    default_config={"max_age": MAX_AGE},
)
def make_ages(nlp: Language, name: str, max_age: int) -> AgeFinder:
    return AgeFinder(max_age=max_age)


class AgeFinder:
    def __init__(self, *, max_age: int = MAX_AGE) -> None:
        self.max_age = max_age  # a larger number beside a name is not an age

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.dl_refs
        if not refs:
            return doc
        for token in doc:
            found = _age_at(doc, token, refs, self.max_age)
            if found is not None:
                cluster, age = found
                if not any(a.start_char == age.start_char for a in cluster.ages):
                    cluster.ages.append(age)
        for cluster in doc._.dl_people or ():
            cluster.ages.sort(key=lambda a: a.start_char)
        return doc


def _person(refs: dict[int, Cluster], i: int) -> Cluster | None:
    cluster = refs.get(i)
    return cluster if cluster is not None and cluster.label == "PERSON" else None


def _age_at(doc: Doc, token: Token, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    text = token.text
    if text.isdigit() and len(text) <= 3:
        age = int(text)
        if age > max_age:
            return None
        end = _year_old_end(doc, token.i)
        if end is not None:
            return _modified(doc, token.i, end, age, refs)
        return _appositive(doc, token.i, age, refs)
    match = _ONE_TOKEN.match(text)
    if match:
        return _modified(doc, token.i, token.i + 1, int(match.group(1)), refs)
    if token.lower_ in ("aged", "age") and token.i + 1 < len(doc) and doc[token.i + 1].text.isdigit():
        return _aged(doc, token.i, refs, max_age)
    return _decade(doc, token, refs)


def _year_old_end(doc: Doc, i: int) -> int | None:
    """Index after "N-year-old" / "N year old" / "N-years-old", or None."""
    j = i + 1
    if j < len(doc) and doc[j].text == "-":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("year", "years"):
        return None
    j += 1
    if j < len(doc) and doc[j].text == "-":
        j += 1
    return j + 1 if j < len(doc) and doc[j].lower_ == "old" else None


def _span(doc: Doc, start: int, end: int, age: int, approximate: bool = False) -> AgeRef:
    return AgeRef(age, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), approximate)


def _modified(doc: Doc, start: int, end: int, age: int, refs) -> tuple[Cluster, AgeRef] | None:
    """"43-year-old John Smith", "the 43-year-old singer", "6-year-old daughter, Luna", "Smith, a 43-year-old"."""
    k = end
    while k < len(doc) and k < end + 4 and doc[k].pos_ in _NOUNISH:
        person = _person(refs, k)
        if person is not None:
            return person, _span(doc, start, end, age)
        k += 1
    if k > end:  # after the noun: ", Luna" or "Jack"
        j = k + 1 if k < len(doc) and doc[k].text == "," else k
        person = _person(refs, j) if j < len(doc) else None
        if person is not None and doc[j].pos_ == "PROPN":
            return person, _span(doc, start, end, age)
    j = start - 1
    if j >= 0 and doc[j].lower_ in ("a", "an", "the"):
        j -= 1
    if j >= 1 and doc[j].text == ",":
        person = _person(refs, j - 1)
        if person is not None and doc[j - 1].pos_ == "PROPN":
            return person, _span(doc, start, end, age)
    return None


def _appositive(doc: Doc, i: int, age: int, refs) -> tuple[Cluster, AgeRef] | None:
    """"Legend, 43," and "Smith (43)": a bare number set off right after a name."""
    if i < 2 or doc[i - 1].text not in _OPEN:
        return None
    name = doc[i - 2]
    person = _person(refs, name.i)
    if person is None or name.pos_ not in ("PROPN", "NOUN") or name.like_num:
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.text not in _CLOSE:
        return None
    if doc[i - 1].text == "(" and (after is None or after.text != ")"):
        return None
    return person, _span(doc, i, i + 1, age)


def _aged(doc: Doc, i: int, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"Smith, aged 43," or "Smith aged 43"."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    person = _person(refs, j) if j >= 0 else None
    age = int(doc[i + 1].text)
    if person is None or age > max_age:
        return None
    return person, _span(doc, i, i + 2, age)


def _decade(doc: Doc, token: Token, refs) -> tuple[Cluster, AgeRef] | None:
    """"in her 60s", "in his early forties": an approximate age, by decade."""
    match = _DECADE.match(token.text)
    decade = int(match.group(1)) * 10 if match else _DECADE_WORDS.get(token.lower_)
    if not decade:
        return None
    j = token.i - 1
    if j >= 0 and doc[j].lower_ in ("early", "mid", "late", "mid-"):
        j -= 1
    if j < 1 or doc[j].lower_ not in ("his", "her") or doc[j - 1].lower_ != "in":
        return None
    person = _person(refs, j)
    if person is None:
        return None
    return person, _span(doc, j - 1, token.i + 1, decade, approximate=True)
