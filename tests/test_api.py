"""The JSON API and the pages in-process: every endpoint, pagination, search filters, errors, writing, safety."""

from __future__ import annotations

import json
import shutil
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest

with warnings.catch_warnings():  # starlette now asks for httpx2; httpx (a test dependency) still works
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from dateline.kb.profile import person_profile
from dateline.store import Store
from dateline.web import create_app

from . import webdb


@pytest.fixture(scope="module")
def ids(tmp_path_factory):
    return webdb.build(str(tmp_path_factory.mktemp("web")))


@pytest.fixture(scope="module")
def app(ids):
    app = create_app(ids["db"])
    yield app
    app.state.db.close()


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


@pytest.fixture(scope="module")
def analyzing(ids):
    app = create_app(ids["db"], allow_analyze=True)
    yield TestClient(app)
    app.state.analyzer.close()
    app.state.db.close()


# Every GET endpoint of the API, with a request that finds something; {x} are looked up in `ids`.
GETS = {
    "/api/articles": "/api/articles?q=Guardian",
    "/api/articles/{article_id}": "/api/articles/{founding}",
    "/api/people": "/api/people?q=legend",
    "/api/people/{entity_id}": "/api/people/{legend}",
    "/api/person": "/api/person?name=John%20Legend",
    "/api/quotes": "/api/quotes?q=tragedy",
    "/api/quotes/{kb_quote_id}": "/api/quotes/{kb_quote}",
    "/api/conflicts": "/api/conflicts",
    "/api/stats": "/api/stats",
}
PAGES = ["/", "/search?q=Legend", "/articles", "/articles/{founding}", "/people", "/people/{legend}", "/quotes",
         "/quotes?speaker=legend&kind=direct", "/quotes/{kb_quote}", "/conflicts", "/api/docs"]


def test_every_api_endpoint_is_tested(app):
    operations = {(method.upper(), path) for path, ops in app.openapi()["paths"].items() for method in ops}
    assert operations == {("GET", path) for path in GETS} | {("POST", "/api/analyze"), ("POST", "/api/articles")}


@pytest.mark.parametrize("path", GETS)
def test_get_endpoint(client, ids, path):
    response = client.get(GETS[path].format(**ids))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    if "items" in body:  # a listing: the page envelope, and something found
        assert set(body) == {"total", "limit", "offset", "items"}
        assert body["total"] >= len(body["items"]) >= 1


@pytest.mark.parametrize("page", PAGES)
def test_page(client, ids, page):
    response = client.get(page.format(**ids))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in response.headers and "<title>" in response.text


def test_openapi_schema_is_served(client, app):
    schema = client.get("/openapi.json").json()
    assert schema == json.loads(json.dumps(app.openapi()))
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


# -- listings ----------------------------------------------------------------

def test_pagination_limits_offsets_and_totals(client):
    everything = client.get("/api/quotes?limit=200").json()
    assert everything["total"] == len(everything["items"]) > 5
    first, second = (client.get(f"/api/quotes?limit=3&offset={o}").json() for o in (0, 3))
    assert [q["text"] for q in first["items"] + second["items"]] == [q["text"] for q in everything["items"][:6]]
    assert first["total"] == everything["total"] and first["limit"] == 3 and second["offset"] == 3
    beyond = client.get(f"/api/quotes?offset={everything['total']}").json()
    assert beyond["items"] == [] and beyond["total"] == everything["total"]


@pytest.mark.parametrize("query", ["limit=0", "limit=201", "offset=-1", "offset=99999999999", "since=soon", "kind=shout"])
def test_bad_parameters_are_422(client, query):
    assert client.get(f"/api/quotes?{query}").status_code == 422


def test_article_search_and_filters(client, ids):
    def found(query):
        return {a["id"] for a in client.get(f"/api/articles?{query}").json()["items"]}

    assert found("q=Guardian") == {ids["founding"]}
    assert found("q=TRAGEDY") == {ids["founding"], ids["reprint"]}
    assert found("q=guardian%20miscarriage") == {ids["founding"]}
    assert found("q=%25") == set()  # LIKE wildcards are plain characters
    assert found("outlet=people.example") == {ids["reprint"]}
    assert found("since=2022-05-17&until=2022-05-31") == {ids["reprint"]}
    assert found(f"person={ids['legend']}") == {ids["founding"], ids["reprint"]}
    hit = client.get("/api/articles?q=miscarriage").json()["items"][0]
    assert "miscarriage" in hit["snippet"] and hit["quotes"] == int(ids["quotes"]) and hit["people"] >= 5


def test_quote_search_by_words_speaker_outlet_dates(client, ids):
    def texts(query):
        return [q["text"] for q in client.get(f"/api/quotes?{query}").json()["items"]]

    assert len(texts("q=tragedy%20resolve")) == 2  # the founding article and its reprint
    assert len(texts("q=tragedy&outlet=people")) == 1
    assert len(texts("q=tragedy&until=2022-05-16")) == 1
    legend = texts(f"speaker_id={ids['legend']}&kind=direct&limit=100")
    assert legend and all("window" not in t for t in legend)
    assert texts("speaker=john%20legend&kind=direct&limit=100") == legend
    hit = client.get("/api/quotes?q=raw%20sharing&until=2022-05-16").json()["items"][0]
    assert hit["speaker_name"] == "John Legend" and hit["speaker_entity"] == ids["legend"]
    assert hit["addressee_name"] == "Guardian" and hit["appearances"] == 2 and hit["outlets"] == ["people.example"]


def test_people_search(client, ids):
    people = client.get("/api/people?q=legend").json()
    assert [p["entity_id"] for p in people["items"]] == [ids["legend"]]
    assert client.get("/api/people?q=nobody%20at%20all").json() == {"total": 0, "limit": 20, "offset": 0, "items": []}


# -- records, profiles, quotes across outlets ---------------------------------

def test_article_is_the_stored_record_with_its_spans(client, ids):
    body = client.get(f"/api/articles/{ids['founding']}").json()
    with Store.open(ids["db"]) as store:
        assert body == json.loads(json.dumps(store.record(ids["founding"]).to_dict()))
    text = body["text"]
    for quote in body["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_profile_is_what_dateline_person_prints(client, ids):
    body = client.get(f"/api/people/{ids['legend']}").json()
    expected = json.loads(json.dumps(person_profile(db=ids["db"], entity_id=ids["legend"]), default=str))
    assert body == expected
    assert body["birth_evidence"] and body["birth_evidence"][0]["age"] == 43
    assert {r["name"] for r in body["relations"] if r["type"] == "child"} >= {"Jack", "Luna", "Miles"}
    assert len(body["quotes"]) >= 7
    by_name = client.get("/api/person?name=Legend").json()
    assert by_name["entity_id"] == ids["legend"]


def test_quote_across_outlets_names_the_earliest_source(client, ids):
    body = client.get(f"/api/quotes/{ids['kb_quote']}").json()
    assert body["first_article"] == ids["founding"] and body["first_published"] == "2022-05-16"
    assert body["appearances"] == len(body["sources"]) == 2
    earliest = [x for x in body["sources"] if x["earliest"]]
    assert [x["article_id"] for x in earliest] == [ids["founding"]]
    assert {x["outlet"] for x in body["sources"]} == {None, "people.example"}


def test_diverging_wordings_are_conflicts(client, ids):
    body = client.get("/api/conflicts?kind=quote_wording").json()
    assert body["total"] >= 1
    conflict = body["items"][0]
    assert {conflict["article_a"], conflict["article_b"]} == {ids["founding"], ids["reprint"]}
    assert client.get("/api/conflicts?kind=age").json()["total"] == 0


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["rows"]["articles"] == 3 and body["rows"]["kb_quotes"] >= 7
    assert body["kb_current"] is True and body["writable"] is False
    assert body["published"] == {"first": "2022-05-16", "last": "2022-06-01", "undated": 0}


# -- errors and safety ----------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/people/nope", "/api/quotes/nope", "/api/person?name=zzzz"])
def test_unknown_ids_are_404_with_a_code(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == ("E011" if "name=" in path else "E014")


@pytest.mark.parametrize("path", ["/articles/nope", "/people/nope", "/quotes/nope", "/person?name=zzzz", "/no/such/page"])
def test_unknown_pages_are_a_clear_404_page(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "Not found" in response.text and 'class="message"' in response.text


def test_bad_page_parameters_are_an_error_page(client):
    response = client.get("/articles?since=someday")
    assert response.status_code == 400 and "since" in response.text and "text/html" in response.headers["content-type"]


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2ferrors.py",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/....//app.py",
])
def test_no_path_traversal(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "create_app" not in response.text and "root:" not in response.text


def test_static_files_are_served_locally(client):
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "mark.quote" in response.text


def test_hostile_article_is_escaped_everywhere(client, ids):
    pages = [f"/articles/{ids['hostile']}", "/quotes?q=bridge", "/search?q=bridge", "/articles", "/"]
    for page in pages:
        html = client.get(page).text
        assert "<script>window" not in html and "<img src=x" not in html and "<b>evil" not in html, page
    article = client.get(f"/articles/{ids['hostile']}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in article
    assert 'href="javascript' not in article  # an article URL that is not http(s) is never a link
    assert "&#34;&lt;b&gt;Lee&lt;/b&gt;&#34;" in article  # the speaker's name inside data-tip


def test_security_headers(client):
    headers = client.get("/").headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_database_is_read_only(app):
    with app.state.db.reader() as store:
        with pytest.raises(Exception, match="read-only"):
            store.con.execute("CREATE TABLE intruder (i INTEGER)")


def test_concurrent_requests_each_get_their_own_cursor(client, ids):
    paths = [p.format(**ids) for p in (*GETS.values(), "/articles/{founding}", "/people/{legend}")] * 6
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda p: client.get(p).status_code, paths))
    assert statuses == [200] * len(paths)


# -- analysis and storing ------------------------------------------------------

ARTICLE = {"text": "Mayor Maria Gomez, 52, opened the new bridge on Friday.", "published": "2020-01-10"}


def test_analyze_returns_a_record_and_stores_nothing(analyzing):
    client = analyzing
    before = client.get("/api/stats").json()["rows"]["articles"]
    response = client.post("/api/analyze", json=ARTICLE)
    assert response.status_code == 200, response.text
    record = response.json()
    (gomez,) = [p for p in record["people"] if p["name"] == "Maria Gomez"]
    assert gomez["ages"][0]["birth_from"] == "1967-01-11" and record["published"] == "2020-01-10"
    assert client.get("/api/stats").json()["rows"]["articles"] == before


@pytest.mark.parametrize("body", [{"published": "2020-01-10"}, {"text": "x", "published": "tomorrow"},
                                  {"text": "x", "colour": "red"}, {"text": 5}])
def test_analyze_rejects_bad_bodies(analyzing, body):
    assert analyzing.post("/api/analyze", json=body).status_code == 422


def test_oversized_bodies_are_413(ids):
    small = TestClient(create_app(ids["db"], max_body=1000))
    big = {"text": "word " * 400, "published": "2020-01-10"}
    response = small.post("/api/analyze", json=big)
    assert response.status_code == 413 and response.json()["code"] == "E015"

    def chunks():  # no Content-Length: the limit holds while the body streams
        yield b'{"text": "'
        for _ in range(50):
            yield b"word " * 10
        yield b'"}'

    streamed = small.post("/api/analyze", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["code"] == "E015"
    small.app.state.db.close()


def test_storing_needs_allow_write(client):
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 403 and response.json()["code"] == "E016"


def test_storing_with_the_token(ids, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(ids["db"], db)
    app = create_app(str(db), allow_write=True, token="s3cret")
    writer = TestClient(app)
    try:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic czNjcmV0"}):
            denied = writer.post("/api/articles", json=ARTICLE, headers=headers)
            assert denied.status_code == 401 and denied.json()["code"] == "E017"
            assert denied.headers["www-authenticate"] == "Bearer"
        auth = {"Authorization": "Bearer s3cret"}
        assert writer.post("/api/articles", json={"text": "   "}, headers=auth).status_code == 422
        stored = writer.post("/api/articles", json=ARTICLE, headers=auth)
        assert stored.status_code == 201, stored.text
        article_id = stored.json()["id"]
        assert stored.json()["replaced"] is False and stored.json()["record"]["source"] == "api"
        assert writer.get(f"/api/articles/{article_id}").json()["published"] == "2020-01-10"
        people = writer.get("/api/people?q=gomez").json()["items"]  # the knowledge base was rebuilt
        assert [p["name"] for p in people] == ["Maria Gomez"]
        again = writer.post("/api/articles", json=ARTICLE, headers=auth)
        assert again.json()["replaced"] is True
        assert writer.get("/api/stats").json()["rows"]["articles"] == 4
    finally:
        app.state.db.close()


def test_serve_without_a_database_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app as cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "[E008]" in result.stderr and "Traceback" not in result.output


def test_the_web_reads_records_as_the_store_does(app, ids):
    from dateline.web.queries import record

    with app.state.db.reader() as store:
        for article_id in (ids["founding"], ids["reprint"], ids["hostile"]):
            assert record(store, article_id) == store.record(article_id)
        assert record(store, "nope") is None


def test_profiles_are_cached_only_while_read_only(app, ids, tmp_path):
    with app.state.db.reader() as store:
        first = app.state.db.profile(store, ids["legend"])
        assert app.state.db.profile(store, ids["legend"]) is first
        by_name = app.state.db.profile_by_name(store, "Legend")
        assert by_name["entity_id"] == ids["legend"] and first["other_matches"] == []
    db = tmp_path / "w.duckdb"
    shutil.copy(ids["db"], db)
    writer = create_app(str(db), allow_write=True)
    try:
        with writer.state.db.reader() as store:
            assert writer.state.db.profile(store, ids["legend"]) is not writer.state.db.profile(store, ids["legend"])
    finally:
        writer.state.db.close()


def test_a_bug_is_a_500_without_a_traceback(ids):
    app = create_app(ids["db"])

    @app.get("/api/broken")
    def broken():
        raise RuntimeError("secret detail")

    @app.get("/broken")
    def broken_page():
        raise RuntimeError("secret detail")

    client = TestClient(app, raise_server_exceptions=False)
    try:
        api = client.get("/api/broken")
        assert api.status_code == 500 and api.json()["detail"].startswith("internal error (RuntimeError)")
        page = client.get("/broken")
        assert page.status_code == 500 and "Something went wrong" in page.text and "secret" not in page.text
    finally:
        app.state.db.close()
