"""Fuzzing the readers: random and mutated inputs of every format never raise, and good records beside bad ones stay.

Bounded in time: a fixed number of examples per format, no shrinking database, small inputs.
"""

from __future__ import annotations

import gzip
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.readers import Article, Problem, ReadOptions, read_file

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
GOOD = {"text": "Mayor Maria Gomez opened the bridge on Friday.", "date": "2020-01-10", "url": "https://ex.com/good"}
PAGE = ("<html><head><title>Storm</title></head><body><article><p>The storm flooded several towns along the "
        "coast on Tuesday, officials said.</p></article></body></html>")

# A mutation: flip, drop, insert or duplicate a few bytes, or cut the input short.
mutation = st.tuples(st.sampled_from(["flip", "drop", "insert", "repeat", "cut"]), st.floats(0, 1), st.binary(max_size=8))


def mutate(data: bytes, steps: list[tuple[str, float, bytes]]) -> bytes:
    for kind, where, extra in steps:
        i = int(where * len(data))
        if kind == "flip" and data:
            i = min(i, len(data) - 1)
            data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]
        elif kind == "drop":
            data = data[:i] + data[i + len(extra) + 1:]
        elif kind == "insert":
            data = data[:i] + extra + data[i:]
        elif kind == "repeat":
            data = data[:i] + data[i:i + 64] * 3 + data[i:]
        else:
            data = data[:i]
    return data


def read(tmp_path_factory, name: str, data: bytes) -> list[Article | Problem]:
    """Everything the reader yields; it must not raise, and every problem must be coded and name the file."""
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    items = list(read_file(str(path), ReadOptions(max_chars=20_000)))
    for item in items:
        assert isinstance(item, (Article, Problem))
        if isinstance(item, Problem):
            assert item.code, item.message
            assert str(path) in item.message
            assert item.code != "W021", f"the reader failed on input no rule foresaw: {item.message}"
    return items


def texts(items) -> list[str]:
    return [i.text for i in items if isinstance(i, Article)]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@FAST
@given(garbage=st.lists(st.binary(max_size=200) | json_values.map(json.dumps).map(str.encode), max_size=5),
       steps=st.lists(mutation, max_size=4))
def test_jsonl_keeps_good_lines_beside_any_bad_ones(tmp_path_factory, garbage, steps):
    good = json.dumps(GOOD).encode()
    bad = [mutate(g.replace(b"\n", b" "), steps) for g in garbage]
    lines = [good, *bad, good.replace(b"good", b"good2")]
    items = read(tmp_path_factory, "a.jsonl", b"\n".join(lines) + b"\n")
    found = texts(items)
    assert found[0] == GOOD["text"] and found[-1] == GOOD["text"]


@FAST
@given(steps=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_jsonl_gz_never_raises(tmp_path_factory, steps):
    data = gzip.compress(b"".join(json.dumps({**GOOD, "url": f"https://ex.com/{i}"}).encode() + b"\n" for i in range(5)))
    read(tmp_path_factory, "a.jsonl.gz", mutate(data, steps))


@FAST
@given(data=st.binary(max_size=500), steps=st.lists(mutation, max_size=4))
def test_json_documents_never_raise(tmp_path_factory, data, steps):
    read(tmp_path_factory, "a.json", mutate(json.dumps([GOOD, GOOD]).encode() + data, steps))


@FAST
@given(steps=st.lists(mutation, min_size=1, max_size=6), prefix=st.sampled_from(["date 2020-01-10 ", "date ", ""]))
def test_mutated_text_never_raises(tmp_path_factory, steps, prefix):
    read(tmp_path_factory, "a.txt", mutate((prefix + GOOD["text"] * 5).encode(), steps))


@FAST
@given(steps=st.lists(mutation, min_size=1, max_size=6), nest=st.integers(0, 3000))
def test_mutated_html_never_raises(tmp_path_factory, steps, nest):
    page = PAGE.replace("<article>", "<div>" * nest + "<article>")
    read(tmp_path_factory, "a.html", mutate(page.encode(), steps))


def _warc(n: int, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(PAGE.replace("storm", f"storm number {i}").encode())
        fixed = {"WARC-Date": "2021-03-04T10:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{i:012d}>"}
        writer.write_record(writer.create_warc_record(f"https://ex.com/{i}", "response", payload=payload,
                                                      http_headers=headers, warc_headers_dict=fixed))
    return buf.getvalue()


WARCS = {gz: _warc(4, gz) for gz in (False, True)}


@FAST
@given(gz=st.booleans(), steps=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_warc_never_raises(tmp_path_factory, gz, steps):
    read(tmp_path_factory, "a.warc.gz" if gz else "a.warc", mutate(WARCS[gz], steps))


# One damage of the kinds crawls show (a record cut short, a byte gone wrong) before the last record.
# Several damages inside one gzip member can still make warcio read on past the records after it.
damage = st.tuples(st.sampled_from(["cut", "flip"]), st.floats(0, 1), st.just(b""))


@FAST
@given(gz=st.booleans(), step=damage)
def test_damaged_warc_keeps_the_last_record(tmp_path_factory, gz, step):
    data = WARCS[gz]
    last = data.index(b"\x1f\x8b\x08" if gz else b"WARC/1.", len(data) - 900)  # the last record's start
    items = read(tmp_path_factory, "a.warc.gz" if gz else "a.warc", mutate(data[:last], [step]) + data[last:])
    assert any("storm number 3" in t for t in texts(items)), [getattr(i, "message", "") for i in items]


@FAST
@given(data=st.binary(max_size=2000))
def test_random_bytes_under_any_name_never_raise(tmp_path_factory, data):
    for name in ("a.jsonl", "a.json", "a.txt", "a.html", "a.warc", "noext"):
        read(tmp_path_factory, name, data)


@pytest.mark.parametrize("url", ["https://[ex.com/1", "http://[::1", "https://ex.com]/"])
def test_a_url_with_an_unbalanced_bracket_keeps_its_article(tmp_path_factory, url):
    items = read(tmp_path_factory, "a.jsonl", json.dumps({**GOOD, "url": url}).encode() + b"\n")
    assert texts(items) == [GOOD["text"]]
