"""A learned ranking of the people a he/she/him/his may stand for.

The pronoun pass (`pronouns.py`) gathers the agreeing people within reach and
scores them by hand-set weights of recency, prominence, mention counts and
gender evidence. This module scores the same candidates by a linear model
(a conditional logit over the candidates of one pronoun), whose features are
those weights' ingredients plus a few the rules do not use (the candidate's
own case against the pronoun's, a name inside a prepositional phrase, being
inside or outside the same quotation, the rank by recency). The weights ship in
`data/coref/pronoun_ranker.json`, trained by `scripts/train_pronoun_ranker.py`
on GUM train documents of the CC BY / CC BY-SA genres only (see that script
and docs/accuracy.md).

Only pronouns with two or more candidates are ranked: with one, the rules'
fallbacks decide as before.
"""

from __future__ import annotations

import math
from functools import cache
from typing import NamedTuple

from spacy.tokens import Token

from .... import lexicon
from ....errors import Warnings, logger

SHIPPED_PATH = "coref/pronoun_ranker.json"

FEATURES = (
    "rule_score",  # the hand-weighted score of the rules: the model learns corrections to it
    "same_sentence", "one_back", "two_back", "three_back",
    "prominence",  # 1.5 main-clause subject, 1 other subject, 0.5 a subject's conjunct
    "log_count",
    "other_paragraph",
    "gender_known",
    "name_prior_agrees",  # the first name's usual gender is the pronoun's
    "evidence_agrees",  # an honorific or kin noun gave the pronoun's gender
    "protagonist", "dominant",
    "adjunct",  # a subject pronoun against a non-subject of its own sentence
    "nearest",  # a possessive or object pronoun and the nearest candidate of its sentence
    "reporter",  # the subject of the verb whose complement the pronoun is the subject of
    "most_recent", "second_recent",
    "quote_mismatch",  # one inside a quotation, the other not
    "subject_parallel",  # both subjects
    "possessive_parallel",  # both possessives
    "in_pp",  # the candidate's mention is the object of a preposition ("by Justice Scalia")
    "was_pronoun",  # the candidate was last mentioned by a pronoun
    "log_tokens",  # tokens between them
    "log_votes",  # pronouns of this gender the candidate already has
    "compound",  # the candidate's mention modifies a noun ("the Hadid family")
)


_SHIPPED = object()
_weights: object = _SHIPPED  # the training script sets others (or None: the rules alone) with `use`
RECORDER: list | None = None  # set by the training script: every ranked pronoun's features and candidates


def use(w: tuple[float, ...] | None | object = _SHIPPED) -> None:
    """Rank with these weights from now on (None: the rules' order); with no argument, the shipped ones."""
    global _weights
    _weights = w


def weights() -> tuple[float, ...] | None:
    return _shipped() if _weights is _SHIPPED else _weights


@cache
def _shipped() -> tuple[float, ...] | None:
    """The shipped weights, in the order of FEATURES; None when the file names other features."""
    data = lexicon.data_json(SHIPPED_PATH)
    if tuple(data["features"]) != FEATURES:
        # A silent fallback would hide a stale weights file behind lower scores: say so, once.
        logger.warning(Warnings.W026.format(path=SHIPPED_PATH))
        return None
    return tuple(float(w) for w in data["weights"])


def rerank(token: Token, ranked: list, tracker, *, gender: str, case: str, protagonist, reporter, near) -> list:
    """`ranked` ((rule score, index, cluster), best first) ordered by the model instead; unchanged with one."""
    w = weights()
    if len(ranked) < 2 or (w is None and RECORDER is None):
        return ranked
    recency = sorted((j for _, j, _ in ranked), reverse=True)[:2]
    pronoun = _Pronoun(token, gender, case, protagonist, reporter, near, recency, tracker.sentence(token.i),
                       tracker.paragraph(token.i), tracker.quoted[token.i])
    rows = [features(pronoun, candidate, tracker) for candidate in ranked]
    if RECORDER is not None:
        RECORDER.append((token.doc, token.i, [c for _, _, c in ranked], rows))
    if w is None:
        return ranked
    scored = [(sum(a * b for a, b in zip(w, row)), i, c) for row, (_, i, c) in zip(rows, ranked)]
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return scored


class _Pronoun(NamedTuple):
    """What every candidate's features read of the pronoun, computed once."""

    token: Token
    gender: str
    case: str
    protagonist: object
    reporter: object
    near: int | None
    recency: list[int]  # the two latest candidates' indices
    sentence: int
    paragraph: int
    quoted: bool


def features(pronoun: _Pronoun, candidate: tuple, tracker) -> list[float]:
    """The feature vector of one candidate (rule score, index, cluster) of `ranked` for the pronoun."""
    score, i, cluster = candidate
    token, gender, case, recency = pronoun.token, pronoun.gender, pronoun.case, pronoun.recency
    antecedent = token.doc[i]
    dep = antecedent.dep_
    back = pronoun.sentence - tracker.sentence(i)
    evidence = cluster.gender_evidence
    subject_pronoun = case == "subject"
    last = tracker.last.get(cluster)
    prominence = last[2] if last is not None else 0.0
    return [
        score,
        float(back <= 0), float(back == 1), float(back == 2), float(back >= 3),
        prominence,
        math.log1p(tracker.count.get(cluster, 0)),
        float(tracker.paragraph(i) != pronoun.paragraph),
        float(tracker.gender(cluster) is not None),
        float(tracker.name_gender.get(cluster) == gender),
        float(bool(evidence) and evidence.most_common(1)[0][0] == gender),
        float(cluster is pronoun.protagonist), float(cluster is tracker.dominant),
        float(subject_pronoun and back <= 0 and prominence < 1.0 and not agent(antecedent)),
        float(not subject_pronoun and i == pronoun.near),
        float(cluster is pronoun.reporter),
        float(i == recency[0]), float(i == recency[1]),
        float(pronoun.quoted != tracker.quoted[i]),
        float(subject_pronoun and prominence >= 1.0),
        float(case == "possessive" and dep == "poss"),
        float(dep == "pobj"),
        float(antecedent.pos_ == "PRON"),
        math.log1p(max(token.i - i, 0)) / 5.0,
        math.log1p(cluster.pronoun_votes.get(gender, 0)),
        float(dep == "compound"),
    ]


def agent(token: Token) -> bool:
    """"an opinion … by Justice Scalia, he talked": a passive's agent acts as its subject would, no adjunct."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"
