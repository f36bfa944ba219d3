"""Source spans of cues with no subject of their own (issue 14, branch `sources`)."""

from __future__ import annotations

from dateline import analyze


def _source_of(text: str, cue: str) -> str | None:
    record = analyze(text, "2020-01-01")
    quote = next(q for q in record.quotes if q.cue is not None and q.cue.text == cue)
    return None if quote.speaker is None else record.text[quote.speaker.start : quote.speaker.end]


def test_gerund_after_a_preposition_takes_its_host_verbs_subject():
    text = "Sanders dismissed the charges by pointing out that she had changed her mind."
    assert _source_of(text, "pointing out") == "Sanders"


def test_gerund_on_a_passive_verb_takes_the_passive_subject_not_the_agent():
    text = "Maria Lopez was booed by the crowd after saying that the tax would stay."
    assert _source_of(text, "saying") == "Maria Lopez"


def test_active_verb_conjoined_to_a_passive_shares_its_subject():
    text = "The voters, who are drawn to his message and feel that the system is rigged, came early."
    assert _source_of(text, "feel") == "who"


def test_gerund_after_an_object_is_the_objects_deed():
    text = "The ban drew criticism for the atmosphere of hostility that critics blame for denying them entry."
    record = analyze(text, "2020-01-01")  # with no source found, the gerund makes no attribution at all (qcue3)
    sources = [record.text[q.speaker.start : q.speaker.end] for q in record.quotes
               if q.cue is not None and q.cue.text == "denying" and q.speaker is not None]
    assert "critics" not in sources


def test_participle_conjoined_to_a_passive_is_passive_too():
    text = "I was hauled in and told that my mother had attacked the church."
    assert _source_of(text, "told") != "I"


def test_degree_words_that_size_a_group_stay_in_the_source():
    assert _source_of("Nearly half of the voters said the party had failed them.", "said") == "Nearly half of the voters"
    assert _source_of("Both Ms. King and Mr. Shultz said the deal was dead.", "said") == "Both Ms. King and Mr. Shultz"


def test_conjoined_gerund_shares_the_first_ones_source():
    text = "Trump responded to the tweet by calling him dopey and accusing him of wanting to control politicians."
    assert _source_of(text, "accusing") == "Trump"


def test_name_parsed_as_an_appositive_before_the_verb_is_its_source():
    text = (
        "Tuesday in New York City, while on the campaign trail for his wife Democratic presidential front-runner"
        " Hillary Clinton, former president Bill Clinton said his wife was uniquely qualified."
    )
    assert _source_of(text, "said") == "former president Bill Clinton"


def test_saying_aside_hung_inside_a_cues_content_is_the_cues_speaker():
    text = (
        "Trump argued that a database would keep people from coming into the country illegally,"
        " saying it was all about management."
    )
    assert _source_of(text, "saying") == "Trump"


def test_inverted_source_runs_on_over_a_name_the_tokenizer_split():
    text = "“They just don’t understand the military,” said Army Capt. Christian Pardo, who would not vote."
    assert _source_of(text, "said") == "Army Capt. Christian Pardo"
    text = "“Not to mention, President Thor,” mused Blaze co-host Stu Burguiere. “We are the biggest.”"
    assert _source_of(text, "mused") == "Blaze co-host Stu Burguiere"
    assert _source_of("“We won,” said Black. Black is an adviser to the governor.", "said") == "Black"
