"""The shapes of words that look like names and are not one person's: transcript labels ("HOST:",
"JAKE TAPPER, CNN HOST:"), bare titles ("Mlle"), person nouns ("the Keeper", "Aides"), families
("the Smiths"); and the surname a coordinated first name shares ("John and Mary Smith").

Read by the `dateline_people` component (`clusters.py`) on its entities only: no walk of the Doc.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ... import lexicon
from . import scan

_THE, _AND = get_string_id("the"), get_string_id("and")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "your", "my", "his", "her", "their"})


@cache
def _w() -> dict:
    """The word lists, read once."""
    honorifics = lexicon.table("honorifics.tsv")
    return dict(
        titles={k.lower().rstrip("."): (v[0] if v else "") for k, v in honorifics.items()},
        roles=lexicon.lower_table("role_nouns.tsv"),
        kin=lexicon.lower_table("kinship.tsv"),
        not_names=lexicon.words("not_names.txt"),
        person_nouns=lexicon.lower_table("wordnet_nouns.tsv"),
        first_names=lexicon.lower_table("coref/first_names.tsv"),
        surnames=lexicon.words("coref/surnames.txt"),
        turn_labels=frozenset(lexicon.lower_table("quotes/transcript_labels.tsv")),
    )


def role_label(doc: Doc, start: int, end: int) -> bool:
    """"HOST:", "Q:", "CALLER:" opening a transcript's line: a turn or a role, which names no one.

    Who speaks the turn is the quotes' business (`quotes/transcripts.py`); a surname label ("BENENSON:")
    is a name and stays.
    """
    # the first word's text from the ORTH column: most entities' is not upper case, and no Token is made
    if end >= len(doc) or not doc.vocab.strings[scan.column(doc, ORTH)[start]].isupper():
        return False
    if end - start == 1 and doc[end].text == ":" and line_start(doc, start):
        lower = doc[start].lower_
        return lower in _w()["turn_labels"] or lower in _w()["roles"]
    return _label_role(doc, start, end)


def common_word(doc: Doc, i: int) -> bool:
    """A one-word "name" that is no name: a listed non-name, a bare title ("Mlle"), or a person noun after a
    determiner ("The Keeper", "the Husband") that is no one's first name or surname."""
    w, strings, lowers = _w(), doc.vocab.strings, scan.column(doc, LOWER)  # the arrays: no Token made
    lower = strings[lowers[i]].rstrip(".")
    if lower in w["not_names"] or lower in w["titles"] and lower not in w["surnames"]:
        return True  # "Pope" and "Justice" are surnames too
    if i == 0 or strings[lowers[i - 1]] not in _DETERMINERS:
        return False
    noun = lower in w["roles"] or lower in w["kin"] or w["person_nouns"].get(lower) == ("person",)
    return noun and lower not in w["surnames"] and lower not in w["first_names"]


def people_noun(doc: Doc, i: int) -> bool:
    """"Aides said", "Neighbours said": a capitalized plural of a person or role noun is a group of
    people (as "the Smiths", a surname's plural, is a family), not a person's or organization's name."""
    w, strings = _w(), doc.vocab.strings
    text = strings[scan.column(doc, ORTH)[i]]  # the arrays: most one-word names end in no "s", and no Token is made
    if not text.endswith("s") or text.endswith("ss") or text.isupper() or text.lower() in w["surnames"]:
        return False
    if i > 0 and strings[scan.column(doc, LOWER)[i - 1]] == "the":
        return False  # "the Rangers", "the Giants": a team's name takes "the"
    for stem in (text[:-1].lower(), text[:-2].lower()):
        if stem not in w["surnames"] and (w["person_nouns"].get(stem) == ("person",) or stem in w["roles"]):
            return True
    return False


def family(doc: Doc, span: Span, by_token) -> bool:
    """"the Smiths", "the Joneses'": a plural surname after "the" names a family, not one person."""
    w, strings = _w(), doc.vocab.strings
    if len(span) != 1 or span.start == 0 or strings[scan.column(doc, LOWER)[span.start - 1]] != "the":
        return False  # read on the arrays: no Token of the word or the one before
    text = strings[scan.column(doc, ORTH)[span.start]]  # `span.text` of one word
    if not text.endswith("s"):
        return False
    if text.endswith("ss") or text.isupper():
        return False
    stems = [text[:-1]] + ([text[:-2]] if text.endswith("es") else [])
    return any(stem in by_token or stem.lower() in w["surnames"] for stem in stems)


_LABEL_WORDS = 8  # the words of a broadcast label ("JAKE TAPPER, CNN CHIEF WASHINGTON CORRESPONDENT:")


def line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _label_role(doc: Doc, start: int, end: int) -> bool:
    """"CNN HOST" of "JAKE TAPPER, CNN HOST:": an upper-case entity between a label's comma and its colon
    is the speaker's role (and outlet), not a person or organization of its own."""
    i, comma = start, False
    while i > 0 and start - i < _LABEL_WORDS and not line_start(doc, i):
        i -= 1
        word = doc[i].text
        if word == ",":
            comma = True
        elif not word.isupper():
            return False
    if not comma or not line_start(doc, i):
        return False
    k = end
    while k < len(doc) and k - end < _LABEL_WORDS and doc[k].text.isupper():
        k += 1
    return k < len(doc) and doc[k].text == ":"


def shared_surname(doc: Doc, span: Span, full_at: dict[int, Span]) -> tuple[str, ...]:
    """"John" of "John and Mary Smith": a first name coordinated with a full name shares its surname."""
    k = span.end
    if k + 1 < len(doc) and doc[k].lower_ in ("and", "&") and (other := full_at.get(k + 1)) is not None:
        if len(other) == 2 and other[0].text != span.text:
            return (span.text, other[-1].text)
    return (span.text,)


_PLACE_WORDS = 3  # the longest place name looked for at a name's start ("Papua New Guinea")


def after_a_place(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts inside an entity that glued a place before it ("the Netherlands Lotte Wilms").

    An author line ("Vrije Universiteit Amsterdam, the Netherlands / Lotte Wilms lotte.wilms@kb.nl") or a
    dateline run together: the model makes one ORG or PERSON of the country and the name after it. The
    place is the longest name of a country, US state or province opening the entity (`countries.txt`: "New
    Mexico", not "New"), no usual first name ("Georgia Smith" stays); towns are left out, as firms are named
    for them ("Delta Lloyd", "Bank Julius Baer": the towns Delta and Bank). The rest, two capitalized proper
    nouns or more and no organization's word, is a person's when it opens with a usual first name or when
    the e-mail address right after spells it ("lotte.wilms@"). Returns `start` otherwise.
    """
    lower = scan.column(doc, LOWER)
    first = start + (lower[start] == _THE)
    if end - first < 3 or lower[first] not in _country_start_keys():
        return start  # the arrays' string ids first: few entities open with a country's word
    strings = doc.vocab.strings
    w = _w()
    cut = next((k for k in range(min(first + _PLACE_WORDS, end), first, -1)
                if _a_place(" ".join(strings[x] for x in lower[first:k]))), None)
    if cut is None or end - cut < 2 or " ".join(strings[x] for x in lower[first:cut]) in w["first_names"]:
        return start
    rest = doc[cut:end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_.rstrip(".") not in _org_words() for t in rest):
        return start
    return cut if rest[0].lower_ in w["first_names"] or _spelled_by_address(doc, rest) else start


def _a_place(name: str) -> bool:
    return name in _countries() or "the " + name in _countries()


def _spelled_by_address(doc: Doc, name: Span) -> bool:
    """"Lotte Wilms lotte.wilms@kb.nl": the e-mail address after the name is made of its words."""
    if name.end >= len(doc) or "@" not in doc[name.end].text:
        return False
    local = doc[name.end].lower_.split("@")[0].replace("_", ".").replace("-", ".").split(".")
    return [t.lower_ for t in name] == local


@cache
def _countries() -> frozenset[str]:
    return lexicon.words("coref/countries.txt")


@cache
def _org_words() -> frozenset[str]:
    """Words of organizations' names ("Bulletin", "Bank"): the rest of such an entity is no one's name."""
    return lexicon.words("organization_nouns.txt") | lexicon.words("coref/organization_name_words.txt") | (
        lexicon.words("coref/organization_heads.txt"))


@cache
def _country_start_keys() -> frozenset[int]:
    """The first words of the countries' names, without "the" (lower case), as the LOWER column's string ids."""
    return frozenset(get_string_id(name.removeprefix("the ").split()[0]) for name in _countries() if name)


def rejoined_places(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """The entities, with a name the model cut at the "and" of a place's name made whole again.

    "the Newfoundland and Labrador Court of Appeal" comes as "Newfoundland" (ORG) and "Labrador Court of
    Appeal": when the first and the start of the second, joined by "and", make a country's or a province's
    name (`countries.txt`: "Bosnia and Herzegovina", "Trinidad and Tobago"), the two are one organization's
    name; when the second is all the place, the first is a piece of a place and no one's name.
    """
    lower = scan.column(doc, LOWER)  # no more read where no "and" alone stands between two entities: the
    # entities' bounds are read in C, a pick of every "and" of the Doc cost five times more
    if not any(b.start == a.end + 1 and lower[a.end] == _AND for a, b in zip(ents, ents[1:])):
        return ents
    strings = doc.vocab.strings
    out, skip = [], False
    for a, b in zip(ents, ents[1:] + (None,)):
        if skip:
            skip = False
            continue
        if b is None or b.start != a.end + 1 or lower[a.end] != _AND:
            out.append(a)
            continue
        first = " ".join(strings[k] for k in lower[a.start : a.end]).removeprefix("the ")
        for n in range(min(_PLACE_WORDS, len(b)), 0, -1):
            if first + " and " + " ".join(strings[k] for k in lower[b.start : b.start + n]) in _countries():
                if n < len(b):
                    out.append(Span(doc, a.start, b.end, label=b.label))
                skip = True
                break
        else:
            out.append(a)
    return tuple(out)
