"""dateline's components tell the truth about themselves: requires/assigns, tunables in default_config."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

import dateline.pipeline  # noqa: F401  (registers the factories)

PIPELINE = Path(dateline.pipeline.__file__).parent
# The modules each component runs (its own and the helpers only it uses).
SOURCES = {
    "dateline_people": ["people/clusters.py", "people/coref.py"] + [
        f"people/sieve/{m}.py" for m in (
            "__init__", "clusters", "names", "precise", "appositions", "linking_nouns", "noun_kinds", "syntax", "pronouns",
        )
    ],
    "dateline_dialogue": [
        f"people/sieve/{m}.py" for m in ("dialogue", "interview", "title", "cataphora", "narrator")
    ],
    "dateline_ages": ["people/ages.py"],
    "dateline_relations": ["people/relations.py"],
    "dateline_roles": ["people/roles.py"],
    "dateline_quotes": ["quotes/component.py", "quotes/cues.py", "quotes/marks.py", "quotes/speakers.py"],
    "dateline_times": [str(p.relative_to(PIPELINE)) for p in sorted((PIPELINE / "times").glob("*.py"))],
}
INPUTS = {"doc._.published", "doc._.outlet", "doc._.title", "doc._.author"}  # set by the caller before the pipeline runs, not by a component


def test_analyze_pipes_finds_no_missing_attribute(nlp):
    problems = nlp.analyze_pipes()["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_doc_extension_a_component_touches_is_declared(name):
    meta = spacy.Language.get_factory_meta(name)
    declared = set(meta.requires) | set(meta.assigns)
    used = set()
    for rel in SOURCES[name]:
        used |= set(re.findall(r"doc\._\.(\w+)", (PIPELINE / rel).read_text(encoding="utf-8")))
    assert {f"doc._.{u}" for u in used} - INPUTS <= declared


def test_the_extensions_are_registered_once_at_import():
    from spacy.tokens import Doc

    sources = "".join(p.read_text(encoding="utf-8") for p in PIPELINE.rglob("*.py") if p.name != "extensions.py")
    assert "set_extension" not in sources and "register_extensions()" not in sources
    for attr in (
        "published", "outlet", "dl_people", "dl_orgs", "dl_refs", "dl_resolver", "dl_quotes", "dl_times", "dl_timeline",
    ):
        assert Doc.has_extension(attr)


@pytest.mark.parametrize("name,key", [
    ("dateline_people", "window"), ("dateline_ages", "max_age"), ("dateline_quotes", "reach"),
    ("dateline_quotes", "naming_reach"), ("dateline_quotes", "unattributed_words"), ("dateline_quotes", "title_words"),
])
def test_tunables_are_in_default_config(name, key):
    assert key in spacy.Language.get_factory_meta(name).default_config


def test_a_tunable_changes_what_a_component_finds():
    nlp = spacy.blank("en")
    from spacy.tokens import Doc

    words = ["Ann", "Lee", ",", "43", ",", "spoke", "."]
    def doc_of(vocab):
        return Doc(vocab, words=words, heads=[1, 5, 1, 1, 1, 5, 5],
                   deps=["compound", "nsubj", "punct", "appos", "punct", "ROOT", "punct"],
                   pos=["PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PUNCT"],
                   ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"], sent_starts=[1, 0, 0, 0, 0, 0, 0])
    nlp.add_pipe("dateline_people")
    nlp.add_pipe("dateline_ages")
    doc = doc_of(nlp.vocab)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert [a.age for a in doc._.dl_people[0].ages] == [43]
    strict = spacy.blank("en")
    strict.add_pipe("dateline_people")
    strict.add_pipe("dateline_ages", config={"max_age": 40})
    doc = doc_of(strict.vocab)
    for _, pipe in strict.pipeline:
        doc = pipe(doc)
    assert doc._.dl_people[0].ages == []
