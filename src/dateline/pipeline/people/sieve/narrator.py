"""A first-person narrator named only by the others' words: "“Robert,” my mom says."

A story told in the first person rarely names its narrator outside dialogue;
the other characters do, by calling them: a quotation that opens on a name and
a comma, or tells its addressee who they are ("You're not even Siri any
more"), spoken by someone other than the narrator, addresses the narrator
more often than anyone. The name so used most often (and more often than any
other) is the narrator's, for every unquoted `I` — only in a text whose
unquoted first persons are many, and where no one names themself.

A column that no one's quotation names the narrator of is its byline author's (`byline_author`).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from .... import lexicon
from .. import scan
from ..entities import Cluster

_MIN_BYLINE_NARRATION = 2  # unquoted first persons that make a column with a byline its author's narration
_BY = ("by ",)
_SEVERAL = (" and ", ",", "&", ";")  # several authors: no one narrator

_MIN_NARRATION = 5  # unquoted I/me/my that make a text first-person narration
_FIRST = frozenset(  # i, me, my, mine, myself
    w for w, row in lexicon.lower_table("coref/pronouns.tsv").items() if row[0] == "1" and row[2] == "singular"
)
_OPENING = frozenset({'"', "“", "‘", "'", "«"})


def addressed(doc: Doc, quotes, quoted: dict, refs: dict) -> Cluster | None:
    """The narrator's cluster, when the others' quotations call one of the article's people most often."""
    calls: Counter = Counter()
    for quote in quotes:
        if quote.kind != "direct" or _by_narrator(quote):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        words = (_vocative(span) or _equated(span)) if span is not None else None
        called = refs.get(words[0].i) if words else None
        if called is not None and called.label == "PERSON":  # not "Uhhh," nor "Man,"
            calls[called] += 1
    if not calls:
        return None
    # counted only now: most texts have no quotation that calls anyone
    if unquoted_first_persons(doc, quoted) < _MIN_NARRATION:
        return None
    (best, n), *rest = calls.most_common(2) + [(None, 0)]
    return best if n > rest[0][1] else None


def unquoted_first_persons(doc: Doc, quoted) -> int:
    """The I/me/my/mine/myself outside quotations (a lower-case "i" is a typo or a list mark, not counted)."""
    return sum(1 for i in scan.indices(doc, lowers=_FIRST) if i not in quoted and doc[i].text != "i")


def _by_narrator(quote) -> bool:
    speaker = quote.speaker
    return speaker is not None and speaker.name.lower() in _FIRST


def _equated(span: Span):
    """The name a quotation equates its addressee with: “You're not even Siri any more.”"""
    for token in span:
        if token.lower_ == "you" and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            name = next((c for c in token.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
            if name is not None:
                return [name]
    return None


def _vocative(span: Span):
    """The name a quotation opens on when a comma follows it: “Robert, this never happened …”."""
    k = span.start
    while k < span.end and (span.doc[k].text in _OPENING or span.doc[k].is_space):
        k += 1
    words = []
    while k < span.end and span.doc[k].pos_ == "PROPN" and span.doc[k].text[:1].isupper() and len(words) < 2:
        words.append(span.doc[k])
        k += 1
    if not words or k >= len(span.doc) or span.doc[k].text != ",":
        return None
    return words


def byline_author(doc: Doc, quoted, people: list[Cluster]) -> Cluster | None:
    """The author of the byline ("By Miriam Okafor") as the narrator of a column whose first persons outside
    quotation marks are several ("When I asked …", "he told me"): the article's person of that name, else a new
    one (numbered by the caller). None for several authors, or an article that does not speak in the first person."""
    author = (doc._.author or "").strip()
    if author.lower().startswith(_BY):
        author = author[3:].strip()
    words = author.split()
    if not 2 <= len(words) <= 4 or any(s in author for s in _SEVERAL) or not all(w[:1].isupper() for w in words):
        return None  # a single word is a desk or an outlet ("Reuters"), not a person
    if unquoted_first_persons(doc, quoted) < _MIN_BYLINE_NARRATION:
        return None
    for c in people:
        if c.label == "PERSON" and c.name_tokens and c.name_tokens[-1] == words[-1] and c.name_tokens[0] == words[0]:
            return c
    cluster = Cluster(id="", label="PERSON", name=" ".join(words), name_tokens=tuple(words))
    people.append(cluster)
    return cluster
