"""Article metadata as pages and files lay it out: headers, HTML metadata, wire datelines, attribution kinds."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.pipeline.wire import find_dateline, headline_end
from dateline.readers.base import ReadOptions
from dateline.readers.html import extract_html
from dateline.readers.text import read_text

_PAGE = """<html><head><title>Council backs bridge plan | The Gazette</title>
<meta property="og:title" content="Council backs bridge plan">
<meta property="article:published_time" content="2024-02-11T09:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs bridge plan",
"datePublished":"2024-02-10T21:00:00Z","author":[{"@type":"Person","name":"Jane Rowe"}],
"publisher":{"@type":"Organization","name":"The Gazette"}}</script>
</head><body><article><h1>Council backs bridge plan</h1><p>By Jane Rowe</p>
<p>The council voted on Tuesday to build a new bridge over the river, ending a decade of argument.</p>
<p>"This is a good day for the town," said council leader Mark Evans. "We have waited long enough."</p>
</article></body></html>"""


def test_html_title_author_date_outlet_come_from_the_page():
    page = extract_html(_PAGE)
    assert page["title"] == "Council backs bridge plan"
    assert page["author"] == "Jane Rowe"
    assert page["date"].startswith("2024-02-10")  # JSON-LD before the meta tag
    assert page["outlet"] == "The Gazette"
    assert page["text"].startswith("The council voted")  # neither headline nor byline


def test_html_meta_tags_without_json_ld():
    page = extract_html(_PAGE.replace('"datePublished":"2024-02-10T21:00:00Z",', "").replace(
        '"author":[{"@type":"Person","name":"Jane Rowe"}],', ""))
    assert page["date"].startswith("2024-02-11")


def test_text_header_lines():
    data = b"date 2024-03-04\ntitle Minister defends plan\nauthor: Sam Jones\nurl https://example.org/a\noutlet The Courier\nThe minister spoke.\n"
    (article,) = list(read_text(data, "a.txt", ReadOptions()))
    assert (article.title, article.author, article.url, article.outlet) == (
        "Minister defends plan", "Sam Jones", "https://example.org/a", "The Courier")
    assert article.text == "The minister spoke."


def test_text_on_the_date_line_has_no_headers():
    (article,) = list(read_text(b"date 2024-03-04 title of the piece is long.\n", "a.txt", ReadOptions()))
    assert article.title is None and article.text.startswith("title of")


@pytest.mark.parametrize(
    ("text", "place", "wire"),
    [
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "Associated Press"),
        ("LONDON, March 3 (Reuters) - Shares fell.", "LONDON", "Reuters"),
        ("LOS ANGELES, Calif. (AP) — A fire spread.", "LOS ANGELES", "Associated Press"),
        ("Storm Closes Ports\nSYDNEY (Reuters) - Storms closed ports.", "SYDNEY", "Reuters"),
        ("CHICAGO — Snow fell.", "CHICAGO", None),
        ("LONDON, March 3, 2024 - Shares fell.", "LONDON", None),
        ("WASHINGTON, 3 March 2024 — The Senate voted.", "WASHINGTON", None),
        ("PARIS, Tuesday, March 3, 2024 – The metro shut.", "PARIS", None),
        ("LOS ANGELES, Calif., March 3, 2024 (AP) — A fire spread.", "LOS ANGELES", "Associated Press"),
    ],
)
def test_wire_datelines(text, place, wire):
    found = find_dateline(text)
    assert found is not None and (found.place, found.wire) == (place, wire)


@pytest.mark.parametrize("text", ["US - China talks resumed.", "I said - no.", "The AP reported it.",
                                  "London, March 3, 2024, was the day - the strike began.", "NEW YORK, 2024 - x"])
def test_not_datelines(text):
    assert find_dateline(text) is None


def test_headline_line_but_not_a_wrapped_sentence():
    assert headline_end("Minister Defends School Funding Plan\nThe minister spoke.") == 36
    assert headline_end("Showers continued throughout the week in\nthe Bahia cocoa zone.") is None


def test_wire_dateline_is_stored_and_in_no_span():
    text = 'WASHINGTON (AP) — Senator Ann Lee said on Monday that the bill would pass.\n\n"We have the votes," Lee said.'
    record = analyze(text, published="2024-03-04")
    assert (record.place, record.wire, record.outlet) == ("WASHINGTON", "Associated Press", "Associated Press")
    for q in record.quotes:
        assert q.start >= 18 and (q.speaker is None or q.speaker.start >= 18)
    assert any(q.speaker and q.speaker.name == "Ann Lee" for q in record.quotes if q.kind == "indirect")


def test_dated_dateline_is_no_speaker():
    """"LONDON, March 3, 2024 -": a dateline with a year; LONDON was read as the speaker of what followed."""
    record = analyze("LONDON, March 3, 2024 - Eyewitness Martin Cole told the inquest that the driver never braked.",
                     published="2024-03-04")
    assert record.place == "LONDON"
    assert all(q.speaker is None or q.speaker.name != "LONDON" for q in record.quotes)


def test_attribution_kinds():
    text = (
        'Helen Marsh denies fraud. The council agreed to pay the contractor. "We did nothing wrong," Marsh said. '
        "Marsh believes the case will collapse. The mayor said the bridge would open in May."
    )
    kinds = {q.text: q.attribution for q in analyze(text, published="2024-03-04").quotes}
    assert kinds['"We did nothing wrong,"'] == "speech"
    assert kinds["fraud"] == "intention"
    assert kinds["the case will collapse"] == "thought"
    assert kinds["the bridge would open in May"] == "speech"
    assert "intention" == next(v for k, v in kinds.items() if k.startswith("to pay"))
