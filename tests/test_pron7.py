"""Twelfth round's pronoun and description rules (issue 13), on invented text."""

from __future__ import annotations

from dateline.eval.coref_systems import dateline_resolver, parse

_OPENING = ("We were waiting for word from Carl. He called at noon. He said he was late, and he sounded tired. "
            "He had lost his keys.\n\n")
_AFTER = " The show is old. The tickets are cheap. The hall is empty. The music is loud. Oh, he retired."


def _clusters(nlp, text):
    """dateline's clusters as {name: [mention texts with their offsets]}."""
    doc = parse(nlp, [text])[0]
    found = dateline_resolver(nlp, None)([doc])[0]
    return {c.name: [(doc.text[a:b], a) for a, b in c.mentions] for c in found}


def test_pronoun_beyond_reach_goes_to_a_person_of_unknown_gender_named_after_a_protagonist_named_once(nlp):
    text = _OPENING + "Fans are sad because the Zorvak's career is over." + _AFTER
    clusters = _clusters(nlp, text)
    last = text.rindex(" he ") + 1
    assert ("he", last) in clusters["Zorvak"]
    assert ("he", last) not in clusters["Carl"]


def test_a_person_named_by_an_organization_noun_does_not_take_it(nlp):
    text = _OPENING + "Fans are sad because the Enemy's career is over." + _AFTER
    clusters = _clusters(nlp, text)
    last = text.rindex(" he ") + 1
    assert ("he", last) in clusters["Carl"]
    assert ("he", last) not in clusters.get("Enemy", [])


def test_a_person_of_unknown_gender_named_in_passing_does_not_take_it(nlp):
    text = _OPENING + "The people he worked with included Okello Cass and Zorvak Thurlow." + _AFTER
    clusters = _clusters(nlp, text)
    last = text.rindex(" he ") + 1
    assert ("he", last) in clusters["Carl"]


_DOCTOR = ("Is there anything you need? I've seen the doctor twice since I've been back, and he's convinced that I "
           "just missed an episode. I feel quite well now and I am watching myself. I lost twelve pounds. "
           "I've promised {} that I will not travel at all.")


def test_a_role_no_one_holds_is_the_person_the_next_sentences_name_by_its_title(nlp):
    text = _DOCTOR.format("Dr. Okafor")
    clusters = _clusters(nlp, text)
    assert ("the doctor", text.index("the doctor")) in clusters["Okafor"]
    assert ("he", text.index("he's")) in clusters["Okafor"]


def test_a_role_two_people_hold_stays_open(nlp):
    text = _DOCTOR.format("Dr. Okafor and Dr. Lindqvist")
    clusters = _clusters(nlp, text)
    assert not any(("the doctor", text.index("the doctor")) in m for m in clusters.values())
