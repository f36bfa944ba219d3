"""A person's profile as a demanding reader checks it: where each quote was printed, whole words, no blank lines."""

from __future__ import annotations

from typer.testing import CliRunner

from dateline.cli import app
from dateline.kb.build import rebuild
from dateline.kb.profile import profile
from dateline.kb.snippets import whole_words
from dateline.records import Age, ArticleRecord, Mention, Person, Quote, Speaker, TimelineEntry
from dateline.store import Store

QUOTE = "“We will not rest until every family in this valley has clean water to drink,”"
SENTENCE = "Ada Obi, 52, spoke in the valley in May 2021."


def _record(article_id, published, outlet, source):
    text = f"{QUOTE} said Ada Obi on Monday.\n\n{SENTENCE}\n\nThe meeting ended at noon."
    start = text.index(SENTENCE)
    age = text.index("52")
    return ArticleRecord(
        id=article_id, source=source, published=published, title=None, url=None, outlet=outlet, text=text,
        people=(Person(id="p1", name="Ada Obi", mentions=(Mention(start, start + 7, "Ada Obi", "full"),),
                       ages=(Age(52, age, age + 2, "1968-05-02", "1969-05-01"),)),),
        quotes=(Quote(id="q1", kind="direct", text=QUOTE, start=0, end=len(QUOTE), speaker=Speaker("p1", "Ada Obi", 0, 0)),),
        # a sentence that ends its paragraph, as the pipeline gives it: with the line break after it
        timeline=(TimelineEntry("t1", "2021-05-01", "2021-05-31", start, start + len(SENTENCE) + 2, ("p1",)),),
    )


def _store(tmp_path):
    db = str(tmp_path / "p.duckdb")
    with Store.open(db, write=True) as store:
        store.write_records([
            _record("a" * 16, "2021-05-01", None, "notes/ada.txt"),  # a local file: no outlet
            _record("b" * 16, "2021-05-03", "Valley News", None),
        ])
        rebuild(store)
    return db


def test_every_printing_of_a_quote_is_listed_with_its_own_date(tmp_path):
    db = _store(tmp_path)
    with Store.open(db) as store:
        found = profile(store, name="Ada Obi")
    (quote,) = found["quotes"]
    assert quote["published"] == "2021-05-01"
    assert [(p["outlet"] or p["source"], p["published"]) for p in quote["printed_by"]] == [
        ("notes/ada.txt", "2021-05-01"), ("Valley News", "2021-05-03")]
    assert all(t["sentence"] == SENTENCE for t in found["timeline"])


def test_profile_text_names_the_first_printer_and_has_no_blank_lines(tmp_path):
    db = _store(tmp_path)
    text = CliRunner().invoke(app, ["person", "Ada Obi", "--db", db]).stdout
    line = next(x for x in text.splitlines() if "We will not rest" in x)
    assert line.lstrip().startswith("2021-05-01 notes/ada.txt (also Valley News 2021-05-03)")
    assert "" not in [x.strip() for x in text.splitlines()]


def test_contexts_drop_the_words_their_cut_split():
    assert whole_words("egnancy complication. Now, Legend, 43, is open", at_start=False, at_end=False) == \
        "complication. Now, Legend, 43, is"
    assert whole_words("Singer John Legend, 45, says", at_start=True, at_end=True) == "Singer John Legend, 45, says"
    assert whole_words(" spaced\nout words ", at_start=False, at_end=False) == "spaced out words"


def test_a_relations_evidence_is_from_the_article_it_links_to(tmp_path):
    from dateline.records import Relation

    def record(article_id, published, text, kin):
        start = text.index(kin)
        end = start + len(kin)
        ada, ben = text.index("Ada Obi"), text.index("Ben Obi")
        return ArticleRecord(
            id=article_id, source=None, published=published, title=None, url=None, outlet=None, text=text,
            people=(Person(id="p1", name="Ada Obi", mentions=(Mention(ada, ada + 7, "Ada Obi", "full"),),
                           relations=(Relation("child", "p2", start, end),)),
                    Person(id="p2", name="Ben Obi", mentions=(Mention(ben, ben + 7, "Ben Obi", "full"),),
                           relations=(Relation("parent", "p1", start, end),))),
        )

    db = str(tmp_path / "r.duckdb")
    with Store.open(db, write=True) as store:
        # the later article's evidence sorts first alphabetically: the profile must not pair it with the earlier article
        store.write_records([record("z" * 16, "2021-01-01", "Ada Obi and her son, Ben Obi, spoke.", "son, Ben Obi"),
                             record("a" * 16, "2021-06-01", "Ada Obi has a child, Ben Obi.", "child, Ben Obi")])
        rebuild(store)
        (relation,) = profile(store, name="Ada Obi")["relations"]
    assert (relation["article_id"], relation["evidence"], relation["articles"]) == ("z" * 16, "son, Ben Obi", 2)
