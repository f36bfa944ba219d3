"""Build `src/dateline/data/coref/common_nouns.txt`: English common nouns.

    PYTHONPATH=src .venv/bin/python scripts/common_nouns.py

The nouns are the noun index (`lemma_index`) of the model's rule lemmatizer (spaCy's English lookups, built
from WordNet 3.0: WordNet 3.0 licence, see `wordnet_nouns.tsv`): one-word, lower-case, alphabetic. WordNet lists
many surnames and first names as nouns ("bush", "charles", "baker"): where a name's word is read, the readers
take the census surnames (`surnames.txt`) and the usual first names (`first_names.tsv`) out ("General
Delivery", "Star Trek" are no one, "Prince Charles" stays: `sieve/title_pieces.py`); an acronym's expansion is
read with them ("Compact Fluorescent Light (CFL)": `sieve/name_shapes.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from dateline.pipeline import load

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "common_nouns.txt"
HEADER = """# English common nouns: the noun index (`lemma_index`) of the model's rule lemmatizer (spaCy's English
# lookups, from WordNet 3.0, WordNet 3.0 licence as in wordnet_nouns.tsv), its one-word lower-case alphabetic
# entries. Many surnames and first names are among them ("bush", "charles"): readers of a name's words take
# surnames.txt and first_names.tsv out. Built by scripts/common_nouns.py; do not edit by hand. Read by
# sieve/title_pieces.py and sieve/name_shapes.py.
"""


def main() -> int:
    index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]
    nouns = sorted(w for w in index if w.isalpha() and w.islower())
    OUT.write_text(HEADER + "\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
