"""What a name's own words and its neighbours say of a place, one mention at a time.

"(IATA: PHX)", "the Supreme Court of the State of Hawaiʻi", "1st Earl of Snowdon", "Eau Gallie, Fla.",
"from Schenectady N.Y.", "the Guangzhou Opera House", "along S Buckeye", "47th Place", "47th Street, or Florence Place,
Florence Avenue". Read by `place_evidence.after_a_places_noun`, so only for a cluster with no person's
evidence (no he/she, honorific or speech: "the State of New York said" stays). The words are
`coref/place_name_words.tsv`'s.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .... import lexicon
from .name_shapes import has_organization_word

_PHRASE_PREPOSITIONS = frozenset({"of", "in", "within", "throughout", "across", "at", "near"})
_STREET_PARTNERS = 2  # streets a name is listed with: one is "Wall Street and Goldman Sachs"


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(w for w, row in lexicon.lower_table("coref/place_name_words.tsv").items() if row[0] == kind)


@cache
def _states() -> frozenset[str]:
    return lexicon.words("coref/state_abbreviations.txt")


def a_places_name(root: Token, refs: dict, org_words) -> bool:
    """One name mention (its last token `root`) that says it names a place; `refs` maps tokens to clusters.

    Never a name with an organization's word (`org_words`): "the Larsen Co." ("Co." is Colorado's too),
    "Personal Computer Rental Corp of Coral Gables, Fla." are firms.
    """
    if root.pos_ != "PROPN" and not root.text[:1].isupper():
        return False  # every test below reads a capitalized name's last word
    found = (
        _an_airports_code(root) or _a_place_of(root, refs) or _a_town_and_state(root, refs)
        or _a_house(root, refs) or _a_compass_street(root, refs) or _a_numbered_street(root, refs)
        or _listed_with_streets(root, refs)
    )
    own = refs.get(root.i)
    return found and not (own is not None and has_organization_word(own.name, org_words))


def _an_airports_code(root: Token) -> bool:
    """"(IATA: PHX)": a code of three or four capitals after an airport code's name and a colon.

    Not "IATA" itself, nor "IATA said": the association is news's organization; only its code names an airport.
    """
    doc, i = root.doc, root.i
    if not (3 <= len(root.text) <= 4 and root.text.isupper() and root.text.isalpha()) or i < 2:
        return False
    return doc[i - 1].text == ":" and doc[i - 2].lower_ in _words("airport_code")


def _a_place_of(root: Token, refs: dict) -> bool:
    """"the courts of the State of Hawaiʻi", "creation of the Municipality of Culion", "1st Earl of Snowdon".

    A capitalized proper noun after "of" and a capitalized place's word (state, county, municipality…) standing
    where a place stands: not a subject, nor after "by" or "against" ("sued by the State of New York" is a
    party). Or after a peer's or a bishop's title outside the name ("Earl of Snowdon"; a "Duke of York" mention
    is the duke's).
    """
    if root.dep_ != "pobj" or root.pos_ != "PROPN" or not root.text[:1].isupper() or root.head.lower_ != "of":
        return False
    word = root.head.head
    if not word.text[:1].isupper() or word.i >= root.i:
        return False
    if word.lower_ in _words("title_of"):
        return refs.get(word.i) is None or refs.get(word.i) is not refs.get(root.i)
    if word.lower_ not in _words("place_of"):
        return False
    return word.dep_ == "pobj" and word.head.lower_ in _PHRASE_PREPOSITIONS


def _a_town_and_state(root: Token, refs: dict) -> bool:
    """"Eau Gallie, Fla.", "Paramus, NJ": a state's abbreviation after the name and a comma; "Schenectady N.Y.":
    a written abbreviation (with its stop) closing a name of two words or more."""
    doc, i = root.doc, root.i
    if root.pos_ != "PROPN":
        return False
    if i + 2 < len(doc) and doc[i + 1].text == "," and root.text[:1].isupper() and _a_state(doc[i + 2], short=True):
        return refs.get(i + 2) is None
    return i > 0 and "." in root.text and _a_state(root, short=False) and refs.get(i - 1) is refs.get(i) is not None and (
        doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()
    )


def _a_state(t: Token, *, short: bool) -> bool:
    """A state's abbreviation written as one: with its stop ("Fla.", "N.Y."), or, when `short`, two capitals
    that are no word ("NJ", not "IN", "OR")."""
    if t.lower_.rstrip(".") not in _states():
        return False
    stopped = t.text.endswith(".") or t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "."
    return stopped and t.text[:1].isupper() or short and len(t.text) == 2 and t.text.isupper() and not t.is_stop


def _a_house(root: Token, refs: dict) -> bool:
    """"Guangzhou Opera House", "Little Red Light House": "House" after a building's kind, in the name.

    Not "House" alone nor "White House", "Clearing House": the Congress's chamber, the government, a firm.
    """
    i = root.i
    return root.lower_ == "house" and i > 0 and root.doc[i - 1].lower_ in _words("house") and refs.get(i - 1) is refs.get(i)


def _a_compass_street(root: Token, refs: dict) -> bool:
    """"goes west along S Buckeye": a compass letter opening the name of what one goes along or on."""
    i = root.i
    letter = root.doc[i - 1] if i else None
    if letter is None or not letter.is_upper or letter.lower_ not in _words("compass") or refs.get(i - 1) is not refs.get(i):
        return False
    return root.dep_ == "pobj" and root.head.lower_ in _words("street_preposition")


def _a_numbered_street(root: Token, refs: dict) -> bool:
    """"47th Place", "12th Terrace": an ordinal number before a street's word, in the name.

    "Place" alone is no place's head: "The Rx Place" is a chain of drug stores (Reuters).
    """
    i = root.i
    if i == 0 or root.lower_.rstrip(".") not in _words("street") or refs.get(i - 1) is not refs.get(i):
        return False
    number = root.doc[i - 1].lower_
    return number[:-2].isdigit() and number[-2:] in ("st", "nd", "rd", "th")


def _listed_with_streets(root: Token, refs: dict) -> bool:
    """"e.g. 47th Place, 47th Street, or Florence Place, Florence Avenue": a street's name ("Place", a surname
    too) listed with two streets or more (names whose last word is a street's, in no one's cluster but a street's)."""
    if root.lower_.rstrip(".") not in _words("street"):
        return False  # a street's name itself ("Florence Place"): the list is read only then
    own = refs.get(root.i)
    streets = 0
    for x in conjuncts(root):
        if x.i == root.i or x.pos_ != "PROPN" or not x.text[:1].isupper() or x.lower_.rstrip(".") not in _words("street"):
            continue
        theirs = refs.get(x.i)  # a street the model calls someone is still a street ("47th Place")
        if theirs is not None and theirs is not own and theirs.mentions and not _a_streets_name(theirs.name):
            return False
        streets += 1
    return streets >= _STREET_PARTNERS


def _a_streets_name(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in _words("street")


def conjuncts(root: Token) -> list[Token]:
    """Every member of the coordination `root` is in ("Kraków, Warsaw and Wrocław"), `root` included."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, todo = [], [first]
    while todo:
        t = todo.pop()
        members.append(t)
        todo.extend(x for x in t.children if x.dep_ == "conj")
    return members
