"""The quote evaluation: brat and CofeNet readers, alignment, projection and the metrics."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.eval import cofenet as cf
from dateline.eval.polnear import read_ann, read_polnear
from dateline.eval.scoring import Counts, match_exact, match_overlap

from .conftest import shared_data

TEXT = "“We will win,” said Hugh Hill, a doctor.\n\nOfficials said that the vote was fair."


def _at(word: str, after: int = 0) -> str:
    start = TEXT.index(word, after)
    return f"{start} {start + len(word)}"


FAIR = TEXT.index("fair")
ANN = f"""T1\tContent {_at("“We will win,”")}\t“We will win,”
T2\tCue {_at("said")}\tsaid
T3\tSource {_at("Hugh Hill, a doctor")}\tHugh Hill, a doctor
T4\tAttribution {_at("said")}\tsaid
E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3
T5\tSource {_at("Officials")}\tOfficials
T6\tCue {_at("said", 40)}\tsaid
T7\tContent {_at("that the vote was")};{FAIR} {FAIR + 5}\tthat the vote was fair.
a line of span text that ran over a line break
E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7
#1\tAnnotatorNotes T1\tignored
"""


@pytest.fixture()
def polnear_dir(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "tiny_article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "tiny_article_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text("compartment\tfilename\tpublication_date\ndev\ttiny_article\t2016-01-02\n")
    return tmp_path


def test_read_ann_pieces_roles_and_stray_lines(polnear_dir):
    (attribution, second) = read_ann(polnear_dir / "attributions" / "tiny_article_ab12.ann", TEXT)
    assert attribution.content == [(0, 14)] and attribution.cue == [(15, 19)] and attribution.source == [(20, 39)]
    assert TEXT[20:39] == "Hugh Hill, a doctor"
    assert second.source == [(42, 51)]
    assert (FAIR, FAIR + 5) in second.content  # a discontinuous piece is its own span
    assert second.cue == [(TEXT.index("said", 40), TEXT.index("said", 40) + 4)]


def test_read_polnear_with_dates(polnear_dir):
    (article,) = read_polnear(polnear_dir, polnear_dir / "metadata.tsv")
    assert article.name == "tiny_article" and article.published == "2016-01-02"
    assert [a.annotator for a in article.annotations] == ["ab12"]


def test_exact_and_overlap_counts():
    exact = match_exact([(0, 5), (10, 12)], [(0, 5), (20, 30)])
    assert exact.prf() == {"p": 0.5, "r": 0.5, "f1": 0.5}
    overlap = match_overlap([(0, 4), (10, 12)], [(2, 6), (11, 30), (40, 41)])
    assert (overlap.correct_predicted, overlap.found_gold) == (2, 2)
    assert Counts().prf() == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_bio_spans_read_as_cofenet_reads_them():
    labels = ["B-source", "I-cue", "B-cue", "I-cue", "O", "B-content", "I-content", "B-content", "I-source"]
    assert cf.bio_spans(labels) == {"source": [(0, 1)], "cue": [(2, 4)], "content": [(5, 7), (7, 8)]}


def test_score_sentence_is_exact_span_match():
    gold = ["B-source", "B-cue", "B-content", "I-content", "O"]
    pred = ["B-source", "B-cue", "B-content", "O", "O"]
    counts = cf.score_sentence(gold, pred)
    assert counts["source"].prf()["f1"] == 1.0 and counts["cue"].prf()["f1"] == 1.0
    assert counts["content"].prf() == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_align_ptb_tokens_and_project_spans():
    text = "“It’s over,” she said — and left (quietly)."
    sentence = cf.Sentence("x_ab12", ["``", "It", "'s", "over", ",", "''", "she", "said", "--", "and", "left",
                                       "-LRB-", "quietly", "-RRB-", "."], ["O"] * 15)
    assert cf.align(text, [sentence]) == 0
    assert [text[s:e] for s, e in sentence.offsets][:6] == ["“", "It", "’s", "over", ",", "”"]
    labels = cf.project(sentence, {"content": [(0, 12), (1, 5)], "cue": [(17, 21)], "source": [(13, 16)]})
    assert labels[:8] == ["B-content"] + ["I-content"] * 5 + ["B-source", "B-cue"]


def test_align_recovers_after_a_token_missing_from_the_text():
    text = "Alpha beta gamma delta. Epsilon zeta."
    sentences = [cf.Sentence("x", ["Alpha", "<markup>", "beta", "gamma", "delta", "."], ["O"] * 6),
                 cf.Sentence("x", ["Epsilon", "zeta", "."], ["O"] * 3)]
    assert cf.align(text, sentences) == 1
    assert sentences[1].offsets[0] == (24, 31)


@pytest.mark.slow
def test_evaluate_on_a_tiny_folder(polnear_dir, tmp_path):
    from dateline.eval.quotes import evaluate_quotes, format_quotes_report

    sentences = tmp_path / "valid.txt"
    rows = [
        {"tokens": ["``", "We", "will", "win", ",", "''", "said", "Hugh", "Hill", ",", "a", "doctor", "."],
         "labels": ["B-content"] + ["I-content"] * 5 + ["B-cue", "B-source", "I-source", "I-source", "I-source",
                                                       "I-source", "O"], "id": "tiny_article_ab12"},
    ]
    sentences.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = evaluate_quotes(polnear_dir=polnear_dir, metadata=polnear_dir / "metadata.tsv", cofenet=sentences)
    assert result["articles"] == 1 and result["sentences"] == 1
    assert result["dateline"]["cofenet_exact"]["content"]["r"] == 1.0
    assert result["dateline"]["polnear_exact"]["cue"]["r"] == 1.0
    assert set(result["textacy"]["polnear_exact"]) == {"content", "cue", "source"}
    assert "cofenet_exact" in format_quotes_report(result)


def test_cli_fails_in_one_line_without_the_corpus(tmp_path):
    import typer

    from dateline.cli.eval_quotes import quotes

    app = typer.Typer()
    app.command()(quotes)
    result = CliRunner().invoke(app, ["--polnear", str(tmp_path / "absent")])
    # Issue 12: both eval commands fail alike when their data is missing (was: W015, exit 0).
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "E001" in result.output and "nothing to evaluate" in result.output
    empty = CliRunner().invoke(app, ["--polnear", str(tmp_path)])
    assert empty.exit_code == 1 and "E013" in empty.output


@pytest.mark.shared_data
@pytest.mark.slow
def test_real_corpus_slice_scores_and_json_shape():
    from dateline.eval.quotes import evaluate_quotes

    polnear = shared_data("polnear")
    result = evaluate_quotes(
        polnear_dir=polnear / "dev",
        metadata=polnear / "metadata.tsv",
        cofenet=polnear / "cofenet-sentences" / "valid.txt",
        limit=3,
    )
    for protocol in ("polnear_exact", "polnear_overlap", "cofenet_exact"):
        scores = result["dateline"][protocol]
        assert set(scores) == {"content", "cue", "source"}
        assert all(set(s) == {"p", "r", "f1"} for s in scores.values())
    assert result["dateline"]["polnear_overlap"]["content"]["f1"] > 0.5


def test_direct_subset_takes_only_quotes_between_two_marks():
    from dateline.eval.quotes import dateline_spans
    from dateline.records import ArticleRecord, Quote

    text = '"Yes," he said.\n\nQ: Why?\n\n"It goes on'
    quotes = (
        Quote("q1", "direct", text[0:6], 0, 6),
        Quote("q2", "direct", "Why?", 20, 24),  # a transcript turn: no marks
        Quote("q3", "direct", text[26:], 26, len(text)),  # left open at the paragraph's end
    )
    record = ArticleRecord(id="a", source=None, published=None, title=None, url=None, outlet=None, text=text, quotes=quotes)
    spans = dateline_spans(record)
    assert spans["direct"]["content"] == {(0, 6)}
    assert spans["content"] == {(0, 6), (20, 24), (26, len(text))}


def test_fragments_only_whitespace_separates_are_one_piece():
    from dateline.eval.polnear import is_direct
    from dateline.eval.quotes import join_fragments

    text = "“Yes it is.\u00a0No, it is not.” he said, “Go.”"
    pieces = [(0, 11), (12, 27), (37, 42)]
    assert not any(is_direct(text, p) for p in pieces[:2])
    assert join_fragments(text, pieces) == [(0, 27), (37, 42)]
    assert all(is_direct(text, p) for p in join_fragments(text, pieces))


def test_gold_direct_quotations_are_read_as_printed():
    from dateline.eval.polnear import Annotation, Attribution, is_direct
    from dateline.eval.quotes import _direct_gold

    text = "“Yes it is. No, it is not,” he said.\n\n”Fear. I am afraid.” ― Ana Ruiz"
    fragments = Attribution(content=[(0, 11), (12, 27)], cue=[(28, 35)], source=[(28, 30)])
    curled = Attribution(content=[(38, 58)], cue=[(59, 60)], source=[(61, 69)])
    annotation = Annotation("ab12", "a_ab12", [fragments, curled])
    # one quotation stored as a fragment a sentence, and a paragraph opened with a mis-curled mark
    assert _direct_gold(text, annotation)["content"] == {(0, 27), (38, 58)}
    # the first reading: fragment by fragment, marks by their glyph
    assert _direct_gold(text, annotation, piecewise=True)["content"] == set()
    assert is_direct(text, (38, 58)) and not is_direct(text, (38, 58), glyphs=True)
    assert not is_direct("the Smiths' album", (4, 11))
