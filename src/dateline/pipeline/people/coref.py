"""Pronouns and descriptions ("he", "the singer", "the company") resolved to clusters.

A small salience model, in one pass over the tokens: each candidate's score
falls with the sentences since its last mention and rises when that mention
was a subject and with how often it was named. Gender must agree; a pronoun
cannot be bound by the subject of its own verb ("Smith praised him").
"""

from __future__ import annotations

import math
from bisect import bisect_right

from spacy.tokens import Doc, Token

from ... import lexicon
from .entities import Cluster, MentionRef, RoleRef
from .roles import role_title
from .scan import quoted_tokens

WINDOW = 3  # sentences a pronoun may reach back
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_FOLLOWERS = frozenset({"PROPN"})


def sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in doc.sents]


def resolve_references(doc: Doc, people: list[Cluster], refs: dict[int, Cluster], *, roles, window: int = WINDOW) -> None:
    if not people:
        return
    pronouns = lexicon.lower_table("pronouns.tsv")
    starts = sentence_starts(doc)
    quoted = quoted_tokens(doc)
    tracker = _Salience(starts, quoted, window)
    names = sorted(((m.start, m, c) for c in people for m in c.mentions), key=lambda x: x[0])
    n = 0
    for token in doc:
        while n < len(names) and names[n][0] <= token.i:
            _, mention, cluster = names[n]
            tracker.see(cluster, mention.end - 1, doc[mention.end - 1])
            n += 1
        if token.i in refs:
            continue
        info = pronouns.get(token.lower_)
        if info is not None:
            if info[1] == "singular" and token.pos_ == "PRON":
                _resolve_pronoun(doc, token, info[0], tracker, refs, nearby=info[2] != "subject")
        elif token.pos_ == "NOUN" and token.lower_ in roles and token.tag_ == "NN":
            _resolve_description(doc, token, roles[token.lower_], tracker, refs)


class _Salience:
    """Where each cluster was last mentioned, outside quotes and in them.

    Names inside a quotation are what the speaker talks about; outside it,
    a pronoun or description more likely continues the narrative's subject.
    """

    def __init__(self, starts: list[int], quoted: list[bool], window: int = WINDOW) -> None:
        self.window = window
        self.starts = starts
        self.quoted = quoted
        self.last: dict[Cluster, tuple[int, int, float]] = {}  # cluster -> (token, sentence, prominence)
        self.last_quoted: dict[Cluster, tuple[int, int, float]] = {}
        self.count: dict[Cluster, int] = {}
        # Clusters ever named outside quotes; their quoted mentions never stand in for them.
        self.ever_last: set[Cluster] = set()
        self.pruned_at = -1  # the sentence up to which stale entries were dropped

    def _prune(self, here: int) -> None:
        """Forget clusters last seen beyond the window: scanning every cluster of a long text per pronoun is quadratic."""
        if here == self.pruned_at:
            return
        self.pruned_at = here
        for where in (self.last, self.last_quoted):
            for cluster in [c for c, (_, sent, _) in where.items() if here - sent > WINDOW + 1]:
                del where[cluster]

    def sentence(self, i: int) -> int:
        return bisect_right(self.starts, i) - 1

    def see(self, cluster: Cluster, i: int, token: Token | None = None) -> None:
        where = self.last_quoted if self.quoted[i] else self.last
        where[cluster] = (i, self.sentence(i), _prominence(token))
        if where is self.last:
            self.ever_last.add(cluster)
        self.count[cluster] = self.count.get(cluster, 0) + 1

    def _candidates(self, token: Token):
        if self.quoted[token.i]:
            merged = dict(self.last)
            for cluster, seen in self.last_quoted.items():
                if cluster not in merged or merged[cluster][0] < seen[0]:
                    merged[cluster] = seen
            return merged.items()
        return list(self.last.items()) + [
            (c, (i, sent - 1, p)) for c, (i, sent, p) in self.last_quoted.items() if c not in self.ever_last
        ]

    def best(self, token: Token, gender: str | None, nearby: bool = False) -> Cluster | None:
        """The likeliest antecedent; `nearby` favours the nearest name of the same sentence."""
        here = self.sentence(token.i)
        self._prune(here)
        scored = []
        bindable = may_be_bound(token)  # else no candidate's Token is made for `_bound_locally`
        for cluster, (i, sent, prominence) in self._candidates(token):
            if here - sent > self.window:
                continue
            known = cluster.gender
            if gender and known and known != gender:
                continue
            if bindable and _bound_locally(token, token.doc[i]):
                continue
            score = -(here - sent) + prominence + 0.3 * math.log1p(self.count[cluster])
            if gender and not known:
                score -= 0.5
            scored.append((score, i, cluster, sent == here))
        if not scored:
            return None
        # Within its own sentence, the nearest name before a possessive or object pronoun is
        # the likeliest one ("feedback for Mohamed had helped his situation"); a subject
        # pronoun rather continues the subject ("He looked for his brother, George, after he ...").
        nearest = None
        if nearby:
            nearest = max((s[1] for s in scored if s[3]), default=None)
        return max(scored, key=lambda s: (s[0] + (0.5 if s[1] == nearest else 0.0), s[1]))[2]


def _prominence(token: Token | None) -> float:
    """Subjects of main clauses are the likeliest antecedents, then other subjects, then conjuncts."""
    if token is None:
        return 0.0
    if token.dep_ in _SUBJECT_DEPS:
        return 1.5 if token.head.dep_ == "ROOT" else 1.0
    if token.dep_ == "conj" and token.head.dep_ in _SUBJECT_DEPS:
        return 0.5
    return 0.0


def _bound_locally(pronoun: Token, antecedent: Token) -> bool:
    """"Smith praised him": an object pronoun is not its own verb's subject."""
    if _describes_own_clause(pronoun, antecedent):
        return True
    if pronoun.dep_ not in _OBJECT_DEPS or pronoun.lower_.endswith("self"):
        return False
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    if antecedent.dep_ == "appos":  # "Counsel to the inquiry, Fiona Grant, asked him": the subject's own name
        antecedent = antecedent.head
    return antecedent.dep_ in _SUBJECT_DEPS and antecedent.head.i == verb.i


def may_be_bound(pronoun: Token) -> bool:
    """Whether `_bound_locally` can hold for any antecedent: asked once per pronoun, not per candidate
    (the test makes a Token of each)."""
    return pronoun.head.dep_ == "relcl" or pronoun.dep_ in _OBJECT_DEPS and not pronoun.lower_.endswith("self")


def _describes_own_clause(pronoun: Token, antecedent: Token) -> bool:
    """"his son Jack, whom he lost": an argument of a relative clause is not the noun the clause describes.

    The relative pronoun already fills that noun's place among the verb's arguments, so the pronoun
    beside it is someone else (as "Smith praised him" keeps Smith and him apart).
    """
    verb = pronoun.head
    if verb.dep_ != "relcl" or pronoun.dep_ not in _SUBJECT_DEPS | _OBJECT_DEPS or pronoun.lower_.endswith("self"):
        return False
    opener = verb.left_edge  # "whom he lost", "whom he cared for": the relative word opens the clause
    if opener.tag_ not in ("WP", "WDT") or opener.i == pronoun.i:
        return False
    noun = verb.head
    return antecedent.i == noun.i or (antecedent.dep_ == "appos" and antecedent.head.i == noun.i) or (
        noun.dep_ == "appos" and noun.head.i == antecedent.i
    )


def _resolve_pronoun(doc: Doc, token: Token, gender: str, tracker: _Salience, refs, nearby: bool = False) -> None:
    cluster = tracker.best(token, gender or None, nearby)
    if cluster is None:
        return
    if gender:
        cluster.pronoun_votes[gender] += 1
    subject = token.dep_ in _SUBJECT_DEPS
    cluster.add(MentionRef(token.i, token.i + 1, token.idx, token.idx + len(token), token.text, "pronoun", subject))
    refs[token.i] = cluster
    tracker.see(cluster, token.i, token)


def _resolve_description(doc: Doc, noun: Token, info: tuple[str, ...], tracker: _Salience, refs) -> None:
    """"the singer explained": a definite role noun with no name of its own."""
    det = _definite_determiner(noun)
    if det is None:
        return
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and (after.pos_ in _NAME_FOLLOWERS or after.lower_ in ("of", "for", "at", "who", "whose")):
        return  # "the singer John Legend", "the president of France": not a back-reference
    gender = info[0] if info else ""
    cluster = tracker.best(noun, gender or None)
    if cluster is None:
        return
    start = det.i
    span = doc[start : noun.i + 1]
    subject = noun.dep_ in _SUBJECT_DEPS
    cluster.add(MentionRef(start, noun.i + 1, span.start_char, span.end_char, span.text, "description", subject))
    cluster.roles.append(RoleRef(role_title(noun), None, span.start_char, span.end_char))
    for i in range(start, noun.i + 1):
        refs[i] = cluster
    tracker.see(cluster, noun.i, noun)


def _definite_determiner(noun: Token) -> Token | None:
    for child in noun.lefts:
        if child.dep_ == "det" and child.lower_ in ("the", "this"):
            return child
        if child.dep_ == "poss":
            return None
    return None
