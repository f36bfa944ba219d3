"""The tokens a pass can want, picked from the Doc's arrays so that no other Token is built.

Walking `for token in doc` builds a Python object per token; the sieve's passes did
it eight times per article, which was a third of the resolver's time. A pass that
only looks at some parts of speech or some words asks for those here instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

_OPENING = frozenset(hash_string(s) for s in ("“", "«", "„"))
_CLOSING = frozenset(hash_string(s) for s in ("”", "»"))
_STRAIGHT = hash_string('"')


def tokens(doc: Doc, *, pos: Iterable[str] = (), texts: Iterable[str] = (), lowers: Iterable[str] = ()) -> Iterator[Token]:
    """The tokens, in text order, whose part of speech is in `pos`, text in `texts` or lower case in `lowers`."""
    for i in indices(doc, pos=pos, texts=texts, lowers=lowers):
        yield doc[i]


def indices(doc: Doc, *, pos: Iterable[str] = (), texts: Iterable[str] = (), lowers: Iterable[str] = ()) -> list[int]:
    """The indices of the tokens `tokens` gives, without making a Token of any."""
    # Python sets over the arrays' lists: numpy.isin costs more than this on an article's few hundred tokens.
    wanted: set[int] = set()
    for attr, keys in ((POS, _pos_ids(frozenset(pos)) if pos else None),
                       (ORTH, _keys(frozenset(texts)) if texts else None),
                       (LOWER, _keys(frozenset(lowers)) if lowers else None)):
        if keys:
            wanted.update(i for i, key in enumerate(doc.to_array(attr).tolist()) if key in keys)
    return sorted(wanted)


def paragraph_starts(doc: Doc) -> list[int]:
    """The first token of each paragraph: 0, and the token after every whitespace token holding a line break."""
    spaces = doc.to_array(IS_SPACE).tolist()
    return [0] + [i + 1 for i, space in enumerate(spaces) if space and "\n" in doc[i].text]


def quoted_tokens(doc: Doc) -> list[bool]:
    """Which tokens stand between quotation marks (a paragraph break closes any quote)."""
    flags, inside = [], False
    for i, (orth, space, punct) in enumerate(doc.to_array([ORTH, IS_SPACE, IS_PUNCT]).tolist()):
        if space and "\n" in doc[i].text:
            inside = False
        elif orth in _OPENING:
            inside = True
        elif orth in _CLOSING:
            inside = False
        elif orth == _STRAIGHT:
            inside = not inside
        flags.append(inside and not punct)
    return flags


@lru_cache(maxsize=64)
def _pos_ids(tags: frozenset[str]) -> frozenset[int]:
    return frozenset(IDS[t] for t in tags)


@lru_cache(maxsize=256)
def _keys(strings: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(s) for s in strings)
