"""Speakers and pronouns a new user found wrong on news text (branch people8): made-up snippets."""

from __future__ import annotations

from dateline import analyze
from dateline.analysis import analyze_batch
from dateline.records import Article

from .people_lookup import cluster as _cluster
from .people_lookup import texts as _texts

OBITUARY = (
    "Dorothy Winslow died on Monday at her home in Penrith. She was 91.\n\n"
    "Winslow spent forty years at sea and ran a sailing school on the coast.\n\n"
    'Her daughter, Helen Winslow, said: "She loved the sea more than anything."\n\n'
    '"She never missed a tide," she said.'
)
MATCH = (
    "Hartley Town won the county cup on Saturday.\n\n"
    '"We deserved it after a long season," said Town manager Steve Marsh.\n\n'
    "The winning goal came from Jo Lane in the last minute.\n\n"
    '"My mum was in the crowd today, so that one was for her," said Jo Lane.\n\n'
    "Marsh said the club would celebrate on Sunday."
)
HEARING = (
    "A driver went on trial on Tuesday over a crash that killed a cyclist in Leeds.\n\n"
    "Martin Cole told the hearing he had been walking his dog when the crash happened.\n\n"
    "Fiona Grant, for the defence, asked him whether he had seen the car.\n\n"
    '"Not that I saw," he replied.\n\n'
    "The trial continues."
)
REPLY = (
    "A cyclist was killed in a crash in Leeds last May, the court heard on Tuesday.\n\n"
    "Martin Cole told the hearing the van had not stopped.\n\n"
    'Fiona Grant, for the defence, asked him about the van. "Not that I saw," he replied.\n\n'
    "Grant said the case rested on the timing of the lights."
)
COLUMN = (
    "When I asked my neighbour why he was leaving the city, he laughed.\n\n"
    'Tom Baker has lived on the street for thirty years. "The rents went up again," he told me.\n\n'
    "I have heard the same story from many people this year, and I believe it."
)


def _speakers(record):
    return [q.speaker.name if q.speaker else None for q in record.quotes if q.kind == "direct"]


def _at(text, word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start


def test_a_she_said_after_the_named_speaker_of_the_previous_quotation_is_that_speaker():
    record = analyze(OBITUARY, "2024-03-05")
    assert _speakers(record) == ["Helen Winslow", "Helen Winslow"]
    helen, dorothy = _cluster(record, "Helen Winslow"), _cluster(record, "Dorothy Winslow")
    assert _at(OBITUARY, "she said") in [m.start for m in helen.mentions]
    # the she inside her quotation is the mother the obituary is about
    assert _at(OBITUARY, '"She never') + 1 in [m.start for m in dorothy.mentions]


def test_a_pronoun_inside_another_speakers_quotation_gives_no_one_a_gender():
    record = analyze(MATCH, "2024-03-05")
    marsh, lane = _cluster(record, "Steve Marsh"), _cluster(record, "Jo Lane")
    assert marsh.gender is None and lane.gender is None
    assert "her" not in _texts(marsh) + _texts(lane)  # her mum's


def test_the_he_of_an_embedded_question_and_of_the_reply_is_the_one_asked():
    record = analyze(HEARING, "2024-03-05")
    grant, cole = _cluster(record, "Fiona Grant"), _cluster(record, "Martin Cole")
    assert grant.gender != "male" and _texts(grant) == ["Fiona Grant"]
    assert _at(HEARING, "he had seen") in [m.start for m in cole.mentions]
    assert _speakers(record) == ["Martin Cole"]
    record = analyze(REPLY, "2024-03-05")
    assert _speakers(record) == ["Martin Cole"]
    assert "he" not in _texts(_cluster(record, "Fiona Grant"))


def test_a_bylined_column_in_the_first_person_is_its_authors_narration():
    article = Article(id="x", text=COLUMN, published=None, title="Why I left the city", author="By Miriam Okafor")
    (record,) = analyze_batch([article])
    author = _cluster(record, "Miriam Okafor")
    assert _texts(author).count("I") == 3 and "me" in _texts(author)
    assert "I" not in _texts(_cluster(record, "Tom Baker"))


def test_without_a_byline_or_with_a_desk_for_author_no_one_narrates():
    for author in (None, "Reuters", "By Jane Doe and John Roe"):
        article = Article(id="x", text=COLUMN, published=None, author=author)
        (record,) = analyze_batch([article])
        assert not any("I" in _texts(c) for c in record.people)


def test_a_bare_name_that_tells_an_audience_something_is_a_person():
    record = analyze("Cole told reporters that the alarms had failed. Cole left the court.", "2024-03-05")
    cole = _cluster(record, "Cole")
    assert _texts(cole) == ["Cole", "Cole"] and record.quotes[0].speaker.person == cole.id
    for text in ("Britain told the council that it would pay.",  # a place
                 "Company said common shares outstanding fell to 7,814,000 shares."):  # an organization noun
        assert not analyze(text, "2024-03-05").people


def test_a_reported_speech_between_is_another_speakers_turn():
    text = ('Delhi stockbroker Anil Kapoor said, "There is uncertainty in the market."\n\n'
            'But Bombay broker Dinesh Shah said the selling will slow. "Just now there is nervousness," he said.')
    record = analyze(text, "2024-03-05")
    assert _speakers(record) == ["Anil Kapoor", "Dinesh Shah"]


def test_a_she_said_after_a_described_speaker_is_that_speaker_not_the_topic_person():
    text = ('Dorothy Winslow died on Monday. She was 91.\n\nHer daughter said: "She loved the sea."\n\n'
            '"She never missed a tide," she said.')
    record = analyze(text, "2024-03-05")
    assert _speakers(record) == ["Her daughter", "Her daughter"]
    assert _at(text, "she said") not in [m.start for m in _cluster(record, "Dorothy Winslow").mentions]


def test_a_quotation_that_runs_on_after_a_moved_she_said_has_the_same_speaker():
    text = OBITUARY + ' "The harbour was her whole world."'
    record = analyze(text, "2024-03-05")
    (helen,) = [p for p in record.people if p.name == "Helen Winslow"]
    speakers = [(q.text.strip('"'), q.speaker.name, q.speaker.person) for q in record.quotes if q.kind == "direct"]
    assert speakers[-2:] == [("She never missed a tide,", "Helen Winslow", helen.id),
                             ("The harbour was her whole world.", "Helen Winslow", helen.id)]


def test_a_person_the_model_tags_a_product_is_found_by_a_listed_first_name():
    # the small model tags both "Martin Cole" and "Cole" PRODUCT here
    text = ("A site manager gave evidence on Wednesday.\n\n"
            "\"I rang the office and I said, 'Someone will fall,'\" Martin Cole told the hearing. "
            "Cole, 52, said nobody called back.")
    record = analyze(text, "2025-07-03")
    (cole,) = [p for p in record.people if p.name == "Martin Cole"]
    assert _at(text, "Cole, 52") in [m.start for m in _cluster(record, "Martin Cole").mentions]
    later = next(q for q in record.quotes if q.text.startswith("nobody"))
    assert later.speaker.person == cole.id


def test_the_one_asked_replies_though_the_asker_is_named_in_apposition():
    text = ("Martin Cole, 47, said he never received a reply.\n\n"
            "Counsel to the inquiry, Fiona Grant, asked him whether anyone had inspected the structure. "
            '"Not that I saw," he replied.')
    record = analyze(text, "2025-07-03")
    cole, grant = _cluster(record, "Martin Cole"), _cluster(record, "Fiona Grant")
    assert _at(text, "him whether") in [m.start for m in cole.mentions]  # not the subject's own object
    reply = next(q for q in record.quotes if q.text.startswith('"Not that'))
    assert reply.speaker.name == "Martin Cole"
    assert all(m.text == "Fiona Grant" for m in grant.mentions)
