"""What a name's letters say it is: a code, an acronym of lower-case words or of a thing's name, a plural acronym,
a counted term."""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .... import lexicon
from .. import scan
from ..entities import MentionRef

_COUNTING = lexicon.words("coref/counting_words.txt")
_CODE = re.compile(r"[A-FH-Z][A-Z]?-\d{1,3}\Z")
_THE = get_string_id("the")
_OPENING = get_string_id("(")
_OPENINGS = ("(",)
_ROAD = re.compile(r"[A-FH-Z][A-Z]?\d{1,3}\Z")  # "A59", "M18", "I44": "the" before it makes it a road
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)\Z")
_LEFT_OUT = lexicon.words("coref/acronym_skip.txt")  # "of", "the": never an acronym's first letter
_INSTITUTIONS = lexicon.words("coref/institution_heads.txt")
_TREATIES = lexicon.words("coref/treaty_heads.txt")  # "General Agreement on Tariffs and Trade (GATT)": a body too
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_SKIPS = 3  # lower-case words an expansion's acronym may leave out ("instruments for … and")
_SINGULAR = (("ies", "y"), ("es", ""), ("s", ""))  # "Systems", "Mysteries": the noun list has singulars


def counted_like_a_noun(name: str, names: list[MentionRef], doc: Doc) -> bool:
    """"25 CUC", "every LLM", "an AI developed by": an acronym counted or owned as a common noun is a term or a unit.

    The determiner must be the acronym's own, not that of a noun it modifies ("a BBC reporter").
    """
    if not (name.rstrip("s").isupper() and name.isalpha()):
        return False
    counted = 0
    for m in names:
        if m.start == 0:
            continue
        before = doc[m.start - 1]
        counted += before.like_num and before.text[:1].isdigit() or (
            before.lower_ in _COUNTING and doc[m.end - 1].dep_ != "compound"
        )
    return 2 * counted >= len(names)


def spelled_out_in_lower_case(doc: Doc, first: MentionRef) -> bool:
    """"sea surface temperature (SST)": an acronym introduced for lower-case words is a term, not a name.

    The introduction may be anywhere in the article, also where the model tagged nothing.
    """
    acronym = first.text[:-1] if first.text.endswith("s") else first.text
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return False
    return any(_introduced(doc, t.i, acronym) for t in scan.tokens(doc, texts=(first.text,)))


def _introduced(doc: Doc, i: int, acronym: str) -> bool:
    if i < 2 or doc[i - 1].text != "(":
        return False
    words = [t for t in doc[max(0, i - 1 - 2 * len(acronym)) : i - 1] if t.is_alpha]
    words = words[-len(acronym):]
    return (
        len(words) == len(acronym)
        and all(t.text.islower() for t in words)
        and "".join(t.text[0] for t in words).upper() == acronym
    )


def spelled_out_as_a_thing(doc: Doc, names: list[MentionRef], *, nouns, org_words, places) -> bool:
    """"Geographic Information Systems (GIS)", "System Under Test (SUT)": an acronym introduced for capitalized
    words headed by a common noun is a term, a method's or a device's name, not an organization's.

    The head is the word before the first preposition, else the last ("Instruments for Research"). Never with an
    organization's or an institution's word among the words ("Organization of Petroleum Exporting Countries",
    "European Community"), nor a place's ("Washington Public Power Supply System"). Asked only of an
    organization with an acronym among its names and no person's evidence (`things._used_as_a_term`).
    """
    acronyms = {m.text for m in names if _an_acronym(m.text)}
    orth = scan.column(doc, ORTH)  # the "(" after a name read on the column: a Token per mention costs more
    after = [orth[m.end + 1] for m in names if m.end + 1 < len(orth) and orth[m.end] == _OPENING]
    acronyms.update(x for x in (doc.vocab.strings[k] for k in after) if _an_acronym(x))  # "Light (CFL)" named
    if not acronyms:
        return False
    keys = {get_string_id(x) for x in acronyms}
    # each "(" of the Doc (kept, few) and the acronym after it: no pick of the acronyms' tokens per cluster
    after_opening = (k + 1 for k in scan.indices(doc, texts=_OPENINGS) if k >= 1 and k + 1 < len(orth))
    for i in (i for i in after_opening if orth[i] in keys):
        start = _spelled(doc, i - 2, doc.vocab.strings[orth[i]], _SKIPS)
        if start is not None and _a_things_name(doc[start : i - 1], nouns, org_words, places):
            return True
    return False


def _an_acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def _spelled(doc: Doc, k: int, letters: str, skips: int) -> int | None:
    """Where the words ending at `k` begin whose initials spell `letters`, up to `skips` lower-case words left out.

    "System Under Test", "Combined Airborne Radio instruments for Ocean and Land Studies"; a lower-case "of" or
    "the" never gives the first letter ("Organization of …", not "of Petroleum Exporting Countries").
    """
    if not letters:
        return k + 1
    if k < 0 or not doc[k].is_alpha:
        return None
    token = doc[k]
    if token.text[0].upper() == letters[-1] and not (len(letters) == 1 and token.is_lower and token.lower_ in _LEFT_OUT):
        found = _spelled(doc, k - 1, letters[:-1], skips)
        if found is not None:
            return found
    return _spelled(doc, k - 1, letters, skips - 1) if token.is_lower and skips else None


def _a_things_name(span, nouns, org_words, places) -> bool:
    """Capitalized words with a common noun for their head, no treaty's ("General Agreement on Tariffs and Trade",
    also a body), no organization's, institution's or place's word.

    places: the word lists (countries, towns) the first word or two may not be in.
    """
    if span[0].is_lower or any(t.ent_type_ in _PLACE_LABELS for t in span):
        return False
    words = [t.lower_ for t in span]
    if any(x in org_words or x.removesuffix("s") in _INSTITUTIONS for x in words):
        return False
    if any(x in listed for listed in places for x in (words[0], " ".join(words[:2]))):
        return False
    head = next((t for t in span[:-1] if t.nbor().pos_ == "ADP"), span[-1])
    forms = noun_forms(head.lower_)
    return any(x in nouns for x in forms) and not any(x in _TREATIES for x in forms)


def noun_forms(lower: str) -> list[str]:
    """The word and the singulars it may be of ("systems": systems, system; "series": series, serie, series)."""
    return [lower] + [lower[: -len(end)] + add for end, add in _SINGULAR if lower.endswith(end)]


def a_code(name: str) -> bool:
    """"M-1", "A-3", "XJ-6": a letter or two, a hyphen and a number is a money supply, a rating or a model.

    Not "G-7", "G-24": a group of countries. Not without the hyphen: "O2", "TF1", "M6", "MI5", "U2" are companies,
    channels, a service and a band as often as "A59" is a road.
    """
    return bool(_CODE.match(name))


def has_digit(name: str) -> bool:
    """"Appendix S1", "7 Ālī Qāpū": no person's name has a digit (regnal numbers are Roman).

    An ordinal is a title's ("2nd Earl of Clare"), not a digit in the name.
    """
    return any(ch.isdigit() for word in name.split() if not _ORDINAL.match(word) for ch in word)


def plural_acronym(name: str) -> bool:
    """"CFLs", "LLMs", "L2s": the plural of an acronym names a kind of thing, not someone."""
    return len(name) > 2 and name.endswith("s") and name[:-1].isupper() and name[:-1].isalnum()


def head_word(name: str) -> str:
    """The last word of a name, or the one before "of" ("Museum of Modern Art")."""
    words = name.replace("’s", " ").replace("'s", " ").split()
    for joiner in ("of", "for"):  # "Museum of Modern Art", "Award for Best Actress"
        if joiner in words[1:]:
            words = words[: words.index(joiner, 1)]
    return words[-1].lower().rstrip(".") if words else ""


def named_for_a_thing(name: str, heads) -> bool:
    """"Space Shuttle Columbia", "Hurricane Katrina": a vehicle's or a storm's word before the name."""
    return any((heads.get(word.lower()) or ("",))[0] in ("vehicle", "event") for word in name.split()[:-1])


def has_organization_word(name: str, org_words) -> bool:
    return any(x.lower().rstrip(".") in org_words for x in name.replace("-", " ").split())


def a_road(name: str, names: list[MentionRef], doc: Doc) -> bool:
    """"the A59 and the M62 provide", "the M18 eastbound": a letter or two and a number, always after "the".

    Without "the" such a name is as often a company, a channel or a band ("O2", "M6", "U2"), and one only
    ever modifying a noun after "the" too ("the U2 concert"); not "G20", a group of countries.
    """
    if not _ROAD.match(name):
        return False
    lower = scan.column(doc, LOWER)
    if not all(m.start > 0 and lower[m.start - 1] == _THE for m in names):
        return False
    return any(doc[m.end - 1].dep_ != "compound" for m in names)


def a_state_after_a_town(name: str, names: list[MentionRef], doc: Doc, towns: frozenset[str]) -> bool:
    """"Coffeyville, KS", "Paramus, NJ", "Pensacola, Fla": a state's abbreviation after a place and a comma.

    Every mention so, and the word before the comma a capitalized proper noun the model does not call a
    person or an organization, or a town's name (`places.txt`) whatever its label ("IBM, GE" is a list of firms).
    """
    if name.lower().rstrip(".") not in lexicon.words("coref/state_abbreviations.txt"):
        return False
    for m in names:
        if m.start < 2 or doc[m.start - 1].text != ",":
            return False
        town = doc[m.start - 2]
        if town.pos_ != "PROPN" or not town.text[:1].isupper():
            return False
        if town.ent_type_ in ("ORG", "PERSON") and town.lower_ not in towns:
            return False
    return True
