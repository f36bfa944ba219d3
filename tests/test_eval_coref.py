"""`dateline eval coref`: the GUM reader, the name matching and the measures, on a hand-written document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.eval.coref import align, conll_scores, mention_keys, names_match, score
from dateline.eval.coref_systems import SystemCluster
from dateline.eval.gum import GoldEntity, GoldMention, GumDocument, conllu_files, form_of, read_documents, read_splits

from .conftest import shared_data

TINY = Path(__file__).parent / "data" / "gum"


@pytest.fixture(scope="module")
def tiny():
    (doc,) = read_documents(conllu_files([TINY], split="dev"))
    return doc


def test_splits_select_the_files():
    assert read_splits(TINY / "splits.md") == {"dev": ["GUM_bio_tiny"]}
    assert [f.name for f in conllu_files([TINY], split="dev")] == ["GUM_bio_tiny.conllu"]
    assert conllu_files([TINY], split="train") == []
    assert conllu_files([TINY / "GUM_bio_tiny.conllu"], split=None) == [TINY / "GUM_bio_tiny.conllu"]


def test_text_leaves_out_headings_and_captions(tiny):
    assert tiny.text == 'Anna Berg joined Acme Corp in 1990. She said: "I like it."\n\nThe company hired a friend of hers.\n\nMe too.'
    assert "Early life" not in tiny.text and "1995" not in tiny.text
    assert tiny.genre == "bio"


def test_mentions_are_placed_on_their_characters(tiny):
    for m in tiny.mentions:
        assert tiny.text[m.start : m.end] == m.text
    assert [(m.text, m.form) for m in tiny.mentions] == [
        ("Anna Berg", "name"),
        ("Acme Corp", "name"),
        ("She", "pronoun3"),
        ("I", "pronoun12"),
        ("it", "pronoun3"),
        ("The company", "description"),
        ("a friend of hers", "description"),
        ("hers", "pronoun3"),
        ("Me", "pronoun12"),
    ]
    assert [m.text for m in tiny.mentions if m.in_turn] == ["Me"]  # the last paragraph is a speaker's turn
    company = tiny.mentions[5]
    assert tiny.text[company.head_start : company.head_end] == "company"
    names = {e.type: e.name for e in tiny.entities.values() if e.name}
    assert names == {"person": "Anna Berg", "organization": "Acme Corp"}
    assert sum(e.name is None for e in tiny.entities.values()) == 1  # "a friend of hers" is never named


def test_forms_from_the_head():
    assert form_of("PRON", "Case=Nom|Number=Plur|Person=1|PronType=Prs") == "pronoun12"
    assert form_of("PRON", "Gender=Neut|Number=Sing|Person=3|PronType=Prs") == "pronoun3"
    assert form_of("PRON", "PronType=Rel") == "other"
    assert form_of("NOUN", "Number=Sing") == "description"


def test_names_match_by_normalised_word_sequence():
    assert names_match("Byron", "Lord Byron")
    assert names_match("the BBC's", "BBC")
    assert names_match("Acme Corp", "Acme Corp.")
    assert not names_match("John Murray", "John Edleston")
    assert not names_match("", "Byron") and not names_match(None, "Byron")


def _clusters(doc, groups: dict[str, list[str]]) -> list[SystemCluster]:
    """System clusters named by the key, holding the gold mentions whose texts are listed (head words only)."""
    out = []
    for name, texts in groups.items():
        spans = []
        for t in texts:
            m = next(m for m in doc.mentions if m.text == t)
            spans.append((m.head_start, m.head_end))
        out.append(SystemCluster(name, "", tuple(spans)))
    return out


def test_a_perfect_system_scores_one(tiny):
    perfect = _clusters(tiny, {"Anna Berg": ["Anna Berg", "She", "I", "hers", "Me"], "Acme Corp": ["Acme Corp", "it", "The company"]})
    result = score([tiny], [perfect])
    assert result["accuracy"]["all"] == {"accuracy": 1.0, "correct": 8, "n": 8}
    assert result["accuracy"]["1st/2nd-person in speaker turns"]["n"] == 1
    assert result["link_precision"]["precision"] == 1.0
    assert result["cluster_precision"]["precision"] == 1.0 and result["cluster_recall"]["recall"] == 1.0
    assert result["conll"]["conll_f1"] == 1.0
    assert result["errors"] == []


def test_misses_count_by_form_and_type(tiny):
    # "it" given to the person, "I" and "The company" not found, "Berg" as its own person named "Berg".
    system = _clusters(tiny, {"Anna Berg": ["Anna Berg", "She", "it", "hers"], "Acme Corp": ["Acme Corp"]})
    result = score([tiny], [system])
    acc = result["accuracy"]
    assert acc["all"]["correct"] == 4 and acc["all"]["n"] == 8
    assert acc["form pronoun12"]["accuracy"] == 0.0 and acc["form pronoun12"]["n"] == 2
    assert acc["organization pronouns"] == {"accuracy": 0.0, "correct": 0, "n": 1}
    assert acc["person 3rd-person pronouns"]["accuracy"] == 1.0
    assert acc["form description"]["n"] == 1  # the unnamed friend is not evaluated
    assert acc["all but 1st/2nd-person pronouns"]["n"] == 6
    assert result["link_precision"] == {"precision": 0.8, "correct": 4, "n": 5}
    kinds = {e["kind"]: e["count"] for e in result["errors"]}
    assert kinds == {
        "organization pronoun3: in another entity's cluster": 1,
        "person pronoun12: no mention": 2,
        "organization description: no mention": 1,
    }
    assert 0 < result["conll"]["muc"]["f1"] < 1


def test_alignment_takes_the_shortest_mention_at_the_head(tiny):
    anna = next(m for m in tiny.mentions if m.text == "Anna Berg")
    system = [SystemCluster("Anna", "PERSON", ((anna.start, anna.end),)), SystemCluster("Berg", "PERSON", ((0, 4),))]
    aligned = align(tiny, system)
    i = tiny.mentions.index(anna)
    assert aligned.system[aligned.at_gold[i]][2] == 1


def test_a_system_mention_stands_for_the_gold_mention_of_its_own_span():
    # GUM nests the cited author (a person) inside the citation (an abstract entity) on the same head word.
    text = "As shown (Biggs 2010), Biggs was right."
    citation = GoldMention(10, 20, 10, 15, "c", "name", "Biggs 2010", name="Biggs")
    author = GoldMention(10, 15, 10, 15, "p", "name", "Biggs", name="Biggs")
    again = GoldMention(23, 28, 23, 28, "p", "name", "Biggs", name="Biggs")
    entities = {"c": GoldEntity("c", "abstract", "Biggs", ("Biggs",)), "p": GoldEntity("p", "person", "Biggs", ("Biggs",))}
    doc = GumDocument("GUM_academic_x", "academic", text, (citation, author, again), entities)
    aligned = align(doc, [SystemCluster("Biggs", "PERSON", ((10, 15), (23, 28)))])
    assert aligned.for_system == [1, 2]
    assert score([doc], [[SystemCluster("Biggs", "PERSON", ((10, 15), (23, 28)))]])["cluster_precision"]["correct"] == 1
    # With no gold mention of its span, a system mention still stands for the longest gold mention on its head.
    aligned = align(doc, [SystemCluster("Biggs", "PERSON", ((10, 14),))])
    assert aligned.for_system == [0]


def test_rows_a_mention_counts_in():
    assert set(mention_keys("pronoun3", "organization")) == {
        "all", "form pronoun3", "type organization", "all but 1st/2nd-person pronouns", "organization pronouns"
    }
    assert "1st/2nd-person in speaker turns" in mention_keys("pronoun12", "person", in_turn=True)
    assert "all but 1st/2nd-person pronouns" not in mention_keys("pronoun12", "person")


def test_conll_scores_of_identical_partitions():
    key = [{"a", "b"}, {"c", "d", "e"}]
    assert conll_scores(key, key)["conll_f1"] == 1.0
    assert conll_scores(key, [])["conll_f1"] == 0.0


@pytest.mark.shared_data
def test_two_gum_dev_documents():
    """dateline on two real GUM dev documents: every measure present, names mostly found."""
    from dateline.eval.coref import evaluate

    gum = shared_data("gum")
    files = [gum / "GUM_bio_byron.conllu", gum / "GUM_bio_emperor.conllu"]  # both in GUM's dev split
    result = evaluate(files, split="dev", resolvers=("default", "coreferee"))
    assert result["documents"] == 2 and result["mentions"] > 20
    ours = result["systems"]["default"]
    assert ours["accuracy"]["form name"]["accuracy"] > 0.3
    assert 0 < ours["conll"]["conll_f1"] < 1
    assert "coreferee" in result["systems"]


def test_cli_scores_the_tiny_document_as_json():
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    runner = CliRunner()
    done = runner.invoke(app, ["eval", "coref", str(TINY), "--format", "json"])
    assert done.exit_code == 0, done.output
    result = json.loads(done.stdout)
    assert result["documents"] == 1 and result["mentions"] == 8
    assert set(result["systems"]["default"]) >= {"accuracy", "conll", "cluster_precision", "errors"}
    missing = runner.invoke(app, ["eval", "coref", str(TINY / "nowhere")])
    assert missing.exit_code == 1 and "E001" in missing.output
    empty = runner.invoke(app, ["eval", "coref", str(TINY), "--split", "train"])
    assert empty.exit_code == 1 and "E013" in empty.output


def test_resolvers_side_by_side_on_one_parse():
    from dateline.eval.coref import evaluate

    def nobody(docs):
        return [[] for _ in docs]

    result = evaluate([TINY], split="dev", resolvers=("default", nobody, "no-such-resolver"))
    systems = result["systems"]
    assert systems["nobody"]["accuracy"]["all"]["correct"] == 0
    assert systems["nobody"]["link_precision"]["n"] == 0
    assert "does not take resolver='no-such-resolver'" in systems["no-such-resolver"]["unavailable"]
    assert systems["default"]["accuracy"]["all"]["n"] == 8


def test_resolver_names_select_people_options():
    from dateline.eval.coref_systems import people_config

    assert people_config("sieve") == {"resolver": "sieve"}
    assert people_config("resolver=legacy,pronouns=false,window=3") == {"resolver": "legacy", "pronouns": False, "window": 3}


_WORDS = st.text(st.sampled_from("abcXYZé.,'\"-"), min_size=1, max_size=6).filter(lambda w: w.strip() == w)


@st.composite
def _sentences(draw):
    """Sentences of words with random spacing, each with one mention over a random run of its words."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(_WORDS, min_size=1, max_size=6))
        glued = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
        lo = draw(st.integers(0, len(words) - 1))
        hi = draw(st.integers(lo, len(words) - 1))
        out.append((words, glued, lo, hi, draw(st.booleans())))
    return out


def _conllu(sentences) -> tuple[str, str, list[str]]:
    """The CoNLL-U of `sentences`, the text the reader must rebuild, and each mention's text."""
    lines = ["# newdoc id = GUM_bio_random", "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity"]
    paragraphs, mentions = [], []
    for n, (words, glued, lo, hi, new_paragraph) in enumerate(sentences, start=1):
        text = "".join(w + ("" if g or i == len(words) - 1 else " ") for i, (w, g) in enumerate(zip(words, glued)))
        if n == 1 or new_paragraph:
            lines.append("# newpar")
            paragraphs.append([])
        paragraphs[-1].append(text)
        lines += [f"# sent_id = GUM_bio_random-{n}", f"# text = {text}"]
        for i, w in enumerate(words):
            misc = []
            if i == lo:
                misc.append(f"Entity=({n}-person-new-sssss-cf1-1-sgl" + (")" if lo == hi else ""))
            elif i == hi:
                misc.append(f"Entity={n})")
            if glued[i] and i < len(words) - 1:
                misc.append("SpaceAfter=No")
            head = 0 if i == lo else lo + 1
            lines.append("\t".join([str(i + 1), w, w, "PROPN", "NNP", "_", str(head), "root" if head == 0 else "flat", "_", "|".join(misc) or "_"]))
        start = sum(len(w) + (0 if g else 1) for w, g in zip(words[:lo], glued[:lo]))
        end = sum(len(w) + (0 if g else 1) for w, g in zip(words[:hi], glued[:hi])) + len(words[hi])
        mentions.append(text[start:end])
        lines.append("")
    return "\n".join(lines) + "\n", "\n\n".join(" ".join(p) for p in paragraphs), mentions


@settings(max_examples=40, deadline=None)
@given(_sentences())
def test_reader_rebuilds_any_text_and_places_every_mention(tmp_path_factory, sentences):
    conllu, expected, mention_texts = _conllu(sentences)
    path = tmp_path_factory.getbasetemp() / "GUM_bio_random.conllu"
    path.write_text(conllu, encoding="utf-8")
    (doc,) = read_documents([path])
    assert doc.text == expected
    assert sorted(m.text for m in doc.mentions) == sorted(mention_texts)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.start <= m.head_start < m.head_end <= m.end
