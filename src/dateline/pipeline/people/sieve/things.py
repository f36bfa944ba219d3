"""Clusters the cluster's own evidence calls a place, a work or an idea, dropped.

The small model labels towns, films and terms PERSON or ORG; what the
text says around the cluster's mentions tells them apart: the head word of the
name ("Carnegie Hall"), a work noun beside it ("the film Cry Wolf"), the
nouns that describe it ("Mérida is the capital"), prepositions before it ("in
Mallorca"), an acronym spelled out in lower case ("sea surface temperature (SST)"). A
cluster with a person's evidence (he/she/who, an honorific, the subject of a
speech verb) is always kept. Where a name is used as a place is `place_evidence`; what its
letters say, `name_shapes`; the word lists, `thing_words`.
"""

from __future__ import annotations

from spacy.attrs import DEP, IS_LOWER, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import NAME_KINDS, Cluster, MentionRef
from .name_shapes import (
    a_code, a_road, a_state_after_a_town, counted_like_a_noun, has_digit, has_organization_word, head_word,
    named_for_a_thing, plural_acronym, spelled_out_as_a_thing, spelled_out_in_lower_case,
)
from .place_evidence import (
    PLACE_PREPOSITIONS, SPATIAL, a_place_not_a_surname, a_towns_region, after_a_places_noun, among_places,
    first_conjunct, gazetteer_place, mostly_where, named_for_a_place, names_places, of_a_place, spatial_object,
    travelled_object, travelled_to, used_as_place,
)
from .thing_words import PERSON_PRONOUNS, ThingWords
from .title_pieces import a_persons_noun, a_titles_common_noun
from .works import a_title, named_by_a_things_noun

_NSUBJ = get_string_id("nsubj")  # a dependency label's value in the arrays

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_THING_LABELS = _PLACE_LABELS | frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_PLACE_VOTES = 3  # thing labels needed, and their ratio to PERSON labels, to overrule a cluster's PERSON
_PRONOUN_ONLY, _STRONG = 1, 2


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
    words = ThingWords.for_article(described=described, titles=titles, speech=speech, refs=refs)
    for pool in (people, orgs):
        kept = []
        for c in pool:
            if c.mentions and _a_thing(c, doc, words):
                forget(c, refs)
            else:
                kept.append(c)
        pool[:] = kept


def forget(c: Cluster, refs: dict) -> None:
    """Take the cluster's mentions out of `refs` and empty it (`renumber` then leaves it out)."""
    for m in c.mentions:
        for i in range(m.start, m.end):
            if refs.get(i) is c:
                del refs[i]
    c.mentions = []


def _a_thing(c: Cluster, doc: Doc, w: ThingWords) -> bool:
    names = [m for m in c.mentions if m.kind in NAME_KINDS]
    if not names:
        return False
    evidence = _evidence(c, doc, w.titles, w.speech)
    titled_noun = evidence != _PRONOUN_ONLY and a_titles_common_noun(c, names, doc, w)  # a he/she keeps it anyway
    if evidence == _STRONG and (titled_noun or _headed_by_a_place(c.name, w)):
        # "Sheikh Lotf Allah Mosque", "St Mary's Church": a title before a place's name is its namesake's;
        # "General Delivery", "Star Trek": before common nouns, a title's word is no one's title
        evidence = _evidence(c, doc, {}, w.speech)
    if evidence:
        # a stray "he" is outvoted only where the cluster is used as a place many times over
        # or where only a thing's nouns describe it ("Sonia, our golden retriever … her")
        # or that is named as a plan or a made thing is ("the plan known as Brexit … she said": not Brexit's "she")
        return evidence == _PRONOUN_ONLY and (c.label == "PERSON" and used_as_place(c, doc, w)
                                              or _described_as_thing(c, doc, w) or named_by_a_things_noun(names, doc, w))
    if titled_noun or all(m.text.endswith("-") for m in names):
        return True  # "General Delivery" with no he/she; "Shobha-": a word broken off in speech
    roots = [doc[m.end - 1] for m in names]  # made once: a Token per access is what these checks cost
    if _named_as_a_thing(c, roots, w) or _described_as_thing(c, doc, w):
        return True
    if _happens(roots, w.events) or c.label == "ORG" and _a_persons_work(c, roots, w.refs):
        return True
    if a_title(c, names, roots, doc, w):
        return True
    if _a_country(c, w) or (gazetteer_place(c, roots, w) or a_towns_region(names, roots, w)) and not (
        _an_organizations_name(c, w)
    ):
        return True
    if all(names_places(r, w) for r in roots) or any(after_a_places_noun(r, w) for r in roots):
        return True
    if c.label == "PERSON" and (_called_a_thing(names, doc) or used_as_place(c, doc, w)):
        return True
    if plural_acronym(c.name) or c.label == "PERSON" and has_digit(c.name) or c.label == "ORG" and a_code(c.name):
        return True
    if c.label == "ORG" and (a_road(c.name, names, doc) or a_state_after_a_town(c.name, names, doc, w.towns)):
        return True
    if _a_common_word(c, names, doc, w):
        return True
    if c.label == "PERSON" and not c.group and a_persons_noun(c.name, names, doc, w):
        return True  # "a converted Jew"
    if c.label == "ORG" and _used_as_a_term(c.name, names, roots, doc, w):
        return True
    words = c.name.replace("-", " ").split()
    if c.label == "ORG" and (c.name.isupper() or has_organization_word(c.name, w.org_words)):
        return False
    if travelled_to(roots, w.travel) or named_for_a_place(words, w.place_prefixes):
        return True
    if any(_an_example_of_things(r, w.things) for r in roots):
        return True
    if c.label == "ORG" and (among_places(c, names, roots, doc, w.refs) or mostly_where(roots, w)):
        return True  # people listed with places: even (train), so organizations only
    if c.label == "PERSON" and (len(words) > 1 or any(m.kind == "description" for m in c.mentions)):
        return False
    spatial = SPATIAL[c.label]
    if all(spatial_object(r, spatial) or of_a_place(r, w) for r in roots):
        return True
    # "to London then to Mallorca … our stay in Mallorca": "to", "from", "at" too, once one is "in"; for an
    # organization also the object of "visit" or "reach" ("took place in Olympia … to visit Olympia")
    visited = w.travel if c.label == "ORG" else frozenset()
    return any(spatial_object(r, spatial) for r in roots) and all(
        spatial_object(r, PLACE_PREPOSITIONS) or travelled_object(r, visited) for r in roots
    )


def _a_country(c: Cluster, w: ThingWords) -> bool:
    """"the United States", "Liechtenstein": a country's, a US state's or a continent's name (`countries.txt`).

    Called only for a cluster with no person's evidence, so "the United States said" stays. Not a usual first
    name for a "person" ("Georgia", "Jordan"). Cities are not listed: too many people and teams share their names.
    """
    name = c.name.removeprefix("the ").removeprefix("The ").lower()
    return name in w.countries and not (c.label == "PERSON" and name in w.first_names)


def _an_organizations_name(c: Cluster, w: ThingWords) -> bool:
    """"IBM", "Dundee United": an acronym, or a name with an organization's word, is no town."""
    return c.label == "ORG" and (c.name.isupper() or has_organization_word(c.name, w.org_words))


def _an_example_of_things(root: Token, things) -> bool:
    """"cities like Kraków", "towns such as Jenks, Sapulpa and Broken Arrow": an example of a thing's plural noun."""
    first = first_conjunct(root)
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


def _named_as_a_thing(c: Cluster, roots: list[Token], w: ThingWords) -> bool:
    """The name's head word ("Carnegie Hall", "Clinical Psychology"), a work noun beside it, a vehicle's word in it."""
    row = w.heads.get(head_word(c.name))
    if row is not None and row[:1] == ("building",):
        return _a_building(c.name, w) and not any(x.dep_ == "poss" for r in roots for x in r.children)
    if row is not None and (c.label == "ORG" or not (row[1:] and row[1] == "surname")):
        if not (row[:1] == ("field",) and has_organization_word(c.name, w.org_words)):
            return True
    if row is not None and row[:1] == ("place",) and a_place_not_a_surname(c.name, roots, w.first_names):
        return True
    if any(_beside_work_noun(r, w.works) for r in roots):
        return True
    return c.label == "PERSON" and named_for_a_thing(c.name, w.heads)


def _headed_by_a_place(name: str, w: ThingWords) -> bool:
    """A name of two words or more whose head is a place's word that is no surname ("Mosque", not "Hall")."""
    row = w.heads.get(head_word(name))
    return " " in name and row is not None and row[:1] == ("place",) and row[1:2] != ("surname",)


def _a_building(name: str, w: ThingWords) -> bool:
    """"Wolstein Center", "Community Center": a building's word last, after no word of an institution's work.

    The caller leaves out a centre someone owns ("its Newport Beach Art Supply Center"): a firm's business.
    """
    words = name.lower().split()
    return len(words) > 1 and words[-1] in w.heads and not any(x in w.institution_words for x in words)


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


def _used_as_a_term(name: str, names: list[MentionRef], roots: list[Token], doc: Doc, w: ThingWords) -> bool:
    """An acronym spelled out in lower case, or for a thing's name ("Geographic Information Systems (GIS)"),
    or counted like a noun, or a name only ever given after "as"."""
    if spelled_out_in_lower_case(doc, names[0]) or counted_like_a_noun(name, names, doc):
        return True
    if spelled_out_as_a_thing(doc, names, nouns=w.nouns, org_words=w.org_words, places=(w.countries, w.towns)):
        return True
    return all(_named_as(r) for r in roots)


def _description_heads(c: Cluster, doc: Doc) -> list[str]:
    return [doc[m.end - 1].lemma_.lower() for m in c.mentions if m.kind == "description"]


def _described_as_thing(c: Cluster, doc: Doc, w: ThingWords) -> bool:
    """"Lao, a Tai-Kadai language", "Mérida is the capital": a thing's noun, and none of a person or organization."""
    heads = _description_heads(c, doc)
    return any(h in w.things for h in heads) and not any(h in w.described for h in heads)


def _named_as(root: Token) -> bool:
    """"known as Esfahan", "the rank of Oberst … as Oberst": a name given as what something is called.

    Not "companies such as Apple", a list of examples.
    """
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "as":
        return False
    return preposition.i == 0 or preposition.doc[preposition.i - 1].lower_ != "such"


def _called_a_thing(names: list[MentionRef], doc: Doc) -> bool:
    """The model labels most of a "person"'s mentions a place or a thing ("Tulsa", "Skittles"), against one or two PERSON.

    Not for organizations: the model labels "Kennedy Space Center" a facility as often as not.
    """
    labels = [doc[m.start].ent_type_ for m in names]
    things = sum(label in _THING_LABELS for label in labels)
    return things >= _PLACE_VOTES and things >= _PLACE_VOTES * labels.count("PERSON")


def _a_common_word(c: Cluster, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
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


def _evidence(c: Cluster, doc: Doc, titles, speech) -> int:
    """A person's evidence in the cluster: 0 none, _PRONOUN_ONLY a he/she/who, _STRONG an honorific or speech.

    The speaker is the active subject of a speech verb: "Łódź is jokingly referred to as" is spoken of.
    """
    found = 0
    # The arrays, not a Token per mention: most mentions have no honorific before them and are no subject.
    orth, lower, dep = scan.columns(doc, (ORTH, LOWER, DEP))
    strings = doc.vocab.strings
    for m in c.mentions:
        if m.kind == "pronoun" and m.text.lower() in PERSON_PRONOUNS:
            found = _PRONOUN_ONLY
            continue
        if m.kind == "description":
            continue  # "The legend says": a description is no evidence of the name's type
        if m.start > 0 and strings[lower[m.start - 1]].rstrip(".") in titles and strings[orth[m.start]][:1].isupper():
            return _STRONG
        if dep[m.end - 1] == _NSUBJ and doc[m.end - 1].head.lemma_.lower() in speech:
            return _STRONG
    return found


def _beside_work_noun(root: Token, works) -> bool:
    """"the film Cry Wolf", "his first collection, Childish Recollections", "Childish Recollections, a poem"."""
    near = [root.head] if root.dep_ == "appos" else []
    near += [c for c in root.children if c.dep_ in ("compound", "appos")]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in works for t in near)
