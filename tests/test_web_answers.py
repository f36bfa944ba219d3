"""A read-only server keeps its answers to GET /api/...; one that writes, or errors, keep nothing."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette now asks for httpx2; httpx (a test dependency) still works
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from dateline.web import create_app, queries
from dateline.web.answers import Answers

from . import webdb


@pytest.fixture(scope="module")
def ids(tmp_path_factory):
    return webdb.build(str(tmp_path_factory.mktemp("answers")))


def counting(monkeypatch) -> list[int]:
    calls = [0]
    real = queries.stats

    def stats(store):
        calls[0] += 1
        return real(store)

    monkeypatch.setattr(queries, "stats", stats)
    return calls


@pytest.mark.parametrize(("write", "cache", "expected"), [(False, 1024, 1), (False, 0, 3), (True, 1024, 3)])
def test_kept_only_when_read_only_and_asked(ids, monkeypatch, write, cache, expected):
    calls = counting(monkeypatch)
    app = create_app(ids["db"], allow_write=write, cache=cache)
    try:
        client = TestClient(app)
        answers = [client.get("/api/stats") for _ in range(3)]
    finally:
        app.state.db.close()
    assert calls[0] == expected
    assert all(a.status_code == 200 and a.json() == answers[0].json() for a in answers)
    assert all(a.headers["x-frame-options"] == "DENY" for a in answers)  # headers added once, kept answer or not
    assert all(a.headers.get_list("x-frame-options") == ["DENY"] for a in answers)


def test_errors_and_queries_kept_apart(ids):
    app = create_app(ids["db"])
    try:
        client = TestClient(app)
        for _ in range(2):
            assert client.get("/api/articles/nope").status_code == 404
        one, other = client.get("/api/articles?limit=1").json(), client.get("/api/articles?limit=2").json()
        assert len(one["items"]) == 1 and len(other["items"]) == 2
        kept = next(m for m in _middlewares(app) if isinstance(m, Answers))
        assert ("/api/articles/nope", b"") not in kept._kept
    finally:
        app.state.db.close()


def _middlewares(app):
    layer = app.middleware_stack
    while layer is not None:
        yield layer
        layer = getattr(layer, "app", None)


def test_bounded_by_count_and_size():
    answers = Answers(None, size=2, max_answer=100, max_total=100)
    for n in (10, 20, 30, 1000, 90):
        answers._put(("/api/x", str(n).encode()), 200, [], b"x" * n)
    assert list(answers._kept) == [("/api/x", b"90")]  # 10 and 20 past the count, 1000 too large, 30 past the bytes
    assert answers._bytes == 90
