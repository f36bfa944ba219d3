"""The pieces the pages are drawn from: spans as nested, escaped HTML, and the timeline chart's geometry."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.web.chart import timeline_chart
from dateline.web.highlight import LAYERS, Span, highlight
from dateline.web.templating import link, query


class _Reader(HTMLParser):
    """The text of an HTML fragment, checking that every element closes in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text, self.stack, self.opened = [], [], []

    def handle_starttag(self, tag, attrs):
        assert tag == "mark", tag
        self.stack.append(tag)
        self.opened.append(dict(attrs))

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


def _read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    assert reader.stack == []
    return reader


TEXT = st.text(alphabet=st.sampled_from(list("ab <>&\"'“”\n")), max_size=40)


@st.composite
def text_and_spans(draw):
    text = draw(TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(-2, len(text) + 2))
        end = draw(st.integers(-2, len(text) + 2))
        spans.append(Span(start, end, draw(st.sampled_from(LAYERS)), draw(TEXT), draw(st.none() | st.just("q1"))))
    return text, spans


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_highlighting_keeps_every_character_and_nests(case):
    text, spans = case
    reader = _read(str(highlight(text, spans)))
    assert "".join(reader.text) == text
    tips = {s.tip for s in spans if 0 <= s.start < s.end <= len(text)}
    assert {a["data-tip"] for a in reader.opened} <= tips  # attribute values come back exactly


def test_crossing_spans_are_split_and_only_the_first_piece_takes_focus():
    html = str(highlight("abcdef", [Span(0, 4, "quote", "q", "q1"), Span(2, 6, "time", "t", "t1")]))
    assert html == ('<mark class="hl quote" data-tip="q" tabindex="0" id="quote-q1">ab'
                    '<mark class="hl time" data-tip="t" tabindex="0" id="time-t1">cd</mark></mark>'
                    '<mark class="hl cont time" data-tip="t">ef</mark>')


def test_markup_in_text_and_tips_is_escaped():
    html = str(highlight('<script>"x"</script>', [Span(0, 8, "quote", '"><script>alert(1)</script>')]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&#34;&gt;&lt;script&gt;" in html


def test_only_http_urls_become_links():
    assert link("https://example.org/a") == "https://example.org/a"
    for url in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", None, "http://[::1"):
        assert link(url) is None


def test_query_strings_drop_empty_filters():
    assert query({"q": "a b", "kind": None, "since": ""}, page=2) == "?q=a+b&page=2"


PROFILE = {
    "birth_from": "1978-05-17", "birth_to": "1979-05-16", "birth_evidence": [{}],
    "quotes": [{"published": "2022-05-16", "text": "a", "kb_quote_id": "k1", "article_id": "a1", "quote_id": "q1"},
               {"published": "2022-05-16", "text": "b", "kb_quote_id": None, "article_id": "a1", "quote_id": "q2"}],
    "timeline": [{"earliest": "2020-09-01", "latest": "2020-09-30", "article_id": "a1", "sentence": "In 2020."}],
}


def test_timeline_chart_rows_marks_and_ticks():
    chart = timeline_chart(PROFILE, [{"id": "a1", "published": "2022-05-16", "title": None}], root="/x")
    assert [label for label, _ in chart.rows] == ["born", "in articles", "quoted", "dated events"]
    quotes = [m for m in chart.marks if m.row == "quotes"]
    assert len(quotes) == 1 and quotes[0].count == 2 and quotes[0].href == "/x/quotes/k1"  # one day, one dot
    years = [label for _, label in chart.ticks]
    assert years == sorted(years) and "2021" in years and "1980" not in years
    # Born decades before: on the axis, in its own stretch before a break, with its own ticks.
    born = next(m for m in chart.marks if m.row == "born")
    (gap,) = chart.breaks
    assert chart.left <= born.x < born.x + born.width < gap < quotes[0].x <= chart.right
    assert born.width > 20 and any(label.startswith("1978") or label.startswith("1979") for label in years)
    assert all(x < gap for x, label in chart.ticks if label[:2] == "19")


def test_a_birth_near_the_coverage_is_drawn_on_one_axis():
    profile = {**PROFILE, "birth_from": "2019-05-17", "birth_to": "2020-05-16"}
    chart = timeline_chart(profile, [{"id": "a1", "published": "2022-05-16"}])
    born = next(m for m in chart.marks if m.row == "born")
    assert not chart.breaks and born.width > 3 and chart.left <= born.x


def test_article_chart_has_the_publication_date_and_the_times_it_names(founding):
    from dateline.web.chart import article_chart

    chart = article_chart(founding)
    assert [label for label, _ in chart.rows] == ["published", "times named"]
    (published,) = [m for m in chart.marks if m.row == "published"]
    assert published.tip == "2022-05-16: the article is published"
    assert any(m.href.startswith("#time-") for m in chart.marks if m.row == "times")


def test_timeline_chart_of_nothing_dated_is_none():
    assert timeline_chart({"quotes": [], "timeline": []}, [{"id": "a", "published": None}]) is None


def test_timeline_chart_of_one_day_has_month_ticks():
    chart = timeline_chart({}, [{"id": "a", "published": "2022-05-16"}])
    assert chart.ticks and all(len(label) == 7 for _, label in chart.ticks)
