"""Third-person pronouns and definite descriptions, last and loosest of the passes.

One left-to-right walk keeps, for every cluster, where it was last mentioned
(sentence, paragraph, whether as a subject). A pronoun goes to the likeliest
cluster that agrees with it: gender and number for people, `it/its` and
`they/their` for organizations. Nouns that are neither people nor
organizations ("the report", "the ants") compete for `it` and `they`: when one
of them is the likelier antecedent, the pronoun stays unresolved rather than
wrong. Descriptions ("the president", "the company") are met on the same walk
and resolved by `descriptions.describe` against the same salience.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..coref import _bound_locally, _prominence
from ..entities import Cluster
from .clusters import SUBJECT_DEPS, add_span
from .descriptions import describe

_CANDIDATE_POS = frozenset({"PRON", "NOUN", "PROPN"})  # pronouns, and nouns that describe or rival
WINDOW = 3  # sentences a pronoun may reach back
_LEADERS = 3  # most mentioned people kept per gender
_PROTAGONIST_MENTIONS = 3  # mentions that make a person the one a distant he or she means
_THING_WINDOW = 1  # sentences an organization pronoun may reach back
UNKNOWN_GENDER_PENALTY = 0.5  # a he or she prefers a person known to be one
PROTAGONIST_BONUS = 0.75  # and the article's most mentioned person of that gender
DOMINANT_MENTIONS = 4  # name mentions that can make a person the article's dominant one
DOMINANT_RATIO = 2  # times more than the next person's
_NAME_MENTIONS = frozenset({"full", "single", "surname", "first", "possessive"})
COUNT_WEIGHT = 0.3  # weight of how often a cluster was mentioned, against recency
_BYLINE_REACH = 2  # paragraphs a byline may stand in: first, or after a headline
_BYLINE_TOKENS = 8  # "By Jane Q. Public and John Doe", with the paragraph break
NAME_GENDER_VOTES = 1  # a first name's usual gender counts as one pronoun already given: two others overturn it
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})


@dataclass(slots=True)
class Pronoun:
    person: str
    gender: str
    number: str
    animacy: str
    case: str


class _Thing:
    """A noun that is no person or organization: a rival antecedent for `it` and `they`."""

    __slots__ = ("number",)
    label = "THING"

    def __init__(self, number: str) -> None:
        self.number = number


_SINGULAR, _PLURAL = _Thing("singular"), _Thing("plural")  # only the latest rival of each number counts


class Salience:
    """Where each cluster (or rival noun) was last mentioned, within the last few sentences."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start for s in doc.sents]
        self.paragraphs = scan.paragraph_starts(doc)
        self.quoted = scan.quoted_tokens(doc)
        self.last: dict[object, tuple[int, int, float]] = {}
        self.last_out: dict[object, tuple[int, int, float]] = {}  # outside quotations
        self.leaders: dict[str, list] = {}
        self.count: dict[object, int] = {}
        self._pruned_at = 0
        self.dominant: Cluster | None = None  # the person named far more often than any other (a biography's subject)
        self.name_gender: dict[Cluster, str] = {}  # the usual gender of a person's first name

    def gender(self, cluster) -> str | None:
        """The cluster's gender: from honorifics and kin nouns, else its pronouns so far and its first name."""
        if cluster.label != "PERSON":
            return None
        prior = self.name_gender.get(cluster)
        if prior is None:
            return cluster.gender
        # Against an honorific or a kin noun the first name counts as one more of them ("Mr. Marbles", a dog
        # toy named for Jenna Marbles, leaves her gender open), against pronouns as several.
        votes = Counter(cluster.gender_evidence or cluster.pronoun_votes)
        votes[prior] += 1 if cluster.gender_evidence else NAME_GENDER_VOTES
        (best, n), *rest = votes.most_common(2) + [(None, 0)]
        return best if n > rest[0][1] else None

    def sentence(self, i: int) -> int:
        return bisect_right(self.starts, i) - 1

    def paragraph(self, i: int) -> int:
        return bisect_right(self.paragraphs, i) - 1

    def see(self, cluster, token: Token) -> None:
        seen = (token.i, self.sentence(token.i), _prominence(token))
        self.last[cluster] = seen
        if not self.quoted[token.i]:
            self.last_out[cluster] = seen
        self.count[cluster] = self.count.get(cluster, 0) + 1
        gender = self.gender(cluster)
        if gender:  # the few most mentioned people of each gender, kept as the walk goes
            leaders = self.leaders.setdefault(gender, [])
            if cluster not in leaders:
                leaders.append(cluster)
            leaders.sort(key=lambda c: self.count[c], reverse=True)
            del leaders[_LEADERS:]

    def protagonist(self, gender: str) -> Cluster | None:
        """The article's most mentioned person of that gender, if one stands out; else its dominant person, if free."""
        found = self._leader(gender)
        if found is None and self.dominant is not None and self.gender(self.dominant) in (None, gender):
            return self.dominant
        return found

    def _leader(self, gender: str) -> Cluster | None:
        counts = sorted(
            ((self.count[c], c) for c in self.leaders.get(gender, ()) if self.gender(c) == gender),
            key=lambda x: x[0], reverse=True,
        )
        if not counts or counts[0][0] < _PROTAGONIST_MENTIONS:
            return None
        if len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
            return None
        return counts[0][1]

    def _prune(self, here: int) -> None:
        """Forget what lies beyond the window, so a lookup costs the same at any length of article."""
        if here == self._pruned_at:
            return
        self._pruned_at = here
        for last in (self.last, self.last_out):
            for key in [k for k, (_, sent, _) in last.items() if here - sent > WINDOW]:
                del last[key]

    def ranked(self, token: Token, agrees, window: int = WINDOW) -> list[tuple[float, int, object]]:
        here, para = self.sentence(token.i), self.paragraph(token.i)
        self._prune(here)
        quoted = self.quoted[token.i]
        scored = []
        for cluster, seen in self.last.items():
            # Outside quotations, a name inside one is what a speaker talked about: the narrative's
            # own last mention counts, else the quoted one as if a sentence further back.
            outside = self.last_out.get(cluster) if not quoted else None
            i, sent, prominence = outside or seen
            if not quoted and outside is None:
                sent -= 1
            if here - sent > window or not agrees(cluster) or _bound_locally(token, token.doc[i]):
                continue
            score = -(here - sent) + prominence + COUNT_WEIGHT * math.log1p(self.count[cluster])
            if self.paragraph(i) != para:
                score -= 0.5
            scored.append((score, i, cluster))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        return scored


def resolve(doc: Doc, people: list[Cluster], orgs: list[Cluster], refs: dict[int, Cluster], *, lex) -> None:
    """Pronouns and descriptions, in text order, against the clusters seen so far."""
    tracker = Salience(doc)
    tracker.dominant = dominant_person(people)
    tracker.name_gender = name_genders(people, lex.titles)
    byline = _byline(doc, tracker.paragraphs)
    mentions = sorted(((m.end - 1, c) for c in people + orgs for m in c.mentions if m.end - 1 not in byline),
                      key=lambda x: x[0])
    n = 0
    for token in scan.tokens(doc, pos=_CANDIDATE_POS):
        while n < len(mentions) and mentions[n][0] < token.i:
            tracker.see(mentions[n][1], doc[mentions[n][0]])
            n += 1
        if token.i in refs:
            continue
        info = lex.pronouns.get(token.lower_)
        if info is not None and info.person == "3" and token.pos_ == "PRON":
            cluster = _kin_owner(token, info, refs, lex) or _relative_owner(token, info, refs) or _pronoun(
                token, info, tracker)
            if cluster is not None:
                _attach(cluster, doc[token.i : token.i + 1], "pronoun", refs, tracker, token)
                if info.gender:
                    cluster.pronoun_votes[info.gender] += 1
        elif token.pos_ in ("NOUN", "PROPN"):
            if not describe(doc, token, tracker, refs, lex) and token.dep_ in _ARGUMENT_DEPS:
                _rival(token, tracker, lex)


def _pronoun(token: Token, info: Pronoun, tracker: Salience) -> Cluster | None:
    if info.animacy == "person":  # he, she and their forms
        def agrees(c) -> bool:
            return c.label == "PERSON" and tracker.gender(c) in (None, info.gender)
        ranked = tracker.ranked(token, agrees)
        if not ranked:
            # No one agrees: a person whom only the first name's gender keeps out ("Jean Martin ... He").
            def plausible(c) -> bool:
                return c.label == "PERSON" and c.gender in (None, info.gender)
            found = tracker.protagonist(info.gender)
            ranked = tracker.ranked(token, plausible) if found is None else []
            if not ranked:
                return found
        ranked = _by_gender_evidence(ranked, tracker.protagonist(info.gender), tracker.gender)
        if info.case == "subject":  # "Placed in the care of Dr. Bailey, he ...": not a subject, not him
            here = tracker.sentence(token.i)
            ranked = [(s - (1.0 if tracker.sentence(i) == here and not _was_subject(tracker, c) else 0.0), i, c)
                      for s, i, c in ranked]
            ranked.sort(key=lambda s: (s[0], s[1]), reverse=True)
        else:  # the nearest name of the sentence before a possessive or object
            here = tracker.sentence(token.i)
            near = max((i for _, i, _ in ranked if tracker.sentence(i) == here), default=None)
            ranked.sort(key=lambda s: (s[0] + (0.5 if s[1] == near else 0.0), s[1]), reverse=True)
        best = ranked[0][2]
        return best
    number = info.number

    def org_or_thing(c) -> bool:
        return c.label == "ORG" or (c.label == "THING" and (not number or c.number == number))
    ranked = tracker.ranked(token, org_or_thing, window=_THING_WINDOW)
    if ranked and ranked[0][2].label == "ORG":
        return ranked[0][2]
    return None


def _relative_owner(token: Token, info: Pronoun, refs) -> Cluster | None:
    """"Jack Merson, who went 4-for-5 in his second game": a possessive in a "who" clause is the person it describes."""
    if info.case != "possessive" or info.animacy != "person":
        return None
    verb = token.head
    for _ in range(5):
        if verb.dep_ == "relcl" or verb.head is verb:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subject is None or subject.lower_ != "who" or subject.i > token.i:
        return None
    cluster = refs.get(verb.head.i)
    if cluster is None or cluster.label != "PERSON" or cluster.gender not in (None, info.gender):
        return None
    return cluster


def _kin_owner(token: Token, info: Pronoun, refs, lex) -> Cluster | None:
    """"his wife" once "his wife Victoria" was said: the "his" of then, not the latest man ("son Brooklyn")."""
    noun = token.head
    if info.case != "possessive" or token.dep_ != "poss" or noun.lemma_.lower() not in lex.kin:
        return None
    lemma, doc = noun.lemma_.lower(), token.doc
    owners = set()
    for holder, heads in lex.heads.items():
        if lemma not in heads:
            continue
        for m in holder.mentions:
            if m.kind == "description" and m.start < token.i and doc[m.end - 1].lemma_.lower() == lemma:
                owner = refs.get(m.start) if doc[m.start].dep_ == "poss" else None
                if owner is not None and owner is not holder:
                    owners.add(owner)
    if len(owners) != 1:
        return None
    owner = owners.pop()
    return owner if owner.label == "PERSON" and owner.gender in (None, info.gender) else None


def _byline(doc: Doc, paragraphs: list[int]) -> range:
    """The tokens of a byline ("by Alex Wilson" as one of the first paragraphs): its author is no one's antecedent."""
    for k, start in enumerate(paragraphs[:_BYLINE_REACH]):
        end = paragraphs[k + 1] if k + 1 < len(paragraphs) else len(doc)
        if doc[start].lower_ == "by" and end - start <= _BYLINE_TOKENS:
            return range(start, end)
    return range(0)


def name_genders(people: list[Cluster], titles) -> dict[Cluster, str]:
    """Each person's first name's usual gender ("Betty": female), when the name has one.

    A title before the name is passed over ("Dr. Jane Smith"); a one-word
    name that is commoner as a surname ("Kim") gives none.
    """
    table = lexicon.lower_table("coref/first_names.tsv")
    out = {}
    for c in people:
        words = [w for w in c.name_tokens if w.lower().rstrip(".") not in titles]
        row = table.get(words[0].lower()) if words else None
        if row and (len(words) > 1 or row[1:2] != ("surname",)):
            out[c] = row[0]
    return out


def dominant_person(people: list[Cluster]) -> Cluster | None:
    """The person whose name is written far more often than any other's, whatever the gender known so far.

    Only someone with a full name: a one-word "person" mentioned that often
    is as likely a thing the model mislabelled (a spacecraft, a team).
    """
    counts = sorted(((sum(m.kind in _NAME_MENTIONS for m in c.mentions), n, c) for n, c in enumerate(people)),
                    key=lambda x: (x[0], -x[1]), reverse=True)
    if not counts or counts[0][0] < DOMINANT_MENTIONS or len(counts[0][2].name_tokens) < 2:
        return None
    if len(counts) > 1 and counts[1][0] * DOMINANT_RATIO > counts[0][0]:
        return None
    return counts[0][2]


def _by_gender_evidence(ranked: list, protagonist, gender_of=None) -> list:
    """A person known to have the pronoun's gender before one of unknown gender; the protagonist first of all.

    gender_of: a cluster's gender as the walk knows it (`Salience.gender`); its `gender` when not given.
    """
    def adjusted(s: float, c) -> float:
        known = (gender_of(c) if gender_of else c.gender) is not None
        if c is protagonist:  # an unknown gender is no reason against the dominant person, nor one for it
            return s + (PROTAGONIST_BONUS if known else 0.0)
        return s - (0.0 if known else UNKNOWN_GENDER_PENALTY)
    out = [(adjusted(s, c), i, c) for s, i, c in ranked]
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return out


def _was_subject(tracker: Salience, cluster) -> bool:
    return tracker.last[cluster][2] >= 1.0


def _rival(token: Token, tracker: Salience, lex) -> None:
    if token.pos_ == "NOUN" and token.ent_type_ == "" and token.lower_ not in lex.roles:
        tracker.count[_PLURAL] = tracker.count[_SINGULAR] = 0
        tracker.see(_PLURAL if token.tag_ == "NNS" else _SINGULAR, token)


def _attach(cluster: Cluster, span, kind: str, refs, tracker: Salience, token: Token) -> None:
    add_span(cluster, span, kind, refs, head=token.i)
    tracker.see(cluster, token)


def subject(token: Token) -> bool:
    return token.dep_ in SUBJECT_DEPS
