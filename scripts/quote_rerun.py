"""Parse PolNeAR once, then re-run only the quote components and score them (issue 14: study TRAIN, never test).

    .venv/bin/python scripts/quote_rerun.py parse --polnear ../shared/data/polnear/train --every 4 --out /tmp/q_train4.pkl
    .venv/bin/python scripts/quote_rerun.py parse --polnear ../shared/data/polnear/dev --out /tmp/q_dev.pkl
    .venv/bin/python scripts/quote_rerun.py score /tmp/q_train4.pkl /tmp/q_dev.pkl

`parse` runs the pipeline up to `dateline_roles` and pickles the Docs with their articles; `score` runs
`dateline_quotes`, `dateline_dialogue` and `dateline_times` on them and prints the scores of
`dateline eval quotes` (the same `_score_polnear` / `_score_cofenet`): PolNeAR exact content / cue /
source, direct overlap, and CofeNet exact when the split has CofeNet sentences (dev: `valid.txt`).
`--every 4` keeps every fourth article of the split (the train-quarter sample of docs/accuracy.md).
Its figures equal `dateline eval quotes --no-baseline` on the same articles.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

from dateline.eval.polnear import read_polnear
from dateline.eval.quotes import _score_cofenet, _score_polnear, dateline_spans
from dateline.pipeline import DEFAULT_MODEL, load
from dateline.pipeline.record import doc_to_record
from dateline.records import Article
from spacy.tokens import Doc

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
RERUN = ("dateline_quotes", "dateline_dialogue", "dateline_times")


def parse(args: argparse.Namespace) -> None:
    articles = read_polnear(Path(args.polnear), SHARED / "metadata.tsv")[:: args.every]
    nlp = load(args.model or DEFAULT_MODEL)
    rerun = [name for name in RERUN if name in nlp.pipe_names]
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.published = article.published
        docs.append(doc)
    with nlp.select_pipes(disable=rerun):
        docs = list(nlp.pipe(docs))
    cofenet = SHARED / "cofenet-sentences" / "valid.txt" if Path(args.polnear).name == "dev" else None  # dev's only
    # the components' Doc attributes hold records msgpack cannot write: they are pickled beside the Doc's bytes
    with open(args.out, "wb") as f:
        pickle.dump({"articles": articles, "docs": [d.to_bytes(exclude=["user_data"]) for d in docs], "cofenet": cofenet,
                     "user_data": [d.user_data for d in docs]}, f)
    print(f"{len(docs)} articles -> {args.out}")


def run(path: str, nlp, misses: str | None = None) -> dict:
    with open(path, "rb") as f:
        saved = pickle.load(f)
    predicted, runs = {}, {}
    for article, data, user_data in zip(saved["articles"], saved["docs"], saved["user_data"]):
        doc = Doc(nlp.vocab).from_bytes(data, exclude=["user_data"])
        doc.user_data.update(user_data)
        for name in RERUN:
            if name in nlp.pipe_names:
                doc = nlp.get_pipe(name)(doc)
        record = doc_to_record(doc, Article(id=article.name, text=article.text, published=article.published))
        predicted[article.name] = dateline_spans(record)
        runs[article.name] = [_pred(q) for q in record.quotes if q.kind in ("direct", "indirect", "partial")]
    scores = _score_polnear(saved["articles"], predicted)
    out = {"exact": scores["polnear_exact"], "direct_overlap": scores["polnear_alldirect_overlap"]["content"]}
    if saved["cofenet"] is not None:
        out["cofenet"], _ = _score_cofenet(Path(saved["cofenet"]), saved["articles"], predicted)
    if misses is not None:  # the run in `scripts/quote_misses.py --cache` form
        Path(misses).write_bytes(pickle.dumps(runs))
    return out


def _pred(q) -> tuple:
    cue = (q.cue.start, q.cue.end) if q.cue is not None else None
    source = (q.speaker.start, q.speaker.end) if q.speaker is not None else None
    return (q.kind, (q.start, q.end), cue, source)


def sample(args: argparse.Namespace) -> None:
    """A folder of symlinks to every Nth article of a split, for `quote_misses.py --polnear`."""
    src, out = Path(args.polnear).resolve(), Path(args.out)
    names = {a.name for a in read_polnear(src)[:: args.every]}
    for sub in ("text", "attributions"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for f in (src / sub).iterdir():
            if f.name.rsplit(".", 1)[0].rpartition("_")[0] in names or f.stem in names:
                (out / sub / f.name).unlink(missing_ok=True)
                (out / sub / f.name).symlink_to(f)
    print(f"{len(names)} articles -> {out}")


def _row(by_role: dict) -> str:
    return " / ".join(f"{100 * by_role[r]['f1']:.2f}" for r in ("content", "cue", "source"))


def _prf(s: dict) -> str:
    return f"{100 * s['p']:.2f} / {100 * s['r']:.2f} / {100 * s['f1']:.2f}"


def score(args: argparse.Namespace) -> None:
    nlp = load(args.model or DEFAULT_MODEL)
    for path in args.pickles:
        out = run(path, nlp, args.misses_cache)
        line = f"{Path(path).stem}: exact c/cue/src {_row(out['exact'])}"
        line += f"  direct-ov R {out['direct_overlap']['r']:.3f} P {out['direct_overlap']['p']:.3f}"
        if "cofenet" in out:
            line += f"  CofeNet {_row(out['cofenet'])}"
        print(line)
        if args.verbose:
            for proto in ("exact", "cofenet"):
                for role, s in out.get(proto, {}).items():
                    print(f"    {proto} {role}: {_prf(s)}")
        if args.json:
            print(json.dumps(out))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse a split up to dateline_roles and pickle the Docs")
    p.add_argument("--polnear", required=True)
    p.add_argument("--every", type=int, default=1, help="keep every Nth article")
    p.add_argument("--out", required=True)
    s = sub.add_parser("score", help="re-run the quote components on pickled Docs and score them")
    s.add_argument("pickles", nargs="+")
    s.add_argument("-v", "--verbose", action="store_true")
    s.add_argument("--json", action="store_true")
    s.add_argument("--misses-cache", help="write the run (one pickle only) as `quote_misses.py --cache` reads it")
    m = sub.add_parser("sample", help="a folder of symlinks to every Nth article (for quote_misses.py)")
    m.add_argument("--polnear", required=True)
    m.add_argument("--every", type=int, default=4)
    m.add_argument("--out", required=True)
    for q in (p, s):
        q.add_argument("--model")
    args = ap.parse_args(argv)
    if "test" in Path(getattr(args, "polnear", "") or "").name:
        ap.error("the test split is not to be read")
    {"parse": parse, "score": score, "sample": sample}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
