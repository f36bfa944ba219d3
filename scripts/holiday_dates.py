"""Write src/dateline/data/times/holiday_dates.tsv: the days of lunar and lunisolar holidays.

    pip install -e ".[holiday-table]"   # holidays, hijridate: only to regenerate the table
    python scripts/holiday_dates.py

Holidays that no rule of the Gregorian calendar gives (Chinese New Year,
Eid, Ramadan, Diwali, Passover, ...) are listed by their days, one
occurrence a line: `key  first-day  last-day`. Islamic days are the Umm
al-Qura calendar's (`hijridate`, 1924-2077, here 1930-2070); Hebrew, Hindu,
Chinese and Buddhist days come from the calendars of the maintained
`holidays` package (Hindu ones only for the years it tabulates, 2001-2035;
the others 1990-2050). Jewish holidays are dated by their day, not by the
evening before on which they begin. The keys are the third column of
holidays.tsv's `table` rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "times" / "holiday_dates.tsv"
YEARS = range(1990, 2051)

# key: (Hijri month, day, length in days); 9/1 for 30 days is Ramadan (a month: its end comes from Shawwal 1)
ISLAMIC = {
    "islamic_new_year": (1, 1, 1),
    "ashura": (1, 10, 1),
    "mawlid": (3, 12, 1),
    "isra_miraj": (7, 27, 1),
    "ramadan": (9, 1, 0),
    "laylat_al_qadr": (9, 27, 1),
    "eid_al_fitr": (10, 1, 1),
    "eid_al_adha": (12, 10, 1),
}
# key: (holidays' method, length in days)
HEBREW = {
    "rosh_hashanah": ("rosh_hashanah_date", 2),
    "yom_kippur": ("yom_kippur_date", 1),
    "sukkot": ("sukkot_date", 7),
    "shemini_atzeret": ("sukkot_date", -7),  # the day after Sukkot's seven days
    "simchat_torah": ("sukkot_date", -8),
    "hanukkah": ("hanukkah_date", 8),
    "purim": ("purim_date", 1),
    "shushan_purim": ("purim_date", -1),
    "passover": ("passover_date", 8),
    "shavuot": ("shavuot_date", 2),
    "tisha_bav": ("tisha_bav_date", 1),
    "lag_baomer": ("lag_baomer_date", 1),
    "yom_haatzmaut": ("israel_independence_date", 1),
}
HINDU = [
    "basant_panchami", "chhath_puja", "diwali", "dussehra", "ganesh_chaturthi", "guru_gobind_singh_jayanti",
    "guru_nanak_jayanti", "guru_ravidas_jayanti", "holi", "janmashtami", "karwa_chauth", "maha_shivaratri",
    "maharshi_valmiki_jayanti", "mahavir_jayanti", "makar_sankranti", "naraka_chaturdashi", "onam", "pongal",
    "raksha_bandhan", "ram_navami", "rath_yatra", "sharad_navratri", "swami_dayanand_saraswati_jayanti",
    "vaisakhi", "gudi_padwa", "buddha_purnima", "maha_ashtami", "govardhan_puja",
]


def islamic() -> Iterator[tuple[str, date, date]]:
    from hijridate import Hijri

    for year in range(1349, 1493):  # 1930-2070
        for key, (month, day, length) in ISLAMIC.items():
            try:
                first = Hijri(year, month, day).to_gregorian()
                last = Hijri(year, 10, 1).to_gregorian() - timedelta(days=1) if length == 0 else first + timedelta(days=length - 1)
            except (ValueError, OverflowError):
                continue
            yield key, first, last


def hebrew() -> Iterator[tuple[str, date, date]]:
    from holidays.calendars.hebrew import _HebrewLunisolar

    cal = _HebrewLunisolar()
    for year in YEARS:
        for key, (method, length) in HEBREW.items():
            found = getattr(cal, method)(year)
            days = found if isinstance(found, set) else {found} if found else set()
            for day in days:
                if day.year != year:
                    continue
                if length < 0:  # a day counted after another holiday
                    day, length_ = day - timedelta(days=length), 1
                else:
                    length_ = length
                yield key, day, day + timedelta(days=length_ - 1)


def hindu() -> Iterator[tuple[str, date, date]]:
    from holidays.calendars.hindu import _HinduLunisolar

    cal = _HinduLunisolar()
    for year in YEARS:
        for key in HINDU:
            found = getattr(cal, f"{key}_date")(year)
            pairs = [found] if isinstance(found, tuple) else list(found)
            for day, _estimated in pairs:
                if day is not None and day.year == year:
                    yield key, day, day + timedelta(days=8 if key == "sharad_navratri" else 0)


def chinese_and_buddhist() -> Iterator[tuple[str, date, date]]:
    from holidays.calendars.buddhist import _BuddhistLunisolar
    from holidays.calendars.chinese import _ChineseLunisolar

    chinese, buddhist = _ChineseLunisolar(), _BuddhistLunisolar()
    for year in YEARS:
        for key, (day, _) in (
            ("lunar_new_year", chinese.lunar_new_year_date(year)),
            ("mid_autumn", chinese.mid_autumn_date(year)),
            ("dragon_boat", chinese.dragon_boat_date(year)),
            ("vesak", buddhist.vesak_date(year)),
        ):
            if day is not None:
                yield key, day, day


def main() -> None:
    rows = sorted({(k, a, b) for source in (islamic, hebrew, hindu, chinese_and_buddhist) for k, a, b in source()})
    lines = [
        "# The days of lunar and lunisolar holidays, one occurrence a line: key, first day, last day.",
        "# Generated by scripts/holiday_dates.py (hijridate, holidays); do not edit by hand.",
    ]
    lines += [f"{k}\t{a.isoformat()}\t{b.isoformat()}" for k, a, b in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} occurrences")


if __name__ == "__main__":
    main()
