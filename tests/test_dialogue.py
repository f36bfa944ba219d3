"""The dialogue component's third round (issue 13): titles, bylines, letters, cataphora, nested quotations."""

from __future__ import annotations

import spacy

from dateline import analyze
from dateline.analysis import analyze_batch
from dateline.pipeline import DEFAULT_MODEL
from dateline.pipeline.people.sieve import sieve_lexicon
from dateline.pipeline.people.sieve.title import fold, parse_title, title_names
from dateline.records import Article

# an interview that opens with its first question and names its subject only in the title
QUESTIONS = (
    "Why did you decide to record public domain books, and how did you go about it?\n\n"
    "I thought it would help the cause. I launched the site and emailed some friends.\n\n"
    "Do you personally record audiobooks?\n\n"
    "It was my first experience recording them. I still do the odd chapter.\n"
)
TITLE = "Interview with LibriVox founder Hugh McGuire"


from .people_lookup import cluster as _cluster
from .people_lookup import texts as _texts


def _title_names(title):
    nlp = spacy.load(DEFAULT_MODEL)
    return [" ".join(words) for words, _ in title_names(parse_title(nlp, title), roles=sieve_lexicon().roles)]


def test_title_names_the_interviewee_after_or_before_the_word_interview():
    assert _title_names(TITLE)[0] == "Hugh McGuire"
    assert _title_names("Wikinews interviews academic Simon Licen about attitudes towards US Paralympics")[0] == "Simon Licen"
    assert _title_names("Jack Herrick, wikiHow founder interviewed by Wikinews")[0] == "Jack Herrick"


def test_title_names_no_one_in_a_role_or_a_name_compounded_onto_a_thing():
    assert _title_names("Wikinews interviews meteorological experts on Cyclone Phalin") in ([], ["Cyclone Phalin"])
    assert "Santorum" not in _title_names("Wikinews interviews New York bar owner on Santorum cocktail")
    assert _title_names("Wikinews interviews President of the International Brotherhood of Magicians") == []


def test_fold_ignores_diacritics():
    assert fold("Ličen") == fold("Licen") == "licen"


def test_an_interview_named_only_in_its_title():
    record = analyze(QUESTIONS, "2020-01-01", title=TITLE)
    mcguire = _cluster(record, "Hugh McGuire")
    texts = _texts(mcguire)
    assert texts.count("I") == 3 and "my" in texts
    assert texts.count("you") == 3  # the questions address the interviewee


def test_the_title_never_joins_the_text():
    record = analyze(QUESTIONS, "2020-01-01", title=TITLE)
    assert record.text == QUESTIONS.strip()
    mcguire = _cluster(record, "Hugh McGuire")
    assert all(QUESTIONS[m.start : m.end] == m.text for m in mcguire.mentions)


def test_without_a_title_the_same_text_names_no_interviewee():
    record = analyze(QUESTIONS, "2020-01-01")
    assert not any("I" in _texts(c) for c in record.people)


def test_the_batch_path_reads_the_title_too():
    article = Article(id="x", text=QUESTIONS.strip(), published=None, title=TITLE)
    (record,) = analyze_batch([article])
    assert "I" in _texts(_cluster(record, "Hugh McGuire"))


def test_a_title_does_not_make_a_column_an_interview():
    text = (
        "Why do I still drive to work? I ask myself every morning.\n\n"
        "The bus takes an hour. I have tried it.\n\n"
        "What would change my mind? A faster line, I suppose.\n"
    )
    record = analyze(text, "2020-01-01", title="Why Mayor Karen Bass should fix the buses")
    assert not any("I" in _texts(c) for c in record.people)


def test_an_organization_the_title_shows_to_be_the_interviewee_becomes_a_person():
    text = (
        "Wikinews talked to Herrick about the site he founded.\n\n"
        "What is the site for?\n\nI built it for practical instructions. My goal is a manual.\n\n"
        "Why a wiki?\n\nI thought a wiki would grow fastest.\n"
    )
    record = analyze(text, "2020-01-01", title="Jack Herrick, wikiHow founder interviewed by Wikinews")
    herrick = next(c for c in record.people if "Herrick" in c.name)
    assert "I" in _texts(herrick)
    assert not any("Herrick" in o.name for o in record.organizations)


def test_a_byline_gives_the_essays_i_to_its_author():
    text = (
        "By Cory Doctorow\n\n"
        "The worst writing advice I ever got was to stay away from the Internet.\n\n"
        "I know where it came from, but it wasted my time.\n"
    )
    record = analyze(text, "2020-01-01")
    assert {"I", "my"} <= set(_texts(_cluster(record, "Cory Doctorow")))


def test_a_byline_over_a_story_told_in_dialogue_is_not_its_narrator():
    text = (
        "by Alex Wilson\n\n"
        "\u201cWhere are you going?\u201d she asked.\n\n"
        "\u201cHome,\u201d I said.\n\n"
        "\u201cNow?\u201d\n\n"
        "I nodded and left.\n"
    )
    record = analyze(text, "2020-01-01")
    wilson = [c for c in record.people if c.name == "Alex Wilson"]
    assert not wilson or "I" not in _texts(wilson[0])


def test_a_salutation_of_a_title_and_a_name_and_a_signature_after_its_formula():
    text = (
        "Robert Pangborn\n\nDr. Pangborn,\n\n"
        "I hope all is well, and thank you for meeting with me.\n\n"
        "I look forward to our discussion.\n\nRespectfully, George Chriss\n"
    )
    record = analyze(text, "2020-01-01")
    assert _texts(_cluster(record, "George Chriss")).count("I") == 2
    pangborn = next(c for c in record.people if "Pangborn" in c.name)
    assert "you" in _texts(pangborn)


def test_cataphora_an_opening_description_is_the_person_named_next():
    text = (
        "A former finance director told a jury on Monday that he had been ordered to falsify the accounts.\n\n"
        '"I was told to make the numbers work," Daniel Reeve, 52, said.\n'
    )
    record = analyze(text, "2020-01-01")
    reeve = _cluster(record, "Daniel Reeve")
    texts = _texts(reeve)
    assert "A former finance director" in texts and "he" in texts
    assert record.quotes[0].speaker.name == "Daniel Reeve"  # the indirect quote of the description


def test_no_cataphora_to_a_person_already_named():
    text = (
        "Daniel Reeve's lawyer spoke first. A former finance director told a jury on Monday that the accounts were false.\n\n"
        "Daniel Reeve, 52, said nothing.\n"
    )
    record = analyze(text, "2020-01-01")
    assert "A former finance director" not in _texts(_cluster(record, "Daniel Reeve"))


def test_the_i_of_a_nested_quotation_is_its_own_speakers():
    text = (
        "A former accountant told a jury on Wednesday that her manager had urged her to hide the losses.\n\n"
        "\"She said, 'I don't care how you do it,'\" Jane Reeve told the court.\n\n"
        "Reeve's former manager, Helen Marsh, denies fraud.\n"
    )
    record = analyze(text, "2024-03-05")
    marsh, reeve = _cluster(record, "Helen Marsh"), _cluster(record, "Jane Reeve")
    assert "I" in _texts(marsh) and "I" not in _texts(reeve)
    assert "A former accountant" in _texts(reeve)


NARRATED = (
    "I was doing the crossword when I heard a crash from the kitchen.\n\n"
    "\u201cRobert,\u201d Mom says, \u201ccome here.\u201d\n\n"
    "I put down my pen and went to her.\n\n"
    "\u201cCara,\u201d I say, \u201cwhat happened?\u201d\n\n"
    "\u201cRobert, she broke it,\u201d Mom says. I sigh, and my head hurts.\n"
)


def test_a_narrator_the_others_call_by_name():
    record = analyze(NARRATED, "2020-01-01")
    texts = _texts(_cluster(record, "Robert"))
    assert texts.count("I") >= 4 and "my" in texts
    assert all("I" not in _texts(c) for c in record.people if c.name != "Robert")


def test_no_narrator_from_a_single_call_in_third_person_narration():
    text = NARRATED.replace("I ", "Tom ").replace(" my ", " his ").replace("I sigh", "Tom sighs")
    record = analyze(text, "2020-01-01")
    robert = [c for c in record.people if c.name == "Robert"]
    assert not robert or "I" not in _texts(robert[0])


def test_a_work_the_model_calls_a_person_leaves_the_people():
    text = (
        "Aner Shalev wrote a book in 2005. The novel, Dark Matters, sold well.\n\n"
        "Shalev said the reviews of Dark Matters were kind.\n"
    )
    record = analyze(text, "2020-01-01")
    assert "Dark Matters" not in [p.name for p in record.people]
    ids = [p.id for p in record.people]
    assert ids == [f"p{k}" for k in range(1, len(ids) + 1)]
    assert all(q.speaker is None or q.speaker.person in (None, *ids) for q in record.quotes)


def test_a_speaker_named_at_the_end_of_a_role_phrase_is_that_person():
    text = ('Mary Jones met the governor in Olympia on Monday. In a statement, Governor of Washington '
            'Chris Gregoire said "we will rebuild the bridge." Gregoire left early.')
    record = analyze(text, "2020-01-01")
    quote = next(q for q in record.quotes if q.kind == "direct")
    assert quote.speaker.name == "Chris Gregoire" and quote.speaker.person is not None


def test_a_person_after_of_does_not_speak_for_the_role_phrase():
    text = 'John Smith arrived on Monday. The lawyer of John Smith said "he is innocent." Smith did not comment.'
    record = analyze(text, "2020-01-01")
    quote = next(q for q in record.quotes if q.kind == "direct")
    assert quote.speaker.name != "John Smith"
