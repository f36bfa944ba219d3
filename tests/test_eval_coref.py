"""`dateline eval coref`: the GUM reader, the name matching and the measures, on a hand-written document."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.coref import align, conll_scores, mention_keys, names_match, score
from dateline.eval.coref_systems import SystemCluster
from dateline.eval.gum import conllu_files, form_of, read_documents, read_splits

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
    assert tiny.text == 'Anna Berg joined Acme Corp in 1990. She said: "I like it."\n\nThe company hired a friend of hers.'
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
    ]
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
    perfect = _clusters(tiny, {"Anna Berg": ["Anna Berg", "She", "I", "hers"], "Acme Corp": ["Acme Corp", "it", "The company"]})
    result = score([tiny], [perfect])
    assert result["accuracy"]["all"] == {"accuracy": 1.0, "correct": 7, "n": 7}
    assert result["link_precision"]["precision"] == 1.0
    assert result["cluster_precision"]["precision"] == 1.0 and result["cluster_recall"]["recall"] == 1.0
    assert result["conll"]["conll_f1"] == 1.0
    assert result["errors"] == []


def test_misses_count_by_form_and_type(tiny):
    # "it" given to the person, "I" and "The company" not found, "Berg" as its own person named "Berg".
    system = _clusters(tiny, {"Anna Berg": ["Anna Berg", "She", "it", "hers"], "Acme Corp": ["Acme Corp"]})
    result = score([tiny], [system])
    acc = result["accuracy"]
    assert acc["all"]["correct"] == 4 and acc["all"]["n"] == 7
    assert acc["form pronoun12"]["accuracy"] == 0.0
    assert acc["organization pronouns"] == {"accuracy": 0.0, "correct": 0, "n": 1}
    assert acc["person 3rd-person pronouns"]["accuracy"] == 1.0
    assert acc["form description"]["n"] == 1  # the unnamed friend is not evaluated
    assert acc["all but 1st/2nd-person pronouns"]["n"] == 6
    assert result["link_precision"] == {"precision": 0.8, "correct": 4, "n": 5}
    kinds = {e["kind"]: e["count"] for e in result["errors"]}
    assert kinds == {
        "organization pronoun3: in another entity's cluster": 1,
        "person pronoun12: no mention": 1,
        "organization description: no mention": 1,
    }
    assert 0 < result["conll"]["muc"]["f1"] < 1


def test_alignment_takes_the_shortest_mention_at_the_head(tiny):
    anna = next(m for m in tiny.mentions if m.text == "Anna Berg")
    system = [SystemCluster("Anna", "PERSON", ((anna.start, anna.end),)), SystemCluster("Berg", "PERSON", ((0, 4),))]
    aligned = align(tiny, system)
    i = tiny.mentions.index(anna)
    assert aligned.system[aligned.at_gold[i]][2] == 1


def test_rows_a_mention_counts_in():
    assert set(mention_keys("pronoun3", "organization")) == {
        "all", "form pronoun3", "type organization", "all but 1st/2nd-person pronouns", "organization pronouns"
    }
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
    assert result["documents"] == 1 and result["mentions"] == 7
    assert set(result["systems"]["default"]) >= {"accuracy", "conll", "cluster_precision", "errors"}
    missing = runner.invoke(app, ["eval", "coref", str(TINY / "nowhere")])
    assert missing.exit_code == 1 and "E001" in missing.output
    empty = runner.invoke(app, ["eval", "coref", str(TINY), "--split", "train"])
    assert empty.exit_code == 1 and "E013" in empty.output
