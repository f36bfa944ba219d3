"""Meanings of the words in time expressions, read from the lists in data/times."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ... import lexicon

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s*(?:1/2|½|and an? half)")


def key(text: str) -> str:
    """A lookup key: lower case, one space, straight apostrophes."""
    return _SPACE.sub(" ", text.strip().lower().replace("’", "'"))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A list of data/times as lower-case key to its other columns."""
    return {key(k): v for k, v in lexicon.table(f"times/{name}.tsv").items()}


def lookup(name: str, text: str) -> tuple[str, ...] | None:
    """The row of `text` in list `name`, trying it with and without a final period."""
    k = key(text)
    rows = table(name)
    row = rows.get(k)
    if row is None:
        row = rows.get(k.rstrip(".")) if k.endswith(".") else rows.get(k + ".")
    return row


def month(text: str) -> int | None:
    row = lookup("months", text) or lookup("month_abbreviations", text)
    return int(row[0]) if row else None


def weekday(text: str) -> int | None:
    """ISO weekday of a weekday name (plural or not)."""
    row = lookup("weekdays", text)
    return int(row[0]) if row else None


def unit(text: str) -> tuple[str, int] | None:
    """ISO unit and multiplier of a unit word: "fortnight" is ("W", 2)."""
    row = lookup("units", text)
    return (row[0], int(row[1])) if row else None


def vague(text: str) -> bool:
    return key(text) in table("vague_numbers")


def number(text: str) -> float | None:
    """The value of a written number ("twenty-four", "two and a half", "12"), None if vague or unknown."""
    k = key(text).replace("-", " ")
    if vague(k):
        return None
    if _DIGITS.fullmatch(k):
        return float(k)
    if m := _FRACTION.fullmatch(k):
        return float(m.group(1)) + 0.5
    whole = table("number_phrases").get(k)
    if whole:
        return float(whole[0])
    total = 0.0
    words = k.replace(" and ", " + ").split()
    i = 0
    while i < len(words):
        if words[i] == "+":
            i += 1
            continue
        for size in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + size])
            row = table("numbers").get(phrase) or table("number_phrases").get(phrase) or table("fractions").get(re.sub(r" of(?: an?)?$", "", phrase))
            if row:
                value = float(row[0])
                total = total * value if value == 100 and total else total + value
                i += size
                break
        else:
            return None
    return total or None


def ordinal(text: str) -> int | None:
    k = key(text)
    row = table("ordinals").get(k)
    if row:
        return int(row[0])
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", k)
    return int(digits.group(1)) if digits else None


def season(text: str) -> str | None:
    row = lookup("seasons", text)
    return row[0] if row else None


def daypart(text: str) -> str | None:
    row = lookup("day_parts", text)
    return row[0] if row else None


def relative(text: str) -> tuple[int, str] | None:
    """Step and reference of a relative word: "last" is (-1, "publication")."""
    row = lookup("relative", text)
    return (int(row[0]), row[1]) if row else None


def offset(text: str) -> tuple[int, str] | None:
    row = lookup("offsets", text) or lookup("clause_final_offsets", text)
    return (int(row[0]), row[1]) if row else None


def part_mod(text: str) -> str | None:
    """START, MID or END of a part-of-period phrase ("the end of", "mid-", "earlier in")."""
    for word in re.findall(r"[a-z]+", key(text)):
        row = table("part_modifiers").get(word)
        if row:
            return row[0]
    return None


def quantity_mod(text: str) -> str | None:
    row = lookup("quantity_modifiers", text)
    return row[0] if row else None


def period_mods(text: str) -> list[str]:
    """The meanings of the words before a period noun, in order: ordinals as "3", relatives as "rel:-1:publication"."""
    found = []
    tokens = [t for t in re.split(r"[\s-]+", key(text)) if t]  # "year-earlier" is read as "year earlier"
    i = 0
    while i < len(tokens):
        for size in (2, 1):  # "most recent", "year earlier" before single words
            phrase = " ".join(tokens[i : i + size])
            meaning = _period_word(phrase)
            if meaning is not None:
                found.append(meaning)
                i += size
                break
        else:
            i += 1
    return found


def _period_word(word: str) -> str | None:
    if (n := ordinal(word)) is not None:
        return str(n)
    if (rel := relative(word)) is not None:
        return f"rel:{rel[0]}:{rel[1]}"
    row = table("period_modifiers").get(word)
    return row[0] if row else None


def reference(text: str) -> str | None:
    row = lookup("references", text)
    return row[0] if row else None


def deictic(text: str) -> tuple[int, str] | None:
    row = lookup("deictic_days", text)
    return (int(row[0]), row[1] if len(row) > 1 else "") if row else None


def frequency(text: str) -> str | None:
    row = lookup("frequencies", text)
    return row[0] if row else None


_LOOSE = re.compile(r"['’.]")


def loose(text: str) -> str:
    """A key that ignores case, apostrophes, periods and hyphens ("st patricks day" = "St. Patrick's Day")."""
    return _SPACE.sub(" ", _LOOSE.sub("", text.lower()).replace("-", " ")).strip()


@cache
def _holidays() -> dict[str, tuple[str, ...]]:
    return {loose(k): v for k, v in lexicon.table("times/holidays.tsv").items()}


@cache
def _holiday_countries() -> dict[tuple[str, str], tuple[str, ...]]:
    rows = {}
    for name, cells in lexicon.table("times/holiday_countries.tsv").items():
        for country in cells[0].split(","):
            rows[(loose(name), country.strip())] = cells[1:]
    return rows


def holiday(text: str, country: str | None = None) -> tuple[str, ...] | None:
    """The rule of a holiday's name (holidays.tsv), in the outlet's country when it keeps the day elsewhere."""
    key = loose(text)
    return _holiday_countries().get((key, country or "")) or _holidays().get(key)


@cache
def holiday_dates(name: str) -> dict[int, list[tuple[date, date]]]:
    """The listed occurrences of a lunar or lunisolar holiday (holiday_dates.tsv), by the year they begin."""
    found: dict[int, list[tuple[date, date]]] = {}
    for line in lexicon.lines("times/holiday_dates.tsv"):
        key, first, last = line.split("\t")
        if key == name:
            a = date.fromisoformat(first)
            found.setdefault(a.year, []).append((a, date.fromisoformat(last)))
    return found


def clock(text: str) -> tuple[int, int] | None:
    """Hour (0-24) and minute of a clock time: "10 p.m." is (22, 0), "noon" (12, 0)."""
    found = clock_time(text)
    return (found[0], found[1]) if found else None


_PAST = re.compile(r"(.+?) (?:minutes? )?(past|after|to|till|before) (.+)$")
_WORD_OCLOCK = re.compile(r"([a-z]+) o'?clock\b")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d\d))?(?::(\d\d))?h?\s*(?:o'?clock)?\s*(.*)$")
# "ten thirty am", "nine fifty nine a m", "four twenty-three": an hour word, then the minutes in words
_SPELLED = re.compile(r"([a-z]+)(?:[ -]+(oh[ -]+[a-z]+|[a-z]+(?:[ -]+[a-z]+)?))?$")
# a one-letter mark written onto the minutes or, after "at", the hour ("3:18a", "12:15p", "at 3p")
_LETTER = re.compile(r"(\d{1,2}(?::\d\d)?)([ap])\.?$")


def clock_time(text: str) -> tuple[int, int, int | None, bool] | None:
    """(hour, minute, second or None, whether a.m./p.m. or a word fixed the half of the day) of a clock time.

    Reads "10 p.m.", "22:15", "16h00", "330 p.m.", "noon", "a quarter past 3pm",
    "20 to noon", "half past three".
    """
    k = key(text)
    row = table("clock_words").get(k)
    if row:
        hour, minute = row[0].split(":")
        return int(hour), int(minute), None, True
    if m := _PAST.match(k):
        minutes = {"quarter": 15, "a quarter": 15, "half": 30}.get(m.group(1))
        minutes = minutes if minutes is not None else number(m.group(1).removesuffix(" minutes").removesuffix(" minute"))
        base = clock_time(m.group(3))
        if minutes is None or base is None or not 0 < minutes < 60:
            return None
        total = int(base[0] * 60 + base[1] + (minutes if m.group(2) in ("past", "after") else -minutes))
        return total // 60 % 24, total % 60, None, base[3]
    if re.fullmatch(r"[a-z]+[ -][a-z .-]+", k) and (spelled := _spelled_clock(k)):
        return spelled  # "three twenty" is 3:20, not the amount 23
    k = re.sub(r"^(\d{1,2}) ([0-5]\d)$", r"\1:\2", k)  # "at 3 15"
    if (oclock := _WORD_OCLOCK.match(k)) and (n := number(oclock.group(1))) is not None:
        if not 1 <= n <= 12:
            return None
        k = f"{int(n)}{k[oclock.end(1):]}"  # "eight o'clock": the hour word as its digits
    if (n := number(k)) is not None and n == int(n) and 0 <= n <= 24:
        return int(n), 0, None, False
    if m4 := re.fullmatch(r"([0-2]\d)([0-5]\d)", k):
        return int(m4.group(1)), int(m4.group(2)), None, True
    if m3 := re.fullmatch(r"(\d{1,2})([0-5]\d)\s*(.+)", k):  # "330 p.m."
        k = f"{m3.group(1)}:{m3.group(2)} {m3.group(3)}"
    if letter := _LETTER.match(k):
        k = f"{letter.group(1)} {letter.group(2)}m"
    m = _CLOCK.match(k)
    if not m:
        return _spelled_clock(k)
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    second = int(m.group(3)) if m.group(3) else None
    half = table("meridiems").get(m.group(4).strip())
    if half and half[0] == "pm" and hour < 12:
        hour += 12
    elif half and half[0] == "am" and hour == 12:
        hour = 0
    fixed = bool(half) or hour > 12 or "h" in k or hour == 0
    return (hour, minute, second, fixed) if hour <= 24 and minute < 60 else None


def _spelled_clock(k: str) -> tuple[int, int, int | None, bool] | None:
    """ "ten thirty am", "seven thirty p.m.", "three am": a clock time in words."""
    body, half = k, None
    for mark in sorted(table("meridiems"), key=len, reverse=True):
        if k.endswith(" " + mark):
            body, half = k[: -len(mark) - 1].strip(), table("meridiems")[mark][0]
            break
    m = _SPELLED.match(body)
    if m is None:
        return None
    hour = number(m.group(1))
    minute = 0 if m.group(2) is None else number(m.group(2).replace("oh", "").strip())
    if hour is None or minute is None or hour != int(hour) or minute != int(minute) or not (1 <= hour <= 12 and 0 <= minute < 60):
        return None
    hour = int(hour) % 12 + (12 if half == "pm" else 0) if half else int(hour)
    return hour, int(minute), None, half is not None


def decade_word(text: str) -> int | None:
    row = lookup("decades", text)
    return int(row[0]) if row else None


def words_of(name: str) -> list[str]:
    """The first column of a list as written (for building patterns)."""
    return list(lexicon.table(f"times/{name}.tsv"))
