"""The small database the web tests share: built once per test session, in a temporary folder.

It holds the founding article, a next-day reprint of two of its quotes by
another outlet (one reworded, so the knowledge base records a wording
conflict), and a hostile article whose text, title, URL and speaker are
markup. Quotes and time expressions are hand-built with their true offsets
while the analysis does not produce them yet; once it does, its own are used.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from pathlib import Path

from dateline.records import Addressee, ArticleRecord, Cue, Quote, Speaker, TimeExpression, TimelineEntry

from .conftest import FOUNDING

REPRINT = {
    "url": "https://people.example/2022/05/17/legend-jack",
    "outlet": "people.example",
    "published": "2022-05-17",
    "title": "John Legend on losing Jack: “It was a tragedy”",
    "text": (
        "John Legend, 43, and Chrissy Teigen lost their son Jack in 2020.\n\n"
        "“It was raw, sharing that experience,” Legend said of the photos the couple shared.\n\n"
        "“It was a tragedy. But I think it strengthened our resolve and our resilience because we were "
        "there for each other,” the singer explained."
    ),
}
PAYLOAD = "<script>window.__pwned = 1</script>"
HOSTILE = {
    "url": "javascript:window.__pwned=3",
    "outlet": "<b>evil</b>.example",
    "published": "2022-06-01",
    "title": "<script>window.__pwned = 2</script>Mayor & the <i>bridge</i>",
    "text": (
        f"Mayor Ann Lee opened the bridge on Friday. “{PAYLOAD} is not a bridge,” Lee said.\n\n"
        "An <img src=x onerror=\"window.__pwned=4\"> tag and a </div></main> closing tag are only words here."
    ),
}


def _at(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def _person(record: ArticleRecord, name: str) -> str | None:
    return next((p.id for p in record.people if p.name == name), None)


def _q(t: str, qid: str, kind: str, first: str, last: str, speaker: str, near: str, cue: str, lemma: str,
       person: str | None, name: str, addressee: str | None = None) -> Quote:
    """A quote from its first and last words, its speaker's words at `near`, and the cue after them."""
    start = t.index(first)
    end = t.index(last, start) + len(last)
    s0 = t.index(speaker, t.index(near))
    c0 = t.index(cue, s0 + len(speaker))
    to = None
    if addressee:
        a0 = t.index(addressee, c0)
        to = Addressee(addressee.removeprefix("the "), None, a0, a0 + len(addressee))
    return Quote(qid, kind, t[start:end], start, end, Speaker(person, name, s0, s0 + len(speaker)),
                 Cue(cue, lemma, c0, c0 + len(cue)), to, 0.9 if kind == "direct" else 0.7)


def founding_quotes(record: ArticleRecord) -> tuple[Quote, ...]:
    """The founding article's quotations, by hand: seven direct, three partial."""
    t, legend = record.text, _person(record, "John Legend")
    jl = (legend, "John Legend")
    return (
        _q(t, "q1", "direct", "“It was raw", "experience,”", "Legend", "Legend told", "told", "tell", *jl, "the Guardian"),
        _q(t, "q2", "direct", "“I was worried", "happened.”", "Legend", "Legend told", "told", "tell", *jl),
        _q(t, "q3", "partial", "“uncomfortable”", "“uncomfortable”", "some people", "some people said", "said", "say",
           None, "some people"),
        _q(t, "q4", "partial", "“outpouring", "support.”", "Legend", "Legend said that", "said", "say", *jl),
        _q(t, "q5", "direct", "“Also, we found", "alone,”", "the singer", "the singer explained", "explained",
           "explain", *jl),
        _q(t, "q6", "partial", "“tested”", "“tested”", "Legend", "Legend, who shares", "noted", "note", *jl),
        _q(t, "q7", "direct", "“It was a tragedy.", "each other,”", "he", "he said. “We", "said", "say", *jl),
        _q(t, "q8", "direct", "“We came out", "as a family.”", "he", "he said. “We", "said", "say", *jl),
        _q(t, "q9", "direct", "“There’s music", "lost something,”", "he", "he revealed", "revealed", "reveal", *jl),
        _q(t, "q10", "direct", "When you lose a pregnancy", "people too.”", "he", "he revealed", "revealed", "reveal",
           *jl),
    )


def founding_times(record: ArticleRecord) -> tuple[tuple[TimeExpression, ...], tuple[TimelineEntry, ...]]:
    """Its time expressions and timeline, by hand, normalized against 2022-05-16."""
    t = record.text
    ids = {p.name: p.id for p in record.people}
    times = (
        TimeExpression("t1", "September 2020", *_at(t, "September 2020"), "DATE", "2020-09", None,
                       "2020-09-01", "2020-09-30", None),
        TimeExpression("t2", "more than a year later", *_at(t, "more than a year later"), "DURATION", "P1Y", "MORE_THAN",
                       None, None, "t1"),
        TimeExpression("t3", "later this year", *_at(t, "later this year"), "DATE", "2022", "AFTER",
                       "2022-05-16", "2022-12-31", "publication"),
        TimeExpression("t4", "Earlier this year", *_at(t, "Earlier this year"), "DATE", "2022", "BEFORE",
                       "2022-01-01", "2022-05-16", "publication"),
    )

    def sentence(fragment: str, end: str) -> tuple[int, int]:
        start = t.index(fragment)
        return start, t.index(end, start) + len(end)

    timeline = (
        TimelineEntry("t1", "2020-09-01", "2020-09-30", *sentence("In September 2020", "complication."),
                      tuple(ids[n] for n in ("Chrissy Teigen", "John Legend", "Jack") if n in ids)),
        TimelineEntry("t4", "2022-01-01", "2022-05-16", *sentence("Earlier this year", "pregnant."),
                      tuple(ids[n] for n in ("Chrissy Teigen",) if n in ids)),
        TimelineEntry("t3", "2022-05-16", "2022-12-31", *sentence("Legend said his eighth", "by Jack."),
                      tuple(ids[n] for n in ("John Legend", "Jack") if n in ids)),
    )
    return times, timeline


def reprint_quotes(record: ArticleRecord) -> tuple[Quote, ...]:
    t, jl = record.text, (_person(record, "John Legend"), "John Legend")
    return (
        _q(t, "q1", "direct", "“It was raw", "experience,”", "Legend", "Legend said", "said", "say", *jl),
        _q(t, "q2", "direct", "“It was a tragedy.", "each other,”", "the singer", "the singer", "explained",
           "explain", *jl),
    )


def hostile_quotes(record: ArticleRecord) -> tuple[Quote, ...]:
    """A quote whose text and speaker's name are markup: both must reach the page as text."""
    t = record.text
    return (_q(t, "q1", "direct", f"“{PAYLOAD}", "bridge,”", "Lee", "Lee said", "said", "say",
               _person(record, "Ann Lee"), 'Ann "<b>Lee</b>"'),)


def _analysed(item: dict) -> ArticleRecord:
    from dateline.analysis import analyze

    return analyze(item["text"], published=item["published"], title=item["title"], url=item["url"],
                   outlet=item["outlet"])


@lru_cache(maxsize=1)
def build(folder: str) -> dict[str, str]:
    """Write the web tests' database into `folder`; returns its path and the ids the tests look up."""
    from dateline.analysis import analyze_many
    from dateline.kb.build import rebuild
    from dateline.readers import read_articles
    from dateline.store import Store

    (article,) = [a for a in read_articles([str(FOUNDING)]) if not hasattr(a, "level")]
    (founding,) = analyze_many([article])
    if not founding.quotes:
        founding = dataclasses.replace(founding, quotes=founding_quotes(founding))
    if not founding.times:
        times, timeline = founding_times(founding)
        founding = dataclasses.replace(founding, times=times, timeline=timeline)
    reprint = _analysed(REPRINT)
    if not reprint.quotes:
        reprint = dataclasses.replace(reprint, quotes=reprint_quotes(reprint))
    hostile = _analysed(HOSTILE)
    hostile = dataclasses.replace(hostile, quotes=hostile_quotes(hostile))
    path = str(Path(folder) / "web.duckdb")
    with Store.open(path, write=True) as store:
        store.write_records([founding, reprint, hostile])
        rebuild(store)
        legend = store.query("SELECT entity_id FROM entities WHERE name = 'John Legend'")[0]["entity_id"]
        kb = store.query("SELECT kb_quote_id FROM kb_quotes WHERE first_article = ? ORDER BY appearances DESC, "
                         "first_quote LIMIT 1", [founding.id])
    return {"db": path, "founding": founding.id, "reprint": reprint.id, "hostile": hostile.id, "legend": legend,
            "kb_quote": kb[0]["kb_quote_id"] if kb else "", "quotes": str(len(founding.quotes))}
