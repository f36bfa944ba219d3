"""Organizations the model left untagged, or tagged a facility: a capitalized name headed by an organization noun.

"the British Library", "University of Portsmouth", "Lattice Lab", "the War Office": the small model
often gives such names no entity at all, so nothing could refer to them. A run of capitalized words
(joined by "of", "for", "&") whose capitalized head word is an organization noun, and that holds
another capitalized word, is an organization's name whatever the model's label on it.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from .. import scan
from ..entities import Cluster
from .names import add_mention

_JOINERS = frozenset({"of", "for", "&"})
_OPEN_LABELS = frozenset({"", "FAC"})  # the head word's label: none, or a building's
_INSIDE_LABELS = frozenset({"", "FAC", "GPE", "LOC", "NORP"})  # "University of Portsmouth", "Cuban Consulate"
_MAX_WORDS = 8
_NOUNS = frozenset({IDS["PROPN"], IDS["NOUN"]})


def untagged_organizations(doc: Doc, orgs: list[Cluster], refs: dict[int, Cluster], *, heads) -> list[Cluster]:
    """Make each such name a mention of the organization of that name, new if none; returns the new ones.

    heads: lower-case nouns that head an organization's name ("university", "library").
    """
    by_name = {c.name: c for c in orgs}
    found: list[Cluster] = []
    pos = scan.column(doc, POS)
    for i in scan.indices(doc, lowers=heads):  # the head words first, on the arrays: few tokens are one
        if i in refs or pos[i] not in _NOUNS:
            continue
        token = doc[i]
        if not _capital(token) or token.ent_type_ not in _OPEN_LABELS:
            continue
        span = _name_span(token, refs)
        if span is None or any(i in refs for i in range(span.start, span.end)):
            continue
        cluster = by_name.get(span.text)
        if cluster is None:
            cluster = by_name[span.text] = Cluster(id="", label="ORG", name=span.text)
            found.append(cluster)
        add_mention(cluster, span, "full", refs)
    return found


def _capital(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and not token.is_sent_start


def _name_span(head: Token, refs) -> Span | None:
    """The capitalized run around the head word, with its joiners; None unless it holds another capitalized word."""
    doc, sent = head.doc, head.sent
    lo = hi = head.i
    while lo - 1 >= sent.start and hi - lo + 1 < _MAX_WORDS and _word(doc[lo - 1], refs):
        lo -= 1
    while hi + 2 < sent.end and hi - lo + 2 < _MAX_WORDS and doc[hi + 1].lower_ in _JOINERS and _word(doc[hi + 2], refs):
        hi += 2
        while hi + 1 < sent.end and hi - lo + 1 < _MAX_WORDS and _word(doc[hi + 1], refs):
            hi += 1
    if hi == lo:
        return None
    return doc[lo : hi + 1]


def _word(token: Token, refs) -> bool:
    return (
        token.i not in refs
        and token.pos_ in ("PROPN", "NOUN", "ADJ")
        and token.text[:1].isupper()
        and token.text.replace("-", "").isalpha()
        and token.ent_type_ in _INSIDE_LABELS
    )
