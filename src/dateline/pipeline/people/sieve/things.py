"""Clusters the cluster's own evidence calls a place, a work or an idea, dropped.

The small model labels towns, films and terms PERSON or ORG; what the
text says around the cluster's mentions tells them apart: the head word of the
name ("Carnegie Hall"), a work noun beside it ("the film Cry Wolf"), the
nouns that describe it ("Mérida is the capital"), prepositions before it ("in
Mallorca"), an acronym spelled out in lower case ("sea surface temperature (SST)"). A
cluster with a person's evidence (he/she/who, an honorific, the subject of a
speech verb) is always kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IS_LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster, MentionRef

_NAME_KINDS = frozenset({"full", "single", "surname", "first", "possessive", "name"})


_SPATIAL = {  # prepositions whose object is a place; a person is rarely "in" or "across" anyone
    "ORG": frozenset("in into near through across around throughout outside inside within via along "
                     "toward towards beyond past off".split()),
    "PERSON": frozenset("in into near across around throughout outside inside within via along beyond off".split()),
}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_THING_LABELS = _PLACE_LABELS | frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_PLACE_VOTES = 3  # thing labels needed, and their ratio to PERSON labels, to overrule a cluster's PERSON
_PERSON_PRONOUNS = frozenset("he him his himself she her hers herself who whom whose".split())


@dataclass(frozen=True, slots=True)
class _Words:
    heads: dict  # thing_name_heads.tsv
    works: frozenset[str]
    things: frozenset[str]  # thing_nouns.txt, work nouns, place heads (a role noun among them counts as a role)
    org_words: frozenset[str]
    described: frozenset[str]  # role, kin and organization nouns: a description of someone
    titles: dict
    speech: frozenset[str]
    events: frozenset[str]  # verbs whose subject is an event ("WrestleMania happened")
    travel: frozenset[str]  # words whose place preposition takes a place ("born at", "flights via")
    place_prefixes: frozenset[str]  # words that open a place's name ("River Ouse")
    refs: dict  # token index -> cluster, to tell a coordinated person from a place
    first_names: frozenset[str] = frozenset()  # usual first names (lower case): "Rose" is someone's
    countries: frozenset[str] = frozenset()  # countries, US states, continents (lower case)
    lower_words: list = field(default_factory=list)  # the article's lower-case words (ORTH ids), read once when first asked for


def drop_things(
    people: list[Cluster], orgs: list[Cluster], doc: Doc, refs: dict[int, Cluster], *,
    titles, speech, described=frozenset(),
) -> None:
    """Drop the clusters the cluster's evidence calls a place, a work or an idea.

    A name headed by a place or event word ("Carnegie Hall", "Teen Choice
    Awards"); a name beside a work noun ("his novel Childish Recollections");
    a cluster described by a thing's noun and by no role, kin or organization
    noun ("Mérida is the capital"); a name that is only ever the object of a
    spatial preposition ("in Mallorca"), for an organization without an
    organization's word in its name, for a person when it is one word; an
    acronym spelled out in lower case. Kept whenever the cluster has a person's evidence
    (he/she/who, an honorific, the subject of a speech verb) or an
    organization speaks. described: the role, kin and organization nouns.
    """
    heads, works, things, org_words, events, travel, prefixes, first_names, countries = _word_lists()
    words = _Words(heads, works, things, org_words, described, titles, speech, events, travel, prefixes, refs, first_names,
                   countries)
    for pool in (people, orgs):
        kept = []
        for c in pool:
            if c.mentions and _a_thing(c, doc, words):
                for m in c.mentions:
                    for i in range(m.start, m.end):
                        if refs.get(i) is c:
                            del refs[i]
                c.mentions = []
            else:
                kept.append(c)
        pool[:] = kept


@lru_cache(maxsize=1)
def _word_lists() -> tuple:
    """The data files' words, read and combined once (not per article)."""
    heads = lexicon.table("coref/thing_name_heads.tsv")
    works = lexicon.words("coref/work_nouns.txt")
    places = frozenset(k for k, v in heads.items() if v[:1] == ("place",))
    things = lexicon.words("coref/thing_nouns.txt") | works | places
    org_words = lexicon.words("organization_nouns.txt") | lexicon.words("coref/organization_name_words.txt")
    org_words |= lexicon.words("coref/organization_heads.txt")  # the heads untagged_orgs.py reads ("Cuban Consulate")
    travel, prefixes = lexicon.words("coref/travel_words.txt"), lexicon.words("coref/place_prefixes.txt")
    first_names = frozenset(lexicon.lower_table("coref/first_names.tsv"))
    countries = lexicon.words("coref/countries.txt")
    return (heads, works, things, org_words, lexicon.words("coref/event_verbs.txt"), travel, prefixes, first_names,
            countries)


def _a_thing(c: Cluster, doc: Doc, w: _Words) -> bool:
    names = [m for m in c.mentions if m.kind in _NAME_KINDS]
    if not names:
        return False
    evidence = _evidence(c, doc, w.titles, w.speech)
    if evidence:
        # a stray "he" is outvoted only where the cluster is used as a place many times over
        return evidence == _PRONOUN_ONLY and c.label == "PERSON" and _used_as_place(c, doc, w)
    if all(m.text.endswith("-") for m in names):
        return True  # "Shobha-": a word broken off in speech
    roots = [doc[m.end - 1] for m in names]  # made once: a Token per access is what these checks cost
    if _named_as_a_thing(c, roots, w) or _described_as_thing(c, doc, w):
        return True
    if _happens(roots, w.events) or c.label == "ORG" and _a_persons_work(c, roots, w.refs):
        return True
    if _a_country(c, w):
        return True
    if all(_names_places(r, w) for r in roots):
        return True
    if c.label == "PERSON" and (_called_a_thing(names, doc) or _used_as_place(c, doc, w)):
        return True
    if _plural_acronym(c.name) or c.label == "PERSON" and _has_digit(c.name) or c.label == "ORG" and _a_code(c.name):
        return True
    if _a_common_word(c, names, doc, w):
        return True
    if c.label == "ORG" and _used_as_a_term(c.name, names, roots, doc):
        return True
    words = c.name.replace("-", " ").split()
    if c.label == "ORG" and (c.name.isupper() or _has_organization_word(c.name, w.org_words)):
        return False
    if _travelled_to(roots, w.travel) or _named_for_a_place(words, w.place_prefixes):
        return True
    if any(_an_example_of_things(r, w.things) for r in roots):
        return True
    if c.label == "ORG" and (_among_places(c, names, roots, doc, w.refs) or _mostly_where(roots, w)):
        return True  # people listed with places: even (train), so organizations only
    if c.label == "PERSON" and (len(words) > 1 or any(m.kind == "description" for m in c.mentions)):
        return False
    spatial = _SPATIAL[c.label]
    if all(_spatial_object(r, spatial) or _of_a_place(r, w) for r in roots):
        return True
    # "to London then to Mallorca … our stay in Mallorca": "to", "from", "at" too, once one is "in"; for an
    # organization also the object of "visit" or "reach" ("took place in Olympia … to visit Olympia")
    visited = w.travel if c.label == "ORG" else frozenset()
    return any(_spatial_object(r, spatial) for r in roots) and all(
        _spatial_object(r, _PLACE_PREPOSITIONS) or _travelled_object(r, visited) for r in roots
    )


def _travelled_object(root: Token, travel) -> bool:
    """"visit Olympia", "reach Hadibo": the direct object of a travel word."""
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in travel


def _travelled_to(roots: list[Token], travel) -> bool:
    """"born at Stridon", "flights via Al Mukalla", "10 km from Hadibo": where one travels, lives or lies.

    Every name mention the object of a place's preposition, one of them after a travel word.
    """
    firsts = [_first_conjunct(r) for r in roots]  # "at the airport and Hadibo"
    if not all(_spatial_object(r, _PLACE_PREPOSITIONS | {"between", "via"}) for r in firsts):
        return False
    return any(_after_travel(r.head, travel) for r in firsts)


def _a_country(c: Cluster, w: _Words) -> bool:
    """"the United States", "Liechtenstein": a country's, a US state's or a continent's name (`countries.txt`).

    Called only for a cluster with no person's evidence, so "the United States said" stays. Not a usual first
    name for a "person" ("Georgia", "Jordan"). Cities are not listed: too many people and teams share their names.
    """
    name = c.name.removeprefix("the ").removeprefix("The ").lower()
    return name in w.countries and not (c.label == "PERSON" and name in w.first_names)


def _first_conjunct(root: Token) -> Token:
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


def _after_travel(preposition: Token, travel) -> bool:
    word = preposition.head
    if word.lower_ == "born" and preposition.lower_ == "to":
        return False  # "born … to Gerald and Sherri Padalecki": the parents
    return word.lemma_.lower() in travel or word.lower_ in travel


def _an_example_of_things(root: Token, things) -> bool:
    """"cities like Kraków", "towns such as Jenks, Sapulpa and Broken Arrow": an example of a thing's plural noun."""
    first = _first_conjunct(root)
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ not in lexicon.words("coref/example_words.txt"):
        return False
    noun = preposition.head
    if preposition.lower_ == "as":  # "such as": the noun is before "such"
        such = preposition.doc[preposition.i - 1] if preposition.i else None
        if such is None or such.lower_ != "such":
            return False
        noun = such.head if such.head.pos_ == "NOUN" else noun
    return noun.tag_ == "NNS" and noun.lemma_.lower() in things


def _named_for_a_place(words: list[str], prefixes) -> bool:
    """"River Ouse", "County Durham", "Mount Kenya": a place's word opening a two-word name."""
    return len(words) == 2 and words[0].lower().rstrip(".") in prefixes and words[1][:1].isupper()


_WHERE_VOTES, _WHERE_SHARE = 3, 0.75


def _mostly_where(roots: list[Token], w: _Words) -> bool:
    """"the capital of Guadeloupe … the eastern point of Guadeloupe … Guadeloupe's economy": an "organization"
    named three times or more as where things are, in three of its four name mentions at least."""
    where = sum(_spatial_object(r, _PLACE_PREPOSITIONS) or _of_a_place(r, w) for r in roots)
    return where >= _WHERE_VOTES and where >= _WHERE_SHARE * len(roots)


def _of_a_place(root: Token, w: _Words) -> bool:
    """"the hills of Tinimavet", "the capital of Guadeloupe": the object of "of" after a place's noun."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "of" or preposition.head.pos_ != "NOUN":
        return False
    lemma = preposition.head.lemma_.lower()
    return (w.heads.get(lemma) or ("",))[0] == "place" or lemma in w.things and lemma not in w.works


def _named_as_a_thing(c: Cluster, roots: list[Token], w: _Words) -> bool:
    """The name's head word ("Carnegie Hall", "Clinical Psychology"), a work noun beside it, a vehicle's word in it."""
    row = w.heads.get(_head_word(c.name))
    if row is not None and (c.label == "ORG" or not (row[1:] and row[1] == "surname")):
        if not (row[:1] == ("field",) and _has_organization_word(c.name, w.org_words)):
            return True
    if row is not None and row[:1] == ("place",) and _a_place_not_a_surname(c.name, roots):
        return True
    if any(_beside_work_noun(r, w.works) for r in roots):
        return True
    return c.label == "PERSON" and _named_for_a_thing(c.name, w.heads)


def _a_place_not_a_surname(name: str, roots: list[Token]) -> bool:
    """"at Mill Lane", "on Church Street": a head that is also a surname ("Nathan Lane"), a place when the word
    before it is no known first name and the name is where something is, at least once."""
    words = name.split()
    if len(words) != 2 or words[0].lower() in lexicon.lower_table("coref/first_names.tsv"):
        return False
    return any(_spatial_object(r, _PLACE_PREPOSITIONS | {"on"}) for r in roots)


def _happens(roots: list[Token], verbs) -> bool:
    """"WrestleMania happened", "the festival took place": the subject of an event's verb is an event.

    Not "Smith happened to be there" (the verb with a complement of its own).
    """
    for root in roots:
        verb = root.head
        if root.dep_ != "nsubj" or any(x.dep_ == "xcomp" for x in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if lemma in verbs or lemma == "take" and any(
            x.dep_ == "dobj" and x.lower_ == "place" and not list(x.children) for x in verb.children  # not "took his place"
        ):
            return True
    return False


_PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def _among_places(c: Cluster, names: list[MentionRef], roots: list[Token], doc: Doc, refs: dict) -> bool:
    """"Kraków, Warsaw and Wrocław", "Coffeyville, KS": a name listed with places, or a place's appositive, is one.

    At least half the name mentions must stand in a list with two places the model
    labels as such, or in apposition after one, and none beside a person or
    organization ("the United Nations and the United States" stays). A place in apposition after the name
    says where it is ("Durham University, United Kingdom"), not what.
    """
    beside_places = 0
    for m, root in zip(names, roots):
        partners = [x for x in _conjuncts(root) if not (m.start <= x.i < m.end)]
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


_SOMEONE = frozenset({"PERSON", "ORG", "NORP"})


def _conjuncts(root: Token) -> list[Token]:
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


def _cited(doc: Doc, i: int) -> bool:
    """An author of a citation ends at `i`: "et al." or a year follows ("Mulligan, 2016", "Gass 1997")."""
    after = [t for t in doc[i : i + 3] if t.text not in (",", "(")]
    return bool(after) and (after[0].lower_ == "et" or after[0].text.isdigit() and len(after[0].text) == 4)


def _names_places(root: Token, w: _Words) -> bool:
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


def _a_persons_work(c: Cluster, roots: list[Token], refs: dict) -> bool:
    """"Evelyn Waugh's Brideshead Revisited", "Jean Anouilh's Antigone": a name a named person owns is a work.

    Every name mention must be owned so ("his Antigone" is not enough).
    """
    for root in roots:
        owner = next((x for x in root.children if x.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN":
            return False
        other = refs.get(owner.i)
        if other is None or other is c or other.label != "PERSON":
            return False
    return True


def _used_as_a_term(name: str, names: list[MentionRef], roots: list[Token], doc: Doc) -> bool:
    """An acronym spelled out in lower case or counted like a noun, or a name only ever given after "as"."""
    if _spelled_out_in_lower_case(doc, names[0]) or _counted_like_a_noun(name, names, doc):
        return True
    return all(_named_as(r) for r in roots)


def _has_organization_word(name: str, org_words) -> bool:
    return any(x.lower().rstrip(".") in org_words for x in name.replace("-", " ").split())


def _named_for_a_thing(name: str, heads) -> bool:
    """"Space Shuttle Columbia", "Hurricane Katrina": a vehicle's or a storm's word before the name."""
    return any((heads.get(word.lower()) or ("",))[0] in ("vehicle", "event") for word in name.split()[:-1])


def _description_heads(c: Cluster, doc: Doc) -> list[str]:
    return [doc[m.end - 1].lemma_.lower() for m in c.mentions if m.kind == "description"]


def _described_as_thing(c: Cluster, doc: Doc, w: _Words) -> bool:
    """"Lao, a Tai-Kadai language", "Mérida is the capital": a thing's noun, and none of a person or organization."""
    heads = _description_heads(c, doc)
    return any(h in w.things for h in heads) and not any(h in w.described for h in heads)


_THING_VOTES, _THING_RATIO = 4, 3  # a "person" used as a place this often, and this many times more than as a person
_PLACE_PREPOSITIONS = _SPATIAL["PERSON"] | frozenset("to from at through toward towards".split())


def _used_as_place(c: Cluster, doc: Doc, w: _Words) -> bool:
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
            person += root.lower_ in _PERSON_PRONOUNS
        elif m.kind in _NAME_KINDS:
            thing += _spatial_object(root, _PLACE_PREPOSITIONS) + (m.start > 0 and doc[m.start - 1].lower_ == "the")
    return thing >= _THING_VOTES and thing > _THING_RATIO * person


def _named_as(root: Token) -> bool:
    """"known as Esfahan", "the rank of Oberst … as Oberst": a name given as what something is called.

    Not "companies such as Apple", a list of examples.
    """
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "as":
        return False
    return preposition.i == 0 or preposition.doc[preposition.i - 1].lower_ != "such"


_COUNTING = frozenset("a an every each any another such my your our their".split())


def _counted_like_a_noun(name: str, names: list[MentionRef], doc: Doc) -> bool:
    """"25 CUC", "every LLM", "an AI developed by": an acronym counted or owned as a common noun is a term or a unit.

    The determiner must be the acronym's own, not that of a noun it modifies ("a BBC reporter").
    """
    if not (name.rstrip("s").isupper() and name.isalpha()):
        return False
    counted = 0
    for m in names:
        if m.start == 0:
            continue
        before = doc[m.start - 1]
        counted += before.like_num and before.text[:1].isdigit() or (
            before.lower_ in _COUNTING and doc[m.end - 1].dep_ != "compound"
        )
    return 2 * counted >= len(names)


def _spelled_out_in_lower_case(doc: Doc, first: MentionRef) -> bool:
    """"sea surface temperature (SST)": an acronym introduced for lower-case words is a term, not a name.

    The introduction may be anywhere in the article, also where the model tagged nothing.
    """
    acronym = first.text[:-1] if first.text.endswith("s") else first.text
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return False
    return any(_introduced(doc, t.i, acronym) for t in scan.tokens(doc, texts=(first.text,)))


def _introduced(doc: Doc, i: int, acronym: str) -> bool:
    if i < 2 or doc[i - 1].text != "(":
        return False
    words = [t for t in doc[max(0, i - 1 - 2 * len(acronym)) : i - 1] if t.is_alpha]
    words = words[-len(acronym):]
    return (
        len(words) == len(acronym)
        and all(t.text.islower() for t in words)
        and "".join(t.text[0] for t in words).upper() == acronym
    )


def _called_a_thing(names: list[MentionRef], doc: Doc) -> bool:
    """The model labels most of a "person"'s mentions a place or a thing ("Tulsa", "Skittles"), against one or two PERSON.

    Not for organizations: the model labels "Kennedy Space Center" a facility as often as not.
    """
    labels = [doc[m.start].ent_type_ for m in names]
    things = sum(label in _THING_LABELS for label in labels)
    return things >= _PLACE_VOTES and things >= _PLACE_VOTES * labels.count("PERSON")


_CODE = re.compile(r"[A-FH-Z][A-Z]?-\d{1,3}\Z")


def _a_code(name: str) -> bool:
    """"M-1", "A-3", "XJ-6": a letter or two, a hyphen and a number is a money supply, a rating or a model.

    Not "G-7", "G-24": a group of countries. Not without the hyphen: "O2", "TF1", "M6", "MI5", "U2" are companies,
    channels, a service and a band as often as "A59" is a road.
    """
    return bool(_CODE.match(name))


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)\Z")


def _has_digit(name: str) -> bool:
    """"Appendix S1", "7 Ālī Qāpū": no person's name has a digit (regnal numbers are Roman).

    An ordinal is a title's ("2nd Earl of Clare"), not a digit in the name.
    """
    return any(ch.isdigit() for word in name.split() if not _ORDINAL.match(word) for ch in word)


def _a_common_word(c: Cluster, names: list[MentionRef], doc: Doc, w: _Words) -> bool:
    """"Skittles", "Shorts are…", "Quinoa": a one-word name the article also writes in lower case is a common noun.

    Capitalized at a sentence's start or in a list, the model takes it for a name. Not an organization's
    word ("Court", "Church"), not a usual first name ("Rose", "Hope"), never after "the" ("the House").
    """
    name = c.name
    if not name.isalpha() or name.isupper() or not name[:1].isupper():
        return False
    word = name.lower()
    if word in w.first_names or word in w.org_words or word.rstrip("s") in w.org_words:
        return False
    if any(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in names):
        return False
    if not w.lower_words:  # from the Doc's arrays: a Token for every word cost more than the rest of the pass
        lower = scan.column(doc, IS_LOWER)
        w.lower_words.append(frozenset(o for o, low in zip(scan.column(doc, ORTH), lower) if low))
    forms = {word, word + "s", word + "es", word[:-1] if word.endswith("s") else word}
    return any(get_string_id(f) in w.lower_words[0] for f in forms)


def _plural_acronym(name: str) -> bool:
    """"CFLs", "LLMs", "L2s": the plural of an acronym names a kind of thing, not someone."""
    return len(name) > 2 and name.endswith("s") and name[:-1].isupper() and name[:-1].isalnum()


_PRONOUN_ONLY, _STRONG = 1, 2


def _evidence(c: Cluster, doc: Doc, titles, speech) -> int:
    """A person's evidence in the cluster: 0 none, _PRONOUN_ONLY a he/she/who, _STRONG an honorific or speech.

    The speaker is the active subject of a speech verb: "Łódź is jokingly referred to as" is spoken of.
    """
    found = 0
    for m in c.mentions:
        if m.kind == "pronoun" and m.text.lower() in _PERSON_PRONOUNS:
            found = _PRONOUN_ONLY
            continue
        if m.kind == "description":
            continue  # "The legend says": a description is no evidence of the name's type
        root = doc[m.end - 1]  # not made for he/she: most of a big cluster's mentions are pronouns
        if m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in titles and doc[m.start].text[:1].isupper():
            return _STRONG
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in speech:
            return _STRONG
    return found


def _head_word(name: str) -> str:
    """The last word of a name, or the one before "of" ("Museum of Modern Art")."""
    words = name.replace("’s", " ").replace("'s", " ").split()
    for joiner in ("of", "for"):  # "Museum of Modern Art", "Award for Best Actress"
        if joiner in words[1:]:
            words = words[: words.index(joiner, 1)]
    return words[-1].lower().rstrip(".") if words else ""


def _beside_work_noun(root: Token, works) -> bool:
    """"the film Cry Wolf", "his first collection, Childish Recollections", "Childish Recollections, a poem"."""
    near = [root.head] if root.dep_ == "appos" else []
    near += [c for c in root.children if c.dep_ in ("compound", "appos")]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in works for t in near)


def _spatial_object(root: Token, spatial) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in spatial
