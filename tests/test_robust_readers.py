"""Bad records cost one coded warning naming file and line; the good records beside them are kept (issue 17)."""

from __future__ import annotations

import io
import json
import os

import pytest

from dateline.readers import Problem, ReadOptions, read_articles
from dateline.readers.dates import parse_date, read_date

PAGE = (
    "<html><head><title>Storm</title></head><body><article><p>Article {n}: the storm flooded several towns "
    "along the coast on Tuesday, officials said.</p></article></body></html>"
)


def read(*paths, **kw):
    items = list(read_articles([str(p) for p in paths], **kw))
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def codes(problems):
    return [p.code for p in problems]


# -- 1: one deeply nested line ------------------------------------------------


def test_deeply_nested_json_line_is_one_warning_and_the_rest_is_kept(tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"text": "Before.", "date": "2022-05-16"}) + "\n", encoding="utf-8")
    second = tmp_path / "b.jsonl"
    second.write_text(
        json.dumps({"text": "Good one.", "date": "2022-05-16"}) + "\n" + "[" * 1100 + "]" * 1100 + "\n" + json.dumps({"text": "Good two.", "date": "2022-05-16"}) + "\n",
        encoding="utf-8",
    )
    articles, problems = read(first, second)
    assert [a.text for a in articles] == ["Before.", "Good one.", "Good two."]
    assert [p.message for p in problems] == [f"[W006] {second}:2: malformed JSON (nested too deeply); skipped"]


def test_deeply_nested_json_document_and_huge_integer(tmp_path):
    doc = tmp_path / "a.json"
    doc.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    lines = tmp_path / "b.jsonl"
    lines.write_text('{"text": "x", "n": ' + "9" * 5000 + "}\n" + json.dumps({"text": "Kept.", "date": "2022-05-16"}) + "\n", encoding="utf-8")
    articles, problems = read(doc, lines)
    assert [a.text for a in articles] == ["Kept."]
    assert codes(problems) == ["W006", "W006"] and f"{lines}:1" in problems[1].message


def test_ingest_summary_counts_the_bad_line(tmp_path):
    from dateline.ingest import ingest

    path = tmp_path / "a.jsonl"
    path.write_text("[" * 1100 + "]" * 1100 + "\n" + json.dumps({"text": "Maria Gomez, 52, spoke on Friday."}) + "\n")
    summary = ingest([str(path)], db=str(tmp_path / "x.duckdb"), published="2022-05-16")
    assert summary.stored == 1 and summary.skipped["malformed JSON (W006)"] == 1


# -- 4: WARC ---------------------------------------------------------------------


def _warc(n: int, gzip: bool) -> bytes:
    """Byte for byte the same on every run: warcio's random record ids once made a test flaky."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for i in range(n):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(PAGE.format(n=i).encode())
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{i:012d}>", "WARC-Date": "2021-01-01T00:00:00Z"}
        record = writer.create_warc_record(
            f"https://ex.com/{i}", "response", payload=payload, http_headers=headers, warc_headers_dict=fixed
        )
        writer.write_record(record)
    return buf.getvalue()


def _urls(articles):
    return [a.url for a in articles]


@pytest.mark.parametrize("gzip", [False, True])
def test_truncated_last_warc_record_is_warned_not_stored(tmp_path, gzip):
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    path.write_bytes(_warc(3, gzip)[:-60])
    articles, problems = read(path, published="2021-01-01")
    assert _urls(articles) == ["https://ex.com/0", "https://ex.com/1"]
    assert codes(problems) == ["W010"] and f"{path}:3" in problems[0].message and "truncated" in problems[0].message


@pytest.mark.parametrize("gzip", [False, True])
def test_corrupt_first_warc_record_keeps_the_records_after_it(tmp_path, gzip):
    data = _warc(3, gzip)
    second = data.index(b"\x1f\x8b\x08" if gzip else b"WARC/1.", 10)
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    path.write_bytes(data[: second - 100] + data[second:])  # the first record loses its end
    articles, problems = read(path, published="2021-01-01")
    assert _urls(articles) == ["https://ex.com/1", "https://ex.com/2"]
    assert codes(problems) == ["W010"] and f"{path}:1" in problems[0].message


def test_a_header_holding_binary_data_is_reported_and_the_records_after_it_kept(tmp_path):
    # what a gzip member cut short gives when its deflate stream runs on into the next member:
    # a header full of decoded garbage that warcio would read to the end of the file
    data = _warc(3, False)
    at = data.index(b"https://ex.com/0") + len(b"https://ex.com/0")
    path = tmp_path / "a.warc"
    path.write_bytes(data[:at] + b"\x01\x9c\x07\x1b" + data[at:])
    articles, problems = read(path, published="2021-01-01")
    assert _urls(articles) == ["https://ex.com/1", "https://ex.com/2"]
    assert codes(problems) == ["W010"] and f"{path}:1" in problems[0].message and "garbled header" in problems[0].message


def test_garbage_before_the_first_warc_record_and_a_wrong_length(tmp_path):
    data = _warc(3, False)
    at = data.index(b"Content-Length: ") + len(b"Content-Length: ")
    path = tmp_path / "a.warc"
    path.write_bytes(b"WARC/1.0\r\ngarbage\r\n\r\n" + data[:at] + b"9" + data[at:])  # first real record: 10x its length
    articles, problems = read(path, published="2021-01-01")
    assert _urls(articles) == ["https://ex.com/1", "https://ex.com/2"]
    assert codes(problems) == ["W010", "W010"]


# -- 6: dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day", "code"),
    [
        (20220516, "2022-05-16", None),
        ("20220516", "2022-05-16", None),
        (20221345, None, "W003"),
        (1652659200, "2022-05-16", None),  # a Unix timestamp still
        ("2022-05-16T25:61:00Z", None, "W003"),
        ("2022-05-16T10:30:00Z", "2022-05-16", None),
        ("0001-01-01", None, "W022"),
        ("1799-12-31", None, "W022"),
        ("2999-01-01", None, "W022"),
        (float("nan"), None, "W003"),
    ],
)
def test_dates(value, day, code):
    found, problem = read_date(value, "x")
    assert found == day and (problem.code if problem else None) == code
    assert parse_date(value) == day


def test_impossible_dates_keep_the_article(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"text": "One.", "date_publish": "0001-01-01"}, {"text": "Two.", "date_publish": 20220516},
            {"text": "Three.", "date_publish": "2022-05-16T25:61:00Z"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles, problems = read(path)
    assert [(a.text, a.published) for a in articles] == [("One.", None), ("Two.", "2022-05-16"), ("Three.", None)]
    assert codes(problems) == ["W022", "W003"]


def test_an_article_dated_year_one_is_analysed(tmp_path):
    from dateline import analyze

    record = analyze("Maria Gomez, 52, spoke on Friday.", published="0001-01-01")
    assert record.published is None and record.people


# -- 8: the small ones -----------------------------------------------------------------


def test_nav_only_html_page_is_not_an_article(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Site</title></head><body><nav><ul><li><a href=/>Home</a></li>"
                    "<li><a href=/news>News</a></li><li><a href=/about>About us</a></li></ul></nav></body></html>")
    articles, problems = read(path)
    assert articles == [] and codes(problems) == ["W009"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_read_no_further_than_the_limit():
    articles, problems = read("/dev/zero", max_chars=1000)
    assert articles == [] and codes(problems) == ["W008"]


def test_endless_text_from_a_device_is_bounded(tmp_path):
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    import threading

    def feed():
        try:
            with open(fifo, "wb") as f:
                for _ in range(1000):
                    f.write(b"All work and no play. " * 100)
        except OSError:  # the reader stopped reading: as it should
            pass

    threading.Thread(target=feed, daemon=True).start()
    articles, problems = read(fifo, max_chars=10_000)
    assert articles == [] and codes(problems) == ["W007"]


def test_standard_input_is_bounded(monkeypatch):
    import sys

    class Stdin:
        buffer = io.BytesIO(b"date 2020-01-01 " + b"word " * 10_000)

    monkeypatch.setattr(sys, "stdin", Stdin)
    articles, problems = read("-", max_chars=1000)
    assert articles == [] and codes(problems) == ["W007"]


def test_jsonl_on_standard_input_is_streamed(monkeypatch):
    import sys

    class Stdin:
        buffer = io.BytesIO(b"".join(json.dumps({"text": f"Line {i}.", "date": "2022-05-16"}).encode() + b"\n" for i in range(3000)))

    monkeypatch.setattr(sys, "stdin", Stdin)
    articles, problems = read("-")
    assert len(articles) == 3000 and problems == []


def test_over_long_jsonl_line_is_skipped_and_the_next_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 50_000 + b'"}\n' + json.dumps({"text": "Kept.", "date": "2022-05-16"}).encode() + b"\n")
    options = dict(max_chars=100)
    articles, problems = read(path, **options)
    assert [a.text for a in articles] == ["Kept."]
    assert codes(problems) == ["W007"] and f"{path}:1" in problems[0].message


def test_empty_jsonl_warns(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    (tmp_path / "empty.json").write_text("[]")
    articles, problems = read(path, tmp_path / "empty.json")
    assert articles == [] and codes(problems) == ["W020", "W020"]


def test_a_reader_failure_is_one_warning_and_the_next_file_is_read(tmp_path, monkeypatch):
    import dateline.readers as readers

    def broken(*args, **kwargs):
        yield from ()
        raise RuntimeError("boom")

    monkeypatch.setattr(readers, "read_text", broken)
    (tmp_path / "a.txt").write_text("date 2020-01-01 One.")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Two.", "date": "2022-05-16"}) + "\n")
    articles, problems = read(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert [a.text for a in articles] == ["Two."]
    assert codes(problems) == ["W021"] and "a.txt" in problems[0].message




# -- a crawl with cut-off and garbled lines (new-user review) -----------------------


def test_a_cut_off_line_says_so_and_others_say_where(tmp_path):
    path = tmp_path / "crawl.jsonl"
    good = json.dumps({"text": "Ann Lee spoke on Monday.", "date": "2022-05-16"})
    path.write_text(f'{{"text": "Cut off mid-\n{good}\n{{"text": "a", "date": }}\n{good[:-1]}, "url": "u"}}\n', encoding="utf-8")
    articles, problems = read(path)
    assert len(articles) == 2
    assert [p.message for p in problems] == [
        f"[W006] {path}:1: malformed JSON (the line ends inside the record); skipped",
        f"[W006] {path}:3: malformed JSON (Expecting value at column 23); skipped",
    ]
