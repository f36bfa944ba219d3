"""Regnal names and epithets: "Norton I", "Pope Damasus I", "Constantine the Great".

The small model often leaves such names untagged, or tags them a work ("Norton I"),
so the person they name has no mention there. A capitalized name word followed by a
Roman numeral, or by "the" and a capitalized epithet, is a person's name when the word is
a person's surname elsewhere in the article (the mention joins that person: "Joshua
Norton" … "Norton I") or follows a title ("Pope Damasus I") or is a usual first name.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .names import add_mention

_PROPN = IDS["PROPN"]
_NOT_PEOPLE = frozenset({"EVENT", "LAW", "GPE", "LOC", "FAC", "DATE"})  # "World War II", "Title IV"


@cache
def _numerals() -> frozenset[str]:
    """The Roman numerals of regnal names, as written (the data file keeps their case)."""
    return frozenset(lexicon.lines("coref/regnal_numerals.txt"))


def regnal_people(doc: Doc, people: list[Cluster], refs: dict[int, Cluster], *, titles) -> list[Cluster]:
    """Mentions for untagged regnal names, joined to the person of that surname, else new people; returns the new."""
    by_surname = {c.name_tokens[-1]: c for c in people if len(c.name_tokens) > 1 and c.mentions}
    first_names = lexicon.lower_table("coref/first_names.tsv")
    found: list[Cluster] = []
    by_name: dict[str, Cluster] = {}  # a regnal name said twice ("Damasus II" ... "Damasus II") is one person
    pos = scan.column(doc, POS)
    for i in scan.indices(doc, texts=_numerals(), lowers=("the",)):
        if i == 0 or i in refs or i - 1 in refs or pos[i - 1] != _PROPN:
            continue  # `_regnal`'s first tests, on the arrays: most "the" follow no untagged name word
        span = _regnal(doc[i], refs, titles)
        if span is None:
            continue
        base = span[0]
        cluster = by_surname.get(base.text) or by_name.get(span.text)
        before = doc[base.i - 1].lower_.rstrip(".") if base.i > 0 else ""
        if cluster is None and before not in titles and base.lower_ not in first_names:
            continue
        if cluster is None:
            cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=tuple(t.text for t in span))
            found.append(cluster)
            by_name[span.text] = cluster
        add_mention(cluster, span, "single", refs)
    return found


def _regnal(token: Token, refs, titles) -> Span | None:
    """The name word with its numeral or epithet when `token` is a numeral or "the" after an untagged name word."""
    doc, i = token.doc, token.i
    if i == 0 or i in refs:
        return None
    base = doc[i - 1]
    if base.i in refs or base.pos_ != "PROPN" or not _name_word(base):
        return None  # "Will the Senate pass it?": a verb is no name
    if base.i > 0 and _name_word(doc[base.i - 1]) and not doc[base.i - 1].is_sent_start:
        if doc[base.i - 1].lower_.rstrip(".") not in titles:
            return None  # "World War II": a longer name's last word ("Pope Damasus I" is titled)
    if token.text in _numerals() and token.tag_ == "NNP":
        end = i + 1
    elif token.lower_ == "the" and i + 1 < len(doc) and i + 1 not in refs and _epithet(doc[i + 1]):
        end = i + 2
    else:
        return None
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        return None  # "Peter the Great Bay"
    return doc[base.i : end]


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and not token.text.isupper() and token.ent_type_ not in _NOT_PEOPLE


def _epithet(token: Token) -> bool:
    """"Great", "Sanctified", "Younger": a capitalized adjective or proper noun."""
    return token.text[:1].isupper() and token.text.isalpha() and token.pos_ in ("ADJ", "PROPN")
