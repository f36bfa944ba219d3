"""Descriptions of people and organizations: the sieve's precise pass and the definite descriptions, on small texts."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.pipeline.people import scan
from dateline.pipeline.people.entities import Cluster, MentionRef
from dateline.pipeline.people.sieve import appositions, linking_nouns, precise, sieve_lexicon


@pytest.fixture(scope="module")
def parse(nlp):
    model = [n for n in nlp.pipe_names if not n.startswith("dateline_") or n == "dateline_paragraphs"]

    def run(text: str):
        with nlp.select_pipes(enable=model):
            return nlp(text)
    return run


def _nouns():
    lex = sieve_lexicon()
    return lex.org_nouns | frozenset(lex.roles) | lex.kin


def _person(doc, *indices) -> tuple[Cluster, dict]:
    cluster = Cluster("p1", "PERSON", "X")
    return cluster, {i: cluster for i in indices}


def test_predicate_links_once_its_subject_is_resolved(parse):
    doc = parse("He was a businessman. The market fell on Monday.")
    he = next(t.i for t in doc if t.lower_ == "he")
    noun = next(t.i for t in doc if t.lower_ == "businessman")
    cluster, refs = _person(doc, he)
    heads = precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set())
    assert heads[cluster] == {"businessman"} and [m.text for m in cluster.mentions] == ["a businessman"]
    assert noun not in refs  # a predicate stays out of refs, as appositions do


def test_second_run_reads_only_sentences_whose_refs_changed(parse):
    doc = parse("He was a businessman. She was a lawyer.")
    he, she = (next(t.i for t in doc if t.lower_ == w) for w in ("he", "she"))
    cluster, refs = _person(doc, he, she)
    unchanged = dict(refs)
    assert not precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set(), since=unchanged)
    before = {he: cluster}  # "she" is new since then: only her sentence is read again
    heads = precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set(), since=before)
    assert [m.text for m in cluster.mentions] == ["a lawyer"] and heads[cluster] == {"lawyer"}


def test_candidates_are_the_nouns_in_a_linking_relation(parse):
    doc = parse("Mary Barra, the company's chief executive, said sales rose. She served as an engineer.")
    found = {doc[i].text for i in linking_nouns.candidates(doc, {}, None)}
    assert {"executive", "engineer"} <= found
    assert "sales" not in found  # a subject links nothing


def test_apposition_then_same_head_description():
    record = analyze(
        "Mary Barra, the company's chief executive, spoke on Monday. Analysts listened. "
        "The chief executive said sales would rise.",
        "2020-01-01",
    )
    barra = next(p for p in record.people if p.name == "Mary Barra")
    assert any(m.text.lower() == "the chief executive" for m in barra.mentions)


def _mentions(record, name):
    person = next(p for p in record.people + record.organizations if p.name == name)
    return [m.text for m in person.mentions]


def test_role_noun_right_before_a_name_describes_it():
    record = analyze("In 1998, Padalecki and his partner Chris Cardenas won the national title.", "2020-01-01")
    assert "his partner" in _mentions(record, "Chris Cardenas")
    assert "his partner" not in _mentions(record, "Padalecki")


def test_a_thing_noun_before_a_name_is_no_description():
    record = analyze("Critics praised the novel Mark Twain wrote in 1884.", "2020-01-01")
    assert not any("novel" in m for m in _mentions(record, "Mark Twain"))


def test_predicate_after_brackets_takes_the_name_outside_them():
    record = analyze(
        "Jeanne Moreau (French pronunciation: [ʒan mɔʁo]; 23 January 1928 – 31 July 2017) was a French actress, "
        "singer, screenwriter and director. She won many awards.",
        "2020-01-01",
    )
    mentions = _mentions(record, "Jeanne Moreau")
    assert any(m.endswith("French actress") for m in mentions)


def test_as_phrase_of_a_possessed_noun_describes_the_possessor():
    record = analyze("Mary Smith spoke on Monday. From her perspective as a scientist, the plan was wrong.", "2020-01-01")
    assert "a scientist" in _mentions(record, "Mary Smith")


def test_organization_noun_held_by_a_near_organization_name():
    record = analyze(
        "Chao served as president of the Linguistic Society of America. A special issue of the society's journal "
        "was dedicated to him.",
        "2020-01-01",
    )
    assert any(m.lower().startswith("the society") for m in _mentions(record, "Linguistic Society of America"))


def test_his_wife_is_whom_he_married():
    record = analyze(
        "Chao returned to China in 1920, marrying the physician Yang Buwei there that year. "
        "In 1973 Chao and his wife visited Beijing.",
        "2020-01-01",
    )
    assert "his wife" in _mentions(record, "Yang Buwei")


def test_his_wife_stays_open_when_he_married_no_one_named():
    record = analyze("Chao returned to China in 1920. In 1973 Chao and his wife visited Beijing.", "2020-01-01")
    assert not any("his wife" in m for p in record.people for m in _mentions(record, p.name) if p.name != "Chao")


def test_letters_after_a_bracketed_name_do_not_stop_the_predicate(parse):
    doc = parse("Sir John Smith KBE (born 8 September 1944) was a British politician.")
    verb = next(t for t in doc if t.lower_ == "was")
    smith, refs = _person(doc, *(t.i for t in doc if t.text in ("John", "Smith")))
    assert appositions._name_before_brackets(verb, refs) is smith  # "Sir", "KBE": proper nouns of no one
    other = Cluster("p2", "PERSON", "KBE")
    refs[next(t.i for t in doc if t.text == "KBE")] = other
    assert appositions._name_before_brackets(verb, refs) is None  # two people before the verb: not ours to pick


def test_role_noun_and_a_name_between_commas(parse):
    doc = parse("After seeing the success of a classmate, Kaho Tanabe, who wrote a novel, Higuchi decided to write.")
    noun = next(t for t in doc if t.lower_ == "classmate")
    tanabe = Cluster("p1", "PERSON", "Kaho Tanabe")
    start = next(t.i for t in doc if t.text == "Kaho")
    tanabe.add(MentionRef(start, start + 2, doc[start].idx, doc[start + 1].idx + 6, "Kaho Tanabe", "full"))
    refs = {start: tanabe, start + 1: tanabe}
    assert appositions._name_after(noun, refs) is tanabe


def test_no_apposition_without_the_closing_comma(parse):
    doc = parse("After meeting the president, Smith said the talks had failed.")
    noun = next(t for t in doc if t.lower_ == "president")
    smith = Cluster("p1", "PERSON", "Smith")
    i = next(t.i for t in doc if t.text == "Smith")
    smith.add(MentionRef(i, i + 1, doc[i].idx, doc[i].idx + 5, "Smith", "single"))
    assert appositions._name_after(noun, {i: smith}) is None


def test_wordnet_person_noun_with_a_determiner_before_a_name_describes_it(parse):
    doc = parse("In 2003, Marsh hired his bodyguard Tom Keller to drive him home.")
    noun = next(t for t in doc if t.lower_ == "bodyguard")
    assert "bodyguard" not in _nouns()  # known from WordNet only
    start = next(t.i for t in doc if t.text == "Tom")
    keller = Cluster("p1", "PERSON", "Tom Keller")
    keller.add(MentionRef(start, start + 2, doc[start].idx, doc[start + 1].idx + 6, "Tom Keller", "full"))
    assert appositions.role_before_name(noun, {start: keller, start + 1: keller}, _nouns()) is keller


def test_bare_wordnet_person_noun_compounded_onto_a_name_is_its_description(parse):
    # GUM heads "French realist Jules Bastien-Lepage" by "realist", the name its apposition (GUM_bio_padalecki).
    doc = parse("He admired the portraits by French realist Jules Bastien-Lepage at the fair.")
    noun = next(t for t in doc if t.lower_ == "realist")
    start = next(t.i for t in doc if t.text == "Jules")
    painter = Cluster("p1", "PERSON", "Jules Bastien-Lepage")
    painter.add(MentionRef(start, start + 4, doc[start].idx, doc[start + 3].idx + 6, "Jules Bastien-Lepage", "full"))
    refs = {i: painter for i in range(start, start + 4)}
    assert appositions.role_before_name(noun, refs, _nouns()) is painter


def _linked(parse, text: str, people: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Run the precise pass on `text` with each named person holding the listed words; their descriptions."""
    doc = parse(text)
    refs, clusters = {}, {}
    for k, (name, words) in enumerate(people.items()):
        cluster = clusters[name] = Cluster(f"p{k + 1}", "PERSON", name)
        for t in doc:
            if t.text in words:
                refs[t.i] = cluster
    precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set())
    return {name: [m.text for m in c.mentions] for name, c in clusters.items()}


def test_relative_pronoun_subject_is_the_name_before_it(parse):
    found = _linked(parse, "At the villa I met the Prince of Spain, Alphonso, who is the son of King Carlos.",
                    {"Alphonso": ("Alphonso",)})
    assert found["Alphonso"] == ["the son"]


def test_predicate_coordinated_onto_the_copula(parse):
    found = _linked(parse, "He's a blogger and the South Asia editor for Global Voices.", {"Rezwan": ("He",)})
    assert found["Rezwan"] == ["a blogger", "the South Asia editor"]


def test_object_predicate_describes_the_object_not_the_subject(parse):
    found = _linked(parse, "We called her the inventor of the style.", {"Zaha": ("her",), "Elia": ("We",)})
    assert found == {"Zaha": ["the inventor"], "Elia": []}


def test_as_phrase_of_a_complement_verb_describes_the_main_subject(parse):
    found = _linked(parse, "He would later claim to have learned Greek as a schoolboy.", {"Jerome": ("He",)})
    assert found["Jerome"] == ["a schoolboy"]


def test_as_phrase_of_a_fronted_participle_describes_the_main_subject(parse):
    found = _linked(parse, "While primarily used as an infielder, he has played every position.", {"Holt": ("he",)})
    assert found["Holt"] == ["an infielder"]


def test_relative_object_of_as_is_not_the_subject(parse):
    found = _linked(parse, "He met Bonosus, whom Jerome identifies as his friend.",
                    {"Bonosus": ("Bonosus",), "Jerome": ("Jerome",)})
    assert "his friend" not in found["Jerome"]


def test_no_predicate_of_an_existential_there(parse):
    found = _linked(parse, "His father encouraged him to study business, there being poor rewards for a mathematician.",
                    {"Johann": ("father",), "Daniel": ("him",)})
    assert not any("rewards" in m for ms in found.values() for m in ms)


def test_another_name_modifying_the_noun_is_left_out_of_the_description(parse):
    doc = parse("She is an American YouTube personality.")
    her, org = Cluster("p1", "PERSON", "Jenna Marbles"), Cluster("o1", "ORG", "American YouTube")
    refs = {0: her} | {t.i: org for t in doc if t.text in ("American", "YouTube")}
    precise.link_descriptions(doc, refs, nouns=_nouns(), seen=set())
    assert [m.text for m in her.mentions] == ["personality"] and not org.mentions


def test_candidates_are_read_once_a_doc_and_skip_compounds_on_common_nouns(parse):
    doc = parse("Oil prices rose. He was a businessman.")
    found = {doc[i].text for i in linking_nouns.candidates(doc, {}, None)}
    assert "Oil" not in found and "businessman" in found  # "oil" of "oil prices" can describe no one
    walk = scan._read(doc).kept["precise"]
    he = next(t.i for t in doc if t.lower_ == "he")
    cluster = Cluster("p1", "PERSON", "X")
    assert linking_nouns.candidates(doc, {he: cluster}, {}) == [next(t.i for t in doc if t.lower_ == "businessman")]
    assert scan._read(doc).kept["precise"] is walk  # the later run read the same walk, no array again


def test_name_after_a_short_phrase_and_a_comma_is_the_apposition():
    record = analyze("He had a romance with a younger boy at Harrow, John Thomas Claridge. It ended soon.", "2020-01-01")
    assert "a younger boy" in _mentions(record, "John Thomas Claridge")
    record = analyze("My father decided to bring me a tutor from Bain: Master Lunre, a quiet man.", "2020-01-01")
    assert "a tutor" in _mentions(record, "Master Lunre")


def test_name_after_a_phrase_holding_a_person_is_not_the_nouns():
    record = analyze("She met the daughter of the king, Louis Capet, in Paris.", "2020-01-01")
    assert not any("daughter" in m for m in _mentions(record, "Louis Capet"))


def test_bracketed_organization_after_an_of_phrase_names_the_organization_noun():
    record = analyze(
        "On the administrative level, the directors of the libraries participating in the consortium of Dutch "
        "academic libraries (UKB) also expressed the wish that librarians become more fluent.",
        "2020-01-01",
    )
    assert "the consortium" in _mentions(record, "UKB")


def test_name_parsed_as_the_first_modifier_of_a_role_noun_is_its_apposition():
    record = analyze("I'm Lauren, news editor at Global Voices. And I'm Sahar, managing editor at Global Voices.", "2020-01-01")
    assert "managing editor" in _mentions(record, "Sahar")


def test_gerund_after_a_preposition_takes_the_main_clause_subject():
    record = analyze("In 2012, the athlete Oscar Pistorius made history by being the first runner to compete.", "2020-01-01")
    assert "the first runner" in _mentions(record, "Oscar Pistorius")


def test_party_nouns_before_an_organization_or_a_group_named_by_one():
    record = analyze(
        "For the intervener, British Columbia Lottery Corporation: Michael Stevens and Shannon Ramsey. "
        "For the respondents, Douglas Babstock et al.: Kirk M. Bart. You will hear the respondent's counsel.",
        "2020-01-01",
    )
    assert "the intervener" in _mentions(record, "British Columbia Lottery Corporation")
    babstock = _mentions(record, "Douglas Babstock")
    assert "the respondents" in babstock and "the respondent" in babstock



def test_organization_noun_for_the_organization_a_near_name_and_the_noun_name():
    record = analyze(
        "In 1801, Byron was sent to Harrow, where he remained until July 1805. An undistinguished student, he did "
        "represent the school during the first cricket match. Much later he wrote of the relations he had at Harrow School.",
        "2020-01-01",
    )
    assert "the school" in _mentions(record, "Harrow School")


def test_bare_wordnet_person_noun_compounded_onto_a_name_describes_it():
    record = analyze("In his 1796 essay, American patriot Thomas Paine distinguished between two kinds of property.", "2020-01-01")
    assert any("patriot" in m for m in _mentions(record, "Thomas Paine"))


def test_definite_description_is_not_its_own_verbs_subject():
    record = analyze(
        "The journal was published by Frontiers. Jeffrey Beall decided to add the publisher to his list.", "2020-01-01"
    )
    assert "the publisher" not in _mentions(record, "Jeffrey Beall")
    record = analyze("Senator Bob Casey met John Smith. Later he thanked the senator.", "2020-01-01")
    assert "the senator" not in _mentions(record, "John Smith")  # the cluster so described keeps it


def test_father_is_the_parent_other_than_the_known_mother():
    # The second parent hangs on "born" in the parse; the mother's first name is female, so he is the father.
    record = analyze(
        "Lena Morel was born in Lyon, the daughter of Katherine Dubois, a teacher, and Anatole-Désiré Morel, "
        "a baker. Morel's father was French; her mother was English.",
        "2020-01-01",
    )
    assert "Morel's father" in _mentions(record, "Anatole-Désiré Morel")
    assert "her mother" in _mentions(record, "Katherine Dubois")


def test_plural_person_noun_before_a_list_of_names_is_their_group():
    from .people_lookup import Resolved
    from .people_lookup import cluster as _cluster
    from .people_lookup import texts as _texts

    record = Resolved("Tom Harlow married Jane Pike in 2010. They have two daughters, Emily Harlow [3] "
                      "(b. March 2011) and Fern Harlow.")
    assert _texts(_cluster(record, "Emily Harlow [3] (b. March 2011) and Fern Harlow")) == [
        "two daughters", "Emily Harlow [3] (b. March 2011) and Fern Harlow"]
    assert "two daughters" not in _texts(_cluster(record, "Emily Harlow"))
    record = Resolved("The prize went to its main representatives (Douglass North, Ronald Coase and Elinor Ostrom).")
    assert "its main representatives" in _texts(_cluster(record, "Douglass North, Ronald Coase and Elinor Ostrom"))


def test_plural_noun_before_a_citation_or_one_name_is_no_group():
    from .people_lookup import Resolved

    for text in ("Games improve memory in children (Miller & Robertson, 2010) and adults.",
                 "The brothers, Tom Harlow, met in Paris with Jane Pike."):
        assert not any(m.kind == "group" for c in Resolved(text).people for m in c.mentions), text


def test_plural_noun_right_before_the_names_is_no_group_of_its_own():
    from .people_lookup import Resolved

    record = Resolved("He admired the writers Mark Twain, Robert Louis Stevenson and Neil Gaiman.")
    assert not any(m.kind == "group" for c in record.people for m in c.mentions)


def test_the_guy_is_a_person_noun_like_the_man():
    record = analyze("Look at John Harlow, who asked for more rules while cheating. Look how it worked out for that guy.",
                     "2020-01-01")
    assert "that guy" in _mentions(record, "John Harlow")


def test_one_of_a_group_of_people_said_of_a_name_is_its_mention(parse):
    found = _linked(parse, "Fillmore is one of the founders of cognitive linguistics.", {"Fillmore": ("Fillmore",)})
    assert found["Fillmore"] == ["one"]
    found = _linked(parse, "Moreau established herself as one of the leading actresses of the troupe.",
                    {"Moreau": ("Moreau", "herself")})
    assert found["Moreau"] == ["one"]


def test_one_of_a_group_of_things_is_no_mention(parse):
    found = _linked(parse, "Fillmore is one of the reasons for the change.", {"Fillmore": ("Fillmore",)})
    assert found["Fillmore"] == []


def test_a_curly_apostrophe_s_is_a_copula(parse):
    found = _linked(parse, "Undertaker wrestled. He’s my favorite wrestler, easily.", {"Undertaker": ("Undertaker", "He")})
    assert found["Undertaker"] == ["my favorite wrestler"]


def test_a_person_titled_otherwise_is_not_the_office_a_description_names():
    text = ("Justice Alito asked whether the plan was a loan.\n\n"
            "That was the document the Secretary signed in August, and Justice Alito read it.")
    record = analyze(text, "2023-02-28")
    (alito,) = [p for p in record.people if p.name.endswith("Alito")]
    assert "the Secretary" not in [m.text for m in alito.mentions]
    # the same office again is still the person's: "Senator Casey … the senator"
    record = analyze("Senator Casey spoke first. Later the senator left the chamber.", "2023-02-28")
    (casey,) = [p for p in record.people if p.name.endswith("Casey")]
    assert "the senator" in [m.text for m in casey.mentions]
