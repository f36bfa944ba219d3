"""People and speaker defects new users met on news text (branch news7): each on a small invented text."""

from __future__ import annotations

import pytest

from dateline import analyze

pytestmark = pytest.mark.slow  # the model


def _record(text: str):
    return analyze(text, published="2025-03-03")


def _speakers(record) -> dict[str, str | None]:
    return {q.text.strip("\"'“”‘’,. "): (q.speaker.name if q.speaker else None) for q in record.quotes}


def _person_of(record, quote_start: str):
    quote = next(q for q in record.quotes if q.text.strip("\"“").startswith(quote_start))
    return quote.speaker.person


def test_mr_and_mrs_smith_are_two_people():
    record = _record(
        "Mr Smith said the orchard had been sold. Mrs Smith said she was sad to leave it.\n\n"
        "\"We will miss the trees,\" Mr Smith said. Smith added that the buyers were kind."
    )
    smiths = [p for p in record.people if p.name == "Smith"]
    assert sorted(p.gender for p in smiths) == ["female", "male"]
    he = _person_of(record, "the orchard")
    assert _person_of(record, "she was sad") != he
    assert _person_of(record, "We will miss") == he
    assert _person_of(record, "that the buyers") == he  # the bare surname: the most salient, Mr Smith


def test_mr_and_mrs_before_one_surname_are_two_people():
    record = _record("Mr. and Mrs. Smith came to the hearing. Mr. Smith said the council ignored them. "
                     "Mrs. Smith said she wrote three letters.")
    assert _person_of(record, "the council") != _person_of(record, "she wrote")


def test_first_name_coordinated_with_a_full_name_shares_its_surname():
    record = _record("Ivan and Olga Petrov have run the bakery for thirty years. Mr Petrov said the ovens were old. "
                     "Mrs Petrov said she would retire in the spring.")
    names = {p.id: p.name for p in record.people}
    assert names[_person_of(record, "the ovens")] == "Ivan Petrov"
    assert names[_person_of(record, "she would retire")] == "Olga Petrov"


def test_role_labels_of_a_transcript_are_no_one():
    record = _record(
        "The following is a transcript of a radio interview with Senator Paul Grant.\n\n"
        "HOST: Senator, thank you for joining us.\n\n"
        "GRANT: Thank you for having me.\n\n"
        "HOST: Do you support the bill?\n\n"
        "GRANT: I do, with some changes."
    )
    assert {p.name for p in record.people} == {"Paul Grant"}
    assert not [o for o in record.organizations if o.name == "HOST"]
    speakers = _speakers(record)
    assert speakers["Do you support the bill?"] == "the interviewer"
    assert speakers["I do, with some changes"] == "Paul Grant"


def test_role_label_is_the_speakers_role():
    record = _record(
        "Senior adviser Joel Benenson spoke to reporters on Monday.\n\n"
        "BENENSON: We think the numbers are moving our way.\n\n"
        "REPORTER: Are you worried?\n\n"
        "BENENSON: No, we are not worried at all."
    )
    speakers = _speakers(record)
    assert speakers["Are you worried?"] == "Reporter"  # a role label no one bears: the role, no person
    assert speakers["We think the numbers are moving our way"] == "Joel Benenson"


def test_upper_case_surname_joins_the_named_person():
    record = _record(
        "Rescue worker Dana Holt described the scene on Tuesday.\n\n"
        "HOLT: We pulled two people from the car.\n\n"
        "Q: Were they hurt?\n\n"
        "HOLT: Both were taken to hospital. HOLT said later that both had survived."
    )
    assert [p.name for p in record.people] == ["Dana Holt"]
    assert not [o for o in record.organizations if o.name == "HOLT"]


def test_unnamed_husband_keeps_his_description():
    record = _record("The fire started in the kitchen of the house on Elm Street. "
                     "Her husband said the smoke alarm had not worked.")
    assert _speakers(record)["the smoke alarm had not worked"] == "Her husband"
    assert not [p for p in record.people if p.name.lower() == "husband"]


def test_named_husband_is_the_speaker():
    record = _record("Lisa Reed was at work when the fire started. Her husband, Tom Reed, said the smoke alarm "
                     "had not worked.")
    assert _speakers(record)["the smoke alarm had not worked"] == "Tom Reed"


def test_the_smiths_are_a_family():
    record = _record("The Smiths' house was flooded on Sunday. The Smiths said they would rebuild.")
    assert not [p for p in record.people if p.name.startswith("Smith")]
    assert _person_of(record, "they would rebuild") is None


def test_currency_abbreviations_are_no_people():
    record = _record("WELLINGTON, March 3 - The Reserve Bank said it had sold N.Z. Dlrs 10 mln in the market. "
                     "It bought 5 mln U.S. Dlrs on Friday, dealers said.")
    assert not [p for p in record.people if "Dlrs" in p.name]


def test_broadcast_label_with_a_role_is_the_named_person():
    record = _record(
        "Anchor Rita Vance interviewed pollster Omar Haddad on Sunday.\n\n"
        "RITA VANCE, NEWS ANCHOR: Welcome to the program.\n\n"
        "OMAR HADDAD, CAMPAIGN POLLSTER: Thanks, Rita.\n\n"
        "VANCE: What is the plan?\n\n"
        "HADDAD: To win."
    )
    assert sorted(p.name for p in record.people) == ["Omar Haddad", "Rita Vance"]
    assert not record.organizations
    speakers = _speakers(record)
    assert speakers["Welcome to the program"] == "Rita Vance"
    assert speakers["Thanks, Rita"] == "Omar Haddad"
    assert speakers["To win"] == "Omar Haddad"


def test_comma_label_of_mixed_case_is_no_label():
    record = _record("Smith, Jones and Brown: a history of the firm was published on Monday.")
    assert not [q for q in record.quotes if q.text.startswith("a history")]


def test_a_title_of_two_words_names_no_one():
    record = _record("\"We are ready,\" said Lena Ortiz, the bank's Vice President for Communications, on Monday. "
                     "The party wants the Prime Minister elected by parliament.")
    names = {p.name for p in record.people}
    assert "President" not in names and "Minister" not in names
    assert "Lena Ortiz" in names


def test_a_bare_title_is_no_person():
    record = _record("Mlle said she would not return to the village.")
    assert not [p for p in record.people if p.name.rstrip(".") == "Mlle"]


def test_a_plural_of_a_person_noun_is_a_group():
    record = _record("The minister resigned on Friday. Aides said she had been tired for months. "
                     "Neighbours said the house was empty.")
    assert not record.people and not record.organizations
    assert {q.speaker.name for q in record.quotes if q.speaker} >= {"Aides", "Neighbours"}


def test_the_interviewees_conjunct_is_no_title_of_his():
    record = _record(
        "Transcript of an exchange between presidential adviser Joel Benenson and reporters.\n\n"
        "MODERATOR: Let us begin.\n\n"
        "BENENSON: The numbers are moving our way.\n\n"
        "QUESTION: Are you worried?\n\n"
        "BENENSON: Not at all."
    )
    speakers = _speakers(record)
    assert speakers["Are you worried?"] == "the interviewer"
    assert speakers["The numbers are moving our way"] == "Joel Benenson"
