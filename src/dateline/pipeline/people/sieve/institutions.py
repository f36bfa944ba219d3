"""Definite nouns WordNet calls organizations, linked only to a near organization whose name holds them.

"She later studied at the Conservatoire de Paris. … while Moreau was at the
conservatory": "conservatory" is on no hand list (`organization_nouns.txt`), so
the pronoun walk never stops at it; linked by salience, such nouns would go to
the wrong organization (the fourth round's finding for WordNet nouns), so here a
noun is linked only to the one organization of the last few sentences whose name
holds the noun or a cognate of it ("Conservatoire de Paris", "Writers Guild of America").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LEMMA, TAG
from spacy.tokens import Doc

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .clusters import add_span
from .noun_kinds import sense

_WINDOW = 3  # sentences back the organization must be named in
_STEM = 5  # letters a cognate shares with the noun from its start, at least …
_ENDING = 3  # … and at most this many letters of either word past them ("conservator|y", "conservator|ire")
_DETERMINERS = frozenset({"the", "this", "that"})


def link_institutions(doc: Doc, orgs: list[Cluster], refs: dict[int, Cluster], *, listed: frozenset[str]) -> None:
    """Link each definite singular noun WordNet calls an organization, not in `listed`, to its named one."""
    if not orgs:
        return
    starts = None
    tags, lemmas = scan.columns(doc, (TAG, LEMMA))
    strings, nn = doc.vocab.strings, doc.vocab.strings["NN"]
    for i in scan.indices(doc, pos=("NOUN",)):  # the cheaper tests first, on the arrays: most articles have none
        if i in refs or tags[i] != nn:
            continue
        lemma = strings[lemmas[i]].lower()
        if lemma in listed or sense(lemma) != "ORG":
            continue
        noun = doc[i]
        lefts = list(noun.lefts)
        det = lefts[0] if len(lefts) == 1 and lefts[0].dep_ == "det" else None
        # The determiner alone: "the Santa Fe railroad", "the other railroad" are not Southern Pacific Railroads.
        if det is None or det.lower_ not in _DETERMINERS:
            continue
        starts = starts or [s.start for s in doc.sents]
        since = starts[max(bisect_right(starts, i) - 1 - _WINDOW, 0)]
        named = {c for c in orgs if _holds(c.name, lemma) and any(since <= m.start < i for m in c.mentions)}
        if len(named) == 1:
            add_span(named.pop(), doc[det.i : i + 1], "description", refs, head=i)


def _holds(name: str, lemma: str) -> bool:
    """The head word of a name of two words or more is the noun, or its cognate: not a modifier ("the
    industry" is no "Industries Assistance Commission"). The head is the word before the first preposition
    of `coref/name_head_prepositions.txt` ("Writers Guild of America", "Conservatoire de Paris"), else the last."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    linking = lexicon.words("coref/name_head_prepositions.txt")
    at = next((k for k, w in enumerate(words) if k and w in linking), len(words))
    return _cognate(words[at - 1], lemma)


def _cognate(word: str, lemma: str) -> bool:
    if word == lemma:
        return True
    stem = 0
    for a, b in zip(word, lemma):
        if a != b:
            break
        stem += 1
    return stem >= _STEM and len(word) - stem <= _ENDING and len(lemma) - stem <= _ENDING
