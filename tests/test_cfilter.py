"""Fourteenth round, issue 13: a learned confidence that a cluster is someone (`sieve/confidence.py`)."""

from __future__ import annotations

import pytest

from dateline.pipeline import load
from dateline.pipeline.people.sieve import confidence


@pytest.fixture
def nlp():
    return load()


@pytest.fixture(autouse=True)
def _shipped_model():
    yield
    confidence.use()  # whatever a test set, the next one scores with the shipped model


def _people(nlp, text: str) -> list[str]:
    return [c.name for c in nlp(text)._.dl_people]


@pytest.mark.parametrize("text,name", [
    ("The ferry leaves Spodsbjerg at noon. Boats wait at the harbour in Langeland every morning.", "Spodsbjerg"),
    ("The route passes Weehawken before the tunnel. Traffic is heavy near the bridge.", "Weehawken"),
])
def test_a_place_the_model_calls_a_person_is_dropped(nlp, text, name):
    assert name not in _people(nlp, text)
    confidence.use(None)  # the model off: the small model's PERSON stays a person
    assert name in _people(nlp, text)


def test_a_full_name_with_a_first_name_stays(nlp):
    assert "Maria Lopez" in _people(nlp, "Maria Lopez opened the shop in 1990. The shop sells bread.")


# With a model that drops every cluster it scores, only the protected ones stay.
_DROP_ALL = {"weights": (0.0,) * len(confidence.FEATURES), "threshold": 1.0}


@pytest.mark.parametrize("text,name", [
    ("Weehawken arrived late. He sat down at once.", "Weehawken"),  # a he/she
    ("Mr. Weehawken arrived late and left early.", "Weehawken"),  # an honorific
    ("Weehawken said the ferry was late.", "Weehawken"),  # the subject of a speech verb
    ("Reading is a skill (Weehawken, 2016) that grows with practice.", "Weehawken"),  # a cited author
])
def test_a_persons_evidence_or_a_citation_protects_a_cluster(nlp, text, name):
    confidence.use(_DROP_ALL)
    assert any(name in p for p in _people(nlp, text))


def test_an_unprotected_cluster_goes_under_the_threshold(nlp):
    confidence.use(_DROP_ALL)
    assert "Weehawken" not in _people(nlp, "The route passes Weehawken before the tunnel.")


def test_the_shipped_model_names_this_versions_features():
    data = confidence._shipped()
    assert data is not None and len(data["weights"]) == len(confidence.FEATURES)


def test_features_read_the_name_and_its_context(nlp):
    confidence.use(None)
    confidence.RECORDER = []
    try:
        nlp("Maria Lopez opened the shop in 1990. The shop sells bread.")
        rows = {c.name: row for _, c, row in confidence.RECORDER}
    finally:
        confidence.RECORDER = None
    row = dict(zip(confidence.FEATURES, rows["Maria Lopez"], strict=True))
    assert row["bias"] == 1.0 and row["first_name"] == 1.0 and row["surname_last"] == 1.0
    assert row["one_word"] == 0.0 and row["subject"] == 1.0


def test_a_stale_model_file_drops_nothing_and_says_so(monkeypatch, caplog):
    real = confidence.lexicon.data_json

    def stale(name):
        data = dict(real(name))
        if name == confidence.SHIPPED_PATH:
            data["features"] = [*data["features"], "a_feature_this_version_lacks"]
        return data

    monkeypatch.setattr(confidence.lexicon, "data_json", stale)
    confidence._shipped.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="dateline"):
            assert confidence._shipped() is None
        assert any("[W028]" in r.getMessage() for r in caplog.records)
    finally:
        monkeypatch.undo()
        confidence._shipped.cache_clear()
    assert confidence._shipped() is not None
