"""GUM's CorefUD files to CoNLL-2012 for coreferee's ConllLoader: the licensed genres of one split only.

    python scripts/coreferee/gum_to_conll2012.py ../shared/data/gum OUT_DIR [--split train]

Only academic, court, bio and voyage documents are written (CC BY / CC BY-SA
texts; a shipped model may be trained on these alone). One `.conll` file a
document, one part; columns as CoNLL-2012 (document, part, word number, word,
POS, parse, lemma, frame, sense, speaker, named entity, coreference), only the
word and coreference columns carry content. Every GUM entity is written, of
any type, as coreferee learns anaphora in general.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dateline.eval.gum import conllu_files

LICENSED_GENRES = ("academic", "court", "bio", "voyage")


def conll_lines(udoc, name: str) -> list[str]:
    words = [w for b in udoc.bundles for w in b.get_tree().descendants]
    index = {id(w): i for i, w in enumerate(words)}
    marks: list[list[str]] = [[] for _ in words]
    for number, entity in enumerate(udoc.coref_entities):
        for mention in entity.mentions:
            at = sorted(index[id(w)] for w in mention.words if id(w) in index)
            if not at:
                continue
            first, last = at[0], at[-1]
            if first == last:
                marks[first].append(f"({number})")
            else:
                marks[first].append(f"({number}")
                marks[last].append(f"{number})")
    lines = [f"#begin document ({name}); part 000"]
    for i, w in enumerate(words):
        if i and w.ord == 1:
            lines.append("")
        coref = "|".join(marks[i]) or "-"
        lines.append("\t".join([name, "0", str(w.ord - 1), w.form, w.xpos or "-", "*", "-", "-", "-", "-", "*", coref]))
    lines += ["", "#end document"]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gum", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    args = parser.parse_args()
    from udapi.core.document import Document

    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for f in conllu_files([args.gum], split=args.split):
        if f.stem.split("_")[1] not in LICENSED_GENRES:
            continue
        (args.out / f"{f.stem}.conll").write_text("\n".join(conll_lines(Document(str(f)), f.stem)) + "\n", encoding="utf-8")
        written += 1
    print(f"{written} documents written to {args.out}")


if __name__ == "__main__":
    main()
