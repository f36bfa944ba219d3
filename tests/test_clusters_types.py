"""Clusters typed from their evidence (issue 13, fifth round): people, teams, short forms, events, works, places."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import analyze
from .people_lookup import cluster


def _names(record):
    return [c.name for c in record.people], [c.name for c in record.organizations]


# -- sieve/types.py ------------------------------------------------------------------------------


def test_a_first_name_and_a_surname_is_a_person():
    people, orgs = _names(analyze("Eleanor Marsh opened the new library on Monday."))
    assert "Eleanor Marsh" in people and "Eleanor Marsh" not in orgs


def test_a_first_name_inside_a_place_s_name_makes_no_person():
    people, _ = _names(analyze("Traffic crossed the George Washington Bridge into Fort Lee all night."))
    assert "George Washington Bridge" not in people


PRESS = (
    "Northwind Energy today announced plans for a battery storage plant near Grimsby, creating 300 jobs.\n\n"
    'Chief executive Sarah Lindqvist said: "This is a landmark day for Northwind and for the Humber."\n\n'
    "The company will host a press briefing at its Hull headquarters.\n\n"
    "Northwind Energy was founded in 2009 and employs 1,200 people."
)


def test_the_first_word_of_an_organization_s_name_is_the_organization():
    record = analyze(PRESS)
    people, orgs = _names(record)
    assert "Northwind" not in people
    assert "Sarah Lindqvist" in people
    texts = [m.text for m in cluster(record, "Northwind Energy", orgs=True).mentions]
    assert "Northwind" in texts and texts[0] == "Northwind Energy"  # the untagged opening, whole


MATCH = Path(__file__).parent / "review_articles" / "2026-02-22-match.txt"


def test_teams_named_in_a_match_report_are_organizations():
    body = MATCH.read_text(encoding="utf-8").split("\n\n", 1)[1]  # past the date, title and outlet lines
    people, orgs = _names(analyze(body))
    assert "City" not in people and "Rovers" not in people
    assert {"City", "Rovers"} <= set(orgs)
    assert {"Daniel Okafor", "Helen Ward", "Chris Allen"} <= set(people)


def test_a_person_before_a_spokesman_stays_a_person():
    people, orgs = _names(analyze("Putin met the envoy on Friday. Putin spokesman Dmitry Peskov said the talks went well."))
    assert "Putin" in people and "Putin" not in orgs


# -- sieve/things.py -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("WrestleMania happened, and the crowd loved every minute of it.", "WrestleMania"),
        ("She starred in Evelyn Waugh's Brideshead Revisited in 2008.", "Brideshead Revisited"),
        ("She won the BAFTA Award for Best Foreign Actress in 1966.", "BAFTA Award for Best Foreign Actress"),
        ("We flew to London and then to Mallorca. Martha enjoyed our stay in Mallorca at the villa of a friend.", "Mallorca"),
        ("He roamed the hills of Tinimavet, cutting bits off the trees.", "Tinimavet"),
        ("The states say the Act doesn't authorize the Secretary to cancel the loans.", "Act"),
        ("Barracuda and Kayangan lakes are both stunning locations.", "Barracuda"),
    ],
)
def test_events_works_awards_places_and_laws_are_no_one(text, name):
    people, orgs = _names(analyze(text))
    assert name not in people + orgs


def test_an_organization_listed_with_places_is_a_place():
    people, orgs = _names(analyze(
        "The growth that cities like Warsaw, Berlin and Wrocław have experienced drew investors."
    ))
    assert "Wrocław" not in orgs


def test_an_organization_beside_one_country_stays():
    _, orgs = _names(analyze("Boats were turned away, which the United Nations and United States have both criticised."))
    assert "United Nations" in orgs


def test_an_organization_beside_a_place_that_says_where_it_is_stays():
    _, orgs = _names(analyze("She studied at Durham University, United Kingdom, and at Harvard University."))
    assert "Durham University" in orgs


def test_cited_authors_are_not_places():
    people, orgs = _names(analyze(
        "A digital humanities librarian needs many skills (e.g. Hartsell-Gundy et al., 2015; Mulligan, 2016)."
    ))
    assert any("Hartsell" in n for n in people + orgs)


def test_an_organization_reached_from_a_place_stays():
    _, orgs = _names(analyze("She won permission from Microsoft in May. Microsoft said the deal was done."))
    assert "Microsoft" in orgs


# -- sieve/citations.py --------------------------------------------------------------------------


def test_authors_cited_in_parentheses_are_people_and_one_person_when_cited_again():
    record = analyze(
        "Materials are held in a repository (Marsden & Mackey, 2014; Marsden, Mackey, & Plonsky, 2016). "
        "Replication is rare (Morgan-Short et al., 2018)."
    )
    people, _ = _names(record)
    assert {"Marsden", "Mackey", "Plonsky", "Morgan-Short"} <= set(people)
    marsden = [c for c in record.people if c.name == "Marsden"]
    assert len(marsden) == 1 and [m.text for m in marsden[0].mentions if m.kind == "single"] == ["Marsden", "Marsden"]


def test_a_parenthesis_with_a_year_but_no_author_makes_no_person():
    people, _ = _names(analyze("The bridge (opened in 1932) carries the Main Street traffic."))
    assert people == []


# -- eighth round (branch `types`): evidence from the cluster ------------------------------------


def test_an_organization_owning_a_person_s_career_is_a_person():
    people, orgs = _names(analyze("The Undertaker's retirement was announced on Sunday. He had wrestled for thirty years."))
    assert "Undertaker" in people and "Undertaker" not in orgs


def test_a_company_s_founder_leaves_the_company_an_organization():
    people, orgs = _names(analyze("Microsoft's founder said the company would grow."))
    assert "Microsoft" in orgs and "Microsoft" not in people


@pytest.mark.parametrize("text, name", [
    ("Jerome was born at Stridon around 347. He studied in Rome.", "Stridon"),
    ("Daily flights via Al Mukalla connect the island to the mainland.", "Al Mukalla"),
    ("The town was founded on the River Ouse by the Romans.", "River Ouse"),
    ("The region has cities like Kraków and towns such as Zakopane, with old markets.", "Kraków"),
    ("The shop sells CFLs. The CFLs are cheap.", "CFLs"),
])
def test_places_and_kinds_make_no_cluster(text, name):
    people, orgs = _names(analyze(text))
    assert name not in people and name not in orgs


def test_born_to_names_the_parents():
    people, _ = _names(analyze("Jerome's mother was born to Gerald and Sherri Padalecki."))
    assert "Gerald" in people


def test_a_passive_speech_verb_is_no_speaker_and_a_stray_he_is_outvoted():
    from dateline.pipeline import load
    from dateline.pipeline.people.entities import Cluster, MentionRef
    from dateline.pipeline.people.sieve import things

    doc = load()("Łódź is often referred to as a city of factories. He said so.")
    name = MentionRef(0, 1, 0, 4, "Łódź", "single")
    he = MentionRef(doc[11].i, doc[11].i + 1, doc[11].idx, doc[11].idx + 2, "He", "pronoun")
    assert doc[11].text == "He"
    speech = frozenset({"refer", "say"})
    assert things._evidence(Cluster("p1", "PERSON", "Łódź", [name]), doc, {}, speech) == 0
    assert things._evidence(Cluster("p1", "PERSON", "Łódź", [name, he]), doc, {}, speech) == things._PRONOUN_ONLY
