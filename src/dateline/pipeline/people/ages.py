"""The `dateline_ages` component: ages given for people, as evidence for their birth dates.

Finds "Legend, 43,", "Smith (43)", "Smith, aged 43", "the 43-year-old singer",
"his 6-year-old daughter, Luna" and "in her 60s" (approximate), each attached
to a person cluster. Numbers may be spelled out ("two-year-old Max", "aged
twenty-four") and ages given in months, weeks or days ("their nine-month-old
child, Gloria", "Leo, three weeks old,"): those keep their unit, so the birth
interval is exact to the month, week or day. "X has died at the age of 88" and
"X died aged 88" give X's age at a death with no year of its own, taken as the
article's time. "lost their son Jack, at 20 weeks" and "Ava was born at 28
weeks" give the baby's gestational age at that loss or birth (age_event_verbs.tsv):
the age is at the event, whose date is the DATE said in the verb's clause ("In
September 2020"), not at publication (`at_event`). "Varga, who turns 24 next month"
is the age on a dated birthday: born 24 years before that month. Other ages at a past
time ("at 19 he moved", "At the age of 80 she published"), a birthday with no date
("turns 24"), an unnamed baby ("lost the baby at 20 weeks"), counts and ordinals do
not match any of these shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ... import lexicon
from ...calendar import shift_years
from .entities import AgeRef, Cluster

MAX_AGE = 125
_OPEN = frozenset({",", "("})
_CLOSE = frozenset({",", ")", ".", ";", ":", "and", "—", "–", "-"})
_ONE_TOKEN = re.compile(r"^(\d{1,3}|[a-z]+)-([a-z]+)-old$", re.I)  # when the tokenizer kept it whole
_UNITS = {w: cells[0] for w, cells in lexicon.lower_table("age_units.tsv").items()}
_NUMBERS = {w: int(cells[0]) for w, cells in lexicon.lower_table("times/numbers.tsv").items()}
_DAYS_PER_YEAR = 365.2425
_UNIT_DAYS = {"M": _DAYS_PER_YEAR / 12, "W": 7, "D": 1}
_DECADE = re.compile(r"^(\d)0s$")
_DECADE_WORDS = {w: int(cells[0]) * 10 for w, cells in lexicon.lower_table("times/decades.tsv").items()}
_NOUNISH = frozenset({"ADJ", "NOUN", "PROPN"})
_TURN = frozenset({"turn", "turns", "turned", "turning"})
_TRIGGERS = frozenset(_NUMBERS) | frozenset(_DECADE_WORDS) | {"aged", "age", "at", "born"} | _TURN
_EVENTS = {w: cells[0] for w, cells in lexicon.lower_table("age_event_verbs.tsv").items()}
_GESTATION_UNITS = frozenset({"W", "M"})
_BABY_ARGS = frozenset({"dobj", "nsubjpass"})  # never the subject: "Maria lost the baby" is not Maria's age
_WHEN_OF_EVENT = frozenset({"prep", "npadvmod", "advmod", "advcl"})
_DEATH_VERBS = lexicon.words("death_verbs.txt")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WHEN = frozenset({"prep", "npadvmod", "advmod"})
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


@Language.factory(
    "dateline_ages", requires=["doc._.dl_people", "doc._.dl_refs"], assigns=["doc._.dl_people"],
    default_config={"max_age": MAX_AGE},
)
def make_ages(nlp: Language, name: str, max_age: int) -> AgeFinder:
    return AgeFinder(max_age=max_age)


class AgeFinder:
    def __init__(self, *, max_age: int = MAX_AGE) -> None:
        self.max_age = max_age  # a larger number beside a name is not an age

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.dl_refs
        if not refs:
            return doc
        for token in doc:
            text = token.text
            if not (text[0].isdigit() or "-" in text or text.lower() in _TRIGGERS):
                continue  # most tokens: nothing an age starts with
            if token.lower_ == "at":  # "Oliver and Isla were born at 24 weeks": one age, each baby
                found = _at_event_ages(doc, token.i, refs)
            elif token.lower_ == "born":  # "Born in Leeds in 1933, she ...": a birth with its year
                found = [f for f in (_born_in(doc, token, refs),) if f is not None]
            elif token.lower_ in _TURN:
                found = [f for f in (_birthday(doc, token, refs, self.max_age),) if f is not None]
            else:
                found = [f for f in (_age_at(doc, token, refs, self.max_age),) if f is not None]
            for cluster, age in found:
                if not any(a.start_char == age.start_char for a in cluster.ages):
                    cluster.ages.append(age)
        for cluster in doc._.dl_people or ():
            cluster.ages.sort(key=lambda a: a.start_char)
        return doc


@dataclass(slots=True)
class UnitAgeRef(AgeRef):
    """An age given in months, weeks or days: `age` is the whole years, `amount` counts `unit`s (M, W, D).

    `event` ("birth" or "loss") marks a gestational age at that event rather than an
    age at publication; `when` are the character spans of the event verb's clause
    where its date may be said ("In September 2020").
    """

    amount: int = 0
    unit: str = "Y"
    event: str | None = None
    when: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class _Amount:
    """How old, in the text's unit: 9 M for "nine months old"."""

    amount: int
    unit: str = "Y"

    def years(self) -> int:
        if self.unit == "Y":
            return self.amount
        return int(self.amount * _UNIT_DAYS[self.unit] // _DAYS_PER_YEAR)


def _person(refs: dict[int, Cluster], i: int) -> Cluster | None:
    cluster = refs.get(i)
    return cluster if cluster is not None and cluster.label == "PERSON" else None


def _age_at(doc: Doc, token: Token, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    whole = _ONE_TOKEN.match(token.text)
    if whole and whole.group(2).lower() in _UNITS:
        amount = _value(whole.group(1))
        if amount is None:
            return None
        return _modified(doc, token.i, token.i + 1, _Amount(amount, _UNITS[whole.group(2).lower()]), refs, max_age)
    if token.lower_ == "age":
        return _at_the_age_of(doc, token.i, refs, max_age)
    if token.lower_ == "aged":
        return _aged(doc, token.i, refs, max_age)
    number = _number(doc, token.i)
    if number is None:
        return _decade(doc, token, refs)
    amount, after = number
    unit_end = _unit_old_end(doc, after)
    if unit_end is not None:
        unit, end = unit_end
        return _modified(doc, token.i, end, _Amount(amount, unit), refs, max_age)
    return _appositive(doc, token.i, after, amount, refs, max_age) or _stated(doc, token, after, amount, refs, max_age)


def _value(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


def _number(doc: Doc, i: int) -> tuple[int, int] | None:
    """The value of a number starting at token i and the index after it: "43", "nine", "twenty-four"."""
    text = doc[i].text
    if text.isdigit():
        return (int(text), i + 1) if len(text) <= 3 else None
    value = _NUMBERS.get(doc[i].lower_)
    if value is None or _ends_a_number(doc, i):
        return None
    j = i + 1
    if value >= 20 and value % 10 == 0:  # "twenty-four", "twenty four"
        k = j + 1 if j < len(doc) and doc[j].text == "-" else j
        ones = _NUMBERS.get(doc[k].lower_) if k < len(doc) else None
        if ones is not None and ones < 10:
            return value + ones, k + 1
    return value, j


def _ends_a_number(doc: Doc, i: int) -> bool:
    """Whether token i is the "four" of "twenty-four" (read with its tens, not on its own)."""
    k = i - 2 if i >= 2 and doc[i - 1].text == "-" else i - 1
    tens = _NUMBERS.get(doc[k].lower_) if k >= 0 else None
    return tens is not None and tens >= 20 and tens % 10 == 0 and _NUMBERS.get(doc[i].lower_, 10) < 10


def _unit_old_end(doc: Doc, j: int) -> tuple[str, int] | None:
    """The unit and the index after "-year-old" / " months old" / "-years-old" from token j, or None."""
    if j < len(doc) and doc[j].text == "-":
        j += 1
    unit = _UNITS.get(doc[j].lower_) if j < len(doc) else None
    if unit is None:
        return None
    j += 1
    if j < len(doc) and doc[j].text == "-":
        j += 1
    return (unit, j + 1) if j < len(doc) and doc[j].lower_ == "old" else None


def _unit_end(doc: Doc, j: int) -> tuple[str, int] | None:
    """A unit word at j, with or without "old" after it ("Leo, 6 months," / "Leo, 6 months old,")."""
    found = _unit_old_end(doc, j)
    if found is None and j < len(doc) and doc[j].lower_ in _UNITS:
        found = _UNITS[doc[j].lower_], j + 1
    return found


def _span(doc: Doc, start: int, end: int, age: _Amount, approximate: bool = False) -> AgeRef:
    start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    if age.unit == "Y":
        return AgeRef(age.amount, start_char, end_char, approximate)
    return UnitAgeRef(age.years(), start_char, end_char, approximate, age.amount, age.unit)


def _modified(doc: Doc, start: int, end: int, age: _Amount, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"43-year-old John Smith", "the 43-year-old singer", "6-year-old daughter, Luna", "Smith, a 43-year-old"."""
    if age.years() > max_age:
        return None
    k = end
    while k < len(doc) and k < end + 4 and doc[k].pos_ in _NOUNISH:
        person = _person(refs, k)
        if person is not None:
            return person, _span(doc, start, end, age)
        k += 1
    if k > end:  # after the noun: ", Luna" or "Jack"
        j = k + 1 if k < len(doc) and doc[k].text == "," else k
        person = _person(refs, j) if j < len(doc) else None
        if person is not None and doc[j].pos_ == "PROPN" and (j == k or _linked(doc, k - 1, person, refs)):
            return person, _span(doc, start, end, age)  # not "a two-year-old contract, John Smith said"
    elif end + 1 < len(doc) and doc[end].text == ",":  # "the nine-month-old, Ana Gomez,": set beside a name
        person = _person(refs, end + 1)
        if person is not None and doc[end + 1].pos_ == "PROPN" and _linked(doc, end - 1, person, refs):
            return person, _span(doc, start, end, age)
    j = start - 1
    if j >= 0 and doc[j].lower_ in ("a", "an", "the"):
        j -= 1
    if j >= 1 and doc[j].text == ",":
        person = _person(refs, j - 1)
        if person is not None and doc[j - 1].pos_ == "PROPN":
            return person, _span(doc, start, end, age)
    return None


def _linked(doc: Doc, i: int, person: Cluster, refs) -> bool:
    """Whether token i and a name of `person` after it hang on each other in the parse."""
    head = doc[i].head
    if _person(refs, head.i) is person:
        return True
    return any(t.head.i == i and _person(refs, t.i) is person for t in doc[i + 1: i + 6])


def _appositive(doc: Doc, i: int, after: int, amount: int, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"Legend, 43," and "Smith (43)", "Leo, 6 months,": a number set off right after a name.

    A bare number must be written in digits ("Smith, one of ..." is no age); with
    a unit it may be spelled out ("Leo, three weeks,").
    """
    if i < 2 or doc[i - 1].text not in _OPEN:
        return None
    name = doc[i - 2]
    person = _person(refs, name.i)
    if person is None or name.pos_ not in ("PROPN", "NOUN") or name.like_num:
        return None
    unit_end = _unit_end(doc, after)
    unit, end = unit_end if unit_end is not None else ("Y", after)
    if unit_end is None and not doc[i].text.isdigit():
        return None
    age = _Amount(amount, unit)
    if age.years() > max_age:
        return None
    closing = doc[end] if end < len(doc) else None
    if closing is not None and closing.text not in _CLOSE:
        return None
    if doc[i - 1].text == "(" and (closing is None or closing.text != ")"):
        return None
    return person, _span(doc, i, end, age)


def _amount_at(doc: Doc, i: int) -> tuple[_Amount, int] | None:
    """The number at token i and its unit ("six weeks"; years when none is said), and where they end."""
    number = _number(doc, i)
    if number is None:
        return None
    amount, end = number
    unit_end = _unit_end(doc, end)
    unit, end = unit_end if unit_end is not None else ("Y", end)
    return _Amount(amount, unit), end


def _aged(doc: Doc, i: int, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"Smith, aged 43," or "Smith aged 43", "Leo, aged six weeks,"."""
    found = _amount_at(doc, i + 1) if i + 1 < len(doc) else None
    if found is None:
        return None
    age, end = found
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    person = _person(refs, j) if j >= 0 else None
    if person is None:
        person = _died_now(doc, doc[i].head, refs)  # "Smith died aged 88"
    if person is None or age.years() > max_age:
        return None
    return person, _span(doc, i, end, age)


def _stated(doc: Doc, number: Token, after: int, amount: int, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"She is 45." and, of a person whose death is the news, "She was 91.": a sentence that only says the age.

    "was" of someone alive says an age at some past time, which gives no birth date.
    """
    verb = number.head
    if number.dep_ not in ("attr", "acomp") or verb.lemma_ != "be" or amount > max_age or amount < 1:
        return None
    if after < len(doc) and doc[after].text not in (".", ";", "!") or number.i != verb.i + 1:
        return None  # "She was 91 when she retired", "was almost 91"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = _person(refs, subject.i) if subject is not None else None
    if person is None or verb.tag_ not in ("VBZ", "VBD") or verb.tag_ == "VBD" and not _dead_now(doc, person, refs):
        return None
    return person, _span(doc, verb.i, after, _Amount(amount))


def _dead_now(doc: Doc, person: Cluster, refs) -> bool:
    """Whether a death verb with no year of its own has the person as subject (the death is the article's news)."""
    return any(_died_now(doc, doc[m.end - 1].head, refs) is person for m in person.mentions
               if doc[m.end - 1].dep_ in _SUBJECTS)


def _born_in(doc: Doc, verb: Token, refs) -> tuple[Cluster, AgeRef] | None:
    """"Born in Leeds in 1933, she wrote …", "She was born in 1933": a birth in a year the clause says.

    Kept as an age of 0 days at the event "birth", whose date (`at_event`) is the birth interval.
    """
    if verb.tag_ != "VBN" or any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return None  # "born at 28 weeks": a gestational age (`_at_event_ages`)
    when = tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children
                 if c.dep_ in _WHEN_OF_EVENT and any(_YEAR.match(t.text) for t in c.subtree))
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "advcl":  # the participle's subject is its clause's
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    person = _person(refs, subject.i) if subject is not None else None
    if person is None or not when:
        return None
    end = max(b for _, b in when)
    return person, UnitAgeRef(0, verb.idx, end, False, 0, "D", "birth", when)


def _at_the_age_of(doc: Doc, i: int, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"X has died at the age of 88": the age at a death the article reports as news."""
    if i < 2 or i + 2 >= len(doc) or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "at":
        return None
    if doc[i + 1].lower_ != "of":
        return None
    found = _amount_at(doc, i + 2)
    if found is None:
        return None
    age, end = found
    person = _died_now(doc, doc[i - 2].head, refs)
    if person is None or age.years() > max_age:
        return None
    return person, _span(doc, i - 2, end, age)


def _at_event_ages(doc: Doc, i: int, refs) -> list[tuple[Cluster, AgeRef]]:
    """"lost their son Jack, at 20 weeks", "Ava was born at 28 weeks": a named baby's gestational age."""
    verb = doc[i].head
    event = _event(verb)
    subjects = _BABY_ARGS
    if event is None:  # "Jack was stillborn at 20 weeks": the event is the adjective, the baby the subject
        event = next((e for c in verb.children if c.dep_ == "acomp" for e in [_event(c)] if e), None)
        subjects = frozenset({"nsubj"})
    found = _amount_at(doc, i + 1) if event and i + 1 < len(doc) else None
    if found is None or found[0].unit not in _GESTATION_UNITS:
        return []
    age, end = found
    babies = _babies(verb, refs, subjects)
    # the date may hang on the verb ("In September 2020, ... lost") or on the age ("at 30 weeks in June")
    when = tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children
                 if c.dep_ in _WHEN_OF_EVENT)
    start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
    return [(baby, UnitAgeRef(age.years(), start_char, end_char, False, age.amount, age.unit, event, when))
            for baby in babies]


def _event(token: Token) -> str | None:
    return _EVENTS.get(token.lemma_.lower()) or _EVENTS.get(token.lower_)


def _babies(verb: Token, refs, deps: frozenset[str]) -> list[Cluster]:
    """The named people a birth or loss verb is about: its object or passive subject (each of a
    coordination: "their son Oliver and daughter Isla"), or the name it describes."""
    args = [c for c in verb.children if c.dep_ in deps]
    if not args and verb.dep_ in ("acl", "relcl"):
        args = [verb.head]  # "Ava, born at 28 weeks,"
    found: list[Cluster] = []
    for arg in (a for head in args for a in (head, *head.conjuncts)):
        # "Jack", "their son Jack", "her son, Leo," — never the "her" of "her son"; a name's own
        # conjuncts too ("son Oliver and daughter Isla" hung as Isla on Oliver)
        names = [c for c in arg.children if c.dep_ in ("appos", "compound", "flat")]
        for t in (arg, *names, *(c for n in names for c in n.conjuncts)):
            person = _person(refs, t.i)
            if person is not None and person not in found:
                found.append(person)
    return found


def _birthday(doc: Doc, verb: Token, refs, max_age: int) -> tuple[Cluster, AgeRef] | None:
    """"Varga, who turns 24 next month", "Ann Lee turned 40 in March 2019": the age at a dated birthday.

    Without a date in the clause ("turns 24") it gives nothing: the birthday could be any day of a year.
    """
    if verb.pos_ != "VERB" or verb.i + 1 >= len(doc) or not doc[verb.i + 1].text.isdigit():
        return None
    number = doc[verb.i + 1]
    if number.dep_ not in ("dobj", "attr", "oprd", "npadvmod") or int(number.text) > max_age:
        return None
    if number.i + 1 < len(doc) and doc[number.i + 1].pos_ == "NOUN" and doc[number.i + 1].head.i == number.i:
        return None  # "turned 18 goals into ..."
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    person = _person(refs, subject.i) if subject is not None else None
    when = tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children
                 if c.dep_ in _WHEN_OF_EVENT)
    if person is None or not when:
        return None
    age = int(number.text)
    return person, UnitAgeRef(age, verb.idx, number.idx + len(number), False, age, "Y", "birthday", when)


def at_event(age: AgeRef, times) -> tuple[str | None, str | None, str | None] | None:
    """For an age at a birth or loss: (the event's date value, birth from, birth to); None for any other age.

    The date is the first DATE with both ends said in the event verb's clause; none said, all
    three are null. A birth is born within that date; a loss gives no birth interval.
    """
    event = getattr(age, "event", None)
    if event is None:
        return None
    for t in times:
        if t.type == "DATE" and t.earliest and t.latest and any(a <= t.start < b for a, b in age.when):
            if event == "birthday":  # N years old on a day of that date: born N years before it
                return t.value, *(shift_years(date.fromisoformat(d), -age.amount).isoformat()
                                  for d in (t.earliest, t.latest))
            return (t.value, t.earliest, t.latest) if event == "birth" else (t.value, None, None)
    return None, None, None


def _died_now(doc: Doc, verb: Token, refs) -> Cluster | None:
    """The person subject of a death verb whose clause names no year (so the death is the article's time)."""
    if verb.lemma_.lower() not in _DEATH_VERBS and verb.lower_ not in _DEATH_VERBS:
        return None
    if any(_YEAR.match(t.text) for c in verb.children if c.dep_ in _WHEN for t in c.subtree):
        return None  # "he died in 2010 at the age of 70": an age at a past time
    clause = verb
    while not any(c.dep_ in _SUBJECTS for c in clause.children) and clause.dep_ in ("conj", "xcomp") \
            and clause.head.i != clause.i:
        clause = clause.head  # "She retired and died at the age of 88"
    for child in clause.children:
        if child.dep_ in _SUBJECTS:
            return _person(refs, child.i)
    return None


def _decade(doc: Doc, token: Token, refs) -> tuple[Cluster, AgeRef] | None:
    """"in her 60s", "in his early forties": an approximate age, by decade."""
    match = _DECADE.match(token.text)
    decade = int(match.group(1)) * 10 if match else _DECADE_WORDS.get(token.lower_)
    if not decade:
        return None
    j = token.i - 1
    if j >= 0 and doc[j].lower_ in ("early", "mid", "late", "mid-"):
        j -= 1
    if j < 1 or doc[j].lower_ not in ("his", "her") or doc[j - 1].lower_ != "in":
        return None
    person = _person(refs, j)
    if person is None:
        return None
    return person, _span(doc, j - 1, token.i + 1, _Amount(decade), approximate=True)
