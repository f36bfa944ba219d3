"""The workbench in the web, in-process: search by speaker, facets, sorting, CSV downloads, organizations, docs."""

from __future__ import annotations

import csv
import io
import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app

from . import webdb


@pytest.fixture(scope="module")
def ids(tmp_path_factory):
    return webdb.build(str(tmp_path_factory.mktemp("web")))


@pytest.fixture(scope="module")
def client(ids):
    app = create_app(ids["db"])
    yield TestClient(app)
    app.state.db.close()


def _csv(response) -> list[dict[str, str]]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(response.text)))


def test_search_finds_quotes_by_their_speakers_name(client):
    page = client.get("/search?q=Legend").text
    quotes = page[page.index('id="quotes"'):page.index('id="articles"')]
    assert "It was a tragedy" in quotes  # its words do not say "Legend"; its speaker is John Legend
    assert "John Legend" in page[page.index('id="people"'):page.index('id="quotes"')]
    api = client.get("/api/quotes?speaker=Legend&limit=200").json()
    assert api["total"] >= 7 and {q["speaker_name"] for q in api["items"]} == {"John Legend"}


def test_quote_facets_count_what_choosing_them_gives(client):
    page = client.get("/quotes").text
    facet = page[page.index('id="facet-outlet"'):page.index('id="facet-kind"')]
    n = int(re.search(r'people\.example</a> <span class="n">(\d+)</span>', facet).group(1))
    assert client.get("/api/quotes?outlet=people.example").json()["total"] == n
    filtered = client.get("/quotes?outlet=people.example").text
    assert 'aria-current="true"' in filtered and f"of {n} quote" in filtered
    kinds = page[page.index('id="facet-kind"'):page.index('id="facet-year"')]
    assert "direct" in kinds and "2022" in page[page.index('id="facet-year"'):]


def test_people_facets_and_sorting(client):
    page = client.get("/people?kind=direct").text
    assert "John Legend" in page and 'id="facet-outlet"' in page
    names = [p["name"] for p in client.get("/api/people?sort=name&limit=200").json()["items"]]
    assert names == sorted(names, key=str.lower)
    desc = client.get("/api/people?sort=-mentions&limit=200").json()["items"]
    assert [p["mentions"] for p in desc] == sorted((p["mentions"] for p in desc), reverse=True)


def test_sorting_quotes_by_date_both_ways(client):
    up = [q["published"] for q in client.get("/api/quotes?sort=date&limit=200").json()["items"]]
    down = [q["published"] for q in client.get("/api/quotes?limit=200").json()["items"]]
    assert up == sorted(up) and down == sorted(down, reverse=True) and up[0] < down[0]
    page = client.get("/quotes?sort=date").text
    assert 'aria-sort="ascending"' in page and "sort=-date" in page  # the header now reverses it
    assert client.get("/api/quotes?sort=bogus").status_code == 422


def test_csv_downloads_hold_every_row_as_filtered(client):
    rows = _csv(client.get("/quotes.csv?speaker=John+Legend"))
    total = client.get("/api/quotes?speaker=John+Legend").json()["total"]
    assert len(rows) == total >= 7
    assert {"text", "speaker_name", "speaker_entity", "published", "outlet", "url"} <= set(rows[0])
    assert {r["speaker_name"] for r in rows} == {"John Legend"}
    for path, api in (("/people.csv", "/api/people"), ("/articles.csv", "/api/articles"),
                      ("/conflicts.csv", "/api/conflicts")):
        assert len(_csv(client.get(path))) == client.get(api).json()["total"], path
    assert _csv(client.get("/organizations.csv?q=guardian"))[0]["name"] == "Guardian"


def test_the_list_pages_link_their_download(client):
    for path in ("/quotes?kind=direct", "/people?q=legend", "/organizations"):
        page = client.get(path).text
        href = re.search(r'class="download" href="([^"]+)"', page).group(1).replace("&amp;", "&")
        assert href.split("?")[0] == path.split("?")[0] + ".csv"
        assert path.split("?")[-1] in href or "?" not in path


def test_organization_page_has_its_quotes_and_mentions(client):
    listing = client.get("/organizations").text
    assert "/organization?name=Guardian" in listing
    page = client.get("/organization?name=guardian").text
    assert "<h1>Guardian</h1>" in page and "It was raw" in page and "told the Guardian" in page
    assert client.get("/organization?name=Nobody+Inc").status_code == 404


def test_attribution_filter_without_the_column_is_a_clear_409(client, ids):
    with Store.open(ids["db"]) as store:
        has = "attribution" in store.columns("quotes")
    api = client.get("/api/quotes?attribution=speech")
    page = client.get("/quotes?attribution=speech")
    if has:
        assert api.status_code == 200 and page.status_code == 200
    else:
        assert api.status_code == 409 and api.json()["code"] == "E018"
        assert page.status_code == 409 and "E018" in page.text
        assert 'name="attribution"' not in client.get("/quotes").text  # the filter is hidden


def test_article_page_has_a_small_timeline(client, ids):
    page = client.get(f"/articles/{ids['founding']}").text
    chart = page[page.index('<section id="chart">'):]
    assert 'svg class="timeline-chart small"' in chart and 'href="#time-' in chart


def test_person_timeline_spans_the_page_with_the_birth_on_its_axis(client, ids):
    page = client.get(f"/people/{ids['legend']}").text
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert 'class="axis-break"' in svg and "mark-born" in svg and (">1978<" in svg or ">1979<" in svg)
    assert "max-width: 760px" not in client.get("/static/style.css").text


def test_api_docs_render_code_not_backticks(client):
    page = client.get("/api/docs").text
    text = re.sub(r"<[^>]+>", "", page)
    assert "`" not in text and "<code>dateline extract --format json</code>" in page


def test_attribution_filter_on_a_store_that_records_it(ids, tmp_path):
    import shutil

    import duckdb

    db = str(tmp_path / "with-attribution.duckdb")
    shutil.copy(ids["db"], db)
    con = duckdb.connect(db)
    if "attribution" not in {r[0] for r in con.execute("DESCRIBE quotes").fetchall()}:
        con.execute("ALTER TABLE quotes ADD COLUMN attribution VARCHAR")
    con.execute("UPDATE quotes SET attribution = CASE WHEN text ILIKE '%tragedy%' THEN 'thought' ELSE 'speech' END")
    con.close()
    app = create_app(db)
    try:
        client = TestClient(app)
        assert 'name="attribution"' in client.get("/quotes").text
        api = client.get("/api/quotes?attribution=thought").json()
        assert api["total"] >= 1 and all(q["attribution"] == "thought" for q in api["items"])
        assert "tragedy" in client.get("/quotes?attribution=thought").text
    finally:
        app.state.db.close()
