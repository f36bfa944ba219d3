"""Where each cluster was last mentioned on the pronoun walk: the salience a pronoun's candidates are ranked by."""

from __future__ import annotations

import math
from bisect import bisect_right
from itertools import chain

from spacy.tokens import Doc, Token

from ...extensions import text_of
from .. import scan
from ..coref import _bound_locally, _prominence, may_be_bound
from ..entities import Cluster

WINDOW = 3  # sentences a pronoun may reach back
_LEADERS = 3  # most mentioned people kept per gender
_PROTAGONIST_MENTIONS = 3  # mentions that make a person the one a distant he or she means
PARAGRAPH_PENALTY = 0.5  # a cluster last seen in an earlier paragraph
NAME_GENDER_VOTES = 1  # a first name's usual gender counts as one pronoun already given: two others overturn it
COUNT_WEIGHT = 0.3  # weight of how often a cluster was mentioned, against recency


class _Thing:
    """A noun that is no person or organization: a rival antecedent for `it` and `they`."""

    __slots__ = ("number",)
    label = "THING"

    def __init__(self, number: str) -> None:
        self.number = number


_SINGULAR, _PLURAL = _Thing("singular"), _Thing("plural")  # only the latest rival of each number counts


class Salience:
    """Where each cluster (or rival noun) was last mentioned, within the last few sentences."""

    def __init__(self, doc: Doc, *, quotes: bool = True) -> None:
        """quotes: False when the article has no quotation mark (then no token is quoted)."""
        self.doc = doc
        self.starts = [s.start for s in doc.sents]
        self.paragraphs = scan.paragraph_starts(doc)
        self.quoted = scan.quoted_tokens(doc) if quotes else _UNQUOTED
        self.last: dict[object, tuple[int, int, float]] = {}
        self.last_out: dict[object, tuple[int, int, float]] = {}  # outside quotations
        self.leaders: dict[str, list] = {}
        self.count: dict[object, int] = {}
        self.latest: dict[object, int] = {}  # every cluster's latest mention, never pruned
        self._pruned_at = 0
        # Rival nouns are many and only "it"/"they" look at them: each number's latest, anywhere and
        # outside quotations, kept as indices until a pronoun asks.
        self.rivals = {_SINGULAR: [-1, -1], _PLURAL: [-1, -1]}
        self.latest_rival: _Thing | None = None
        self.dominant: Cluster | None = None  # the person named far more often than any other (a biography's subject)
        self.name_gender: dict[Cluster, str] = {}  # the usual gender of a person's first name
        self.first_named: dict[Cluster, str] = {}  # "organizations" named by a first name ("Debbie"), its gender
        self.groups: frozenset[Cluster] = frozenset()  # "people" named by a plural ("Thais"): for they/their
        self.adopted: list[Cluster] = []  # the groups ("Chao and Yang") a plural pronoun made clusters
        self.clusters: tuple[list, list] = ([], [])  # the people and organizations, for an organization that turns out a person
        self.kin_possessor = None  # token -> the cluster whose pronoun possesses that kin noun ("His father"), if any
        self.kin_boost: dict[object, tuple[int, float, int]] = {}  # owner -> (sentence, prominence, kin noun)
        self._entity_names: list[tuple[int, int, str]] | None = None
        self._prominences: dict[int, float] = {}  # a rival noun's, by index (asked again at every pronoun)

    def gender(self, cluster) -> str | None:
        """The cluster's gender: from honorifics and kin nouns, else its pronouns so far and its first name."""
        if cluster.label != "PERSON":
            return None
        prior = self.name_gender.get(cluster)
        evidence = cluster.gender_evidence
        if prior is None:
            return _majority(evidence or cluster.pronoun_votes)
        # An honorific or kin noun that contradicts the first name is no better evidence than it ("Mr. Marbles",
        # a dog toy named for Jenna Marbles): then the pronouns given so far decide, with the name as one of them.
        if evidence and _majority(evidence) == prior:
            return prior
        return _majority(cluster.pronoun_votes, prior, NAME_GENDER_VOTES)

    def sentence(self, i: int) -> int:
        return bisect_right(self.starts, i) - 1

    def entity_names(self) -> list[tuple[int, int, str]]:
        """(start, end, lower-case text) of each of the Doc's entities, read once (`doc.ents` makes every Span anew)."""
        if self._entity_names is None:
            text = text_of(self.doc)  # a slice of it, not `Span.text`, which makes a Token of every word
            self._entity_names = [(e.start, e.end, text[e.start_char : e.end_char].lower()) for e in scan.entities(self.doc)]
        return self._entity_names

    def paragraph(self, i: int) -> int:
        return bisect_right(self.paragraphs, i) - 1

    def see(self, cluster, token: Token) -> None:
        seen = (token.i, self.sentence(token.i), _prominence(token))
        self.last[cluster] = _stronger(self.last.get(cluster), seen, token)
        if not self.quoted[token.i]:
            self.last_out[cluster] = _stronger(self.last_out.get(cluster), seen, token)
        self.count[cluster] = self.count.get(cluster, 0) + 1
        self.latest[cluster] = token.i
        owner = self.kin_possessor(token) if self.kin_possessor is not None else None
        if owner is not None and owner is not cluster:
            self._as_prominent(owner, cluster, token)
        gender = self.gender(cluster)
        if gender:  # the few most mentioned people of each gender, kept as the walk goes
            leaders = self.leaders.setdefault(gender, [])
            if cluster not in leaders:
                leaders.append(cluster)
            leaders.sort(key=lambda c: self.count[c], reverse=True)
            del leaders[_LEADERS:]

    def _as_prominent(self, owner, relative, token: Token) -> None:
        """"His father is of Polish descent, while his mother …": the relative a possessive introduces is no more
        prominent than the possessor, who stays what the sentence is about; so a later his or he is not the
        relative's for the subject's place alone (`ranked` applies it outside the relative's own clause)."""
        theirs = self.last.get(relative)
        if theirs is not None:
            self.kin_boost[owner] = (theirs[1], theirs[2], token.i)

    def _boosted(self, cluster, token: Token, sent: int, prominence: float) -> float:
        boost = self.kin_boost.get(cluster)
        if boost is None or boost[0] != sent or boost[1] <= prominence:
            return prominence
        if _clause(token) == _clause(self.doc[boost[2]]):  # "his father carried the grudge until his death"
            return prominence
        return boost[1]

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

    def rival(self, thing: _Thing, i: int) -> None:
        seen = self.rivals[thing]
        seen[0] = i
        if not self.quoted[i]:
            seen[1] = i
        self.latest_rival = thing

    def _rivals(self, here: int):
        """The rival nouns as `last` and `last_out` would hold them (nothing beyond the window), with their counts."""
        for thing, (i, out) in self.rivals.items():
            if i < 0 or here - self.sentence(i) > WINDOW:
                continue
            seen = (i, self.sentence(i), self._prominence(i))
            outside = None
            if out >= 0 and here - self.sentence(out) <= WINDOW:
                outside = (out, self.sentence(out), self._prominence(out))
            yield thing, seen, outside, 1 if thing is self.latest_rival else 0

    def _prominence(self, i: int) -> float:
        found = self._prominences.get(i)
        if found is None:
            found = self._prominences[i] = _prominence(self.doc[i])
        return found

    def ranked(self, token: Token, agrees, window: int = WINDOW, *, rivals: bool = False) -> list[tuple[float, int, object]]:
        """The agreeing clusters within `window` sentences, likeliest first; with `rivals`, the rival nouns too."""
        here, para = self.sentence(token.i), self.paragraph(token.i)
        self._prune(here)
        quoted = self.quoted[token.i]
        bindable = may_be_bound(token)  # else no candidate's Token is made for `_bound_locally`
        candidates = ((c, seen, self.last_out.get(c), self.count[c]) for c, seen in self.last.items())
        if rivals:
            candidates = chain(candidates, self._rivals(here))
        scored = []
        for cluster, seen, outside, count in candidates:
            # Outside quotations, a name inside one is what a speaker talked about: the narrative's
            # own last mention counts, else the quoted one as if a sentence further back.
            if quoted:
                outside = None
            i, sent, prominence = outside or seen
            prominence = self._boosted(cluster, token, sent, prominence)
            if not quoted and outside is None:
                sent -= 1
            if here - sent > window or not agrees(cluster) or bindable and _bound_locally(token, token.doc[i]):
                continue
            score = -(here - sent) + prominence + COUNT_WEIGHT * math.log1p(count)
            if self.paragraph(i) != para:
                score -= PARAGRAPH_PENALTY
            scored.append((score, i, cluster))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        return scored


def _clause(token: Token) -> int:
    """The verb whose clause the token is in (its own index when it is one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.i


def _stronger(before: tuple[int, int, float] | None, seen: tuple[int, int, float], token: Token) -> tuple[int, int, float]:
    """The mention a cluster is remembered by: the latest, unless it is a description or a pronoun after a more
    prominent mention of its sentence ("Caleb is a film student and, uh, writer, and his dad …, and he": the subject,
    not the predicate, its apposition or a possessive, says how prominent Caleb is, and the subject's place is the
    one a pronoun of that clause is bound against).

    A name is always the latest: "Thomas Sam and his wife Manju Sam … their child, Gloria. She" must not keep
    "his wife", a subject's conjunct, for Manju Sam.
    """
    if before is not None and token.pos_ != "PROPN" and before[1] == seen[1] and before[2] > seen[2]:
        return before
    return seen


def _majority(votes, extra: str | None = None, weight: int = 0) -> str | None:
    """The gender with strictly the most votes (as `Cluster.gender`), `extra` counting `weight` more; no Counter made.

    The walk asks for genders at every candidate of every pronoun: a Counter per question was a
    good part of its cost.
    """
    best, top, second = None, 0, 0
    for gender, n in votes.items():
        n += weight if gender == extra else 0
        if n > top:
            best, top, second = gender, n, top
        elif n > second:
            second = n
    if extra is not None and extra not in votes:
        if weight > top:
            best, top, second = extra, weight, top
        elif weight > second:
            second = weight
    return best if top > second else None


class _Unquoted:
    """The quotation flags of an article with no quotation mark: every token is outside."""

    __slots__ = ()

    def __getitem__(self, i: int) -> bool:
        return False


_UNQUOTED = _Unquoted()
