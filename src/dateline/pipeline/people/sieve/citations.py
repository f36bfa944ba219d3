"""Authors of academic citations are people, whatever the model's label: "(Marsden & Mackey, 2014; Li et al., 2016)".

The small model tags many cited surnames a place or an organization, or
nothing. Inside parentheses, each ";"-separated citation that ends in a
year names its authors before the year: the capitalized proper nouns
(a hyphenated surname kept whole), not "et al.". The same surname cited
again is the same person (GUM annotates cited authors as people and
links them across citations).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...extensions import text_of
from ..entities import Cluster, MentionRef
from ..scan import indices
from .names import add_mention

_JOINERS = frozenset({",", "&", "and", "et", "al", "al.", ".", "-", "–"})
_BRACKETS = ("(", ")")


def cited_authors(doc: Doc, people: list[Cluster], orgs: list[Cluster], refs: dict[int, Cluster]) -> None:
    """Add the unresolved authors of the article's parenthetical citations to `people` (a surname once, all its mentions).

    An "organization" the model made of cited authors ("Marsden & Mackey",
    "Morgan-Short et al.", every name mention of it so) is released first, so that its authors are read as the others.
    """
    if "(" not in text_of(doc):  # `doc.text` would join every token again
        return  # most news articles: nothing to read
    cited = [span for start, end in _parentheses(doc) for spans in _citations(doc, start, end) for span in spans]
    authors = {i for span in cited for i in range(span.start, span.end)}
    for org in orgs:
        names = [m for m in org.mentions if m.kind not in ("pronoun", "description")]
        if names and all(_authors_only(doc, m, authors) for m in names):
            for m in org.mentions:
                for i in range(m.start, m.end):
                    refs.pop(i, None)
            org.mentions.clear()
    orgs[:] = [o for o in orgs if o.mentions]
    by_name: dict[str, Cluster] = {c.name: c for c in people if len(c.name_tokens) == 1}
    for span in cited:
        if any(i in refs for i in range(span.start, span.end)):
            continue
        cluster = by_name.get(span.text)
        if cluster is None:
            cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=(span.text,))
            by_name[span.text] = cluster
            people.append(cluster)
        add_mention(cluster, span, "single", refs)


def _authors_only(doc: Doc, m: MentionRef, authors: set[int]) -> bool:
    return all(t.i in authors or t.lower_ in _JOINERS for t in doc[m.start : m.end])


def _parentheses(doc: Doc):
    """(start, end) token indices inside each "( … )" of one sentence."""
    opened = None
    for i in indices(doc, texts=_BRACKETS):  # the brackets alone, not a Token for every word
        if doc[i].text == "(":
            opened = i + 1
        elif opened is not None:
            if i - opened <= 60:  # a citation list, not a parenthetical paragraph
                yield opened, i
            opened = None


def _citations(doc: Doc, start: int, end: int):
    """Each citation's author tokens: the part before a year, when it is all names and joiners."""
    part: list[Token] = []
    for t in doc[start:end]:
        if t.text == ";":
            part = []
        elif _year(t):
            authors = _names(doc, part)
            if authors and all(all(_surname(x) for x in a if x.text != "-") for a in authors):
                yield authors
            part = []
        else:
            part.append(t)


def _names(doc: Doc, part: list[Token]):
    """The author names of one citation, a hyphenated surname ("Morgan-Short") one span."""
    spans, run = [], []
    for t in part:
        if run and t.i == run[-1].i + 1 and not run[-1].whitespace_ and (t.text == "-" or run[-1].text == "-"):
            run.append(t)
            continue
        if run:
            spans.append(run)
        run = [t] if t.lower_ not in _JOINERS else []
    if run:
        spans.append(run)
    return [doc[r[0].i : r[-1].i + 1] for r in spans if r[-1].text != "-"]


def _year(t: Token) -> bool:
    return len(t.text) in (4, 5) and t.text[:4].isdigit() and (len(t.text) == 4 or t.text[4].isalpha())  # "2014", "2014a"


def _surname(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.text.replace("-", "").replace("'", "").isalpha()
