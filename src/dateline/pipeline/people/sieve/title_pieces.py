"""Pieces of a title the model cut: "Game" and "Thrones" of "Game of Thrones", "Wars" of "Star Wars".

The small model labels a word or two of a work's title-cased name and leaves the rest: "HBO's Game of Thrones"
gives an organization "Thrones", and the untagged "Game" becomes a person by the name passes. Two shapes tell
such a piece from someone's name, asked (by `works.a_title`) only of a cluster with no person's evidence:

* *one side of "A of B"* where the head A before "of" is a capitalized common word: no role, title, kin or
  organization noun ("General Manager of Nikko Securities", "Bank of Japan"), no institution's or place's
  word ("House of Commons", "Gulf of Mexico"), no first name or surname ("Jones of Merrill Lynch"), labelled
  no entity by the model; and B no place ("First Options of Chicago");
* *a plural for a name*: a one-word "person" tagged plural wherever it stands, no surname or first name
  ("Star Wars", "Three Sinners"); peoples and families are groups (`groups.py`), not this. Not of two words:
  "Xander Bogaerts" is tagged so too, and a firm the model calls a person ("Vagabond Tours") is news' firm.

Also a common noun the model took for a name (`a_persons_noun`, asked by `things._a_thing`): "a converted Jew";
and a title's word before English common nouns (`a_titles_common_noun`): "General Delivery", "Star Trek".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .... import lexicon
from ..entities import Cluster, MentionRef
from .name_shapes import has_organization_word, noun_forms
from .thing_words import ThingWords

_OF = "of"
_ARTICLE = "the"
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_INSTITUTIONS = lexicon.words("coref/institution_heads.txt")
_SURNAMES = lexicon.words("coref/surnames.txt")
_SUFFIXES = lexicon.words("coref/company_suffixes.txt")  # "Loom Inc" of "Fruit of the Loom Inc"
_PERSON_NOUNS = lexicon.lower_table("wordnet_nouns.tsv")
_ROMAN = frozenset("IVXLC")
_DETERMINERS = frozenset({"a", "an", "the", "another", "every", "each"})
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG"})  # "a converted Jew", "the young Christian"
_ADJECTIVES = 3


def a_title_piece(c: Cluster, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """Every name of the cluster is one side of a title's "A of B", or the cluster's one word is a plural.

    Never an organization's name with an organization's word or a company's suffix ("Fruit of the Loom Inc").
    """
    if _an_organizations_name(c, w):
        return False
    if all(_side_of_an_of_title(m, doc, w) for m in names) or _cut_before_a_titled_name(c, names, doc, w):
        return True
    return c.label == "PERSON" and not c.group and _plural_name(c.name, names, doc, w)


def _side_of_an_of_title(m: MentionRef, doc: Doc, w: ThingWords) -> bool:
    """"Thrones" after "Game of", or "Game" before "of Thrones": A of B, a common word A, no place B.

    Either side may be the one: "conversations of Game of Thrones fans" has an "of" on both.
    """
    return any(_a_common_head(head, w) and _no_place(other, w) for head, other in _of_sides(m, doc))


def _cut_before_a_titled_name(c: Cluster, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """"the Diary of General Patrick Gordon": an organization's "X of <title>", the titled person's name right
    after it every time, is a work's title cut where the model's person begins."""
    words = c.name.split()
    if c.label != "ORG" or len(words) < 3 or _OF not in words[1:-1] or words[-1].lower().rstrip(".") not in w.titles:
        return False
    return all(m.end < len(doc) and doc[m.end].ent_type_ == "PERSON" for m in names)


def _of_sides(m: MentionRef, doc: Doc):
    """(A, B) of each "A of B" or "A of the B" the mention is B of, or (one word) A of."""
    if m.start >= 2 and doc[m.start - 1].lower_ == _OF:
        yield doc[m.start - 2], doc[m.start]
    elif m.start >= 3 and doc[m.start - 1].lower_ == _ARTICLE and doc[m.start - 2].lower_ == _OF:
        yield doc[m.start - 3], doc[m.start]
    if m.end - m.start == 1 and m.end + 1 < len(doc) and doc[m.end].lower_ == _OF:
        k = m.end + 1 + (doc[m.end + 1].lower_ == _ARTICLE and m.end + 2 < len(doc))
        yield doc[m.start], doc[k]


def _a_common_head(token: Token, w: ThingWords) -> bool:
    """A capitalized word no entity's, role's, organization's, place's or person's: "Game" of "Game of Thrones".

    Tagged a proper noun, not first in its sentence, and it opens its capitalized run: "Byron Nimocks of E.F.
    Hutton Group" is a person's surname before "of".
    """
    if not token.is_title or not token.is_alpha or token.ent_type_ or token.is_sent_start:
        return False  # first in its sentence, a capital says nothing: "Shares of Acme rose"
    if token.tag_ not in _PROPER_TAGS:
        return False
    if token.i > 0 and token.doc[token.i - 1].is_title and token.doc[token.i - 1].pos_ == "PROPN":
        return False
    word = token.lower_
    singular = word.removesuffix("s")
    for x in (word, singular):
        if x in w.described or x in w.titles or x in w.org_words or x in _INSTITUTIONS or x in w.place_nouns:
            return False
        if x in w.first_names or x in _SURNAMES or x in w.countries or x in _PERSON_NOUNS:
            return False  # also WordNet's people and bodies: "Friends of the Earth", "Knights of Columbus"
        row = w.heads.get(x)
        if row is not None and row[:1] in (("place",), ("building",)):
            return False
    return True


def _an_organizations_name(c: Cluster, w: ThingWords) -> bool:
    if c.label != "ORG":
        return False
    return has_organization_word(c.name, w.org_words) or c.name.split()[-1].lower().rstrip(".") in _SUFFIXES


def _no_place(token: Token, w: ThingWords) -> bool:
    """The word after "of" is capitalized, no place and no organization's word: "of Thrones", not "of Chicago"."""
    if not token.is_title or token.ent_type_ in _PLACE_LABELS:
        return False
    word = token.lower_
    return word not in w.countries and word not in w.towns and word not in w.org_words


def _plural_name(name: str, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """"Wars", "Sinners", "Fighters XIV": the name's one word (a numeral after it aside) is tagged plural wherever
    it stands."""
    words = [x for x in name.split() if not set(x) <= _ROMAN and not x.isdigit()]
    if len(words) != 1:
        return False
    last = words[0]
    word = last.lower()
    if not last.isalpha() or not last.endswith("s") or last.endswith("ss") or last.isupper():
        return False
    singular = word.removesuffix("s")
    if word in _SURNAMES or word in w.first_names or singular in _SURNAMES:
        return False
    if singular in w.described or _PERSON_NOUNS.get(singular) == ("person",):
        return False  # "Sinners", "Keepers": a plural of a person's noun names people (`name_filters.people_noun`)
    found = [doc[k] for m in names for k in range(m.start, m.end) if doc[k].text == last]
    if any(_before_a_name(t) for t in found):
        return False  # a first name ending in "s" before a surname the model left out of the name
    return bool(found) and all(t.tag_ in _PLURAL_TAGS for t in found)


def _before_a_name(token: Token) -> bool:
    """A capitalized proper noun follows: "Dries" of "Dries Mertens" is a first name."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.is_title and following.pos_ == "PROPN"


def a_persons_noun(name: str, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """"a converted Jew", "an unnamed Keeper": a one-word "person" that is a person's common noun (WordNet's) after
    a determiner, its adjectives between, wherever it stands, is that noun and no one's name.

    No surname or first name ("the Baker" may be Ms Baker, as "the Smiths" are a family).
    """
    word = name.lower()
    if " " in name or _PERSON_NOUNS.get(word) != ("person",) or word in _SURNAMES or word in w.first_names:
        return False
    return all(_after_a_determiner(m.start, doc) for m in names)


def _after_a_determiner(i: int, doc: Doc) -> bool:
    """A determiner before the word, past at most `_ADJECTIVES` adjectives or participles ("a converted")."""
    k = i - 1
    while k >= 0 and i - k <= _ADJECTIVES and doc[k].tag_ in _MODIFIER_TAGS:
        k -= 1
    return k >= 0 and doc[k].lower_ in _DETERMINERS


def a_titles_common_noun(c: Cluster, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """"General Delivery", "Star Trek", "Warhol's Prince Series": a title or role word before a name whose every
    word is an English common noun is the first word of a title, an address or a work, not someone's title.

    The name pass reads "General" as a title and "Delivery" as a surname. No word may be a census surname or a
    usual first name ("Prince Charles", "President Bush" stay: WordNet lists "charles" and "bush"), a role or a
    title ("Mr. Chief Justice").
    """
    if c.label != "PERSON" or c.group:
        return False
    words = c.name.split()
    while len(words) > 1 and _a_title(words[0], w):
        words = words[1:]  # the title inside the name: "General Delivery" as one mention
    if not all(_a_common_noun(x, w) for x in words):
        return False
    return all(_a_title(doc[m.start].text, w) or m.start > 0 and _a_title(doc[m.start - 1].text, w) for m in names)


def _a_title(word: str, w: ThingWords) -> bool:
    lower = word.lower().rstrip(".")
    return word[:1].isupper() and (lower in w.titles or lower in w.described)


def _a_common_noun(word: str, w: ThingWords) -> bool:
    """A capitalized word (three letters or more) that is a common noun or its plural, no person's noun, role,
    title or name."""
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    lower = word.lower()
    forms = noun_forms(lower)
    if any(x in w.described or x in w.titles or x in _PERSON_NOUNS for x in forms):
        return False  # also WordNet's people: "Sheikh Bahai"
    return lower not in _SURNAMES and lower not in w.first_names and any(x in w.nouns for x in forms)
