"""Descriptions (thirteenth round, branch descr6): a child noun after "born", a role noun tagged as a modifier."""

from __future__ import annotations

from dateline import analyze
from dateline.pipeline.people.sieve import precise, syntax


def _mentions(record, name: str) -> list[str]:
    return [m.text for p in record.people if p.name == name for m in p.mentions]


def test_child_noun_after_birthplace_describes_the_one_born():
    record = analyze("Anna Keller was born in Paris, the daughter of a baker. She studied law.", "2020-01-01")
    assert "the daughter" in _mentions(record, "Anna Keller")


def test_child_noun_after_birth_date_and_its_conjunct():
    record = analyze(
        "Paul Weber was born in Berlin on May 2, 1954, the third child and second son of Hans Weber. He painted.",
        "2020-01-01",
    )
    assert {"the third child", "second son"} <= set(_mentions(record, "Paul Weber"))
    assert "the third child" not in _mentions(record, "Hans Weber")


def test_birth_noun_coordinated_with_another_noun_stays_out():
    record = analyze("Anna Keller was born in Paris, the daughter of a baker and a teacher. She studied law.", "2020-01-01")
    assert "a teacher" not in _mentions(record, "Anna Keller")


def test_noun_after_a_parent_is_the_parents():
    record = analyze("Paul Weber was born in Berlin to Hans Weber, a painter, in 1954.", "2020-01-01")
    assert "a painter" in _mentions(record, "Hans Weber") and "a painter" not in _mentions(record, "Paul Weber")


def test_role_noun_tagged_as_a_modifier_in_object_predicate():
    record = analyze(
        "Finally, Abbot John called on Peter to preach and eventually appointed him steward of the monastery. "
        "In 1683 Peter was made lieutenant-general.",
        "2020-01-01",
    )
    mentions = _mentions(record, "Peter")
    assert "steward" in mentions and "lieutenant-general" in mentions


def test_adjective_predicate_is_no_description():
    record = analyze("The board made Smith happy. They found Smith guilty.", "2020-01-01")
    assert _mentions(record, "Smith") == ["Smith", "Smith"]


def _org_mentions(record, name: str) -> list[str]:
    return [m.text for o in record.organizations if o.name == name for m in o.mentions]


def test_wordnet_organization_noun_goes_to_the_near_name_holding_its_cognate():
    record = analyze(
        "Jeanne Moreau was born in Paris. She later studied at the Conservatoire de Paris. Her parents separated "
        "permanently while Moreau was at the conservatory and her mother returned to England.",
        "2020-01-01",
    )
    assert "the conservatory" in _org_mentions(record, "Conservatoire de Paris")


def test_noun_matching_a_name_modifier_is_not_linked():
    record = analyze(
        "The Industries Assistance Commission said wheat farmers needed help. It said the industry was in trouble.",
        "2020-01-01",
    )
    assert "the industry" not in _org_mentions(record, "Industries Assistance Commission")


def test_nouns_after_a_predicates_relative_clause_are_not_predicates(nlp):
    doc = nlp("“On the other hand,” I said, “he’s the first super we’ve had who keeps the boiler, the door buzzers, "
              "and the electrical system in perfect working order.”")
    buzzers = next(t for t in doc if t.text == "buzzers")
    assert buzzers.dep_ == "conj" and buzzers.head.text == "’s"  # the parse this test is about
    assert not syntax.predicate_nominative(buzzers)


def test_noun_coordinated_onto_the_copula_is_still_a_predicate(nlp):
    doc = nlp("He's a blogger and the South Asia editor for Global Voices.")
    editor = next(t for t in doc if t.text == "editor")
    assert syntax.predicate_nominative(editor)


def test_person_noun_after_a_predicates_clause_is_still_a_predicate(nlp):
    doc = nlp("I am the only candidate born and raised in Virginia, but also the only candidate who embodies both "
              "physically and philosophically the growing diversity of the commonwealth.")
    second = [t for t in doc if t.text == "candidate"][1]
    assert second.dep_ == "conj" and second.head.text == "am"  # the parse this test is about
    assert syntax.predicate_nominative(second)


def test_rank_one_is_promoted_to_describes_the_one_promoted():
    record = analyze("In recognition of his service Peter Gordon was promoted to major-general in 1678.", "2020-01-01")
    assert "major-general" in _mentions(record, "Peter Gordon")


def test_organization_one_is_promoted_to_is_no_description():
    record = analyze("The bank promoted Mary Smith to the board.", "2020-01-01")
    assert _mentions(record, "Mary Smith") == ["Mary Smith"]


def test_determined_predicate_tagged_as_adjective_is_a_description():
    record = analyze("Ramon Diaz came by at noon. “On the other hand,” I said, “he’s the first super we’ve had who "
                     "keeps the boiler in order.” He is white.", "2020-01-01")
    mentions = _mentions(record, "Ramon Diaz")
    assert "the first super" in mentions and "white" not in mentions


def test_adjective_object_predicate_without_determiner_is_no_description(nlp):
    doc = nlp("The bank was declared insolvent in September, 1984.")
    insolvent = next(t for t in doc if t.text == "insolvent")
    assert (insolvent.dep_, insolvent.pos_) == ("oprd", "ADJ")  # the parse this test is about
    assert not precise._describes(insolvent, frozenset())  # WordNet's "insolvent" is a person


def test_organization_noun_with_its_own_modifier_is_not_the_near_name():
    record = analyze("Southern Pacific Railroads said on Monday it would merge. Shares of the Santa Fe railroad "
                     "rose, and the other railroad said nothing.", "2020-01-01")
    mentions = _org_mentions(record, "Southern Pacific Railroads")
    assert "the Santa Fe railroad" not in mentions and "the other railroad" not in mentions
