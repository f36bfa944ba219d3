"""`dateline eval quotes`: dateline's quotes against PolNeAR, with textacy side by side.

Two protocols over the same run of each article:

* PolNeAR spans: every annotator's Content pieces, Cue and Source spans of
  the split, against dateline's quote spans, cues and speaker mentions;
  exact (same characters) and overlap (a span counts when it shares a
  character with one of the other side), and the subset of direct quotations
  (gold contents printed between quotation marks, dateline's `direct` quotes
  printed between marks too); `alldirect` scores every dateline `direct`
  quote, marked or not, against the same gold (the original direct scoring).
  A gold content is read as printed: the fragments of one content that only
  whitespace separates are one piece (annotators, one of them above all,
  store a quotation of several sentences as a fragment a sentence, and a
  fragment alone has a mark at one end only), and a mark is told by where it
  stands, not by its glyph (a paragraph opened with a mis-curled ”).
  `piecewise` scores the `alldirect` predictions against the gold read the
  first way, fragment by fragment and glyph by glyph (the figures before the
  fix, docs/accuracy.md).
* CofeNet sentences: dateline's spans projected onto each sentence's tokens
  as BIO tags and scored the way CofeNet's published results are.

Partial quotations inside reported speech are left out of the span sets
(PolNeAR annotates only the outer attribution).

    dateline eval quotes --format json
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..records import Article, ArticleRecord
from . import cofenet as cf
from .polnear import ROLES, GoldArticle, gold_spans, is_direct, read_polnear
from .scoring import Counts, Span, match_exact, match_overlap

logger = logging.getLogger("dateline")
SYSTEMS = ("dateline", "textacy")
PROTOCOLS = (
    "polnear_exact",
    "polnear_overlap",
    "polnear_direct_exact",
    "polnear_direct_overlap",
    "polnear_alldirect_exact",
    "polnear_alldirect_overlap",
    "polnear_piecewise_exact",
    "polnear_piecewise_overlap",
    "cofenet_exact",
)

Predicted = dict[str, set[Span]]  # role -> spans


def evaluate_quotes(
    *,
    polnear_dir: Path | str,
    metadata: Path | str | None = None,
    cofenet: Path | str | None = None,
    limit: int | None = None,
    baseline: bool = True,
    model: str | None = None,
) -> dict[str, Any]:
    """Scores per system and protocol: `result[system][protocol][role] = {"p", "r", "f1"}`."""
    articles = read_polnear(Path(polnear_dir), Path(metadata) if metadata else None, limit)
    baseline = baseline and _has_textacy()
    runs = _run(articles, baseline=baseline, model=model)
    result: dict[str, Any] = {
        "articles": len(articles),
        "annotations": sum(len(a.annotations) for a in articles),
        "gold_attributions": sum(len(an.attributions) for a in articles for an in a.annotations),
    }
    for system in SYSTEMS if baseline else SYSTEMS[:1]:
        # an article textacy refuses counts as one where it found nothing
        predicted = {name: run.get(system) or _nothing() for name, run in runs.items()}
        scores = _score_polnear(articles, predicted)
        if cofenet and Path(cofenet).exists():
            cofenet_scores, sentences = _score_cofenet(Path(cofenet), articles, predicted)
            if sentences:  # none when the sentences are of another split
                scores["cofenet_exact"], result["sentences"] = cofenet_scores, sentences
        result[system] = scores
    if baseline:
        result["textacy"]["refused_articles"] = sum(1 for run in runs.values() if run.get("textacy") is None)
    return result


def _has_textacy() -> bool:
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        logger.warning("textacy is not installed (pip install 'dateline[eval]'); the baseline is skipped")
        return False
    return True


def _run(articles: list[GoldArticle], *, baseline: bool, model: str | None) -> dict[str, dict[str, Predicted | None]]:
    from ..pipeline import DEFAULT_MODEL, load
    from ..pipeline.record import doc_to_record

    nlp = load(model or DEFAULT_MODEL)
    runs = {}
    docs = (_doc(nlp, a) for a in articles)
    for article, doc in zip(articles, nlp.pipe(docs)):
        record = doc_to_record(doc, Article(id=article.name, text=article.text, published=article.published))
        runs[article.name] = {"dateline": dateline_spans(record)}
        if baseline:
            runs[article.name]["textacy"] = textacy_spans(doc)
    return runs


def _doc(nlp, article: GoldArticle):
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    return doc


def dateline_spans(record: ArticleRecord, kinds: Iterable[str] = ("direct", "indirect", "partial")) -> Predicted:
    """A record's content, cue and source spans (partial quotations inside another quote left out)."""
    quotes = [q for q in record.quotes if q.kind in kinds]
    outer = _outermost([(q.start, q.end) for q in quotes])
    spans: Predicted = {role: set() for role in ROLES}
    direct: Predicted = {role: set() for role in ROLES}
    alldirect: Predicted = {role: set() for role in ROLES}
    for q in quotes:
        if (q.start, q.end) not in outer:
            continue
        targets = [spans]
        if q.kind == "direct":
            targets += [alldirect, direct] if _marked(q.text) else [alldirect]
        for target in targets:
            target["content"].add((q.start, q.end))
            if q.cue is not None:
                target["cue"].add((q.cue.start, q.cue.end))
            if q.speaker is not None:
                target["source"].add((q.speaker.start, q.speaker.end))
    spans["direct"] = direct  # type: ignore[assignment]
    spans["alldirect"] = alldirect  # type: ignore[assignment]
    return spans


def _marked(text: str) -> bool:
    """Printed between quotation marks, by the test the gold direct pieces pass (`is_direct`).

    A transcript's turns (no marks), a paragraph of a longer quotation left
    open at its end, and a quotation whose opening mark was repaired are
    dateline `direct` quotes that no gold piece can be, so the direct subset
    leaves them out on both sides alike; the all-kinds rows score them.
    """
    return is_direct(text, (0, len(text)))


def textacy_spans(doc) -> Predicted | None:
    """textacy's direct quotations as spans; None when it refuses the article (odd number of marks)."""
    from textacy.extract.triples import direct_quotations

    spans: Predicted = {role: set() for role in ROLES}
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    for speaker, cue, content in triples:
        for role, tokens in (("source", speaker), ("cue", cue), ("content", list(content))):
            if tokens:
                spans[role].add((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    spans["direct"] = {role: set(spans[role]) for role in ROLES}  # type: ignore[assignment]
    spans["alldirect"] = spans["direct"]
    return spans


def _nothing() -> Predicted:
    spans: Predicted = {role: set() for role in ROLES}
    spans["direct"] = {role: set() for role in ROLES}  # type: ignore[assignment]
    spans["alldirect"] = {role: set() for role in ROLES}  # type: ignore[assignment]
    return spans


def _outermost(spans: list[Span]) -> set[Span]:
    return set(cf._outermost(spans))


def _score_polnear(articles: list[GoldArticle], predicted: dict[str, Predicted]) -> dict[str, Any]:
    totals = {p: {role: Counts() for role in ROLES} for p in PROTOCOLS if p.startswith("polnear_")}
    for article in articles:
        pred = predicted.get(article.name)
        if pred is None:
            continue
        for annotation in article.annotations:
            direct_gold = _direct_gold(article.text, annotation)
            piecewise_gold = _direct_gold(article.text, annotation, piecewise=True)
            for role in ROLES:
                gold = gold_spans(annotation, role)
                totals["polnear_exact"][role].add(match_exact(pred[role], gold))
                totals["polnear_overlap"][role].add(match_overlap(pred[role], gold))
                totals["polnear_direct_exact"][role].add(match_exact(pred["direct"][role], direct_gold[role]))
                totals["polnear_direct_overlap"][role].add(match_overlap(pred["direct"][role], direct_gold[role]))
                totals["polnear_alldirect_exact"][role].add(match_exact(pred["alldirect"][role], direct_gold[role]))
                totals["polnear_alldirect_overlap"][role].add(
                    match_overlap(pred["alldirect"][role], direct_gold[role])
                )
                totals["polnear_piecewise_exact"][role].add(match_exact(pred["alldirect"][role], piecewise_gold[role]))
                totals["polnear_piecewise_overlap"][role].add(
                    match_overlap(pred["alldirect"][role], piecewise_gold[role])
                )
    return {p: {role: c.prf() for role, c in by_role.items()} for p, by_role in totals.items()}


def _direct_gold(text: str, annotation, *, piecewise: bool = False) -> dict[str, set[Span]]:
    """Gold direct quotations: pieces between marks, with the cue and source of their attribution.

    The fragments of a content that only whitespace separates are one piece;
    piecewise: the first reading, each fragment on its own and marks by their glyph.
    """
    gold: dict[str, set[Span]] = {role: set() for role in ROLES}
    for a in annotation.attributions:
        content = a.content if piecewise else join_fragments(text, a.content)
        pieces = [p for p in content if is_direct(text, p, glyphs=piecewise)]
        if pieces:
            gold["content"].update(pieces)
            gold["cue"].update(a.cue)
            gold["source"].update(a.source)
    return gold


def join_fragments(text: str, pieces: Iterable[Span]) -> list[Span]:
    """Content fragments in order, those with only whitespace between them joined into one."""
    joined: list[Span] = []
    for start, end in sorted(pieces):
        if joined and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _score_cofenet(path: Path, articles: list[GoldArticle], predicted: dict[str, Predicted]):
    texts = {a.name: a.text for a in articles}
    totals = {role: Counts() for role in ROLES}
    sentences = 0
    for ann_id, group in cf.read_sentences(path).items():
        name = cf.article_name(ann_id)
        if name not in texts or name not in predicted:
            continue
        cf.align(texts[name], group)
        pred = predicted[name]
        for sentence in group:
            labels = cf.project(sentence, {role: pred[role] for role in ROLES})
            for role, counts in cf.score_sentence(sentence.labels, labels).items():
                totals[role].add(counts)
            sentences += 1
    return {role: c.prf() for role, c in totals.items()}, sentences


# -- report ------------------------------------------------------------------


def format_quotes_report(result: dict[str, Any]) -> str:
    """The scores as an aligned plain-text table, one row per system, protocol and role."""
    lines = [
        f"PolNeAR: {result['articles']} articles, {result['annotations']} annotations, "
        f"{result['gold_attributions']} gold attributions"
        + (f"; CofeNet: {result['sentences']} sentences" if "sentences" in result else "")
    ]
    if "textacy" in result:
        lines.append(f"textacy refused {result['textacy']['refused_articles']} of {result['articles']} articles")
    lines.append(f"{'system':9} {'protocol':24} {'role':8} {'P':>6} {'R':>6} {'F1':>6}")
    for system in SYSTEMS:
        for protocol in PROTOCOLS:
            scores = result.get(system, {}).get(protocol)
            if not scores:
                continue
            for role in ROLES:
                s = scores[role]
                lines.append(
                    f"{system:9} {protocol:24} {role:8} {100 * s['p']:6.1f} {100 * s['r']:6.1f} {100 * s['f1']:6.1f}"
                )
    return "\n".join(lines)

