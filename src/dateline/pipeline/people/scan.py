"""The tokens a pass can want, picked from the Doc's arrays so that no other Token is built.

Walking `for token in doc` builds a Python object per token; the sieve's passes did
it eight times per article, which was a third of the resolver's time. A pass that
only looks at some parts of speech or some words asks for those here instead.

Each column a pass reads (`column`) is read once per Doc and kept beside it:
the people and dialogue components ask for the same parts of speech and words
a dozen times per article, and `to_array` with its conversion to Python ints
costs more than a walk over the list it gives. (An index of each word's
positions cost more to build than the walks it saved.) The Doc
is never retokenized after the parse, so a column read once stays true; the
entries go with their Doc (weak references), or when a component releases them
at its end (`release`): the people component does, and the dialogue component
reads again the few it needs. Kept for a whole batch of Docs, these lists were
most of what the cyclic garbage collector found to walk while the people
component ran (a tenth of its time on 1,000 bodies kept in memory).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from weakref import WeakKeyDictionary, ref

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

_OPENING = frozenset(get_string_id(s) for s in ("“", "«", "„"))
_CLOSING = frozenset(get_string_id(s) for s in ("”", "»"))
_STRAIGHT = get_string_id('"')
_MARKS = _OPENING | _CLOSING | {_STRAIGHT}


class _Read:
    """The columns read of one Doc: attribute -> its value for every token."""

    __slots__ = ("length", "columns", "picks", "unions", "breaks", "kept")

    def __init__(self, length: int) -> None:
        self.length = length
        self.columns: dict[int, list[int]] = {}
        self.picks: dict[tuple[int, frozenset[int]], list[int]] = {}  # (attribute, values) -> indices
        self.unions: dict[tuple, list[int]] = {}  # (pos, texts, lowers) -> indices, for `indices` of several
        self.breaks: list[int] | None = None  # the line-break tokens (`_line_breaks`)
        self.kept: dict[str, object] = {}  # what a pass derived from the parse alone (`kept`)


_READ: WeakKeyDictionary[Doc, _Read] = WeakKeyDictionary()
# The Doc last read and its entry: nearly every call asks of the same Doc as the one before, and the weak
# dictionary's `get` makes a weak reference of its key at each call (a tenth of a column's cost).
_last: tuple = (lambda: None, None)


# The columns a later component reads of nearly every article (the dialogue component: the pronouns' parts of
# speech and words), kept for it when the people component releases the Doc (`release`): reading them again
# cost two `to_array` calls per article, more than the dialogue's own walks. Kept as arrays of numbers, which
# the cyclic garbage collector need not walk (lists kept for a batch of Docs were most of what it found), and
# with the Doc's length: no component between the two changes a token.
_HANDED: WeakKeyDictionary[Doc, tuple[int, dict[int, array]]] = WeakKeyDictionary()
_HAND_ON = (POS, LOWER)


def _read(doc: Doc) -> _Read:
    global _last
    last, read = _last
    if last() is doc and read.length == len(doc):
        return read
    read = _READ.get(doc)
    if read is None or read.length != len(doc):  # a length that changed: retokenized after all, read again
        read = _READ[doc] = _Read(len(doc))
        handed = _HANDED.pop(doc, None)
        if handed is not None and handed[0] == len(doc):
            read.columns.update((attr, values.tolist()) for attr, values in handed[1].items())
    _last = (ref(doc), read)
    return read


def column(doc: Doc, attr: int) -> list[int]:
    """The attribute's value for every token (`doc.to_array(attr).tolist()`), read once per Doc.

    HEAD is the signed offset of each token's head (`to_array` stores it unsigned).
    The list is shared: read it, never change it.
    """
    read = _read(doc)
    values = read.columns.get(attr)
    if values is None:
        values = read.columns[attr] = _signed(doc.to_array(attr), attr).tolist()
    return values


def columns(doc: Doc, attrs: tuple[int, ...]) -> list[list[int]]:
    """`column` of each attribute; those not kept yet are read together (one `to_array` for several
    costs less than one for each)."""
    read = _read(doc)
    missing = [a for a in attrs if a not in read.columns]
    if len(missing) == 1:
        column(doc, missing[0])
    elif missing:
        array = doc.to_array(missing)
        for attr, values in zip(missing, array.T.tolist() if len(doc) else [[] for _ in missing]):
            read.columns[attr] = _signed(array[:, missing.index(HEAD)], HEAD).tolist() if attr == HEAD else values
    return [read.columns[a] for a in attrs]


def _signed(values, attr: int):
    """HEAD's offsets as signed numbers (the other columns are string ids and flags, kept unsigned)."""
    return values.astype("int64") if attr == HEAD else values


# What the people component reads of nearly every article (its pronoun walk reads all but the last four,
# the walk's salience ENT_TYPE, the description pass HEAD and SENT_START, the name passes ENT_IOB): one
# `to_array` of all costs less than one of each (a column read alone costs about 20 µs on an article).
_COMMON = (POS, ORTH, LOWER, LEMMA, DEP, TAG, ENT_TYPE, IS_SPACE, IS_PUNCT, HEAD, SENT_START, ENT_IOB)


def prefetch(doc: Doc) -> None:
    """Read the columns the people component's passes ask for, all in one `to_array`."""
    columns(doc, _COMMON)


def kept(doc: Doc, key: str, make):
    """What `make()` gives, made once per Doc and kept with its columns (it must depend on the parse alone)."""
    store = _read(doc).kept
    value = store.get(key)
    if value is None:
        value = store[key] = make()
    return value


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per Doc and kept (each access makes a Span of every entity anew)."""
    return kept(doc, "ents", lambda: doc.ents)


def release(doc: Doc, *, hand_on: bool = False) -> None:
    """Drop the columns and all else kept for this Doc (they would be read or made again if asked for).

    hand_on: keep its parts of speech and words for the next component that asks of the same Doc (`_HANDED`).
    """
    global _last
    read = _READ.pop(doc, None)
    if hand_on and read is not None and all(a in read.columns for a in _HAND_ON):
        _HANDED[doc] = (read.length, {a: array("Q", read.columns[a]) for a in _HAND_ON})
    if _last[0]() is doc:
        _last = (lambda: None, None)


def tokens(doc: Doc, *, pos: Iterable[str] = (), texts: Iterable[str] = (), lowers: Iterable[str] = ()) -> Iterator[Token]:
    """The tokens, in text order, whose part of speech is in `pos`, text in `texts` or lower case in `lowers`."""
    for i in indices(doc, pos=pos, texts=texts, lowers=lowers):
        yield doc[i]


def indices(doc: Doc, *, pos: Iterable[str] = (), texts: Iterable[str] = (), lowers: Iterable[str] = ()) -> list[int]:
    """The indices of the tokens `tokens` gives, without making a Token of any.

    The list is kept with the Doc (six passes ask for the proper nouns): read it, never change it.
    """
    # Most callers pass the same tuples or frozensets of words again and again: their string ids are kept.
    # (Not a list, a set, a dict or a generator: a value that can change, or one hashed by its identity.)
    if type(pos) in _VALUES and type(texts) in _VALUES and type(lowers) in _VALUES:
        wanted = _WANTED.get((pos, texts, lowers))
        if wanted is None:
            if len(_WANTED) > _WANTED_MAX:  # a caller's own words per article: let them go now and then
                _WANTED.clear()
            wanted = _WANTED[pos, texts, lowers] = _wanted(pos, texts, lowers)
    else:
        wanted = _wanted(pos, texts, lowers)
    if len(wanted) == 1:  # one list, already in text order
        return _picked(doc, *wanted[0])
    unions = _read(doc).unions
    found = unions.get(wanted)
    if found is None:
        found = unions[wanted] = sorted({i for attr, keys in wanted for i in _picked(doc, attr, keys)})
    return found


_WANTED: dict[tuple, tuple] = {}  # (pos, texts, lowers) as `indices` was given them -> `_wanted`
_WANTED_MAX = 4096
_VALUES = (tuple, frozenset)


def _wanted(pos: Iterable[str], texts: Iterable[str], lowers: Iterable[str]) -> tuple:
    """The (column, string ids) pairs `indices` picks by: the non-empty ones of pos, texts and lowers."""
    return tuple((attr, keys) for attr, keys in ((POS, _pos_ids(frozenset(pos)) if pos else None),
                                                 (ORTH, _keys(frozenset(texts)) if texts else None),
                                                 (LOWER, _keys(frozenset(lowers)) if lowers else None)) if keys)


def where(doc: Doc, attr: int, keys: frozenset[int]) -> list[int]:
    """The indices of the tokens whose attribute (any column: LEMMA, DEP, ...) is one of `keys` (string ids).

    Kept with the Doc, as `indices` is: read it, never change it.
    """
    return _picked(doc, attr, keys)


def heads_of(doc: Doc, attr: int, keys: frozenset[int], dep: int) -> frozenset[int]:
    """The heads of the tokens whose attribute is one of `keys` and whose relation is `dep` (kept per Doc):
    a pass that wants a child of that kind tests this before walking a Token's children."""
    store = _read(doc).kept  # asked of three times per noun: no `kept` call, no lambda made
    key = ("heads", attr, keys, dep)
    found = store.get(key)
    if found is None:
        deps, heads = columns(doc, (DEP, HEAD))
        found = store[key] = frozenset(k + heads[k] for k in _picked(doc, attr, keys) if deps[k] == dep)
    return found


def _picked(doc: Doc, attr: int, keys: frozenset[int]) -> list[int]:
    """The indices of the tokens whose attribute is one of `keys`; kept, since three passes ask for the proper nouns."""
    picks = _read(doc).picks
    found = picks.get((attr, keys))
    if found is None:
        values = column(doc, attr)  # `compress` runs the loop in C: a comprehension cost twice as much
        if attr != POS and keys.isdisjoint(values):  # a third the cost of `compress`; 4 word lists in 10 hit nothing
            found = picks[(attr, keys)] = []
        else:
            found = picks[(attr, keys)] = list(compress(range(len(values)), map(keys.__contains__, values)))
    return found


def paragraph_starts(doc: Doc) -> list[int]:
    """The first token of each paragraph: 0, and the token after every whitespace token holding a line break."""
    return [0] + [i + 1 for i in _line_breaks(doc)]


def quoted_tokens(doc: Doc) -> list[bool]:
    """Which tokens stand between quotation marks (a paragraph break closes any quote)."""
    flags = [False] * len(doc)
    orth = column(doc, ORTH)
    marks = [i for i, key in enumerate(orth) if key in _MARKS]
    if not marks:
        return flags
    punct = column(doc, IS_PUNCT)
    breaks = set(_line_breaks(doc))
    inside, last = False, -1
    for i in sorted(marks + list(breaks)):
        if inside:  # the tokens since the last mark or break are quoted
            for k in range(last + 1, i):
                flags[k] = not punct[k]
        if i in breaks:
            inside = False
        elif orth[i] in _OPENING:
            inside = True
        elif orth[i] in _CLOSING:
            inside = False
        else:
            inside = not inside
        flags[i] = inside and not punct[i]
        last = i
    if inside:
        for k in range(last + 1, len(doc)):
            flags[k] = not punct[k]
    return flags


def _line_breaks(doc: Doc) -> list[int]:
    """The whitespace tokens that hold a line break, in text order (kept: paragraphs and quotes both ask)."""
    read = _read(doc)
    if read.breaks is None:
        orth, strings = column(doc, ORTH), doc.vocab.strings
        spaces = column(doc, IS_SPACE)
        read.breaks = [i for i in compress(range(len(spaces)), spaces) if "\n" in strings[orth[i]]]
    return read.breaks


@lru_cache(maxsize=64)
def _pos_ids(tags: frozenset[str]) -> frozenset[int]:
    return frozenset(IDS[t] for t in tags)


@lru_cache(maxsize=256)
def _keys(strings: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(s) for s in strings)
