"""The sieve's third-person pronoun pass (`sieve/pronouns.py`), one mechanism at a time, on small texts."""

from __future__ import annotations

from dateline import analyze
from dateline.pipeline.people.entities import Cluster
from dateline.pipeline.people.sieve.pronouns import name_genders

from .people_lookup import cluster as _person
from .people_lookup import Resolved
from .people_lookup import texts as _texts


def _cluster(name: str) -> Cluster:
    return Cluster(id="", label="PERSON", name=name, name_tokens=tuple(name.split()))


# -- first names -------------------------------------------------------------------


def test_a_first_name_gives_its_usual_gender():
    betty, tom, titled = _cluster("Betty"), _cluster("Tom Smith"), _cluster("Dr. Jane Smith")
    genders = name_genders([betty, tom, titled], {"dr", "mr", "mrs"})
    assert genders == {betty: "female", tom: "male", titled: "female"}  # the title is passed over


def test_a_one_word_name_commoner_as_a_surname_gives_none():
    # "Cole" is in the male first-name list but commoner as a surname: alone it says nothing.
    alone, full = _cluster("Cole"), _cluster("Cole Porter")
    assert name_genders([alone, full], {}) == {full: "male"}


def test_her_after_two_people_is_the_woman():
    record = analyze("Tom Smith met Ann Lee. Her husband was away.", "2020-01-01")
    assert "Her" in _texts(_person(record, "Ann Lee"))
    assert "Her" not in _texts(_person(record, "Tom Smith"))


def test_he_is_not_a_woman_named_before():
    record = analyze("Betty Jones met David Brown in Paris. Later he moved to Rome.", "2020-01-01")
    assert "he" in _texts(_person(record, "David Brown"))
    assert "he" not in _texts(_person(record, "Betty Jones"))


def test_pronouns_outweigh_a_first_name():
    # A name's usual gender is a prior, not a verdict: three pronouns say otherwise.
    record = analyze(
        "Jean Martin is a French painter. He was born in Lyon. He studied in Paris, where he met his wife.",
        "2020-01-01",
    )
    assert {"He", "he", "his"} <= set(_texts(_person(record, "Jean Martin")))


# -- bylines -----------------------------------------------------------------------


def test_a_bylines_author_is_no_antecedent():
    record = analyze("by Mary Wilson\n\nThe kitchen was cold that night. She leaned against the counter.", "2020-01-01")
    assert "She" not in _texts(_person(record, "Mary Wilson"))


def test_an_honorific_that_contradicts_the_first_name_is_not_the_last_word():
    # "Mr. Marbles" (a toy named for her) joins Jenna Marbles: her first name and the pronouns decide.
    record = analyze(
        "Jenna Marbles sells a toy called Mr. Marbles. Marbles is a comedian. She was born in Rochester.", "2020-01-01"
    )
    assert "She" in _texts(_person(record, "Jenna Marbles"))


# -- syntax and salience -------------------------------------------------------------


def test_a_reported_clause_subject_is_the_reporters():
    # Mary Jones is the article's protagonist, but "Anna Smith admitted she ..." is Anna's.
    record = analyze(
        "Mary Jones founded the firm. Mary Jones ran it for years, and Mary Jones sold it in 2001.\n\n"
        "Anna Smith, a former clerk, admitted she had lost the files.",
        "2020-01-01",
    )
    assert "she" in _texts(_person(record, "Anna Smith"))
    assert "she" not in _texts(_person(record, "Mary Jones"))


# -- the walk's shortcuts keep its output ---------------------------------------------


def test_a_rival_noun_keeps_it_with_or_without_quotation_marks_in_the_article():
    texts = (
        "Acme Corporation built a new bridge. The bridge opened and it carried traffic.",
        'Acme Corporation built a new bridge. The bridge opened and it carried traffic. "We are proud," Acme said.',
    )
    for text in texts:
        record = analyze(text, "2020-01-01")
        acme = [c for c in record.organizations if c.name.startswith("Acme")]
        assert acme and "it" not in _texts(acme[0]), text


def test_it_without_a_rival_is_the_organization():
    record = analyze('Acme Corporation reported a loss. "Sales fell," it said.', "2020-01-01")
    assert "it" in _texts(record.organizations[0])


def test_a_passives_agent_is_the_subject_a_following_he_means():
    # "by Justice Scalia" is no adjunct the subject pronoun passes over: the agent acts as a subject.
    record = analyze(
        "Michael Cardona signed the waiver. Michael Cardona said the law allowed it. "
        "But in an opinion written years ago by Justice Scalia, he talked about what the word means.",
        "2020-01-01",
    )
    assert "he" in _texts(_person(record, "Scalia"))
    assert "he" not in _texts(_person(record, "Michael Cardona"))


# -- groups --------------------------------------------------------------------------


def test_they_after_a_coordination_of_names_is_the_group():
    record = Resolved("Together Bernoulli and Euler studied the flow of fluids. In particular, they wanted to know more.")
    group = _person(record, "Bernoulli and Euler")
    assert _texts(group) == ["Bernoulli and Euler", "they"]
    assert "they" not in _texts(_person(record, "Euler"))


def test_their_after_a_nationality_plural_is_the_group():
    record = Resolved('Alphonso berated the Americans for suppressing their "fourteen million Latins."')
    assert _texts(_person(record, "Americans")) == ["Americans", "their"]


def test_a_group_no_pronoun_takes_is_no_cluster():
    record = Resolved("Chao and Yang met the mayor in Paris. He was tired.")
    assert not any(m.kind == "group" for c in record.people for m in c.mentions)


def test_a_he_never_goes_to_a_group():
    record = Resolved("John Smith and Mary Jones founded the firm in 1990. They sold it in 2001. He retired.")
    assert _texts(_person(record, "John Smith and Mary Jones")) == ["John Smith and Mary Jones", "They"]
    assert "He" in _texts(_person(record, "John Smith"))


def test_a_name_with_a_coordinated_apposition_is_a_list():
    # The parser makes "her mother" an apposition of the name and "her sister" its conjunct: a list of three.
    record = Resolved("In 1893, Anna Lee, her mother and her sister left their old house.")
    assert _texts(_person(record, "Anna Lee, her mother and her sister")) == ["Anna Lee, her mother and her sister",
                                                                              "their"]


def test_a_record_leaves_groups_out_and_their_quotes_unassigned():
    text = 'John Smith and Mary Jones founded the firm in 1990. "We never looked back," they said.'
    assert any(c.group for c in Resolved(text).people)
    record = analyze(text, "2020-01-01")
    assert [p.name for p in record.people] == ["John Smith", "Mary Jones"]
    (quote,) = record.quotes
    assert quote.speaker.person is None and quote.speaker.name == "John Smith and Mary Jones"


# -- the protagonist beyond the window ----------------------------------------------

_ENGINEER = (
    "Mira Castellane was a Belgian engineer. She built bridges in Ghent. She won the Ostend Prize in 2001. "
    "She taught in Leuven for ten years.\n\n"
    "The bridge opened in 1958. The river had flooded twice that decade. The city paid for the work. "
)


def test_a_distant_protagonist_beats_a_name_in_passing_of_unknown_gender():
    # "Tavor" gives no gender, and the only person within reach is named once, in a prepositional phrase.
    record = analyze(_ENGINEER + "The mayor served under the government of Colonel Tavor Ulbrecht. Her mother was a painter.",
                     "2020-01-01")
    assert "Her" in _texts(_person(record, "Mira Castellane"))
    assert "Her" not in _texts(_person(record, "Tavor Ulbrecht"))


def test_a_subject_of_the_sentence_before_keeps_the_pronoun():
    record = analyze(_ENGINEER + "Later Tavor Ulbrecht paid the builders. Her mother was a painter.", "2020-01-01")
    assert "Her" in _texts(_person(record, "Tavor Ulbrecht"))


def test_a_person_named_in_two_sentences_keeps_the_pronoun():
    record = analyze(_ENGINEER + "The mayor had known Tavor Ulbrecht for years. The council hired Tavor Ulbrecht in 1960. "
                     "Her mother was a painter.", "2020-01-01")
    assert "Her" in _texts(_person(record, "Tavor Ulbrecht"))


def test_a_french_honorific_gives_a_gender_and_is_no_part_of_the_name():
    # "Odile" is in no first-name list: only "Mme" says the subject is no "he".
    record = analyze("Yesterday Mme Odile Vasseur met Tavor Brak in Lyon. The next day he left for Paris.", "2020-01-01")
    assert "he" in _texts(_person(record, "Tavor Brak"))
    assert _person(record, "Odile Vasseur").mentions[0].text == "Odile Vasseur"


# -- a sentence's subject, not its predicate -----------------------------------------


def test_a_predicate_noun_leaves_its_subject_prominent():
    # "a film student" is Ben Ortiz's latest mention; it does not make him less prominent than the subject he was.
    record = analyze("Adam Kerr runs the studio. He hired the crew, and he wrote the script, and he jumped on it. "
                     "Ben Ortiz is a film student and his father runs a bakery.", "2020-01-01")
    assert "his" in _texts(_person(record, "Ben Ortiz"))
    assert "his" not in _texts(_person(record, "Adam Kerr"))
