"""Choose the similarity above which two quotes of different articles are one quote (issue 16).

Reads the quoted contents of PolNeAR's *train* split (gold Content spans
inside quotation marks, one annotator file per article), pairs the quotes of
different articles that the knowledge base would compare (they share a word
trigram that is not boilerplate), and prints how rapidfuzz's similarity of
their normalized words is distributed, with sample pairs from each band, so
the threshold sits where same-quote pairs end and different quotes begin.

    .venv/bin/python benchmarks/reprint_threshold.py [../shared/data/polnear/train] [--samples 6]

Nothing here is used at run time; the chosen value is dateline.kb.provenance.SAME_QUOTE.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from dateline.kb.provenance import CANDIDATE, MIN_WORDS, candidate_pairs, normalize, score

_SPAN = re.compile(r"^T\d+\tContent ([\d; ]+)\t")
OPEN, CLOSE = "\"“", "\"”"


def quoted_contents(folder: Path) -> list[tuple[str, str]]:
    """(article, content) of every gold Content span that sits inside quotation marks."""
    out, seen = [], set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        if article in seen:  # several annotators per article: one is enough
            continue
        seen.add(article)
        text = (folder / "text" / f"{article}.txt").read_text(encoding="utf-8")
        for line in ann.read_text(encoding="utf-8").splitlines():
            m = _SPAN.match(line)
            if not m:
                continue
            pieces = [tuple(map(int, p.split())) for p in m.group(1).split(";")]
            start, end = pieces[0][0], pieces[-1][1]
            before, after = text[max(0, start - 1):start], text[end:end + 1]
            content = text[start:end]
            if (before and before in OPEN or content[:1] in OPEN) and len(normalize(content)) >= MIN_WORDS:
                out.append((article, content))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/data/polnear/train", type=Path)
    parser.add_argument("--samples", type=int, default=6)
    parser.add_argument("--time", type=int, metavar="COPIES",
                        help="instead: time the grouping of the quotes printed by COPIES outlets (best of 3)")
    parser.add_argument("--module", type=Path, help="with --time: the grouping of another provenance.py (an older one)")
    parser.add_argument("--band", nargs=2, type=float, metavar=("LO", "HI"), help="print every pair scored LO…HI")
    args = parser.parse_args()
    if not (args.folder / "attributions").is_dir():
        raise SystemExit(f"{args.folder}: no PolNeAR split here (attributions/ and text/); nothing to measure")
    quotes = quoted_contents(args.folder)
    if args.time:
        return _time(quotes, args.time, args.module)
    texts = [q for _, q in quotes]
    words = [normalize(t) for t in texts]
    # Every pair sharing a trigram, to show what the candidate filter (CANDIDATE) leaves out.
    pairs = [(i, j) for i, j in candidate_pairs(words, minimum=0.0) if quotes[i][0] != quotes[j][0]]
    kept = {(i, j) for i, j in candidate_pairs(words)}
    bands: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for i, j in pairs:
        s = score(words[i], words[j])
        bands[min(int(s // 10), 9)].append((s, i, j))
    print(f"{len(quotes):,} quoted contents of {len({a for a, _ in quotes}):,} articles; "
          f"{len(pairs):,} pairs across articles share a trigram, {sum(p in kept for p in pairs):,} "
          f"share {CANDIDATE:.0%} of the shorter one's (the candidates scored)\n")
    print("similarity  pairs  candidates")
    for b in range(10):
        n_kept = sum((i, j) in kept for _, i, j in bands[b])
        print(f"{b * 10:>3}–{b * 10 + 9 if b < 9 else 100:<3}   {len(bands[b]):>6,}  {n_kept:>6,}")
    if args.band:
        lo, hi = args.band
        for s, i, j in sorted(p for band in bands.values() for p in band if lo <= p[0] <= hi):
            print(f"  {s:5.1f}  {texts[i][:150]!r}\n         {texts[j][:150]!r}")
        return
    rng = random.Random(16)
    for b in range(10):
        if not bands[b]:
            continue
        print(f"\n== {b * 10}–{b * 10 + 9 if b < 9 else 100}")
        for s, i, j in sorted(rng.sample(bands[b], min(args.samples, len(bands[b])))):
            print(f"  {s:5.1f}  {texts[i][:110]!r}\n         {texts[j][:110]!r}")


def _time(quotes: list[tuple[str, str]], copies: int, module: Path | None = None) -> None:
    """How long the knowledge base takes to group the quotes, each printed by `copies` outlets."""
    import importlib.util
    import sys
    import time

    from dateline.kb import provenance

    if module:  # e.g. `git show REV:src/dateline/kb/provenance.py > old.py`
        spec = importlib.util.spec_from_file_location("provenance_under_test", module)
        provenance = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = provenance
        spec.loader.exec_module(provenance)
    QuoteRow, group_quotes = provenance.QuoteRow, provenance.group_quotes

    rows = [QuoteRow(f"{article}-{copy}", f"q{i}", text, None, None, f"2016-01-{1 + i % 28:02d}", f"outlet{copy}", None)
            for copy in range(copies) for i, (article, text) in enumerate(quotes)]
    best, groups = float("inf"), []
    for _ in range(3):
        start = time.perf_counter()
        groups = group_quotes(rows)
        best = min(best, time.perf_counter() - start)
    print(f"{len(rows):,} quotes -> {len(groups):,} groups in {best:.2f} s (best of 3)")


if __name__ == "__main__":
    main()
