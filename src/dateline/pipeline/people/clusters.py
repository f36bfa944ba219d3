"""The `dateline_people` component: people and organizations as clusters of mentions.

A full name starts a person; surnames, first names and possessives that match
it join it, even where the small model labels them ORG or misses them (every
"Legend" of the founding article is John Legend). Pronouns and descriptions
are resolved afterwards by `coref`.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from functools import cache
from operator import attrgetter

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ... import lexicon
from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ..extensions import text_of
from ..times import words as time_words
from ..times.phrase import is_time_phrase
from . import name_filters, scan, sieve
from .coref import WINDOW, resolve_references
from .entities import WRITTEN_NAME_KINDS, Cluster, MentionRef
from .sieve.clusters import renumber

# Labels the small model gives to single surnames it does not know as people.
_MISLABELS = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ORG_LABELS = frozenset({"ORG"})
# The same labels as the StringStore's keys (a symbol for most labels, else a hash), which `Span.label` gives
# without a lookup of the string.
_PERSON_KEY = get_string_id("PERSON")
_MISLABEL_KEYS = frozenset(get_string_id(label) for label in _MISLABELS)
_ORG_KEYS = frozenset(get_string_id(label) for label in _ORG_LABELS)
_START = attrgetter("start")
# The same as the arrays' values, for the organizations' trimming.
_POSSESSIVE_KEYS = frozenset(get_string_id(s) for s in _POSSESSIVE)
_SUBJECT_KEYS = frozenset(get_string_id(s) for s in sieve.names.SUBJECT_DEPS)
_FINAL_KEYS = frozenset(get_string_id(s) for s in (".", ")", ".)"))  # a final mark kept: `text in ".)"`
_THE, _THE_CAPITAL = get_string_id("the"), get_string_id("The")
_COMMA = get_string_id(",")
_PROPN = IDS["PROPN"]


RESOLVERS = ("sieve", "legacy")


@Language.factory(
    "dateline_people",
    requires=["doc.ents", "token.ent_iob", "token.ent_type", "token.dep", "token.head", "token.tag", "doc.sents"],
    assigns=["doc._.dl_people", "doc._.dl_orgs", "doc._.dl_refs", "doc._.dl_resolver"],
    default_config={"window": WINDOW, "resolver": "sieve"},
)
def make_people(nlp: Language, name: str, window: int, resolver: str) -> PeopleFinder:
    return PeopleFinder(window=window, resolver=resolver)


class PeopleFinder:
    """Clusters PERSON and ORG entities of a parsed Doc into people and organizations.


    `resolver`: "sieve" (the multi-pass resolver in `sieve/`) or "legacy"
    (names plus the one-pass `coref` linking of he/she and role nouns), kept
    for side-by-side evaluation. `window`: sentences a legacy pronoun may reach back.
    """

    def __init__(self, *, window: int = WINDOW, resolver: str = "sieve") -> None:
        if resolver not in RESOLVERS:
            raise ValueError(f"resolver must be one of {RESOLVERS}, not {resolver!r}")
        self.resolver = resolver
        self.window = window  # sentences a pronoun may reach back
        honorifics = lexicon.table("honorifics.tsv")
        self.titles = {k.lower().rstrip("."): (v[0] if v else "") for k, v in honorifics.items()}
        self.roles = lexicon.lower_table("role_nouns.tsv")
        self.kin = lexicon.lower_table("kinship.tsv")
        self.not_names = lexicon.words("not_names.txt")
        self.person_nouns = lexicon.lower_table("wordnet_nouns.tsv")
        self.first_names = lexicon.lower_table("coref/first_names.tsv")
        self.subject_pronouns = {
            word: row for word, row in lexicon.lower_table("pronouns.tsv").items()
            if row[0] in ("male", "female") and row[2] == "subject"
        }
        self.units = lexicon.words("coref/currency_words.txt")

    def __call__(self, doc: Doc) -> Doc:
        refs: dict[int, Cluster] = {}
        scan.prefetch(doc)
        ents = name_filters.rejoined_places(doc, scan.entities(doc))  # built once: each access makes a Span of every entity
        people = self._people(doc, refs, ents)
        orgs = self._organizations(doc, refs, ents)
        if self.resolver == "sieve":
            people, orgs = sieve.resolve(doc, people, orgs, refs)
        else:
            resolve_references(doc, people, refs, roles=self.roles, window=self.window)
        for cluster in people:
            cluster.mentions.sort(key=_START)
        underscore = doc._  # each `doc._` is a new object
        underscore.dl_people = people
        underscore.dl_orgs = orgs
        underscore.dl_refs = refs
        underscore.dl_resolver = self.resolver
        scan.release(doc, hand_on=True)  # a Doc kept for the next components holds no columns (the dialogue's two aside)
        return doc

    # -- names -------------------------------------------------------------

    def _people(self, doc: Doc, refs: dict[int, Cluster], ents: tuple[Span, ...]) -> list[Cluster]:
        names, singles, mislabelled, shouted, plurals = [], [], [], [], []
        pos = scan.column(doc, POS)  # a name part is a proper noun: no Token of the word before the others
        for ent in ents:
            start, end, label = ent.start, ent.end, ent.label
            if end - start == 1 and (label == _PERSON_KEY or label in _ORG_KEYS) and name_filters.people_noun(doc, start):
                plurals.append(ent)  # "Aides said", "Neighbours said": a group of people
            elif end - start >= 3 and (label == _PERSON_KEY or label in _ORG_KEYS) and (
                cut := name_filters.after_a_place(doc, start, end)
            ) > start:
                if (span := self._trim(doc, cut, end)) is not None:  # "the Netherlands Lotte Wilms": the place left out
                    names.append(span)
            elif label == _PERSON_KEY:
                if name_filters.role_label(doc, start, end):
                    continue
                span = self._trim(doc, start, end)
                if span is not None:
                    (names if len(span) > 1 else singles).append(span)
            elif end - start >= 4 and label in _MISLABEL_KEYS and (
                tail := self._name_after_comma(doc, start, end)
            ) is not None:
                names.append(tail)  # "The mayor of Bristol, Marvin Rees," labelled ORG as one name
            elif end - start == 1 and label in _MISLABEL_KEYS and start > 0 and pos[start - 1] == _PROPN:
                if self._is_name_part(doc[start - 1], doc[start]):
                    mislabelled.append(doc[start - 1 : end])
            elif end - start == 1 and label in _MISLABEL_KEYS and ent.text.isupper():
                shouted.append(ent)  # "HOLT said", tagged ORG: the surname of the article's Dana Holt?
        names = self._first_names_of_mislabelled(names, mislabelled)
        names = self._unlabelled_full_names(doc, names)
        clusters: list[Cluster] = []
        by_token: dict[str, list[Cluster]] = defaultdict(list)
        self._starts: dict[Cluster, list[int]] = defaultdict(list)  # each cluster's mention starts, sorted
        self._subjects: dict[Cluster, list[int]] = defaultdict(list)  # the starts of its mentions that are subjects
        for span in names:
            self._add_full_name(span, clusters, by_token, refs)
        full_at = {span.start: span for span in names}
        for span in singles:
            if span.start in refs:
                continue
            if name_filters.family(doc, span, by_token):
                self._group(span, clusters, refs)
            elif not self._attach(span, by_token, refs, self._title_gender(doc, span.start)):
                tokens = name_filters.shared_surname(doc, span, full_at)
                cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=tokens)
                clusters.append(cluster)
                for word in dict.fromkeys((span.text, tokens[-1])):
                    by_token[word].append(cluster)
                self._mention(cluster, span, "single" if len(tokens) == 1 else "first", refs)
        for ent in plurals:
            if ent.start not in refs:
                self._group(ent, clusters, refs)
        for ent in shouted:
            if ent.start not in refs and (pool := self._upper_case_pool(ent, by_token)):
                self._attach(ent, {ent.text: pool}, refs)
        self._attach_unlabelled(doc, by_token, refs)
        return self._finish(doc, clusters, "p")

    def _before_role(self, doc: Doc, start: int, end: int) -> int:
        """"State Department Spokesperson": an organization's name ends before the role noun of its person.

        Not in a name with a preposition ("Office of the Mayor", "Award for Best Actress").
        """
        lower = scan.column(doc, LOWER)[end - 1] if end - start >= 2 else None  # the array: no Token for most names
        if lower is None or doc.vocab.strings[lower] not in self.roles or any(t.pos_ == "ADP" for t in doc[start:end]):
            return end
        return end - 1

    def _name_after_comma(self, doc: Doc, start: int, end: int) -> Span | None:
        """"Bristol, Marvin Rees" that the model labelled one ORG: a place and the appositive person after it.

        The part after the entity's last comma is a person's full name when it is two or more capitalized
        proper nouns opening with a known first name ("Skadden, Arps" and "Paris, Texas" are no such name).
        Asked only of an entity of four tokens or more.
        """
        orth, lower, strings = scan.column(doc, ORTH), scan.column(doc, LOWER), doc.vocab.strings  # no Tokens yet
        comma = next((i for i in range(end - 2, start, -1) if orth[i] == _COMMA), None)
        if comma is None or end - comma - 1 < 2 or strings[lower[comma + 1]] not in self.first_names:
            return None
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[comma + 1 : end]):
            return None
        return self._trim(doc, comma + 1, end)

    @staticmethod
    def _first_names_of_mislabelled(names: list[Span], mislabelled: list[Span]) -> list[Span]:
        """"Chrissy Teigen" whose "Teigen" the model labelled ORG, beside a "Vilailuck Teigen" it labelled PERSON.

        A first name before a one-word entity of another type is a full name when a person's full name
        of the article ends in that word, so the two are told apart by their first names.
        """
        surnames = {span[-1].text for span in names}
        found = [span for span in mislabelled if span[-1].text in surnames]
        return sorted(names + found, key=lambda span: span.start) if found else names

    def _unlabelled_full_names(self, doc: Doc, names: list[Span]) -> list[Span]:
        """"Jared Tristan Padalecki (born 1982) is …" that the model left untagged, beside its "Sherri Padalecki".

        A run of capitalized proper nouns ending in the surname of one of the article's full names, and
        starting with a known first name (not "Basse Terre", "Single Man"), is a full name of its own: without it, its last word alone joins that other person by the surname,
        and the pronouns of the one the article is about follow it there.
        """
        surnames = {span[-1].text for span in names}
        if not surnames:
            return names
        taken = {i for span in names for i in range(span.start, span.end)}
        found = []
        for i in scan.indices(doc, texts=surnames):
            token = doc[i]
            if i in taken or token.ent_type_ or token.pos_ != "PROPN":
                continue
            start = i
            while start > 0 and start - 1 not in taken and self._is_name_part(doc[start - 1], doc[start]):
                start -= 1
            if start < i and doc[start].lower_ in lexicon.lower_table("coref/first_names.tsv"):
                found.append(doc[start : i + 1])
        return sorted(names + found, key=lambda span: span.start) if found else names

    def _trim(self, doc: Doc, start: int, end: int) -> Span | None:
        """Drop titles ("President", "Mr.") and possessive marks; add first names the model left out."""
        # The arrays first, a Token only where they allow: a name part is a proper noun.
        orth, lower, pos, space = scan.columns(doc, (ORTH, LOWER, POS, IS_SPACE))
        while end > start and (orth[end - 1] in _POSSESSIVE_KEYS or space[end - 1]):
            end -= 1
        while start < end - 1 and self._is_title_word(doc.vocab.strings[lower[start]]):
            start += 1
        while start > 0 and pos[start - 1] == _PROPN and self._is_name_part(doc[start - 1], doc[start]):
            start -= 1
        if end - start >= 3 and doc[start].is_sent_start and self._person_noun(doc[start]):
            start += 1  # "Fisherman Alan Pascoe, 61, said": a capitalized noun opening the sentence
        end = _before_place(doc, start, end, self._is_title)
        if start >= end or not doc[end - 1].text[:1].isupper() or time_phrase(doc[start:end]):
            return None
        if end - start == 1 and name_filters.common_word(doc, start):
            return None
        strings = doc.vocab.strings
        if any(strings[key].rstrip(".") in self.units for key in lower[start:end]):
            return None  # "N.Z. Dlrs 10 mln": an amount's unit, not a person
        return doc[start:end]

    def _person_noun(self, token: Token) -> bool:
        """A word whose first WordNet sense is a person ("Fisherman"), capitalized only as the sentence's first."""
        return token.text[:1].isupper() and self.person_nouns.get(token.lower_) == ("person",)

    def _is_title(self, token: Token) -> bool:
        return self._is_title_word(token.lower_)

    def _is_title_word(self, lower: str) -> bool:
        """A title, role noun or "the", given the word's lower case."""
        lower = lower.rstrip(".")
        return lower in self.titles or lower in self.roles or lower == "the"

    def _is_name_part(self, token: Token, following: Token) -> bool:
        """A capitalized proper noun the model left out of a name ("Chrissy" of "Chrissy Teigen")."""
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and not token.ent_type_
            and token.dep_ in ("compound", "flat")
            and token.head.i >= following.i
            and not self._is_title(token)
            and token.whitespace_ == " "
        )

    def _add_full_name(self, span: Span, clusters, by_token, refs) -> None:
        tokens = tuple(t.text for t in span)
        if span.text.isupper():  # "RITA VANCE" of a transcript's label: the article's Rita Vance
            cased = tuple(t.title() for t in tokens)
            known = [c for c in by_token.get(cased[-1], ()) if c.name_tokens == cased]
            if known:
                self._mention(known[0], span, "full", refs)
                return
        for cluster in by_token.get(tokens[-1], ()):
            if cluster.name_tokens[-1] == tokens[-1] and _compatible_first(cluster.name_tokens[0], tokens[0]) and (
                self.resolver == "legacy" or sieve.names.compatible_middles(cluster.name_tokens, tokens)
            ):
                if len(tokens) > len(cluster.name_tokens):
                    cluster.name_tokens = tokens
                self._mention(cluster, span, "full", refs)
                return
        cluster = Cluster(id="", label="PERSON", name_tokens=tokens)
        clusters.append(cluster)
        by_token[tokens[-1]].append(cluster)
        by_token[tokens[0]].append(cluster)
        self._mention(cluster, span, "full", refs)

    def _attach(self, span: Span, by_token, refs, gender: str = "") -> bool:
        """Join a one-word name to the person it is the surname or first name of.

        A title's gender keeps "Mrs Smith" from the article's Mr Smith (or John Smith): with no person of
        the name left who may bear it, the name starts a person of its own.
        """
        candidates = by_token.get(span.text) or self._upper_case_pool(span, by_token)
        if not candidates:
            return False
        surnames = [c for c in candidates if c.name_tokens[-1] in (span.text, span.text.title())]
        pool = surnames or candidates
        if gender:
            pool = [c for c in pool if self._gender_of(c) in ("", gender)]
            if not pool:
                return False
        if len(pool) > 1 and (said := self._sentence_gender(span)):
            pool = [c for c in pool if self._gender_of(c) in ("", said)] or pool  # only a known other gender goes
        cluster = _salient(pool, span.start, self._starts, self._subjects) if len(pool) > 1 else pool[0]
        kind = "surname" if surnames and len(cluster.name_tokens) > 1 else "first"
        if len(cluster.name_tokens) == 1:
            kind = "single"
        elif kind == "surname" and cluster.name == cluster.name_tokens[0]:
            cluster.name = " ".join(cluster.name_tokens)  # "John" of "John and Mary Smith", called "Mr Smith" since
        self._mention(cluster, span, kind, refs)
        return True

    def _sentence_gender(self, span: Span) -> str:
        """The gender of the subject pronouns outside quotation marks in a name's sentence, when they agree.

        "Grant said that she would publish the data", after a Sophie Grant and a Tom Grant: the "she" of the
        sentence tells which Grant it is; the most recently named one is the wrong guess as often as not.
        """
        quoted = scan.kept(span.doc, "quoted", lambda: scan.quoted_tokens(span.doc))
        genders = {
            row[0]
            for t in span.sent
            if t.pos_ == "PRON" and not quoted[t.i] and (row := self.subject_pronouns.get(t.lower_))
        }
        return genders.pop() if len(genders) == 1 else ""

    @staticmethod
    def _upper_case_pool(span: Span, by_token) -> list[Cluster]:
        """"BENENSON" of a transcript's label: the people of the article's "Joel Benenson" (the name's surname)."""
        text = span.text
        if len(text) < 3 or not text.isupper() or not text.isalpha():
            return []
        return [c for c in by_token.get(text.title(), ()) if len(c.name_tokens) > 1 and c.name_tokens[-1] == text.title()]

    def _title_gender(self, doc: Doc, start: int) -> str:
        """The gender of the honorific just before a name ("Mrs" of "Mrs Smith", "Mrs." of "Mr. and Mrs. Smith")."""
        return self.titles.get(doc[start - 1].lower_.rstrip("."), "") if start > 0 else ""

    def _gender_of(self, cluster: Cluster) -> str:
        """A person's gender so far: the titles and kin words before its names, else its first name's."""
        evidence = cluster.gender_evidence
        if evidence["male"] != evidence["female"]:
            return "male" if evidence["male"] > evidence["female"] else "female"
        if len(cluster.name_tokens) > 1:
            row = self.first_names.get(cluster.name_tokens[0].lower())
            if row and row[0] in ("male", "female"):
                return row[0]
        return ""

    def _group(self, span: Span, clusters: list[Cluster], refs) -> None:
        """A family's or plural's cluster: a group (a plural pronoun's antecedent, no person of the record)."""
        cluster = next((c for c in clusters if c.group and c.name == span.text), None)
        if cluster is None:
            cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=(span.text,), group=True)
            clusters.append(cluster)
        self._mention(cluster, span, "single", refs)

    def _attach_unlabelled(self, doc: Doc, by_token, refs) -> None:
        """Known name words that the model labelled otherwise, or not at all."""
        for i in scan.indices(doc, texts=by_token):
            if i in refs:  # most are the names themselves: no Token for them
                continue
            token = doc[i]
            if not token.text[:1].isupper():
                continue
            if token.ent_type_ and (token.ent_type_ not in _MISLABELS or _ent_length(doc, token) > 1
                                    and not sieve.names.runs_into_own_verb(token)):
                continue
            if token.pos_ not in ("PROPN", "NOUN") and not token.ent_type_:
                continue
            self._attach(doc[token.i : token.i + 1], by_token, refs, self._title_gender(doc, token.i))

    def _mention(self, cluster: Cluster, span: Span, kind: str, refs) -> None:
        doc = span.doc
        if span.end < len(doc) and doc[span.end].text in _POSSESSIVE:
            kind = "possessive"
        root = span.root  # found once: `Span.root` walks the span's Tokens
        subject = root.dep_ in _SUBJECT_DEPS or (root.dep_ == "conj" and root.head.dep_ in _SUBJECT_DEPS)
        text = text_of(doc)[span.start_char : span.end_char]  # `span.text`, without a Token per word
        cluster.add(MentionRef(span.start, span.end, span.start_char, span.end_char, text, kind, subject))
        insort(self._starts[cluster], span.start)
        if subject:
            insort(self._subjects[cluster], span.start)
        for i in range(span.start, span.end):
            refs[i] = cluster
        self._title_evidence(doc, span, cluster)

    def _title_evidence(self, doc: Doc, span: Span, cluster: Cluster) -> None:
        """Gender from the words just before a name ("Mr.", "son")."""
        i = span.start - 1
        if i < 0:
            return
        prev = doc[i]
        lower = prev.lower_.rstrip(".")
        gender = self.titles.get(lower)
        if gender:
            cluster.gender_evidence[gender] += 1
        j = i - 1 if prev.text == "," and i > 0 else i
        kin = self.kin.get(doc[j].lower_)
        if kin and kin[0]:
            cluster.gender_evidence[kin[0]] += 1

    def _finish(self, doc: Doc, clusters: list[Cluster], prefix: str) -> list[Cluster]:
        clusters = renumber(clusters, prefix)
        for cluster in clusters:
            if not cluster.name:
                cluster.name = _clean_name(_fullest(cluster))
        return clusters

    # -- organizations -----------------------------------------------------

    def _organizations(self, doc: Doc, refs: dict[int, Cluster], ents: tuple[Span, ...]) -> list[Cluster]:
        by_key: dict[str, Cluster] = {}
        # The trimming reads the arrays, not a Token per word; the name's text is a slice of the Doc's.
        orth, lower, dep, space, punct = scan.columns(doc, (ORTH, LOWER, DEP, IS_SPACE, IS_PUNCT))
        strings, whole = doc.vocab.strings, text_of(doc)
        for ent in ents:
            start, end = ent.start, ent.end
            if ent.label not in _ORG_KEYS or any(i in refs for i in range(start, end)):
                continue
            if name_filters.role_label(doc, start, end):
                continue
            if dep[start] in _SUBJECT_KEYS and sieve.names.runs_into_own_verb(doc[start]):
                continue  # "Byron composed Thyrza": no organization's name
            while end > start and orth[end - 1] in _POSSESSIVE_KEYS:
                end -= 1
            while start < end and (lower[start] == _THE or punct[start]):
                start += 1
            while end > start and (space[end - 1] or punct[end - 1] and orth[end - 1] not in _FINAL_KEYS):
                end -= 1
            end = self._before_role(doc, start, end)
            start = _with_article(doc, start, end, refs)
            # Names are capitalized: "jargon-free" or "state" labelled ORG are the model's slips.
            initial = strings[orth[start]][:1] if start < end else ""
            if not (initial.isupper() or initial.isdigit()):
                continue
            span = doc[start:end]
            text = whole[span.start_char : span.end_char]  # `span.text`, without a Token per word
            if time_phrase(span) or not any(c.isalpha() for c in text):
                continue  # "03/04/2022" labelled ORG: a name has a letter
            key = text.lower().removeprefix("the ")  # "The Hill" and "Hill" are one organization
            cluster = by_key.get(key)
            if cluster is None:
                cluster = by_key[key] = Cluster(id="", label="ORG", name=text)
            elif len(text) > len(cluster.name):
                cluster.name = text
            kind = "possessive" if end < len(orth) and orth[end] in _POSSESSIVE_KEYS else "name"
            cluster.add(MentionRef(start, end, span.start_char, span.end_char, text, kind))
            for i in range(start, end):
                refs[i] = cluster
        return self._finish(doc, list(by_key.values()), "o")


def _with_article(doc: Doc, start: int, end: int, refs) -> int:
    """The start of an organization's name with the capital "The" it prints inside a sentence ("As The Hill reported").

    Mid-sentence a capital "The" is part of the name (an outlet's, mostly), whether or not the model's entity
    took it in; at a sentence's start the capital tells nothing, and the article is left out.
    """
    k = start - 1
    if start < end and k >= 0 and scan.column(doc, ORTH)[k] == _THE_CAPITAL and not doc[k].is_sent_start and k not in refs:
        return k
    return start


def time_phrase(span: Span) -> bool:
    """"Last Easter", "next Christmas", "Christmas Eve", "Easter Sunday": a time the model labelled a name.

    A month or weekday alone is not enough ("April", "June" are names too). What a time is, the time
    component's grammar says (`times.phrase`); the first word is the cheap test before it.
    """
    doc = span.doc  # the first word read on the LOWER column: most names' is no time's, and no Token is made
    if doc.vocab.strings[scan.column(doc, LOWER)[span.start]] not in _time_starts():
        return False
    if len(span) == 1:  # one word: only a holiday ("Easter") is surely a time
        return time_words.holiday(span.text) is not None
    return is_time_phrase(span.text)


@cache
def _time_starts() -> frozenset[str]:
    """The lower-case words a time phrase can start with: a relative word, or the first word of a holiday, month,
    weekday or season."""
    files = ("relative", "holidays", "months", "month_abbreviations", "weekdays", "seasons")
    names = [name for f in files for name in lexicon.table(f"times/{f}.tsv")]
    firsts = [name.split()[0].lower() for name in names if name.strip()]
    return frozenset(firsts + [w.replace("’", "'").split("'")[0] for w in firsts])  # "Boss's Day" starts with "Boss"


def _before_place(doc: Doc, start: int, end: int, titles) -> int:
    """"Jean Tremblay of Montreal": a full name stops before "of" or "from" and the place or group it names.

    One word before "of" is a name of its own ("Catherine of Aragon"), and so is a title's "of"
    ("2nd Earl of Clare").
    """
    for i in range(start + 2, end - 1):
        if doc[i].lower_ in ("of", "from") and doc[i + 1].text[:1].isupper() and start <= doc[i].head.i < i:
            return end if titles(doc[i - 1]) else i
    return end


_STRAY = str.maketrans("", "", "[]{}()\"“”«»")


def _fullest(cluster: Cluster) -> str:
    """The text of the mention with the most name words (the first such one)."""
    names = [m for m in cluster.mentions if m.kind in WRITTEN_NAME_KINDS]
    return max(names or cluster.mentions, key=lambda m: (m.end - m.start, -m.start)).text


def _clean_name(text: str) -> str:
    return " ".join(text.translate(_STRAY).split())


def _compatible_first(a: str, b: str) -> bool:
    """"John" and "John", or an initial "J." and "John"."""
    if a == b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _nearest(pool: list[Cluster], position: int, starts: dict[Cluster, list[int]]) -> Cluster:
    """The candidate mentioned most recently before `position` (else the first mentioned).

    `starts` holds each cluster's mention starts sorted: a scan of every mention per name is quadratic.
    """
    best, best_pos = None, -1
    for cluster in pool:
        own = starts[cluster]
        k = bisect_left(own, position)
        last = own[k - 1] if k else -1
        if last > best_pos:
            best, best_pos = cluster, last
    return best or pool[0]


def _salient(pool: list[Cluster], position: int, starts, subjects) -> Cluster:
    """Of people sharing a surname, the one most often a subject before `position`, then the most recent.

    "Chrissy Teigen posted a photo of her mother, Vilailuck Teigen … Teigen said": the article's
    subject, not the relative named last; with no subject mention before, the most recent one.
    """
    def subject_count(cluster: Cluster) -> int:
        return bisect_left(subjects.get(cluster, ()), position)

    best = max(subject_count(c) for c in pool)
    return _nearest([c for c in pool if subject_count(c) == best], position, starts)


def _ent_length(doc: Doc, token: Token) -> int:
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start
