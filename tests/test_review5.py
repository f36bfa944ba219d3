"""Review mends (branch review5): what the splits and the moved word lists must keep, on small invented inputs."""

from __future__ import annotations

import pytest


def test_thing_words_are_built_by_keyword_only():
    from dateline.pipeline.people.sieve.thing_words import ThingWords, word_lists

    words = ThingWords.for_article(described=frozenset({"mayor"}), titles={}, speech=frozenset({"say"}), refs={})
    assert words.described == frozenset({"mayor"}) and words.speech == frozenset({"say"})
    assert words.travel == word_lists()["travel"] and "capital" in words.things
    with pytest.raises(TypeError):  # positional lists could be swapped unseen: refused
        ThingWords(*word_lists().values(), frozenset(), {}, frozenset(), {})


def test_the_moved_preposition_and_pronoun_lists_equal_the_old_constants():
    from dateline.pipeline.people.sieve import name_shapes, place_evidence, thing_words

    person = frozenset("in into near across around throughout outside inside within via along beyond off".split())
    assert place_evidence.SPATIAL == {
        "ORG": person | frozenset("through toward towards past".split()), "PERSON": person,
    }
    assert place_evidence.PLACE_PREPOSITIONS == person | frozenset("to from at through toward towards".split())
    assert place_evidence._ROUTE_PREPOSITIONS == place_evidence.PLACE_PREPOSITIONS | {"between"}
    assert place_evidence._STREET_PREPOSITIONS == place_evidence.PLACE_PREPOSITIONS | {"on"}
    assert thing_words.PERSON_PRONOUNS == frozenset("he him his himself she her hers herself who whom whose".split())
    assert name_shapes._COUNTING == frozenset("a an every each any another such my your our their".split())


class _Noun:
    """The few Token attributes the noun-kind readers ask for."""

    def __init__(self, text: str, tag: str = "NN", pos: str = "NOUN") -> None:
        self.lower_, self.lemma_, self.tag_, self.pos_ = text.lower(), text.lower(), tag, pos


@pytest.mark.parametrize("word,kind,group", [
    ("producer", "ORG", {"PERSON"}),  # on both lists: the single noun reads as the organization, the group as people
    ("publisher", "ORG", {"PERSON"}),  # a role noun, an industry noun of news and a WordNet organization
    ("ministry", "ORG", {"ORG"}),
    ("senator", "PERSON", {"PERSON"}),
    ("table", None, set()),
])
def test_one_lookup_serves_noun_kind_and_group_kinds_with_their_own_precedence(word, kind, group):
    from dateline.pipeline.people.sieve.noun_kinds import group_kinds, noun_kind

    assert noun_kind(_Noun(word)) == kind
    assert group_kinds(_Noun(word)) == group
    assert noun_kind(_Noun(word, tag="NNS")) is None  # singular only


def test_a_role_noun_wins_over_its_wordnet_organization_sense(monkeypatch):
    from dateline.pipeline.people.sieve import noun_kinds

    monkeypatch.setattr(noun_kinds, "listed", lambda lemma, lower="": (False, True))
    monkeypatch.setattr(noun_kinds, "sense", lambda lemma: "ORG")
    assert noun_kinds.noun_kind(_Noun("editor")) == "PERSON"


def test_word_lists_moved_to_data_files_equal_the_old_constants():
    from dateline.pipeline.people import ages
    from dateline.pipeline.people.sieve import descriptions, narrator, types

    assert types._PLACE_PREPOSITIONS == frozenset(
        "in into at near from to across around throughout outside inside within".split()
    )
    assert types._ORG_PRONOUNS == frozenset({"it", "its", "itself", "they", "them", "their", "we", "our", "us"})
    assert descriptions._MARRY == frozenset({"marry", "marries", "married", "marrying", "wed", "weds", "wedded"})
    assert narrator._FIRST == frozenset({"i", "me", "my", "mine", "myself"})
    assert ages._DECADE_WORDS == {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                                  "seventies": 70, "eighties": 80, "nineties": 90}


def test_the_shared_name_kinds_equal_the_sets_they_replace():
    from dateline.pipeline.people.entities import NAME_KINDS, WRITTEN_NAME_KINDS

    assert WRITTEN_NAME_KINDS == frozenset({"full", "surname", "single", "first"})  # roles, cataphora, clusters
    assert NAME_KINDS == frozenset({"full", "single", "surname", "first", "possessive", "name"})  # types, things


def test_the_month_first_countries_and_kin_having_verbs_equal_the_old_constants():
    from dateline.pipeline.people import relations
    from dateline.pipeline.times import component

    assert component._MONTH_FIRST == frozenset({"us", "ph", "fm", "pw", "mh"})
    assert relations._HAVING == frozenset({"share", "have", "raise", "adopt", "welcome"})
