"""The pages in a real browser: Playwright drives Debian's Chromium against a live server on loopback.

Skipped, saying why, when Chromium or Playwright is missing. After `make demo`,
`DATELINE_SCREENSHOTS=1 .venv/bin/python -m pytest tests/test_web_browser.py -k screenshots`
rewrites docs/screenshots/*.png from the demo database.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from . import webdb
from .conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("DATELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
SCREENSHOTS = ROOT / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's `chromium` package to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(browser, tmp_path_factory):
    """A live server over the web tests' database: (base URL, ids)."""
    ids = webdb.build(str(tmp_path_factory.mktemp("web")))
    with _serving(ids["db"]) as base:
        yield base, ids


@contextmanager
def _serving(db: str):
    """`dateline serve` in a thread on a free loopback port, for the length of the block."""
    import uvicorn

    from dateline.web import create_app

    app = create_app(db)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.db.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _tip(page, selector: str) -> str:
    """What a highlight's tooltip shows: the content of its ::after box."""
    return page.eval_on_selector(selector, "el => getComputedStyle(el, '::after').content")


def test_script_in_an_article_renders_inert(page, site):
    base, ids = site
    page.goto(f"{base}/articles/{ids['hostile']}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert page.evaluate("document.querySelectorAll('main img, main b, main i').length") == 0
    text = page.inner_text("#text")
    assert webdb.PAYLOAD in text and '<img src=x onerror="window.__pwned=4">' in text
    assert page.inner_text("h1") == webdb.HOSTILE["title"]  # the title's markup is shown, not obeyed
    assert page.locator("a[href^='javascript']").count() == 0
    page.focus("mark.quote[tabindex]")
    assert '<b>Lee</b>' in _tip(page, "mark.quote[tabindex]")
    page.goto(f"{base}/quotes?q=bridge")
    assert webdb.PAYLOAD in page.inner_text("main") and page.evaluate("window.__pwned") is None


def test_founding_article_shows_its_quotes_highlighted_and_attributed(page, site):
    base, ids = site
    record = page.request.get(f"{base}/api/articles/{ids['founding']}").json()
    page.goto(f"{base}/articles/{ids['founding']}")
    assert page.inner_text("#text") == record["text"]  # every character in place, in order
    assert page.locator("mark.quote[tabindex]").count() == len(record["quotes"]) >= 9
    for quote in record["quotes"]:
        mark = f"#quote-{quote['id']}"
        pieces = page.eval_on_selector_all(
            f"{mark}, {mark} ~ mark.quote.cont", "els => els.map(e => e.textContent)")
        assert quote["text"].startswith(pieces[0])
        page.focus(mark)  # the keyboard reaches it, and focus shows the resolved speaker
        speaker = quote["speaker"]["name"] if quote["speaker"] else "unattributed"
        assert f"{quote['kind']} quote · {speaker}" in _tip(page, mark)
    direct = [q for q in record["quotes"] if q["kind"] == "direct"]
    assert direct and all(q["speaker"]["name"] == "John Legend" for q in direct)
    assert page.locator("#quotes li").count() == len(record["quotes"])


def test_hover_shows_a_time_expressions_normalized_value(page, site):
    base, ids = site
    record = page.request.get(f"{base}/api/articles/{ids['founding']}").json()
    page.goto(f"{base}/articles/{ids['founding']}")
    first = record["times"][0]
    page.hover(f"#time-{first['id']}")
    tip = _tip(page, f"#time-{first['id']}")
    assert first["type"] in tip and (first["earliest"] or first["value"] or "") in tip


def test_tab_moves_through_the_highlights(page, site):
    base, ids = site
    page.goto(f"{base}/articles/{ids['founding']}")
    page.focus("#show-mention")  # the last switch above the text
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.className]")
    assert focused[0] == "MARK" and "hl" in focused[1]


def test_switching_a_layer_off(page, site):
    base, ids = site
    page.goto(f"{base}/articles/{ids['founding']}")
    background = "el => getComputedStyle(el).backgroundColor"
    assert page.eval_on_selector("mark.quote", background) != "rgba(0, 0, 0, 0)"
    page.uncheck("#show-quote")
    assert page.eval_on_selector("mark.quote", background) == "rgba(0, 0, 0, 0)"


def test_person_page(page, site):
    base, ids = site
    page.goto(f"{base}/people/{ids['legend']}")
    assert page.inner_text("h1") == "John Legend"
    ages = page.inner_text("#ages")
    assert "43" in ages and "1978" in ages
    relations = page.inner_text("#relations")
    assert all(child in relations for child in ("Jack", "Luna", "Miles"))
    assert page.locator("#quotes li").count() >= 7
    assert page.locator("svg.timeline-chart .mark").count() >= 3
    # the last mark drawn is the one on top: two quotes of one article on one day share a place on the chart
    page.locator("svg.timeline-chart .mark-quotes").last.locator("xpath=..").click()
    page.wait_for_load_state("load")
    assert "/quotes/" in page.url or "/articles/" in page.url


def test_quote_page_names_the_earliest_source(page, site):
    base, ids = site
    page.goto(f"{base}/quotes/{ids['kb_quote']}")
    rows = page.locator("table.appearances tbody tr")
    assert rows.count() == 2
    assert "earliest" in rows.nth(0).inner_text() and "2022-05-16" in page.inner_text("#earliest")
    assert "people.example" in rows.nth(1).inner_text()


def test_search_from_the_header(page, site):
    base, _ = site
    page.goto(base)
    page.fill("header input[name=q]", "tragedy")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=tragedy")
    assert page.locator("#quotes li").count() >= 2


def test_unknown_id_is_a_clear_error_page(page, site):
    base, _ = site
    response = page.goto(f"{base}/articles/does-not-exist")
    assert response.status == 404
    assert "no article with id 'does-not-exist'" in page.inner_text(".message")


def test_workbench_search_facet_sort_and_csv_download(page, site):
    """Find John Legend's quotes by his name, narrow them to one outlet, sort them, download what is shown."""
    import csv
    import io

    base, _ = site
    page.goto(base)
    page.fill("header input[name=q]", "Legend")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Legend")
    assert "It was a tragedy" in page.inner_text("#quotes")  # found by its speaker's name, not its words

    page.goto(f"{base}/quotes?speaker=John+Legend")
    facet = page.locator("#facet-outlet li", has_text="people.example")
    expected = int(facet.locator(".n").inner_text())
    facet.locator("a").click()
    page.wait_for_load_state("load")
    outlets = page.eval_on_selector_all("table.quotes-table tbody tr td:nth-child(4)", "tds => tds.map(t => t.textContent)")
    assert outlets == ["people.example"] * expected and "outlet=people.example" in page.url

    page.goto(f"{base}/quotes?speaker=John+Legend")
    page.click("table.quotes-table th a.sort:has-text('Date')")  # newest first by default: now oldest first
    page.wait_for_load_state("load")
    dates = page.eval_on_selector_all("table.quotes-table tbody td.when", "tds => tds.map(t => t.textContent)")
    assert dates == sorted(dates) and dates[0] < dates[-1]
    assert page.get_attribute("table.quotes-table th[aria-sort]", "aria-sort") == "ascending"

    with page.expect_download() as download:
        page.click("a.download")
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert len(rows) == len(dates) and [r["published"] for r in rows] == dates
    assert {r["speaker_name"] for r in rows} == {"John Legend"}


@pytest.mark.skipif(not os.environ.get("DATELINE_SCREENSHOTS"), reason="set DATELINE_SCREENSHOTS=1 to rewrite them")
def test_screenshots_of_the_demo(browser):
    demo = ROOT / "dateline.duckdb"
    if not demo.exists():
        pytest.skip("run `make demo` first: the screenshots show the demo database")
    with _serving(str(demo)) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        legend = page.request.get(f"{base}/api/people?q=John%20Legend").json()["items"][0]["entity_id"]
        founding = page.request.get(f"{base}/api/articles?q=miscarriage").json()["items"][0]["id"]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.goto(f"{base}/people/{legend}")
        page.screenshot(path=str(SCREENSHOTS / "person-john-legend.png"), full_page=True)
        page.goto(f"{base}/articles/{founding}")
        page.focus("#quote-q1")  # its tooltip shows who speaks
        page.screenshot(path=str(SCREENSHOTS / "article-founding.png"), full_page=True)
        for name, path in (("search-legend", "/search?q=Legend"),
                           ("quotes-workbench", "/quotes?speaker=John+Legend&sort=-appearances"),
                           ("people-workbench", "/people?year=2022"),
                           ("organizations", "/organizations"),
                           ("organization-guardian", "/organization?name=Guardian"),
                           ("conflicts", "/conflicts"),
                           ("api-docs", "/api/docs")):
            page.goto(base + path)
            page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=name not in ("api-docs", "organizations"))
        page.close()
