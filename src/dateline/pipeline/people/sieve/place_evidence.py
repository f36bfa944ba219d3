"""Where a name stands as a place: the object of a place's preposition, listed with places, after a travel word."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import NAME_KINDS, Cluster, MentionRef
from .place_names import a_places_name, conjuncts
from .thing_words import PERSON_PRONOUNS, ThingWords


def _prepositions(use: str) -> frozenset[str]:
    """The prepositions `coref/place_prepositions.tsv` lists for one use (ORG, PERSON, place, route, street)."""
    return frozenset(p for p, row in lexicon.lower_table("coref/place_prepositions.tsv").items() if use in row[0].split())


SPATIAL = {label: _prepositions(label) for label in ("ORG", "PERSON")}  # prepositions whose object is a place
PLACE_PREPOSITIONS = _prepositions("place")
_ROUTE_PREPOSITIONS = PLACE_PREPOSITIONS | _prepositions("route")  # "flights between", "via"
_STREET_PREPOSITIONS = PLACE_PREPOSITIONS | _prepositions("street")  # "on Church Street"
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})
_BIG_TOWNS_PREPOSITIONS = frozenset({"at", "in", "near"})
_SOMEONE = frozenset({"PERSON", "ORG", "NORP"})
_WHERE_VOTES, _WHERE_SHARE = 3, 0.75
_THING_VOTES, _THING_RATIO = 4, 3  # a "person" used as a place this often, and this many times more than as a person


def travelled_object(root: Token, travel) -> bool:
    """"visit Olympia", "reach Hadibo": the direct object of a travel word."""
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in travel


def travelled_to(roots: list[Token], travel) -> bool:
    """"born at Stridon", "flights via Al Mukalla", "10 km from Hadibo": where one travels, lives or lies.

    Every name mention the object of a place's preposition, one of them after a travel word.
    """
    firsts = [first_conjunct(r) for r in roots]  # "at the airport and Hadibo"
    if not all(spatial_object(r, _ROUTE_PREPOSITIONS) for r in firsts):
        return False
    return any(_after_travel(r.head, travel) for r in firsts)


def first_conjunct(root: Token) -> Token:
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


def _after_travel(preposition: Token, travel) -> bool:
    word = preposition.head
    if word.lower_ == "born" and preposition.lower_ == "to":
        return False  # "born … to Gerald and Sherri Padalecki": the parents
    return word.lemma_.lower() in travel or word.lower_ in travel


def named_for_a_place(words: list[str], prefixes) -> bool:
    """"River Ouse", "County Durham", "Mount Kenya": a place's word opening a two-word name."""
    return len(words) == 2 and words[0].lower().rstrip(".") in prefixes and words[1][:1].isupper()


def mostly_where(roots: list[Token], w: ThingWords) -> bool:
    """"the capital of Guadeloupe … the eastern point of Guadeloupe … Guadeloupe's economy": an "organization"
    named three times or more as where things are, in three of its four name mentions at least."""
    where = sum(spatial_object(r, PLACE_PREPOSITIONS) or of_a_place(r, w) for r in roots)
    return where >= _WHERE_VOTES and where >= _WHERE_SHARE * len(roots)


def of_a_place(root: Token, w: ThingWords) -> bool:
    """"the hills of Tinimavet", "the capital of Guadeloupe", "the towns of Edgecumbe, Whakatane and …": the object
    of "of" after a place's noun, or its conjunct."""
    root = first_conjunct(root)
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "of" or preposition.head.pos_ != "NOUN":
        return False
    lemma = preposition.head.lemma_.lower()
    return (w.heads.get(lemma) or ("",))[0] == "place" or lemma in w.things and lemma not in w.works


def a_place_not_a_surname(name: str, roots: list[Token], first_names: frozenset[str]) -> bool:
    """"at Mill Lane", "on Church Street": a head that is also a surname ("Nathan Lane"), a place when the word
    before it is no known first name and the name is where something is, at least once."""
    words = name.split()
    if len(words) != 2 or words[0].lower() in first_names:
        return False
    return any(spatial_object(r, _STREET_PREPOSITIONS) for r in roots)


def among_places(c: Cluster, names: list[MentionRef], roots: list[Token], doc: Doc, refs: dict) -> bool:
    """"Kraków, Warsaw and Wrocław", "Coffeyville, KS": a name listed with places, or a place's appositive, is one.

    At least half the name mentions must stand in a list with two places the model
    labels as such, or in apposition after one, and none beside a person or
    organization ("the United Nations and the United States" stays). A place in apposition after the name
    says where it is ("Durham University, United Kingdom"), not what.
    """
    beside_places = 0
    for m, root in zip(names, roots):
        partners = [x for x in conjuncts(root) if not (m.start <= x.i < m.end)]
        if root.dep_ == "appos":
            partners.append(root.head)
        if any(refs.get(x.i) not in (None, c) and refs[x.i].mentions or x.ent_type_ in _SOMEONE for x in partners):
            return False
        places = [x for x in partners if _a_place(x) and x.i not in refs]
        if (len(places) >= 2 or root.dep_ == "appos" and places) and not (
            _cited(doc, m.end) or any(_cited(doc, x.i + 1) for x in places)
        ):
            beside_places += 1  # not "(Hartsell-Gundy et al., 2015; Mulligan, 2016)": authors, whatever the label
    return beside_places > 0 and 2 * beside_places >= len(names)


def _cited(doc: Doc, i: int) -> bool:
    """An author of a citation ends at `i`: "et al." or a year follows ("Mulligan, 2016", "Gass 1997")."""
    after = [t for t in doc[i : i + 3] if t.text not in (",", "(")]
    return bool(after) and (after[0].lower_ == "et" or after[0].text.isdigit() and len(after[0].text) == 4)


def names_places(root: Token, w: ThingWords) -> bool:
    """"Barracuda and Kayangan lakes", "the Thissio and Pláka districts": coordinated names before a plural place noun.

    Coordinated only: one name before a plural is as often a people's or a maker's ("Sassanid palaces").
    """
    if root.dep_ == "conj":
        root = root.head
    elif not any(x.dep_ == "conj" for x in root.children):
        return False
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.tag_ != "NNS" or head.i < root.i:
        return False
    lemma = head.lemma_.lower()
    return lemma in w.things and lemma not in w.works


def _a_place(token: Token) -> bool:
    """A capitalized proper noun the model labels a place (not the "al." of "et al.")."""
    return token.ent_type_ in _PLACE_ENTITIES and token.pos_ == "PROPN" and token.text[:1].isupper()


def used_as_place(c: Cluster, doc: Doc, w: ThingWords) -> bool:
    """A "person" mostly after "the" or a place's preposition, or described as a place, more than as someone.

    "Fort Lee is a city … the first town … to Fort Lee", with one stray "he".
    """
    thing = person = 0
    for m in c.mentions:
        root = doc[m.end - 1]
        if m.kind == "description":
            lemma = root.lemma_.lower()
            person += 2 * (lemma in w.described)
            thing += 2 * (lemma in w.things and lemma not in w.described)
        elif m.kind == "pronoun":
            person += root.lower_ in PERSON_PRONOUNS
        elif m.kind in NAME_KINDS:
            thing += spatial_object(root, PLACE_PREPOSITIONS) + (m.start > 0 and doc[m.start - 1].lower_ == "the")
    return thing >= _THING_VOTES and thing > _THING_RATIO * person


def spatial_object(root: Token, spatial) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in spatial


def gazetteer_place(c: Cluster, roots: list[Token], w: ThingWords) -> bool:
    """"command at Kiev", "Lukas, from Dundee,", "Peoria, Glendale and Chandler": a town's name (`places.txt`) where a
    place stands, at least once.

    Called only for a cluster with no person's evidence (no he/she, honorific or speech). Many surnames and firms
    are towns ("Chandler", "Toyota"), so the name alone is not enough, and never a usual first name for a
    "person" ("Gilbert"); for an "organization" not "a stake in Toyota": a noun's "in" says nothing of a place.
    """
    name = c.name.removeprefix("the ").lower()
    if name not in w.towns or c.label == "PERSON" and name.split()[0] in w.first_names:
        return False
    if not any(_where_a_place_stands(r, c.label, w) for r in roots):
        return False
    return not _opens_an_organizations_name(c.name_tokens[-1:] or c.name.split()[-1:], roots[0].doc, w)


def a_towns_region(names: list[MentionRef], roots: list[Token], w: ThingWords) -> bool:
    """"born in Exeter, Devon": a name in apposition right after a town's name (`places.txt`) or a country's is
    the region the town is in, when every name mention stands so and the town, once at least, where a place stands.

    Counties, islands and provinces are not in the gazetteer; their town before them says what they are. Called
    only for a cluster with no person's evidence, so "in Tokyo, Suzuki said" (a subject, not an appositive) stays.
    """
    for m, root in zip(names, roots):
        town = root.head
        if root.dep_ != "appos" or town.i != m.start - 2 or town.nbor(1).text != "," or town.pos_ != "PROPN":
            return False
        if town.lower_ not in w.towns and town.lower_ not in w.countries:
            return False
    return any(_where_a_place_stands(r.head, "PERSON", w) for r in roots)


def after_a_places_noun(root: Token, w: ThingWords) -> bool:
    """"the islands La Désirade, Petite Terre, Les Saintes", "the town Rudkøbing": a name (or a list of names) in
    apposition right after a lower-case place's noun (`coref/place_nouns.txt`), or that noun a compound before it.

    Or what the name's neighbours say of a place ("(IATA: PHX)", "the State of Hawaiʻi", "Eau Gallie, Fla."):
    `place_names.a_places_name`.
    """
    return _after_a_lower_place_noun(root, w) or a_places_name(root, w.refs, w.org_words)


def _after_a_lower_place_noun(root: Token, w: ThingWords) -> bool:
    first = first_conjunct(root)
    for _ in range(4):  # "the islands La Désirade, Petite Terre": the second in apposition to the first
        if first.dep_ != "appos" or first.head.pos_ != "PROPN" or first.head.i > first.i:
            break
        first = first_conjunct(first.head)
    near = [first.head] if first.dep_ == "appos" and first.head.i < first.i else []
    near += [x for x in root.children if x.dep_ == "compound" and x.i < root.i]
    return any(t.pos_ == "NOUN" and t.text.islower() and t.lemma_.lower() in w.place_nouns for t in near)


def _opens_an_organizations_name(last: tuple | list, doc: Doc, w: ThingWords) -> bool:
    """"sent to Harrow … Harrow School", "Dundee United": the article names an organization for the town."""
    if not last:
        return False
    lower, strings = scan.column(doc, LOWER), doc.vocab.strings
    at = (doc.to_array(ORTH) == strings[last[0]]).nonzero()[0]  # a candidate is rare: read only then
    return any(i + 1 < len(lower) and strings[lower[i + 1]] in w.org_words for i in at.tolist())


def _where_a_place_stands(root: Token, label: str, w: ThingWords) -> bool:
    first = first_conjunct(root)
    if first.dep_ == "pobj" and (_a_places_preposition(first.head, label, w) or _a_big_towns_preposition(first, root)):
        return True
    if any(x is not root and _a_place_name(x, w) and (x.lower_ in w.towns or x.lower_ in w.countries) for x in conjuncts(root)):
        return True  # "Peoria, Glendale and Chandler", not "Pratt and Whitney" (Pratt is too small a town)
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and (w.heads.get(root.head.lower_) or ("",))[0] == "place":
        return True  # "at Cancun airport"
    if root.dep_ == "appos" and _a_place_name(root.head, w):
        return True  # "Exeter, Devon"
    return any(x.dep_ == "appos" and x.i > root.i and _a_place_name(x, w) for x in root.children)  # "Napier, New Zealand"


def _a_places_preposition(preposition: Token, label: str, w: ThingWords) -> bool:
    """"born in", "Lukas, from Dundee", "flights to": not "a stake in", "shares in" (a noun's "in").

    For an "organization" "to", "from" and "at" only after a travel word or a proper noun: a firm is
    "sold to" and "bought from"; and no verb's object before the preposition: "bought a stake in Toyota".
    """
    word, head = preposition.lower_, preposition.head
    if word not in PLACE_PREPOSITIONS or head.pos_ == "NOUN" and head.lemma_.lower() not in w.travel:
        return False
    if label != "ORG" or head.pos_ == "PROPN" or head.lemma_.lower() in w.travel:
        return True
    return word in SPATIAL["ORG"] and not any(x.dep_ == "dobj" and x.i < preposition.i for x in head.children)


def _a_big_towns_preposition(first: Token, root: Token) -> bool:
    """"the high command at Kiev", "a plant near Osaka": a noun's "at", "in" or "near" takes a town of a million
    (`coref/big_towns.txt`) as a place; a smaller town's name is as often a firm's ("production at Toyota")."""
    return first.head.lower_ in _BIG_TOWNS_PREPOSITIONS and root.lower_ in lexicon.words("coref/big_towns.txt")


def _a_place_name(token: Token, w: ThingWords) -> bool:
    """A proper noun the model labels a place, or a country's name (not a person's or a firm's)."""
    if token.ent_type_ in _SOMEONE or w.refs.get(token.i) is not None and w.refs[token.i].mentions:
        return False
    return _a_place(token) or token.pos_ == "PROPN" and token.lower_ in w.countries
