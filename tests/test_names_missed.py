"""Names the small model misses (issue 13, eighth round): peoples named by a plural, and more."""

from __future__ import annotations

from dateline import analyze

from .people_lookup import Resolved


def _names(record):
    return [c.name for c in record.people], [c.name for c in record.organizations]


def test_a_people_named_by_a_plural_is_a_group_of_people():
    record = Resolved("The Russians crossed the river at dawn. Gordon fought against the Turks for years, "
                     "and the Russians never forgot their defeat.")
    people, _ = _names(record)
    assert "Russians" in people and "Turks" in people
    russians = next(c for c in record.people if c.name == "Russians")
    assert len([m for m in russians.mentions if m.text == "Russians"]) == 2


def test_a_nationality_modifying_a_noun_or_a_language_is_no_group():
    people, orgs = _names(analyze("American troops landed in the north. She learned Japanese in Kyoto."))
    assert "American" not in people and "Japanese" not in people


def test_a_regnal_name_joins_the_person_of_that_surname():
    record = analyze('Joshua Norton lost his fortune in 1858. In 1859 he declared himself "Norton I, Emperor of the '
                     'United States". World War II came much later.')
    norton = next(c for c in record.people if c.name == "Joshua Norton")
    assert any(m.text == "Norton I" for m in norton.mentions)
    assert not any("War" in c.name for c in record.people)


def test_an_epithet_after_a_first_name_makes_a_person():
    people, _ = _names(analyze("The treaty was signed by Catherine the Great, and the court celebrated."))
    assert any(n.startswith("Catherine") for n in people)


def _mentions(record, name):
    return [m.text for c in record.people if c.name == name for m in c.mentions]


def test_a_capitalized_title_said_of_a_person_is_a_mention_of_them():
    record = analyze("Daniel Bernoulli was a mathematician. In May 1750 he was elected a Fellow of the Royal Society.")
    assert any(m.startswith("a Fellow") or m == "Fellow" for m in _mentions(record, "Daniel Bernoulli"))


def test_a_title_that_is_the_object_names_someone_else():
    record = analyze("Daniel Bernoulli was a mathematician. In 1750 he met the Prince at a dinner in Basel.")
    assert not any("Prince" in m for m in _mentions(record, "Daniel Bernoulli"))


def test_an_organization_headed_by_an_organization_noun_stays_when_always_gone_to():
    _, orgs = _names(analyze("When applying to the Cuban Consulate by post, there is a new charge. If you cannot go to "
                             "the Cuban Consulate you may use an agency. If you apply in person to the Cuban Consulate, "
                             "you get the visa straight away."))
    assert "Cuban Consulate" in orgs


def test_a_dotted_acronym_joins_the_name_it_abbreviates():
    record = analyze("I published the video on the Undergraduate Student Government (U.S.G.) website. "
                     "The U.S.G. assembly approved the plan, and U.S.G. members voted for it.")
    usg = [c for c in record.organizations if "Undergraduate Student Government" in c.name]
    assert len(usg) == 1 and sum(m.text == "U.S.G." for m in usg[0].mentions) >= 2
    assert not any(c.name == "U.S.G." for c in record.organizations)


def test_more_organization_heads_make_untagged_names_organizations():
    _, orgs = _names(analyze("Buses to Dallas are run by Greyhound Bus Lines from the downtown station. "
                             "The city was first a fort of the Ninth Legion."))
    assert "Greyhound Bus Lines" in orgs and "Ninth Legion" in orgs


def test_a_question_opening_with_a_first_name_like_verb_makes_no_person():
    people, _ = _names(analyze("Will the Senate pass the bill? The vote is on Tuesday."))
    assert not any(n.startswith("Will") for n in people)
