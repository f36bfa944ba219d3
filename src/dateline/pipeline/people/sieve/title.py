"""The person an interview's title says was interviewed, as one of the article's people.

Interviews often name their subject only in the title ("Interview with LibriVox
founder Hugh McGuire") and open straight with a question. The title never
joins the text (offsets refer to the text alone): it reaches the pipeline as
`doc._.title`, and is parsed here, with the model's own components only, when
an article has an interview's shape.

A title names the interviewee in one of three ways: after the word
"interview(s/ed)" ("Wikinews interviews academic Simon Licen about …": the
first proper-noun run that is not a modifier, past role words), before it
("Jack Herrick, wikiHow founder interviewed by Wikinews"; "Frank Messina: An
interview with …"), or as a person the model finds in it ("Biologist Nick Bos
tells Wikinews …") who is also one of the article's people.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..entities import Cluster, MentionRef

_INTERVIEW = frozenset({"interview", "interviews", "interviewed", "interviewing"})
_STOP_POS = frozenset({"ADP", "PUNCT", "VERB", "AUX", "SCONJ", "PART"})
_NAME_REACH = 8  # title words after "interview" where its object's name may start


def parse_title(nlp: Language, title: str) -> Doc:
    """The title through the model's components (tagger, parser, NER), none of dateline's."""
    doc = nlp.make_doc(title)
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return doc


def title_names(title: Doc, *, roles) -> list[tuple[list[str], bool]]:
    """Name word lists the title gives for an interviewee, best first, each with whether the
    title's syntax says it is the one interviewed (else the model merely calls it a person)."""
    found: list[tuple[list[str], bool]] = []
    for i, token in enumerate(title):
        if token.lower_ not in _INTERVIEW:
            continue
        after = _name_after(title, i + 1, roles)
        if after:
            found.append((after, True))
        before = _name_before(title, i, roles)
        if before:
            found.append((before, True))
    for ent in title.ents:
        if ent.label_ == "PERSON" and not _is_modifier(ent[-1]):
            found.append(([t.text for t in ent if t.pos_ == "PROPN" or t.text[:1].isupper()], False))
    return [f for f in found if f[0]]


def _runs(title: Doc, start: int, end: int):
    """Runs of capitalized proper-noun-like words between `start` and `end`."""
    run: list[Token] = []
    for token in title[start:end]:
        if _namelike(token):
            run.append(token)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _namelike(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.ent_type_ not in ("NORP", "GPE")


def _name_after(title: Doc, start: int, roles) -> list[str]:
    """"interviews academic Simon Licen about …": the first run not modifying a noun, past role words."""
    if start < len(title) and title[start].lower_ == "with":
        start += 1
    end = min(len(title), start + _NAME_REACH)
    for k in range(start, end):
        if title[k].pos_ in _STOP_POS:
            end = k
            break
    for run in _runs(title, start, end):
        words = [t for t in run if t.lower_ not in roles]
        if len(words) >= 2 and not _is_modifier(run[-1]):
            return [t.text for t in words]
    return []


def _name_before(title: Doc, i: int, roles) -> list[str]:
    """"Jack Herrick, wikiHow founder interviewed …" / "Frank Messina: An interview …": the title's opening name."""
    k = next((k for k, t in enumerate(title[:i]) if t.text in (",", ":")), None)
    if k is None or k < 2:
        return []
    run = list(title[:k])
    if not all(_namelike(t) or t.text == "." for t in run) or any(t.lower_ in roles for t in run):
        return []
    return [t.text for t in run]


def _is_modifier(token: Token) -> bool:
    """"Santorum cocktail": a name compounded onto a common noun names no one here."""
    head = token.head
    return token.dep_ == "compound" and head.pos_ == "NOUN" and head.text[:1].islower()


def fold(word: str) -> str:
    """"Ličen" and "Licen" alike: titles are often typed without the text's diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def interviewee(
    doc: Doc,
    names: list[tuple[list[str], bool]],
    people: list[Cluster],
    orgs: list[Cluster],
    refs: dict,
    *,
    retype: Callable[[Cluster], None],
) -> Cluster | None:
    """The article's person the title names (found, repaired from an organization, or new)."""
    for words, syntactic in names:
        surname = fold(words[-1])
        for cluster in people:
            if cluster.label == "PERSON" and surname in {fold(w) for w in cluster.name_tokens or cluster.name.split()}:
                return _fuller(cluster, words)
        if not syntactic:
            continue
        for cluster in orgs:  # the model typed the person an organization ("Herrick")
            if [fold(w) for w in (cluster.name_tokens or cluster.name.split())][-1:] == [surname]:
                retype(cluster)
                return _fuller(cluster, words)
        return _from_title(doc, words, people, refs)
    return None


def _fuller(cluster: Cluster, words: list[str]) -> Cluster:
    """"Hill" of the text is "Christopher Hill" of the title: the title's fuller name is the canonical one."""
    tokens = [fold(w) for w in cluster.name_tokens or cluster.name.split()]
    if len(words) > len(tokens) and [fold(w) for w in words[-len(tokens):]] == tokens:
        cluster.name, cluster.name_tokens = " ".join(words), tuple(words)
    return cluster


def _from_title(doc: Doc, words: list[str], people: list[Cluster], refs: dict) -> Cluster:
    """A person the text never labelled: their name's occurrences in the text, if any, are theirs."""
    cluster = Cluster(id="", label="PERSON", name=" ".join(words), name_tokens=tuple(words))
    folded = [fold(w) for w in words]
    n = len(words)
    i = 0
    while i < len(doc):
        if fold(doc[i].text) == folded[0] and [fold(t.text) for t in doc[i : i + n]] == folded:
            _claim(cluster, doc[i : i + n], "full", refs)
            i += n
            continue
        if n > 1 and fold(doc[i].text) == folded[-1] and doc[i].text[:1].isupper():
            _claim(cluster, doc[i : i + 1], "surname", refs)
        i += 1
    people.append(cluster)  # numbered by the caller
    return cluster


def _claim(cluster: Cluster, span: Span, kind: str, refs: dict) -> None:
    if any(i in refs for i in range(span.start, span.end)):
        return
    cluster.add(MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, kind))
