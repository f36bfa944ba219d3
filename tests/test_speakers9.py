"""Quote speakers, addressees and roles a new user found wrong on news text (branch speakers9): made-up snippets."""

from __future__ import annotations

from dateline import analyze
from dateline.analysis import analyze_batch
from dateline.records import Article

from .people_lookup import cluster as _cluster

DAY = "2024-03-05"


def _speaker_names(record):
    return [q.speaker.name if q.speaker else None for q in record.quotes]


def _roles(record, name):
    return [(r.title, r.organization) for r in _cluster(record, name).roles]


def test_a_role_noun_keeps_a_possessor_who_is_people():
    text = ('The Jones family sued the council over the flood.\n\n'
            '"This was avoidable," the Joneses\' lawyer said on Monday. '
            '"It hurts," the family\'s lawyer said. "No comment," Malaysia\'s Prime Minister said. '
            '"We are sorry," the company\'s lawyer said.')
    record = analyze(text, DAY)
    assert _speaker_names(record) == ["the Joneses' lawyer", "the family's lawyer", "Prime Minister", "lawyer"]
    record = analyze('"We will appeal," his lawyer said. "Put it in an email," my supervisor said.', DAY)
    assert _speaker_names(record) == ["his lawyer", "my supervisor"]  # as "her husband", "my neighbour"


def test_a_possessed_role_is_the_named_holder_of_that_possessors_role_only():
    text = ("Amy Smith, the Joneses' lawyer, filed the claim.\n\n"
            '"This was avoidable," the Joneses\' lawyer said on Monday.')
    assert _speaker_names(analyze(text, DAY))[-1] == "Amy Smith"
    text = ("The council's lawyer, Tom Reed, denied the claim. Mark Jones sued the council.\n\n"
            '"This was avoidable," Jones\'s lawyer said on Monday.')
    assert _speaker_names(analyze(text, DAY))[-1] == "Jones's lawyer"  # not the council's


def test_an_office_of_a_place_speaks_as_the_office():
    text = '"We welcome visitors back," Brighton\'s tourism office said in a statement.'
    assert _speaker_names(analyze(text, DAY)) == ["Brighton's tourism office"]
    text = '"We are pleased," the company\'s board said.'
    assert _speaker_names(analyze(text, DAY)) == ["the company's board"]
    text = '"Sales fell," PC World\'s analysis said.'  # a thing's possessor still speaks
    assert _speaker_names(analyze(text, DAY)) == ["PC World"]


def test_told_an_audience_that_is_reported_speech_though_parsed_as_a_relative_clause():
    text = "A man was hurt in a crash on Friday.\n\nA witness, Martin Cole, told the inquest that the car was red."
    (quote,) = analyze(text, DAY).quotes
    assert quote.text == "that the car was red" and quote.speaker.name == "Martin Cole"
    assert quote.addressee.name == "the inquest"
    # a real relative clause ("that" its object) is no content
    record = analyze("She told the story that her father liked.", DAY)
    assert not [q for q in record.quotes if q.cue.lemma == "tell"]


def test_the_me_a_quotation_was_told_is_the_narrator_or_no_one():
    text = ("I spent a week with the cleaners at the station. The first person I met was Tom Hale.\n\n"
            '"Nobody sees us," he told me on the first night.')
    (record,) = analyze_batch([Article(id="x", text=text, published=None, author="By Anna Berg")])
    (quote,) = [q for q in record.quotes if q.kind == "direct"]
    assert quote.speaker.name == "Tom Hale" and quote.addressee.name == "Anna Berg"
    (record,) = analyze_batch([Article(id="x", text=text, published=None)])
    (quote,) = [q for q in record.quotes if q.kind == "direct"]
    assert quote.addressee is None


def test_the_i_who_speaks_inside_a_quotation_is_its_speaker_once_the_speaker_is_known():
    text = ("A site manager gave evidence on Wednesday.\n\n"
            '"I went to the office and I said, \'Somebody is going to get hurt,\'" Martin Cole told the hearing.')
    quotes = [q for q in analyze(text, DAY).quotes if q.kind == "direct"]
    assert [q.speaker.name for q in quotes] == ["Martin Cole", "Martin Cole"]


def test_roles_in_a_predicate_and_before_a_name():
    text = ("Sharon Graham was elected general secretary of the union in 2019. "
            "Paul Nowak has been deputy general secretary since 2019. Jim Fox served as chairman until 2010.\n\n"
            "He met former Rangers boss Walter Smith on Monday. "
            "Central bank president Christine Lagarde said rates would stay high. "
            "Eyewitness Ann Hale saw it.\n\n"
            "Officials said Bob Hart would be chairman. Tina Ross is a lawyer. "
            "Dana Webb, who became chief executive in 2019, said profits rose.")
    record = analyze(text, DAY)
    assert _roles(record, "Sharon Graham") == [("general secretary", None)]
    assert _roles(record, "Paul Nowak") == [("deputy general secretary", None)]
    assert _roles(record, "Jim Fox") == [("chairman", None)]
    assert _roles(record, "Walter Smith") == [("former boss", "Rangers")]
    assert _roles(record, "Christine Lagarde") == [("central bank president", None)]
    assert _roles(record, "Bob Hart") == []  # what officials said, not the record
    assert _roles(record, "Tina Ross") == [("lawyer", None)]
    assert _roles(record, "Ann Hale") == [("eyewitness", None)]
    assert _roles(record, "Dana Webb") == [("chief executive", None)]


def test_a_habit_of_saying_is_the_saying():
    text = ('Supervisor Mary Dunn has worked at the station for a decade.\n\n'
            'As she likes to say, "The floor does not clean itself." She would like to win the award.')
    quotes = analyze(text, DAY).quotes
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker.name == "Mary Dunn" and direct.cue.text == "likes to say" and direct.attribution == "speech"
    wish = next(q for q in quotes if q.text == "to win the award")  # a wish stays a wish
    assert wish.attribution == "intention"
