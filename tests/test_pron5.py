"""Eleventh round's pronoun rules (issue 13), on invented text."""

from __future__ import annotations

from dateline.eval.coref_systems import dateline_resolver, parse


def _clusters(nlp, text):
    """dateline's clusters as {name: [mention texts with their offsets]}."""
    doc = parse(nlp, [text])[0]
    found = dateline_resolver(nlp, None)([doc])[0]
    return {c.name: [(doc.text[a:b], a) for a, b in c.mentions] for c in found}


def test_pronoun_beyond_reach_is_the_person_named_since_the_protagonist(nlp):
    text = ("Mark Dalton runs a bakery in Leeds. Dalton opened it in 1990. He still bakes every morning, and he says "
            "he loves it. Last year Dalton hired Peter Quinn as a driver.\n\n"
            "The van is old. The roads are bad. The winter was long. The bread was often late. "
            "Then he crashed the van.")
    clusters = _clusters(nlp, text)
    last = text.rindex(" he ") + 1
    assert ("he", last) in clusters["Peter Quinn"]
    assert ("he", last) not in clusters["Mark Dalton"]


def test_plural_subject_equated_with_a_name_is_no_rival_thing(nlp):
    text = ("The earliest settlers of the valley were the Kirani who belong to a branch of the Peruvians who moved "
            "north some centuries ago. They were farmers and weavers.")
    clusters = _clusters(nlp, text)
    assert ("They", text.index("They")) in clusters["Peruvians"]
