"""The shape of an article that says who "I" and "you" are: an interview without labels, a letter.

An interview: an introduction, then paragraphs that end in a question mark,
each followed by answers in the first person. The interviewee is the person
the introduction mentions most. A letter: a salutation ("Dear Hannah:") and
a signature (a short last paragraph of capitalized words, after "Yours," or
the like).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Span

from ..entities import Cluster, MentionRef

_MIN_QUESTIONS = 2
_QUESTION_CHARS = 600  # a longer paragraph ending in "?" is an answer that asks back
_SIGNATURE_TOKENS = 4
_SALUTATION_REACH = 8  # paragraphs of address and date a salutation may follow
_SIGNATURE_REACH = 3  # last paragraphs where the signature may stand (a P.S. may follow it)
_BYLINE_REACH = 2  # the byline stands first, or after a headline
DIALOGUE_SHARE = 5  # a text with more than one paragraph in this many quoted is a story told in dialogue
_AFTER_QUESTION = frozenset(" \"'”’)")  # what may close a question's paragraph after its mark
_FIRST = frozenset({"i", "me", "my", "mine", "myself", "we", "our", "us"})
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})


@dataclass(slots=True)
class Layout:
    """Stretches of text where first or second persons stand for one cluster."""

    turns: list[tuple[tuple[int, int], Cluster, frozenset[str]]] = field(default_factory=list)


def find_layout(
    doc: Doc, text: str, paragraphs: list[tuple[int, int]], people: list[Cluster], quoted, titled: TitledPerson | None = None
) -> Layout | None:
    """`text` is `doc.text`, which spaCy rebuilds at every access.

    titled: the person the article's title names, asked for only once the
    article has an interview's shape (`TitledPerson`).
    """
    return (
        _interview(doc, text, paragraphs, people, quoted, titled)
        or _letter(doc, text, paragraphs, people)
        or _byline(doc, text, paragraphs, people, quoted)
    )


class TitledPerson(Protocol):
    def __call__(self, *, interview_only: bool, intro_end: int) -> Cluster | None:
        """The person the title names; with `interview_only`, only one the title says was interviewed
        ("Interview with …"); else also a person the model finds in the title and the introduction names."""


def is_question(text: str, start: int, end: int) -> bool:
    """The paragraph text[start:end] ends in a question mark (before closing quotes and brackets) and is short.

    Read from its end, not sliced: every paragraph of every article is asked.
    """
    if end - start > _QUESTION_CHARS:
        return False
    while end > start and text[end - 1] in _AFTER_QUESTION:
        end -= 1
    return end > start and text[end - 1] == "?"


def _interview(doc: Doc, text: str, paragraphs, people: list[Cluster], quoted, titled) -> Layout | None:
    questions = [i for i, (s, e) in enumerate(paragraphs) if is_question(text, s, e) and not _quoted_at(doc, e, quoted)]
    found = _introduced(doc, paragraphs, people, questions, quoted, titled)
    if found is None and titled is not None:
        found = _untitled_intro(doc, paragraphs, questions, quoted, titled)
    if found is None:
        return None
    first, questions, person = found
    layout = Layout()
    for i in range(first, len(paragraphs)):
        persons = frozenset({"2"}) if i in questions else frozenset({"1"})
        layout.turns.append((paragraphs[i], person, persons))
    return layout


def _introduced(doc: Doc, paragraphs, people: list[Cluster], questions: list[int], quoted, titled):
    """A third-person introduction, then questions and first-person answers: (first turn, questions, interviewee)."""
    if len(questions) < _MIN_QUESTIONS or questions[0] == 0:
        return None
    first = questions[0]
    # the interviewer may open with a statement that addresses the interviewee ("I just wanted to
    # know if you had any thoughts …"): the first paragraph saying "you" then opens the questions
    addressing = next((i for i in range(1, first) if _addresses(doc, *paragraphs[i], quoted)), None)
    if addressing is not None:
        first = addressing
        questions = [first] + questions
    if any(_first_person(doc, *paragraphs[i], quoted, singular=True) for i in range(first)):
        return None  # the introduction of an interview is the reporter's narrative, not a speaker's turn
    answers = [i for i in range(first + 1, len(paragraphs)) if i not in questions]
    if sum(_first_person(doc, *paragraphs[i], quoted) for i in answers) < _MIN_QUESTIONS:
        return None
    intro_end = paragraphs[first][0]
    person = titled(interview_only=False, intro_end=intro_end) if titled is not None else None
    if person is None:
        counts = {c: sum(1 for m in c.mentions if m.start_char < intro_end) for c in people}
        best = max(counts.items(), key=lambda kv: (kv[1], -kv[0].first), default=(None, 0))
        if best[0] is None or best[1] == 0:
            return None
        person = best[0]
    return first, questions, person


def _untitled_intro(doc: Doc, paragraphs, questions: list[int], quoted, titled):
    """An interview whose title names the interviewee ("Interview with … Hugh McGuire"): the turns
    may start at once, with a question, a statement to "you" or an answer after a short introduction."""
    if not questions:
        return None
    first = next(
        i for i in range(len(paragraphs))
        if i in questions or _addresses(doc, *paragraphs[i], quoted) or _first_person(doc, *paragraphs[i], quoted, singular=True)
    )
    if first not in questions and _addresses(doc, *paragraphs[first], quoted):
        questions = [first] + questions
    answers = [i for i in range(first, len(paragraphs)) if i not in questions]
    if len(questions) < _MIN_QUESTIONS or not any(_first_person(doc, *paragraphs[i], quoted) for i in answers):
        return None
    person = titled(interview_only=True, intro_end=paragraphs[first][0])
    return (first, questions, person) if person is not None else None


def _quoted_at(doc: Doc, end: int, quoted) -> bool:
    """A paragraph whose question mark stands inside a quotation is a quoted question, not the interviewer's."""
    span = doc.char_span(max(end - 8, 0), end, alignment_mode="expand")
    mark = next((t for t in reversed(span) if t.text == "?"), None) if span is not None else None
    return mark is not None and mark.i in quoted


def _addresses(doc: Doc, start: int, end: int, quoted) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lower_ in ("you", "your") and t.i not in quoted for t in span)


def _first_person(doc: Doc, start: int, end: int, quoted, *, singular: bool = False) -> bool:
    words = _FIRST_SINGULAR if singular else _FIRST
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lower_ in words and t.text != "i" and t.i not in quoted for t in span)


def _letter(doc: Doc, text: str, paragraphs, people: list[Cluster]) -> Layout | None:
    """"Dear Hannah: … Yours, Bill": `you` is Hannah and `I` is Bill, between salutation and signature.

    The salutation may follow an address block ("Dear Hannah:", or a title and
    a name alone: "Dr. Pangborn,"); the signature is one of the last
    paragraphs, a few capitalized words after a closing formula that ends in a
    comma ("Love and faithful feelings," / "Respectfully, George Chriss").
    """
    if len(paragraphs) < 3:
        return None
    opening, named_from = _salutation(doc, text, paragraphs[:_SALUTATION_REACH])
    signed, signed_from = _signature_index(text, paragraphs, salutation=opening is not None)
    if opening is None and signed is None:
        return None
    to = None
    if opening is not None:
        to = _name_after(doc, named_from, paragraphs[opening][1], people)
    sign = _signature(doc, (signed_from, paragraphs[signed][1]), people) if signed is not None else None
    layout = Layout()
    body = (paragraphs[opening][1] if opening is not None else 0, paragraphs[signed][0] if signed else len(text))
    if to is not None:
        layout.turns.append((body, to, frozenset({"2"})))
    if sign is not None:
        layout.turns.append((body, sign, frozenset({"1"})))
    return layout if layout.turns else None


def _salutation(doc: Doc, text: str, head) -> tuple[int | None, int]:
    """The salutation's paragraph and where the addressee's name starts in it."""
    from . import sieve_lexicon  # the package imports this module

    lex = sieve_lexicon()
    titles, kin = lex.titles, lex.kin
    for i, (s, e) in enumerate(head):
        if text[s : s + 5].lower() == "dear ":
            return i, s + len("Dear ")
        if _last_char(text, s, e) not in (",", ":"):
            continue  # before splitting the paragraph: most are long and end otherwise
        words = text[s:e].split()
        if len(words) > _SIGNATURE_TOKENS:
            continue
        # alone on its line, with the comma or colon of an address: a title and a name ("Dr. Pangborn,"),
        # or a kin noun ("Mum,")
        first = words[0].lower().rstrip(".,:")
        if all(w[:1].isupper() for w in words) and (len(words) >= 2 and first in titles or len(words) == 1 and first in kin):
            return i, s
    return None, 0


def _last_char(text: str, start: int, end: int) -> str:
    """The last character of text[start:end] that is not a space ("" if none)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _signature_index(text: str, paragraphs, *, salutation: bool) -> tuple[int | None, int]:
    """The signature's paragraph and where the signer's name starts in it."""
    for i in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - _SIGNATURE_REACH, 0), -1):
        s, e = paragraphs[i]
        words = text[s:e].split()
        if words and len(words) <= _SIGNATURE_TOKENS and all(w[:1].isupper() for w in words):
            before = text[paragraphs[i - 1][0] : paragraphs[i - 1][1]].rstrip()
            if salutation or before.endswith(","):
                return i, s
        formula, comma, name = text[s:e].partition(", ")
        # "Respectfully, George Chriss": the closing formula and the name on one line
        if comma and formula[:1].isupper() and len(formula.split()) <= 3 and not any(c.isdigit() for c in formula):
            names = name.split()
            if 2 <= len(names) <= _SIGNATURE_TOKENS and all(w[:1].isupper() and w.isalpha() for w in names):
                return i, s + len(formula) + len(comma)
    return None, 0


def _byline(doc: Doc, text: str, paragraphs, people: list[Cluster], quoted) -> Layout | None:
    """"By Cory Doctorow" opening an essay or a column: its author is its unquoted `I`.

    Only a single author (several write "we", a group), and not in a story
    told in dialogue (a narrator is not the author: more than a fifth of its
    paragraphs are quotations).
    """
    k = next((i for i, (s, e) in enumerate(paragraphs[:_BYLINE_REACH]) if text[s : s + 3].lower() == "by "), None)
    skip = 3  # "By "
    if k is None and paragraphs and _named_alone(text, paragraphs[0], people):
        k, skip = 0, 0  # "Andrew D. Maynard" alone above an essay
    if k is None or len(paragraphs) < 3:
        return None
    s, e = paragraphs[k]
    names = text[s + skip : e].split()
    if not 2 <= len(names) <= _SIGNATURE_TOKENS or not all(w[:1].isupper() and w.rstrip(".").isalpha() for w in names):
        return None
    spoken = sum(1 for ps, pe in paragraphs if mostly_quoted(doc, ps, pe, quoted))
    if spoken * DIALOGUE_SHARE > len(paragraphs):
        return None
    author = _signature(doc, (s + skip, e), people)
    if author is None:
        return None
    layout = Layout()
    layout.turns.append(((e, len(text)), author, frozenset({"1"})))
    return layout


def _named_alone(text: str, paragraph: tuple[int, int], people: list[Cluster]) -> bool:
    """The paragraph is a person's name and nothing else: an author's line without "By"."""
    s, e = paragraph
    while e > s and text[e - 1].isspace():
        e -= 1
    return any(m.start_char == s and m.end_char == e for c in people if c.label == "PERSON" for m in c.mentions)


def mostly_quoted(doc: Doc, start: int, end: int, quoted) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and 2 * sum(t.i in quoted for t in span) > len(span)


def _name_after(doc: Doc, start: int, end: int, people: list[Cluster]) -> Cluster | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = []
    for token in span:
        if not (token.text[:1].isupper() or token.text == "."):
            break
        words.append(token)
    return None if _kin_word(words) else cluster_named(doc, words, people)


def _signature(doc: Doc, chars: tuple[int, int], people: list[Cluster]) -> Cluster | None:
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > _SIGNATURE_TOKENS or not all(t.text[:1].isupper() for t in words):
        return None
    return None if _kin_word(words) else cluster_named(doc, words, people)


def _kin_word(words) -> bool:
    """"Dear Mom,", "Mum,", "Love, Dad": the letter is to or from a relative the text never names — no person
    of the record called "Mom" (`not_names.txt` keeps "Mum" and "Dad" from being names elsewhere), and its you or
    I is better unresolved than given a kin word for a name."""
    from . import sieve_lexicon  # the package imports this module

    return len(words) == 1 and words[0].lower_ in sieve_lexicon().kin


def cluster_named(doc: Doc, words, people: list[Cluster]) -> Cluster | None:
    """The person these name words belong to; a new one when the article has not named them yet."""
    if not words:
        return None
    texts = {t.text for t in words}
    for cluster in people:
        if cluster.label == "PERSON" and texts & set(cluster.name_tokens or (cluster.name,)):
            return cluster
    span: Span = doc[words[0].i : words[-1].i + 1]
    cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=tuple(t.text for t in span))
    kind = "full" if len(span) > 1 else "single"
    cluster.add(MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, kind))
    people.append(cluster)  # numbered by the caller
    return cluster
