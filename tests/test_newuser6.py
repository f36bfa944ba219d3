"""Defects a new user's articles met (branch newuser6): each on a small invented text."""

from __future__ import annotations

import pytest

from dateline import analyze

pytestmark = pytest.mark.slow  # the model


def _direct(text: str, published: str = "2025-02-10") -> dict[str, str | None]:
    record = analyze(text, published=published)
    return {q.text.strip("\"'“”‘’,. "): (q.speaker.name if q.speaker else None) for q in record.quotes if q.kind == "direct"}


def _times(text: str, published: str, outlet: str | None = None) -> dict[str, str | None]:
    return {t.text: t.value for t in analyze(text, published=published, outlet=outlet).times}


def test_two_turn_transcript_with_upper_case_labels():
    text = (
        "Novelist Clara Benning, 44, spoke to us about her fifth book.\n\n"
        "INTERVIEWER: Why set it in Lisbon?\n\n"
        "BENNING: Because I lived there for a decade and I still dream about its hills."
    )
    speakers = _direct(text)
    assert speakers["Why set it in Lisbon?"] == "the interviewer"
    assert speakers["Because I lived there for a decade and I still dream about its hills"] == "Clara Benning"


def test_one_upper_case_heading_is_still_no_label():
    text = "EXCLUSIVE: The mayor will resign on Friday, aides said.\n\nThe city council meets on Monday."
    assert not _direct(text)


def test_quoted_upper_case_label_is_the_named_person():
    text = (
        "Senator Maria Ortega answered questions at the debate.\n\n"
        "\"RAMOS: Senator, did you mislead the families?\n\n"
        "\"ORTEGA: I feel a great deal of sympathy for the families of the victims.\""
    )
    speakers = _direct(text)
    assert speakers["I feel a great deal of sympathy for the families of the victims"] == "Maria Ortega"


def test_it_after_a_document_subject_is_that_document():
    text = "The council's own audit is blunt. It says the scheme is failing and must be scrapped."
    record = analyze(text, published="2025-02-10")
    speakers = {q.speaker.name for q in record.quotes if q.speaker}
    assert speakers == {"The council's own audit"}


def test_it_after_a_person_subject_stays_unnamed():
    text = "Mr Hale is blunt. It says the scheme is failing."
    record = analyze(text, published="2025-02-10")
    assert "Mr Hale" not in {q.speaker.name for q in record.quotes if q.speaker}


def test_monday_week_is_the_monday_after_next():
    assert _times("The judge adjourned sentencing until Monday week.", "2025-11-14")["Monday week"] == "2025-11-24"


def test_clock_time_on_an_ordinal_day_is_one_time():
    times = _times("Police said the road would reopen at midday on the 14th.", "2025-12-28")
    assert times == {"midday on the 14th": "2026-01-14T12:00"}
    assert _times("We met at noon on the 2nd floor.", "2025-12-28") == {"noon": "2025-12-28T12:00"}


def test_holiday_the_model_tags_as_a_name():
    assert _times("They drove north to spend Hogmanay with relatives.", "2025-12-28")["Hogmanay"] == "2025-12-31"


def test_mothers_day_by_the_outlets_country():
    text = "The family will visit on Mother's Day."
    assert _times(text, "2025-12-28", "bbc.co.uk")["Mother's Day"] == "2026-03-15"  # Mothering Sunday
    assert _times(text, "2025-12-28", "nytimes.com")["Mother's Day"] == "2026-05-10"
    assert _times("Thanksgiving is on Monday.", "2025-09-01", "cbc.ca")["Thanksgiving"] == "2025-10-13"


def test_short_html_page_keeps_its_paragraphs_without_headline_and_byline():
    from dateline.readers.html import extract_html

    html = (
        '<html><head><title>Storm hits harbour</title><meta property="og:title" content="Storm hits harbour">'
        '<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head><body>'
        '<nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Storm hits harbour</h1>'
        '<p class="byline">By Jo Marsh</p><p>Harbour master Tom Aldous, 61, said on Monday that three boats were lost.</p>'
        "<p>'Nobody was hurt, and that is what matters,' he said.</p></article></body></html>"
    )
    page = extract_html(html)
    assert page["text"].split("\n") == [
        "Harbour master Tom Aldous, 61, said on Monday that three boats were lost.",
        "'Nobody was hurt, and that is what matters,' he said.",
    ]


def test_extract_prints_a_repeated_feed_line_once(tmp_path):
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    line = json.dumps({"url": "https://ex.com/a", "date_publish": "2025-03-01", "maintext": "Ann Lee opened the bridge."})
    feed = tmp_path / "feed.jsonl"
    feed.write_text(f"{line}\n{line}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(feed), "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    assert f"[W027] {feed}:2: the same text as {feed}:1" in result.stderr


def test_empty_file_is_one_warning(tmp_path):
    from dateline import read_articles

    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert [p.code for p in read_articles([str(path)])] == ["W005"]


def test_person_with_an_empty_name_is_refused(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    result = CliRunner().invoke(app, ["person", "", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "[E036]" in result.stderr and "Traceback" not in result.output


def test_that_season_is_that_season():
    assert _times("In 1998 they moved north. That summer was dry.", "2025-05-21")["That summer"] == "1998-SU"
    assert _times("In 1998 they moved north. That winter was cold.", "2025-05-21")["That winter"] == "1998-WI"


def test_conjunction_that_is_no_determiner_of_a_time():
    assert _times("The firm warned that summer sales had been weak.", "2025-05-21") == {"summer": "2025-SU"}


def test_the_year_before_is_the_year_before_the_one_talked_about():
    times = _times("There were 412 spills last year, fewer than the year before.", "2025-05-21")
    assert times["the year before"] == "2023"
    assert _times("He arrived on Monday; she came the day before.", "2025-05-21")["the day before"] == "2025-05-18"
    assert _times("It happened the year before the war.", "2025-05-21").get("the year before") is None


def test_quotes_with_since_after_until_says_so(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    args = ["quotes", "--since", "2022-01-01", "--until", "2021-01-01", "--db", str(tmp_path / "none.duckdb")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and "[E037]" in result.stderr


@pytest.mark.parametrize("line", ["date: 16 May 2022", "date May 16, 2022"])
def test_spelled_date_line(tmp_path, line):
    from dateline import read_articles

    path = tmp_path / "a.txt"
    path.write_text(f"{line}\ntitle: A test\n\nAnn Lee said on Monday it was fine.\n", encoding="utf-8")
    (article,) = list(read_articles([str(path)]))
    assert (article.published, article.title, article.text) == ("2022-05-16", "A test", "Ann Lee said on Monday it was fine.")



def test_q_dot_a_dot_transcript_finds_its_turns():
    text = (
        "The chef Marco Bellini, 39, opened his first restaurant in Leeds last month.\n\n"
        "Q. Why did you choose this city?\n\nA. My wife is from here, and the rents are half what they are in London.\n\n"
        "Q. What is on the menu?\n\nA. Pasta, made every morning, and nothing frozen."
    )
    record = analyze(text, published="2025-04-02")
    direct = {q.text: q for q in record.quotes if q.kind == "direct"}
    assert direct["My wife is from here, and the rents are half what they are in London."].speaker.name == "Marco Bellini"
    assert direct["What is on the menu?"].cue.text == "."


def test_an_initial_is_no_turn():
    text = "A. Smith, the coach, was pleased.\n\nJ. Brown said the team had played well."
    assert not _direct(text)
