"""Readers: every input format, ids, and every kind of bad input."""

from __future__ import annotations

import datetime

import gzip
import io
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.readers import Problem, article_id, estimate_total, read_articles, sniff
from dateline.readers.base import clean_text

from .conftest import FOUNDING, WIKINEWS


def read(*paths, **kw):
    items = list(read_articles([str(p) for p in paths], **kw))
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def codes(problems):
    return [p.code for p in problems]


def dated(problems):
    """The problems but W001 (no publication date), where a record's missing date is not what a test is about."""
    return [p for p in problems if p.code != "W001"]


# -- dateline text --------------------------------------------------------


def test_founding_article_date_on_the_same_line():
    (article,), problems = read(FOUNDING)
    assert problems == []
    assert article.published == "2022-05-16"
    assert article.text.startswith("In September 2020, Chrissy Teigen")
    assert article.source == str(FOUNDING)


@pytest.mark.parametrize(
    "content, published",
    [
        ("date 2022-05-16\nBody text here.", "2022-05-16"),
        ("date 2022-05-16T08:30:00+02:00 Body text here.", "2022-05-16"),
        ("date 2022-05-16 08:30 Body text here.", "2022-05-16"),
        ("\ufeff  date: 2021-01-02\n\nBody text here.", "2021-01-02"),
    ],
)
def test_date_line_forms(tmp_path, content, published):
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    (article,), problems = read(path)
    assert (article.published, article.text, problems) == (published, "Body text here.", [])


def test_no_date_line_is_accepted_with_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Date night ideas for the weekend.", encoding="utf-8")
    (article,), problems = read(path)
    assert article.published is None and article.text == "Date night ideas for the weekend."
    assert codes(problems) == ["W001"] and str(path) in problems[0].message


def test_published_option_overrides_and_silences_missing_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Just text.", encoding="utf-8")
    (article,), problems = read(path, published="2020-02-02")
    assert article.published == "2020-02-02" and problems == []


def test_unparseable_date_keeps_the_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2022-13-45 The text.", encoding="utf-8")
    (article,), problems = read(path)
    assert article.published is None and article.text == "The text."
    assert codes(problems) == ["W003"]


@settings(max_examples=60, deadline=None)
@given(
    body=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1).filter(
        lambda s: s.strip() and not s.lstrip().lower().startswith("date")
    ),
    day=st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(datetime.date.today().year, 12, 31)),
    same_line=st.booleans(),
)
def test_text_reader_round_trip(tmp_path_factory, body, day, same_line):
    path = tmp_path_factory.mktemp("t") / "a.txt"
    path.write_bytes(f"date {day.isoformat()}{' ' if same_line else chr(10)}{body}".encode())
    articles, problems = read(path)
    assert problems == []
    (article,) = articles
    assert article.published == day.isoformat()
    assert article.text == clean_text(body.lstrip(" \t"))


# -- JSON Lines and JSON ----------------------------------------------------


def test_wikinews_jsonl():
    articles, problems = read(WIKINEWS)
    assert len(articles) == 43 and problems == []
    first = articles[0]
    assert first.title and first.url and first.outlet == "en.wikinews.org"
    assert first.published and len(first.published) == 10
    assert first.source == f"{WIKINEWS}:1"


@pytest.mark.parametrize(
    "obj, expect",
    [
        ({"maintext": "A.", "date_publish": "2020-01-02 10:00:00", "source_domain": "x.com"}, ("A.", "2020-01-02", "x.com")),
        ({"text": "B.", "published": "2020-01-02T10:00:00Z", "outlet": "Daily"}, ("B.", "2020-01-02", "Daily")),
        ({"body": "C.", "date": "2020-01-02", "url": "https://www.example.org/a"}, ("C.", "2020-01-02", "example.org")),
        ({"text": "D.", "pubDate": "Thu, 02 Jan 2020 10:00:00 GMT"}, ("D.", "2020-01-02", None)),
    ],
)
def test_crawler_field_names(tmp_path, obj, expect):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(obj) + "\n", encoding="utf-8")
    (article,), problems = read(path)
    assert (article.text, article.published, article.outlet) == expect and problems == []


def test_malformed_line_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "one"}\n{"text": \n\n{"text": "three"}\n[1]\n{"title": "no text"}\n', encoding="utf-8")
    articles, problems = read(path)
    assert [a.text for a in articles] == ["one", "three"]
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:4"]
    assert codes(problems) == ["W001", "W006", "W001", "W011", "W004"]  # lines 1 and 4 have no date
    problems = dated(problems)
    assert f"{path}:2" in problems[0].message and f"{path}:5" in problems[1].message


def test_gzipped_jsonl_and_json_array(tmp_path):
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"text": "zipped"}\n'))
    arr = tmp_path / "b.json"
    arr.write_text(json.dumps([{"text": "first"}, {"text": "second"}]), encoding="utf-8")
    articles, problems = read(gz, arr)
    assert [a.text for a in articles] == ["zipped", "first", "second"] and codes(problems) == ["W001"] * 3
    assert articles[2].source == f"{arr}:2"


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    data = gzip.compress(b"".join(b'{"text": "article %d"}\n' % i for i in range(2000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, problems = read(path)
    assert len(articles) > 10 and codes(dated(problems)) == ["W014"]


def test_unparseable_crawler_date(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "x", "date": "sometime"}\n', encoding="utf-8")
    (article,), problems = read(path)
    assert article.published is None and codes(problems) == ["W003"]


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {"text": st.text(min_size=1).filter(lambda s: s.strip())},
            optional={"title": st.text(), "url": st.from_regex(r"https://[a-z]{1,8}\.com/[a-z0-9]{0,6}", fullmatch=True),
                      "date": st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(datetime.date.today().year, 12, 31)).map(str)},
        ),
        min_size=1,
        max_size=5,
    )
)
def test_jsonl_reader_round_trip(tmp_path_factory, records):
    path = tmp_path_factory.mktemp("j") / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    articles, problems = read(path)
    assert codes(problems) == ["W001" for r in records if "date" not in r] and len(articles) == len(records)
    for article, rec in zip(articles, records):
        assert article.text == clean_text(rec["text"])
        assert article.published == rec.get("date")
        assert article.url == (rec.get("url") or None)


# -- HTML and WARC ----------------------------------------------------------

PAGE = """<html><head><title>Storm hits coast</title>
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav>Home | World</nav><article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Tuesday, flooding several towns and cutting power to thousands.</p>
<p>"We have never seen anything like it," said Mayor Ann Smith, who asked residents to stay indoors.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_page(tmp_path):
    path = tmp_path / "storm.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,), problems = read(path)
    assert problems == []
    assert article.published == "2021-03-04"
    assert "flooding several towns" in article.text and "Copyright" not in article.text
    assert article.title == "Storm hits coast" and article.outlet == "Example News"


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://news.example.com/storm", PAGE.encode(), "text/html; charset=utf-8"),
        ("https://news.example.com/logo.png", b"\x89PNG....", "image/png"),
    ]))
    (article,), problems = read(path)
    assert article.url == "https://news.example.com/storm" and article.published == "2021-03-04"
    assert article.source == f"{path}:1"
    assert problems == []


def test_corrupt_warc_is_reported(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a warc record\r\n\r\n")
    articles, problems = read(path)
    assert articles == [] and codes(problems)[0] == "W010"


# -- folders, standard input, ids -------------------------------------------


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("date 2020-01-02 Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("date 2020-01-01 One.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("date 2020-01-01 Hidden.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    articles, problems = read(tmp_path)
    assert [a.text for a in articles] == ["Two.", "One."] and problems == []


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "from a pipe", "date": "2020-05-05"}\n')))
    (article,), problems = read("-")
    assert article.text == "from a pipe" and article.published == "2020-05-05"


def test_sniffing():
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b'  {"text": 1}') == "jsonl"
    assert sniff(b"[{}]") == "json"
    assert sniff(b"<!doctype html>") == "html"
    assert sniff(b"date 2020-01-01 x") == "text"
    assert sniff(b"\x00\x01\x02") == "binary"


def test_ids_are_stable():
    assert article_id("https://Example.com/a#top", "x") == article_id("https://example.com/a", "y")
    assert article_id(None, "Same  text\n") == article_id(None, "Same text")
    assert article_id(None, "one") != article_id(None, "two")
    (a,), _ = read(FOUNDING)
    (b,), _ = read(FOUNDING)
    assert a.id == b.id


def test_estimate_total(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    assert estimate_total([str(tmp_path)]) == 3


# -- bad input ----------------------------------------------------------------


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    articles, problems = read(tmp_path / "nope.txt", tmp_path / "empty", FOUNDING)
    assert len(articles) == 1
    assert codes(problems) == ["E001", "E002"] and all(p.level == "error" for p in problems)


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    articles, problems = read(path)
    assert articles == [] and codes(problems) == ["W008"]


def test_invalid_utf8_is_read_as_windows_1252_with_one_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"date 2020-01-01 Caf\xe9 and na\xefve.")
    (article,), problems = read(path)
    assert article.text == "Caf\u00e9 and na\u00efve." and codes(problems) == ["W002"]
    jl = tmp_path / "a.jsonl"
    jl.write_bytes(b'{"text": "caf\xe9"}\n{"text": "na\xefve"}\n')
    articles, problems = read(jl)
    assert len(articles) == 2 and codes(dated(problems)) == ["W002"]


def test_empty_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2020-01-01   \n\n", encoding="utf-8")
    articles, problems = read(path)
    assert articles == [] and codes(problems) == ["W005"]


def test_twenty_megabyte_article_is_refused_naming_the_limit(tmp_path):
    big = "All work and no play. " * (20 * 1024 * 1024 // 22)
    path = tmp_path / "big.txt"
    path.write_text("date 2020-01-01 " + big, encoding="utf-8")
    jl = tmp_path / "big.jsonl"
    jl.write_text(json.dumps({"text": big}) + "\n" + json.dumps({"text": "small"}) + "\n", encoding="utf-8")
    articles, problems = read(path, jl)
    assert [a.text for a in articles] == ["small"]
    assert codes(dated(problems)) == ["W007", "W007"]
    assert "1,000,000 characters" in problems[0].message


@pytest.mark.parametrize("line, published", [
    ("Date: 2025-03-14T10:00:00Z", "2025-03-14"),  # newuser7: "Date" and "DATE" were text, with W001
    ("DATE 2025-03-14", "2025-03-14"),
    ("date March 14th, 2025", "2025-03-14"),  # an ordinal day
    ("date Friday, 14 March 2025", "2025-03-14"),  # a weekday before it
    ("date: 14/03/2025", "2025-03-14"),  # numeric, only one order reads it
    ("date 03/14/2025", "2025-03-14"),
])
def test_date_lines_as_people_type_them(tmp_path, line, published):
    path = tmp_path / "a.txt"
    path.write_text(f"{line}\nTitle: A headline\n\nThe mayor said on Friday it was over.\n", encoding="utf-8")
    (article,), problems = read(path)
    assert (article.published, article.title, article.text.strip(), problems) == (
        published, "A headline", "The mayor said on Friday it was over.", [])


def test_capitalized_words_open_no_date_line_or_header_unless_they_are_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Date 5 of the tour went well.\n", encoding="utf-8")
    (article,), problems = read(path)
    assert article.text.startswith("Date 5 of the tour") and codes(problems) == ["W001"]
    path.write_text("date 2025-03-14\nAuthor Jane Smith has died, her family said.\n", encoding="utf-8")
    (article,), problems = read(path)
    assert article.author is None and article.text.startswith("Author Jane Smith has died")
    path.write_text("date 03/04/2025\n\nText.\n", encoding="utf-8")  # either order reads it: unread, as before
    (article,), problems = read(path)
    assert article.published is None and codes(problems) == ["W003"]


def test_an_undated_page_says_where_a_date_was_looked_for(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><body><article><p>No date on this page. \"Quote here,\" said Al Bee, "
                    "who runs the shop on the corner of the high street.</p></article></body></html>", encoding="utf-8")
    _, problems = read(path)
    assert codes(problems) == ["W001"] and "no publication date in the page" in problems[0].message  # was "no date line"
