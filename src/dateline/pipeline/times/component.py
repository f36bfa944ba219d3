"""The `dateline_times` component: time expressions, normalized against the publication date.

Extraction is a grammar over the text (`grammar`), normalization reads
the slots of each match (`normalize`, `periods`); this module adds
what needs the parse: the tense of the clause (to place "Friday" before or
after publication), the filters that keep counts and codes from passing as
years, and the narrative anchor (the last time mentioned) that "a year
later" counts from. It fills `doc._.dl_times` and `doc._.dl_timeline`.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ... import lexicon
from ...readers.dates import parse_date
from ...records import TimeExpression
from . import events, words

from .timeline import build_timeline
from .context import Context, Norm
from .grammar import Match, grammar
from .normalize import duration_value, normalize
from .ranges import range_end

_MONTH_FIRST = lexicon.words("times/month_first_countries.txt")  # outlets' countries writing month-first dates
_OPEN_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})
_AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "LOC"})
_NOMINAL_DEPS = frozenset({"compound", "nmod", "amod", "poss", "dobj", "nsubj", "nsubjpass", "attr", "appos"})
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_SHORT_NUMERIC = re.compile(r"\d{1,2}/\d{1,2}")  # "12/12" of "from 12/12 to 23/12", as one token


# Also reads doc._.published and doc._.outlet, which the caller sets before the pipeline runs
# (dateline.analysis): they are input, not any component's output, so they are not in `requires`.
@Language.factory(
    "dateline_times",
    requires=["token.tag", "token.dep", "token.head", "token.lemma", "token.ent_type", "doc.sents", "doc._.dl_refs"],
    assigns=["doc._.dl_times", "doc._.dl_timeline", "doc._.dl_notes"],
)
def make_times(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger()


class TimeTagger:
    """Finds, normalizes and anchors the time expressions of a parsed Doc."""

    def __init__(self) -> None:
        self.grammar = grammar()
        tense = words.table("tense_words")
        self.future_aux = frozenset(k for k, v in tense.items() if v[0] == "aux")
        self.future_verbs = frozenset(k for k, v in tense.items() if v[0] == "verb")
        self.modals = frozenset(k for k, v in tense.items() if v[0] == "modal")
        self.prepositions = {k: v[0] for k, v in tense.items() if v[0] in ("since", "bound", "after")}
        self.schedule_verbs = frozenset(words.table("schedule_verbs"))
        self.sequence_verbs = frozenset(words.table("sequence_verbs"))
        self.coming_verbs = _pairs("times/coming_verbs.tsv")
        self.match_words = frozenset(words.table("match_words"))
        self.not_year_before = frozenset(words.table("not_year_before"))
        self.amount_words = frozenset(words.table("amount_words"))
        self.ambiguous_lower = frozenset(words.table("lowercase_ambiguous"))
        self.numeric_date_after = frozenset(words.table("numeric_date_after"))
        self.numeric_range_joiners = frozenset(words.table("numeric_range_joiners"))
        # the words after which "9/11" is a day of the calendar ("on 9/11"), not the event's name
        self.calendar_words = self.numeric_date_after - frozenset(words.table("numeric_event_before"))

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_times = times = self.times(doc)
        doc._.dl_timeline = build_timeline(doc, times)
        return doc

    def times(self, doc: Doc) -> list[TimeExpression]:
        country = outlet_country(doc._.outlet)
        ctx = Context(_publication(doc._.published), day_first=None if country is None else country not in _MONTH_FIRST,
                      now=_publication_time(doc._.published), country=country)
        anchor_id: str | None = None
        game_id: str | None = None  # the game's minute minutes count from ("Six minutes later")
        found: list[TimeExpression] = []
        text = extensions.text_of(doc)
        game: bool | None = None  # a match report? read only when a "half" needs it
        before: tuple[Match, Norm] | None = None  # the time found last, for the second end of a range
        for match in self.grammar.find(text):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            if self._names_event(match, span, text):
                match = Match(match.start, match.end, "numeric_event", {"numeric": match.slots["numeric"]})
            elif not self._keep(match, span):
                continue
            elif _half_of_a_game(match):
                if game is None:
                    game = len(self.match_words.intersection(t.lower_ for t in doc)) >= 2
                if game:
                    continue
            match, span = self._without_verb(match, span)
            if span[0].lower_ == "that" and span[0].dep_ == "mark":  # "warned that summer sales …": the
                found_rest = self._after_mark(match, span, text)  # conjunction, not "that summer"
                if found_rest is None:
                    continue
                match, span = found_rest
            tense = self.tense(span)
            if tense == "possible":  # a modal's clause looks ahead, but a lone weekday mostly dates the report
                tense = "present" if match.rule == "weekday" else "future"  # ("warned on Thursday that … could")
            if tense == "after_past":  # "were called shortly after 2am on Saturday": the Saturday before; but
                tense = "past" if any(words.weekday(t.text) for t in span) else None  # "raised … after May 31"
            ctx.tense, ctx.scheduled = ("future", True) if tense == "scheduled" else (tense, False)
            if "inprep" in match.slots and any(c.dep_ in ("relcl", "acl", "prep") and c.i >= span.end for c in span.root.children):
                # "in a quarter that produced a loss": a quarter described, not a point ahead
                match = Match(match.start, match.end, match.rule, {k: v for k, v in match.slots.items() if k != "inprep"})
            norm = normalize(match.rule, match.slots, ctx)
            if ctx.ambiguous:
                # reported by the caller, who knows the article's file and line (dateline.analysis)
                _note(doc, "W017", text=text[match.start : match.end], start=match.start)
                ctx.ambiguous = False
            if norm is None:
                continue
            norm = range_end(before, match, self._per_unit(match, span, norm), text, ctx)
            before = (match, norm)
            if match.rule == "weekday" and set(match.slots) == {"weekday"} and _indefinite(span):
                norm = Norm("DATE", f"XXXX-WXX-{words.weekday(match.slots['weekday'])}")  # "on a Monday": no one day
            tid = f"t{len(found) + 1}"
            anchor = (game_id if norm.game_clock else anchor_id) if norm.narrative else (
                "publication" if norm.relative else None)
            found.append(_record(tid, text, match, norm, anchor))
            if norm.game_clock:  # a game's minute is the narrative's clock time, without a calendar value
                ctx.game_clock, game_id = True, tid
            elif norm.period is not None and norm.type in ("DATE", "TIME") and norm.mod not in _OPEN_MODS and not norm.comparison:
                ctx.anchor, anchor_id, ctx.game_clock = norm.period, tid, False
                if not self._coming_period(norm.period, span, ctx):
                    ctx.last[norm.period.gran] = norm.period
        return found

    # -- filters ---------------------------------------------------------------

    def _names_event(self, match: Match, span: Span, text: str) -> bool:
        """Whether a numeric date without a year names an event ("since 9/11", "the 7/7 bombings")."""
        if match.rule != "date_numeric" or "short" not in match.slots:
            return False
        return events.names_event(text, match.start, match.end, calendar_words=self.calendar_words,
                                  verbless=_verbless(span))

    def _keep(self, match: Match, span: Span) -> bool:
        """False for words the grammar reads as times that the parse shows are not."""
        rule = match.rule
        if not self._name_is_time(match, span):
            return False
        if len(span) == 1:
            token = span[0]
            if token.tag_ in _VERB_TAGS and rule in ("month", "season", "ref", "weekday"):
                return False  # "may", "March", "fall" as verbs
            if rule in ("month", "weekday", "holiday") and token.ent_type_ in _NAME_ENTS:
                if not (rule == "holiday" and _alone_in_entity(token)):
                    return False  # "April" of April Smith, "August" of an ORG; but "Hogmanay" tagged PERSON is the day
            if rule == "frequency" and token.dep_ == "amod" and words.lookup("frequencies", token.text)[1:2] == ("no",):
                return False  # "quarterly dividend": a kind of dividend, not a time
        if words.season(span[-1].text) and _names_something(span):
            return False  # "the Winter Olympics", "Summer Games"
        if rule == "date_numeric" and "short" in match.slots:
            # "2/15" without a year: a date after "on", "by", "until"... or all but alone; else a fraction or a score
            before = span.doc[span.start - 1] if span.start > 0 else None
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if after is not None and (after.lower_ == "of" or words.unit(after.text) or after.like_num):
                return False  # "1/2 hour", "3/4 of"
            return (before is not None and before.lower_ in self.numeric_date_after) or (_verbless(span) and len(span.sent) <= 3) or (
                self._ends_numeric_range(span))
        if rule == "ref" and words.key(match.slots["ref"]) in ("current", "future"):
            # "the current system", "future generations" (TimeML marks them); not "the current" of a river
            return span[-1].tag_ == "JJ" and span[-1].dep_ == "amod"
        if rule == "dom_only" and set(match.slots) == {"dom"}:
            # "the 15th" alone: a day only after "on" ("on the 15th"), not "the 15th floor"
            before = span.doc[span.start - 1] if span.start > 0 else None
            after = span.doc[span.end] if span.end < len(span.doc) else None
            return before is not None and before.lower_ == "on" and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))
        if rule == "time" and _verb_am(span):
            return False  # "one am I", "nine am not": the verb "am", not a.m.
        if rule == "year" and set(match.slots) == {"year"}:
            return self._is_year(span)
        if rule == "duration" and not self._is_amount_of_time(match, span):
            return False
        if rule in ("units", "time") and set(match.slots) <= {"unit", "clock"}:
            # bare "years", "noon": times after a preposition ("for years", "at noon"), else mostly not
            return span.start > 0 and span.doc[span.start - 1].pos_ == "ADP" and (
                rule == "units" or words.clock(match.slots["clock"]) is not None and not match.slots["clock"][0].isdigit()
            ) or (rule == "time" and (any(c.isdigit() for c in match.slots["clock"]) or words.clock_time(match.slots["clock"]) is not None and (" " in match.slots["clock"] or _verbless(span) and len(span.sent) <= 3)))
        return True

    def _ends_numeric_range(self, span: Span) -> bool:
        """"from 12/12 to 23/12": a yearless numeric date after a joiner and another such date read as one."""
        start, doc = span.start, span.doc
        if start < 3 or doc[start - 1].lower_ not in self.numeric_range_joiners:
            return False
        first = doc[start - 2]
        return _SHORT_NUMERIC.fullmatch(first.text) is not None and doc[start - 3].lower_ in self.numeric_date_after

    def _without_verb(self, match: Match, span: Span) -> tuple[Match, Span]:
        """"will begin at 00:01 and last 24 hours": "last" the verb is not part of the amount of time."""
        lead = match.slots.get("lead")
        if match.rule != "duration" or not lead or len(span) < 2 or not span.text.startswith(lead):
            return match, span
        # the small model tags the verb "last" an adjective: with no "the", after a subject, a modal, "to" or
        # "and" ("storms last two days", "will last 24 hours"), it is the verb
        before = span.doc[span.start - 1] if span.start > 0 else None
        if span[0].lower_ != "last" or before is None or not (
                before.lower_ in ("and", "or", "to") or before.tag_ == "MD" or before.pos_ in ("NOUN", "PROPN", "PRON")):
            return match, span
        start = span[1].idx
        slots = {k: v for k, v in match.slots.items() if k != "lead"}
        return Match(start, match.end, match.rule, slots), span[1:]

    def _after_mark(self, match: Match, span: Span, text: str) -> tuple[Match, Span] | None:
        """The time expression after a conjunction "that" the grammar read as its determiner, if any."""
        if len(span) < 2:
            return None
        start = span[1].idx
        rest = next((m for m in self.grammar.find(text[start : match.end]) if m.start == 0), None)
        if rest is None:
            return None
        match = Match(start, start + rest.end, rest.rule, rest.slots)
        span = span.doc.char_span(match.start, match.end, alignment_mode="expand")
        return (match, span) if span is not None and self._keep(match, span) else None

    def _name_is_time(self, match: Match, span: Span) -> bool:
        """A month, weekday or holiday name in lower case is a time unless it is also a common word.

        One that is ("may", "sun", "lent", "august") is read as a time only with
        a number in the expression ("may 5", "lent 2018") or after "next", "last"
        or "this" where the parse does not make it a verb ("next sat").
        """
        name = match.slots.get("month") or match.slots.get("weekday") or match.slots.get("holiday")
        if not name or not name[:1].islower() or words.key(name).rstrip(".") not in self.ambiguous_lower:
            return True
        if any(t.like_num or t.text[:1].isdigit() for t in span):
            return True
        first = name.split()[0].lower()
        token = next((t for t in span if t.lower_.startswith(first)), None)
        before = span.doc[token.i - 1] if token is not None and token.i > span.start else None
        return before is not None and before.lower_ in ("next", "last", "this") and token.tag_ not in _VERB_TAGS

    def _is_amount_of_time(self, match: Match, span: Span) -> bool:
        """Not "a second group" (an ordinal) nor "three-quarters of the food" (a fraction)."""
        unit = words.key(match.slots.get("unit", ""))
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if following is None or "offset" in match.slots or "final_offset" in match.slots:
            return True
        if unit == "second" and following.pos_ in ("NOUN", "ADJ", "PROPN"):
            return False
        return not (unit.startswith("quarter") and following.lower_ == "of")

    def _is_year(self, span: Span) -> bool:
        """A bare four-digit number is a year unless it counts or codes something."""
        token = span[-1]
        doc = token.doc
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and (before.lower_ in self.not_year_before or before.text in ("$", "#")):
            return False
        if token.ent_type_ in _AMOUNT_ENTS:
            return False
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if before is not None and _acronym(before) and not (before.i > 0 and doc[before.i - 1].is_upper) and not (after is not None and after.pos_ == "NOUN"):
            return False  # "ABC 2000", "CSS 1998": a product's or a plan's name (not in an upper-case headline)
        if token.dep_ == "nummod" and token.head.i == token.i + 1 and token.head.tag_ == "NNS":
            # "2000 workers" counts; "the 1990 budget", "its 1989 results" name a year
            return before is not None and (before.pos_ in ("DET", "PRON") or before.tag_ == "POS")
        return True

    def _per_unit(self, match: Match, span: Span, norm: Norm) -> Norm:
        """"a year" after an amount ("$5 a year", "3% a year") recurs: a SET."""
        if match.rule != "duration" or norm.type != "DURATION" or set(match.slots) != {"amount", "unit"}:
            return norm
        if words.key(match.slots["amount"]) not in ("a", "an", "per"):
            return norm
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.tag_ == "NNS" and before.i > 0:
            before = span.doc[before.i - 1]  # "two sailings a day", "5,000 cars a day": the count of what recurs
        if before is None or not (before.like_num or before.lower_ in self.amount_words or before.ent_type_ in _AMOUNT_ENTS):
            return norm
        unit = words.unit(match.slots["unit"])
        return Norm("SET", duration_value(unit[1], unit[0])) if unit else norm

    # -- tense -------------------------------------------------------------------

    def tense(self, span: Span) -> str | None:
        """past, present or future of the clause a time dates; None when the time does not date the verb.

        "scheduled": the future of a verb of coming into force or starting (coming_verbs.tsv), which
        puts a date without a year ahead however far ("takes effect July 1" in August: next July).

        A sentence with no verb at all (a schedule line, a caption: "Thanksgiving
        at 5pm") names what is coming: future.

        Only times that modify the verb count ("met Friday", "in March"); a time
        inside a noun phrase ("the Jan. 14 deadline") or bounding the event
        ("extended to Nov. 16") is placed by distance alone. "since" is past.
        """
        token = span.root
        if _verbless(span):
            return "future"
        if token.dep_ == "poss":
            # "over Thursday's closing price": what a time owns is already there; in a clause that looks ahead
            # ("will appeal Wednesday's ruling", "will vote in Thursday's election") the nearer one
            return None if self._future_around(token) else "past"
        if token.dep_ in _NOMINAL_DEPS:
            return None
        bound = after = False
        if token.dep_ == "pobj":
            kind = self.prepositions.get(token.head.lower_)
            if kind == "since":
                return "past"
            if token.head.head.pos_ in ("NOUN", "PROPN"):
                return self._future_around(token)
            bound, after, token = kind in ("bound", "after"), kind == "after", token.head
        elif token.dep_ == "npadvmod" and token.head.pos_ == "ADJ" and self.prepositions.get(token.head.lower_) == "bound":
            bound, token = True, token.head  # "effective Feb. 1"
        verb = token
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX"):
                if verb.lemma_ in self.schedule_verbs and any(c.dep_ == "dobj" for c in verb.children):
                    return "future"  # "has scheduled a news conference Thursday": the event's time, still to come
                if (verb.lemma_ in self.schedule_verbs or verb.lemma_ in self.future_verbs) and _planned_noun(verb):
                    return None  # "a strike planned for Christmas Eve", "results expected after 1am on Friday":
                    # the plan's time, not the participle's past
                tense = self._verb_tense(verb, depth=0)
                if tense == "future" and self._coming(verb):
                    return "scheduled"  # "takes effect July 1", "will take effect July 1": only ahead
                # "will double by August" looks ahead; "was extended to Nov. 16" says nothing
                if after and tense == "past":
                    return "after_past"
                return tense if not bound or tense in ("future", "possible") else None
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _future_around(self, token) -> str | None:
        """A time inside a noun phrase is placed by distance, unless the clause around it looks ahead ("will
        double its flights by August", "will be named commander for a mission in December"): then future."""
        return "future" if self._nearest_verb_tense(token) in ("future", "possible") else None

    def _nearest_verb_tense(self, token) -> str | None:
        """The tense of the nearest verb above a token, through the nouns and prepositions between."""
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX"):
                return self._verb_tense(token, depth=0)
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _coming_period(self, period, span: Span, ctx: Context) -> bool:
        """A quarter or half not over by publication, said of what is not past ("will result in a fourth-quarter
        charge", "no estimate of fourth-quarter results"): not the period a report is about, which "the latest
        quarter" and "a year ago" go back to. The tense is the nearest verb's, through the nouns between."""
        if period.gran not in ("Q", "H") or ctx.dct is None or period.end < ctx.dct:
            return False
        tense = self._nearest_verb_tense(span.root)
        return tense is not None and tense != "past"

    def _verb_tense(self, verb, depth: int) -> str | None:
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {a.lower_ for a in aux}
        if lowers & self.future_aux or verb.lower_ in self.future_aux:
            return "future"
        if lowers & self.modals and verb.tag_ == "VB" and "have" not in lowers and not any(c.dep_ == "neg" for c in verb.children):
            return "possible"  # "could rise again in October": what may yet happen; "could not be reached" stays
        if "to" in lowers and verb.head.i != verb.i and depth < 2:
            if verb.head.lemma_ in self.future_verbs or (verb.head.lemma_ == "be" and verb.dep_ == "xcomp"):
                return "future"  # "expected to", and "is to resume trading Tuesday"
            return self._verb_tense(verb.head, depth + 1)
        if verb.tag_ == "VBG" and not aux and verb.dep_ in _PARTICIPLE_DEPS and verb.head.i != verb.i and depth < 2:
            # "has fluctuated sharply, rising to a high in June from $29.75 in March": the participle's time
            # is the tense of the verb it hangs on
            return self._verb_tense(verb.head, depth + 1) if verb.head.pos_ in ("VERB", "AUX") else None
        if verb.tag_ == "VBN" and not aux and verb.lemma_ in self.sequence_verbs and verb.head.i != verb.i and depth < 2:
            # "will host a briefing, followed by a visit on Friday": what follows (or precedes) an event is
            # placed by that event's clause, not by the participle's past form
            return self._nearest_verb_tense(verb.head) if verb.head.pos_ not in ("VERB", "AUX") else self._verb_tense(verb.head, depth + 1)
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return "past"
        if verb.tag_ == "VBN" and (lowers & {"has", "have", "'ve", "had"} or not aux):
            return "past"
        if verb.lemma_ in self.future_verbs and verb.tag_ == "VBN" and lowers & {"is", "are", "'s", "'re"}:
            return "future"  # "is expected", "are scheduled"
        if verb.tag_ in ("VBZ", "VBP") and not aux and self._coming(verb):
            return "future"  # "takes effect July 1": the simple present of a schedule
        return "present"

    def _coming(self, verb) -> bool:
        needs = self.coming_verbs.get(verb.lemma_.lower())
        if needs is None:
            return False
        return "" in needs or any(c.lower_ in needs for c in verb.children if c.dep_ in ("dobj", "prep", "prt"))


def _planned_noun(verb) -> bool:
    """A bare participle of planning or expecting describing the event ("a strike planned for Christmas Eve", "a
    service planned for Saturday was canceled", "the first results expected after 1am on Friday"): its past form says nothing of when the event is, so the date
    is the nearest one (Christmas Eve five days ahead, Saturday yesterday in a Sunday's paper)."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _verb_am(span: Span) -> bool:
    """Whether a time's last word "am" is the verb: a word of its own before a word that follows a verb
    ("one am I", "nine am not"); "10am to 4pm", written as one, is a.m."""
    doc, last = span.doc, span[-1]
    if last.lower_ != "am" or span.end >= len(doc) or doc[span.end].pos_ not in _AFTER_VERB_AM:
        return False
    return len(span) == 1 or last.idx > span[-2].idx + len(span[-2])


def _pairs(name: str) -> dict[str, frozenset[str]]:
    """A list of verbs, each with the words one of which must follow it ("" when none need)."""
    pairs: dict[str, set[str]] = {}
    for line in lexicon.lines(name):
        verb, _, word = line.partition("\t")
        pairs.setdefault(verb.strip().lower(), set()).add(word.strip().lower())
    return {k: frozenset(v) for k, v in pairs.items()}


def day_first(outlet: str | None) -> bool | None:
    """Whether an outlet writes numeric dates day-first, by the country in its domain or language tag.

    "bbc.co.uk", "en-GB", "lemonde.fr" are day-first; "en-US" and ".us" are
    month-first; a bare ".com" or no outlet is not known.
    """
    code = outlet_country(outlet)
    return None if code is None else code not in _MONTH_FIRST


def outlet_country(outlet: str | None) -> str | None:
    """The country code of an outlet's domain ("bbc.co.uk": "uk") or language tag ("en-GB": "gb"), else None."""
    if not outlet:
        return None
    text = outlet.lower().strip()
    host = re.sub(r"^[a-z]+://", "", text).split("/")[0]
    code = host.rsplit(".", 1)[-1] if "." in host else None
    if code is None or len(code) != 2:
        m = re.fullmatch(r"[a-z]{2,3}[-_]([a-z]{2})", text)
        code = m.group(1) if m else None
    return code


# What follows "am" the verb and not "am" the half of the day ("ten am tomorrow", "ten am on Monday").
_AFTER_VERB_AM = frozenset({"PRON", "DET", "ADJ", "VERB", "AUX", "ADV", "PART"})


def _half_of_a_game(match: Match) -> bool:
    """"the second half" with no year, in a match report: the game's half, which no calendar dates."""
    slots = match.slots
    return match.rule == "period" and words.key(slots.get("head", "")) == "half" and not {"year", "pyear"} & set(slots)


def _note(doc: Doc, code: str, **fields) -> None:
    """A warning about the text, kept on the Doc: a component does not know which file the text came from."""
    if doc._.dl_notes is None:
        doc._.dl_notes = []
    doc._.dl_notes.append((code, fields))


def _alone_in_entity(token) -> bool:
    """The token is the model's whole entity: "Hogmanay" mislabelled PERSON, not "Christmas" of "Christmas Jones"."""
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _acronym(token) -> bool:
    """An upper-case word of letters that is not a time word ("ABC", not "JAN", "GMT" or "FY")."""
    text = token.text
    if not (token.is_upper and token.is_alpha and len(text) >= 2):
        return False
    return not (words.month(text) or words.weekday(text) is not None or words.lookup("timezones", text) or words.lookup("year_prefixes", text) or words.unit(text))


def _indefinite(span: Span) -> bool:
    """A weekday after its own "a" ("spoke on a Monday"): some Monday, not one; "a Monday meeting" is the meeting's."""
    root = span.root
    det = span.doc[span.start - 1] if span.start > 0 else None
    return det is not None and det.lower_ in ("a", "an") and det.head.i == root.i and root.dep_ != "compound"


def _verbless(span: Span) -> bool:
    """Whether the sentence of a time has no verb outside the time itself (needs the tagger and sentences)."""
    doc = span.doc
    if not (doc.has_annotation("SENT_START") and doc.has_annotation("POS")):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in span.sent if not span.start <= t.i < span.end)


def _names_something(span: Span) -> bool:
    """A capitalized last word inside a sentence followed by another: part of a name."""
    last = span[-1]
    after = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    return last.text[:1].isupper() and not last.is_sent_start and after is not None and after.text[:1].isupper()


def _publication(value: str | None) -> date | None:
    """The publication date; lenient, as callers may set crawler dates ("26-FEB-1987 15:01:01.79")."""
    day = parse_date(value) if value else None
    return date.fromisoformat(day) if day else None


_CLOCK_OF = re.compile(r"[T ](\d\d):(\d\d)(?::(\d\d))?")


def _publication_time(value: str | None) -> tuple[int, int, int] | None:
    """The clock time of a publication datetime ("2013-02-12T04:30:00"), when it has one."""
    m = _CLOCK_OF.search(value) if isinstance(value, str) and len(value) > 10 else None
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) if m else None


def _record(tid: str, text: str, match: Match, norm: Norm, anchor: str | None) -> TimeExpression:
    return TimeExpression(
        id=tid,
        text=text[match.start : match.end],
        start=match.start,
        end=match.end,
        type=norm.type,
        value=norm.value,
        mod=norm.mod,
        earliest=norm.earliest.isoformat() if norm.earliest else None,
        latest=norm.latest.isoformat() if norm.latest else None,
        anchor=anchor if norm.type in ("DATE", "TIME") else None,
    )
