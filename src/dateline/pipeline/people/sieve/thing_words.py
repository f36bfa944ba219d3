"""The word lists that tell a place, a work or an idea from someone: read once from the data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from .... import lexicon

PERSON_PRONOUNS = lexicon.words("coref/person_pronouns.txt")
# ~12,000 words: read when the module is imported, not at the first article (`word_lists` is read then)
COMMON_NOUNS = lexicon.words("coref/common_nouns.txt")


@dataclass(frozen=True, slots=True, kw_only=True)
class ThingWords:
    """The word lists the tests read: the data files' (`word_lists`) and the caller's, with the article's refs.

    Built by keyword only (see `for_article`), so no two lists of the same type can be swapped.
    """

    heads: dict  # thing_name_heads.tsv
    works: frozenset[str]
    things: frozenset[str]  # thing_nouns.txt, work nouns, place heads (a role noun among them counts as a role)
    org_words: frozenset[str]
    events: frozenset[str]  # verbs whose subject is an event ("WrestleMania happened")
    travel: frozenset[str]  # words whose place preposition takes a place ("born at", "flights via")
    place_prefixes: frozenset[str]  # words that open a place's name ("River Ouse")
    first_names: frozenset[str]  # usual first names (lower case): "Rose" is someone's
    countries: frozenset[str]  # countries, US states, continents (lower case)
    institution_words: frozenset[str]  # "Policy", "Medical": a "… Center" so named is an institution
    towns: frozenset[str]  # towns of 15,000 people or more (lower case): evidence only with a place's context
    place_nouns: frozenset[str]  # "town", "island": a name right after one is a place's
    nouns: frozenset[str]  # English common nouns, surnames and first names among them (lower case)
    described: frozenset[str]  # role, kin and organization nouns: a description of someone
    titles: dict
    speech: frozenset[str]
    refs: dict  # token index -> cluster, to tell a coordinated person from a place
    lower_words: list = field(default_factory=list)  # the article's lower-case words (ORTH ids), read once when first asked for

    @classmethod
    def for_article(cls, *, described: frozenset[str], titles: dict, speech: frozenset[str], refs: dict) -> ThingWords:
        """The data files' lists (read once) with the caller's and the article's."""
        return cls(**word_lists(), described=described, titles=titles, speech=speech, refs=refs)


@lru_cache(maxsize=1)
def word_lists() -> MappingProxyType:
    """The data files' words, read and combined once (not per article), by the name of their `ThingWords` field."""
    heads = lexicon.table("coref/thing_name_heads.tsv")
    works = lexicon.words("coref/work_nouns.txt")
    places = frozenset(k for k, v in heads.items() if v[:1] == ("place",))
    org_words = lexicon.words("organization_nouns.txt") | lexicon.words("coref/organization_name_words.txt")
    org_words |= lexicon.words("coref/organization_heads.txt")  # the heads untagged_orgs.py reads ("Cuban Consulate")
    return MappingProxyType({
        "heads": heads,
        "works": works,
        "things": lexicon.words("coref/thing_nouns.txt") | lexicon.words("coref/creature_nouns.txt") | works | places,
        "org_words": org_words,
        "events": lexicon.words("coref/event_verbs.txt"),
        "travel": lexicon.words("coref/travel_words.txt"),
        "place_prefixes": lexicon.words("coref/place_prefixes.txt"),
        "first_names": frozenset(lexicon.lower_table("coref/first_names.tsv")),
        "countries": lexicon.words("coref/countries.txt"),
        "institution_words": lexicon.words("coref/institution_words.txt"),
        "towns": lexicon.words("coref/places.txt"),
        "place_nouns": lexicon.words("coref/place_nouns.txt"),
        "nouns": COMMON_NOUNS,
    })
