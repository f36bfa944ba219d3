"""dateline's attributions against PolNeAR gold, miss by miss (issue 14: study TRAIN, never test).

    .venv/bin/python scripts/quote_misses.py --limit 100                 # summary by kind of miss
    .venv/bin/python scripts/quote_misses.py --limit 100 --show content_end_long --examples 30
    .venv/bin/python scripts/quote_misses.py --limit 100 --cache /tmp/qm.pkl   # reuse the pipeline run

Each gold attribution of every annotator file is aligned with the dateline quote whose content
overlaps its content most (or, failing that, whose cue overlaps its cue), and its roles are
compared the way `dateline eval quotes` scores them (exact characters, gold trimmed):

* content: per gold piece (fragments parted only by whitespace joined, as the direct scoring reads
  them), exact, too long / too short at the start or the end (by how many words, and which words),
  in pieces, or not found;
* cue and source: exact, other boundaries (overlapping), another span, or missing (no predicted one);
* false attributions: dateline quotes whose content overlaps no gold content of the annotator file.

The summary counts each kind and the commonest boundary words; `--show KIND` prints examples.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dateline.eval.polnear import GoldArticle, read_polnear  # noqa: E402
from dateline.eval.quotes import join_fragments  # noqa: E402

Span = tuple[int, int]
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


class Pred(NamedTuple):
    """One dateline quote as spans (plain, so that a run can be pickled and re-read)."""

    kind: str
    content: Span
    cue: Span | None
    source: Span | None


@dataclass(frozen=True, slots=True)
class Miss:
    kind: str  # e.g. content_end_long, cue_missing, false_attribution
    key: str  # what the summary counts (the boundary words, the cue word)
    article: str
    text: str  # the example as printed


def run_pipeline(articles: list[GoldArticle], model: str | None) -> dict[str, list[Pred]]:
    from dateline.pipeline import DEFAULT_MODEL, load
    from dateline.pipeline.record import doc_to_record
    from dateline.records import Article

    nlp = load(model or DEFAULT_MODEL)
    docs = []
    for a in articles:
        doc = nlp.make_doc(a.text)
        doc._.published = a.published
        docs.append(doc)
    runs: dict[str, list[Pred]] = {}
    for article, doc in zip(articles, nlp.pipe(docs)):
        record = doc_to_record(doc, Article(id=article.name, text=article.text, published=article.published))
        runs[article.name] = [_pred(q) for q in record.quotes if q.kind in ("direct", "indirect", "partial")]
    return runs


def load_runs(cache: Path) -> dict[str, list[Pred]]:
    """A pipeline run written by `--cache`."""
    return {name: [Pred(*p) for p in ps] for name, ps in pickle.loads(cache.read_bytes()).items()}


def _pred(q) -> Pred:
    cue = (q.cue.start, q.cue.end) if q.cue is not None else None
    source = (q.speaker.start, q.speaker.end) if q.speaker is not None else None
    return Pred(q.kind, (q.start, q.end), cue, source)


def outer_only(preds: list[Pred]) -> list[Pred]:
    """Partial quotations inside another quote are left out, as the scorer leaves them out."""
    return [p for p in preds if not any(o is not p and _inside(p.content, o.content) and o.content != p.content
                                         for o in preds)]


def _inside(a: Span, b: Span) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def words(text: str, span: Span) -> list[str]:
    return _WORD.findall(text[span[0] : span[1]])


def _snip(text: str, span: Span | None, width: int = 140) -> str:
    if span is None:
        return "-"
    s = text[span[0] : span[1]].replace("\n", " ")
    return s if len(s) <= width else s[: width // 2] + " … " + s[-width // 2 :]


def _context(text: str, spans: list[Span]) -> str:
    start = min(s[0] for s in spans)
    end = max(s[1] for s in spans)
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    return text[max(left, start - 200) : min(right, end + 200)].replace("\n", " ")


def boundary(text: str, gold: Span, pred: Span) -> list[tuple[str, str]]:
    """The (kind, words) of each side where a predicted content differs from the gold one."""
    found = []
    if pred[0] < gold[0]:
        found.append(("content_start_long", " ".join(words(text, (pred[0], gold[0])))))
    elif pred[0] > gold[0]:
        found.append(("content_start_short", " ".join(words(text, (gold[0], pred[0])))))
    if pred[1] > gold[1]:
        found.append(("content_end_long", " ".join(words(text, (gold[1], pred[1])))))
    elif pred[1] < gold[1]:
        found.append(("content_end_short", " ".join(words(text, (pred[1], gold[1])))))
    return found


def boundary_key(kind: str, extra: str, by_size: bool = True) -> str:
    """The summary key of a boundary miss: how many words (unless not by_size), and the word at the boundary."""
    ws = extra.split()
    n = len(ws)
    if kind in ("content_end_long", "content_start_short"):
        edge = ws[0] if ws else ""  # the first word past the gold end / the first word the prediction lacks
    else:
        edge = ws[-1] if ws else ""  # the last word before the gold start / the last word the prediction lacks
    size = "1" if n == 1 else "2-3" if n <= 3 else "4-10" if n <= 10 else ">10"
    return f"{size} words, edge {edge.lower()!r}" if by_size else f"edge {edge.lower()!r}"


def compare_role(text: str, gold: list[Span], pred: Span | None, role: str) -> tuple[str, str] | None:
    if not gold:
        return None
    if pred is None:
        return f"{role}_missing", " ".join(words(text, gold[0])).lower()[:40]
    if pred in gold:
        return None
    if any(_overlap(pred, g) for g in gold):
        g = max(gold, key=lambda g: _overlap(pred, g))
        return f"{role}_boundary", f"gold {_snip(text, g, 40)!r} / dateline {_snip(text, pred, 40)!r}"
    return f"{role}_wrong", f"dateline {_snip(text, pred, 40)!r}"


def join_predicted(text: str, spans: list[Span]) -> list[Span]:
    """Predicted contents of one cue that only whitespace parts, as one piece (as the gold is read)."""
    return join_fragments(text, spans)


def align(article: GoldArticle, preds: list[Pred], by_size: bool = True) -> list[Miss]:
    text = article.text
    misses: list[Miss] = []
    for annotation in article.annotations:
        used: set[int] = set()
        for a in annotation.attributions:
            pieces = join_fragments(text, a.content)
            scored = [(sum(_overlap(p.content, g) for g in pieces), i) for i, p in enumerate(preds)]
            scored = [s for s in scored if s[0] > 0]
            if not scored and a.cue:
                scored = [(1, i) for i, p in enumerate(preds) if p.cue and any(_overlap(p.cue, c) for c in a.cue)]
            cue_text = " ".join(_snip(text, c, 30) for c in a.cue) or "-"
            example = _example(text, a, None)
            if not scored:
                key = " ".join(words(text, a.cue[0])).lower() if a.cue else "(no cue)"
                misses.append(Miss("attribution_missed", key, article.name, example))
                continue
            best = max(scored)[1]
            used.update(i for _, i in scored)
            p = preds[best]
            example = _example(text, a, p)
            # every predicted content of the same cue is a candidate piece (a quotation cut by its cue)
            candidates = [q.content for q in preds if q is p or (q.cue is not None and q.cue == p.cue)]
            candidates = join_predicted(text, candidates)
            for g in pieces:
                if g in candidates:
                    continue
                over = [c for c in candidates if _overlap(c, g)]
                if not over:
                    misses.append(Miss("content_piece_missed", f"{len(words(text, g))} words", article.name,
                                       example))
                    continue
                c = max(over, key=lambda c: _overlap(c, g))
                for kind, extra in boundary(text, g, c):
                    misses.append(Miss(kind, boundary_key(kind, extra, by_size), article.name,
                                       f"[{extra}]  {example}"))
            for role, gold, pred in (("cue", a.cue, p.cue), ("source", a.source, p.source)):
                found = compare_role(text, gold, pred, role)
                if found:
                    key = found[1] if found[0].endswith("_missing") else f"cue {cue_text.lower()}"
                    misses.append(Miss(found[0], key, article.name, f"{found[1]}  {example}"))
            if not a.source and p.source is not None:
                misses.append(Miss("source_extra", f"cue {cue_text.lower()}", article.name, example))
        for i, p in enumerate(preds):
            if i not in used and not any(_overlap(p.content, g) for a in annotation.attributions for g in a.content):
                cue = " ".join(words(text, p.cue)).lower() if p.cue else "(no cue)"
                misses.append(Miss("false_attribution", f"{p.kind} {cue}", article.name,
                                   f"<{_snip(text, p.source)}> [{_snip(text, p.cue)}] {{{_snip(text, p.content)}}}"))
    return misses


def _example(text: str, a, p: Pred | None) -> str:
    gold = f"GOLD <{'|'.join(_snip(text, s, 50) for s in a.source) or '-'}> [{'|'.join(_snip(text, c, 40) for c in a.cue) or '-'}] {{{' | '.join(_snip(text, c) for c in a.content)}}}"
    if p is None:
        spans = a.content + a.cue + a.source
        return f"{gold}\n      IN  {_snip(_context(text, spans), (0, len(_context(text, spans))), 400)}" if spans else gold
    return f"{gold}\n      DL   <{_snip(text, p.source, 50)}> [{_snip(text, p.cue, 40)}] {{{_snip(text, p.content)}}}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", default="../shared/data/polnear/train", help="PolNeAR split folder (train)")
    parser.add_argument("--metadata", default="../shared/data/polnear/metadata.tsv")
    parser.add_argument("--limit", type=int, default=50, help="the first N articles of the split")
    parser.add_argument("--cache", help="pickle of the pipeline's run: read when present, written otherwise")
    parser.add_argument("--show", action="append", default=[], help="print examples of this kind (repeatable)")
    parser.add_argument("--key", help="with --show: only misses whose key contains this")
    parser.add_argument("--examples", type=int, default=15)
    parser.add_argument("--top", type=int, default=8, help="commonest keys printed per kind")
    parser.add_argument("--edge", action="store_true", help="key boundary misses by the edge word alone")
    parser.add_argument("--model")
    args = parser.parse_args(argv)
    if "test" in Path(args.polnear).name:
        parser.error("the test split is not to be read")
    articles = read_polnear(Path(args.polnear), Path(args.metadata), args.limit)
    cache = Path(args.cache) if args.cache else None
    runs = load_runs(cache) if cache and cache.exists() else None
    if runs is None:
        runs = run_pipeline(articles, args.model)
        if cache:  # plain tuples, so that other scripts can read the run too
            cache.write_bytes(pickle.dumps({name: [tuple(p) for p in ps] for name, ps in runs.items()}))
    misses = [m for a in articles for m in align(a, outer_only(runs.get(a.name, [])), not args.edge)]
    report(articles, misses, args, runs)


def scores(articles: list[GoldArticle], runs: dict[str, list[Pred]]) -> dict:
    """The `dateline eval quotes` PolNeAR figures of the same run (exact and direct overlap)."""
    from dateline.eval.polnear import ROLES
    from dateline.eval.quotes import _marked, _score_polnear

    predicted = {}
    for a in articles:
        spans = {role: set() for role in ROLES}
        direct = {role: set() for role in ROLES}
        alldirect = {role: set() for role in ROLES}
        for p in outer_only(runs.get(a.name, [])):
            targets = [spans]
            if p.kind == "direct":
                targets += [alldirect, direct] if _marked(a.text[p.content[0] : p.content[1]]) else [alldirect]
            for target in targets:
                target["content"].add(p.content)
                for role, span in (("cue", p.cue), ("source", p.source)):
                    if span is not None:
                        target[role].add(span)
        predicted[a.name] = {**spans, "direct": direct, "alldirect": alldirect}
    return _score_polnear(articles, predicted)


def report(articles: list[GoldArticle], misses: list[Miss], args, runs: dict[str, list[Pred]]) -> None:
    gold = sum(len(an.attributions) for a in articles for an in a.annotations)
    print(f"{len(articles)} articles, {gold} gold attributions, {len(misses)} misses")
    figures = scores(articles, runs)
    for protocol in ("polnear_exact", "polnear_alldirect_overlap"):
        row = "  ".join(f"{role} {100 * s['p']:.2f}/{100 * s['r']:.2f}/{100 * s['f1']:.2f}"
                        for role, s in figures[protocol].items())
        print(f"{protocol} (P/R/F1): {row}")
    by_kind: dict[str, list[Miss]] = defaultdict(list)
    for m in misses:
        by_kind[m.kind].append(m)
    for kind, ms in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{kind}: {len(ms)}")
        for key, n in Counter(m.key for m in ms).most_common(args.top):
            print(f"  {n:5}  {key}")
    for kind in args.show:
        shown = [m for m in by_kind.get(kind, []) if not args.key or args.key.lower() in m.key.lower()]
        print(f"\n== {kind} ({len(shown)}) ==")
        for m in shown[: args.examples]:
            print(f"- {m.article}  {m.key}\n      {m.text}")


if __name__ == "__main__":
    main()
