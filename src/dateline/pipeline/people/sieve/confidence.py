"""A learned confidence that a "person" cluster is someone; the least likely ones are dropped.

After the hand rules of `things.py`, the clusters the small model typed PERSON that are places, works or
objects still look like people to any one rule. A logistic model reads a cluster's plain evidence together
(its mentions' kinds and pronouns, the model's labels of its names, what precedes them, their syntax, the
name's shape, first names and census surnames, the article's share of places) and scores it; a cluster
below the shipped threshold is dropped as `drop_things` drops one (`things.forget`). Never scored: a cluster with a
he/she/who, an honorific or a speech verb it is the subject of (a person's evidence), a cited author (GUM
counts cited authors' mentions right; docs/accuracy.md, "Citations"), a group. Organizations are not
scored: trained with them, the model dropped IBM, Airbus and the Treasury from Reuters stories (GUM's
travel guides call acronyms and companies places or things). The weights ship in
`data/coref/cluster_confidence.json`, trained by `scripts/train_cluster_confidence.py` on GUM train
documents of the CC BY / CC BY-SA genres only. At run time: a dot product per cluster over the Doc's
columns, no Token made but a subject's.
"""

from __future__ import annotations

import math
from functools import cache
from itertools import compress

from spacy.attrs import DEP, ENT_TYPE, HEAD, LOWER, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .... import lexicon
from ....errors import Warnings, logger
from ..entities import NAME_KINDS, Cluster
from .. import scan
from .thing_words import PERSON_PRONOUNS, word_lists
from .things import forget

SHIPPED_PATH = "coref/cluster_confidence.json"

FEATURES = (
    "bias", "log_mentions", "single", "name_share",
    "neuter_pronoun",  # it/its/they/them/their in the cluster
    "description", "person_description",  # a description; one headed by a role, kin or WordNet person noun
    "one_word", "three_words", "first_name", "all_caps", "digit", "the_in_name",
    "subject", "object", "compound", "possessive",  # shares of the name mentions by their head's relation
    "after_the", "after_place_preposition", "after_other_preposition", "after_capital",  # what precedes them
    "ent_person", "ent_org", "ent_place", "ent_thing", "ent_none",  # shares by the model's label
    "quoted", "line_start",
    "lower_elsewhere",  # the name's last word also written in lower case in the article
    "thing_word", "org_word", "country",
    "same_words_person",  # share of the article's tokens of the name's last word the model labels PERSON
    "plural_tag", "non_ascii", "any_first_name",
    "doc_places", "doc_he_she",  # the article's share of place labels among its entity tokens; he/she per 100 tokens
    "surname_any", "surname_last", "one_word_surname",  # the name's words among the census's usual surnames
    "same_words_org",  # share of the article's tokens of the name's last word the model labels ORG
    "conj_place", "conj_person",  # a name coordinated with a word the model labels a place, a person
)

_SHIPPED = object()
_weights: object = _SHIPPED
RECORDER: list | None = None  # set by the training script: (doc, cluster, features) of every cluster scored

_NEUTER = frozenset({"it", "its", "itself", "they", "them", "their", "theirs", "themselves"})
_PLACE_PREPOSITIONS = frozenset(
    p for p, row in lexicon.lower_table("coref/place_prepositions.tsv").items() if "place" in row[0].split()
) | {"to", "from", "at"}
_IDS = {name: get_string_id(name) for name in (
    "nsubj", "nsubjpass", "dobj", "pobj", "dative", "compound", "poss", "the", "PERSON", "ORG", "GPE", "LOC", "FAC",
    "ADP", "IN", "(", "POS", "'s", "’s", "conj",
)}
_SUBJECTS = frozenset({_IDS["nsubj"], _IDS["nsubjpass"]})
_OBJECTS = frozenset({_IDS["dobj"], _IDS["pobj"], _IDS["dative"]})
_PLACES = frozenset({_IDS["GPE"], _IDS["LOC"], _IDS["FAC"]})
_THING_LABELS = frozenset(get_string_id(x) for x in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "NORP",
                                                     "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"))
_POSSESSIVE = frozenset({_IDS["POS"], _IDS["'s"], _IDS["’s"]})
_HE_SHE = frozenset(get_string_id(x) for x in ("he", "she", "him", "his", "her", "himself", "herself"))
_PLURAL_TAGS = frozenset(get_string_id(x) for x in ("NNS", "NNPS"))


def use(w: dict | None | object = _SHIPPED) -> None:
    """Score with this model ({"weights", "threshold"}; None: drop nothing) from now on; with no argument, the shipped one."""
    global _weights
    _weights = w


def model() -> dict | None:
    return _shipped() if _weights is _SHIPPED else _weights


@cache
def _shipped() -> dict | None:
    """The shipped model; None when the file names other features (a stale file: said once, then nothing dropped)."""
    data = lexicon.data_json(SHIPPED_PATH)
    if tuple(data["features"]) != FEATURES:
        logger.warning(Warnings.W028.format(path=SHIPPED_PATH))
        return None
    return {"weights": tuple(float(w) for w in data["weights"]), "threshold": float(data["threshold"])}


def drop_unlikely(people: list[Cluster], doc: Doc, refs: dict, *, titles, speech,
                  person_nouns=frozenset()) -> None:
    """Drop the people the model scores below the threshold, unless they have a person's evidence or are cited."""
    m = model()
    if m is None and RECORDER is None:
        return
    read = _Columns(doc)
    kept = []
    for c in people:
        if c.group or not c.mentions or _protected(c, read, titles, speech):
            kept.append(c)
            continue
        row = features(c, read, person_nouns)
        if RECORDER is not None:
            RECORDER.append((doc, c, row))
        if m is not None and sum(a * b for a, b in zip(m["weights"], row)) < m["threshold"]:
            forget(c, refs)
        else:
            kept.append(c)
    people[:] = kept


class _Columns:
    """The Doc's columns the features read, fetched once per article."""

    __slots__ = ("doc", "dep", "ent", "lower", "orth", "tag", "strings", "article", "head")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # the people component's columns, read already (`scan.prefetch`): a column of its own cost a to_array per article
        self.dep, self.ent, self.lower, self.orth, self.tag = scan.columns(doc, (DEP, ENT_TYPE, LOWER, ORTH, TAG))
        self.strings = doc.vocab.strings
        self.article: tuple[float, float] | None = None
        self.head: list[int] | None = None

    def written_lower(self, word: str) -> bool:
        """The word (lower case) is written so somewhere in the article."""
        return get_string_id(word) in self.orth  # a scan in C: a set of the article's words cost more to build

    def labels_of(self, word: str) -> list[int]:
        """The model's labels of every token written so."""
        return list(compress(self.ent, map(get_string_id(word).__eq__, self.orth)))

    def article_rates(self) -> tuple[float, float]:
        """The article's share of place labels among its entity tokens, and its he/she per 100 tokens."""
        if self.article is None:
            ent, n = self.ent, max(len(self.ent), 1)
            labelled = n - ent.count(0)
            places = sum(ent.count(x) for x in _PLACES) / labelled if labelled else 0.0
            he_she = sum(self.lower.count(x) for x in _HE_SHE) * 100 / n
            self.article = (places, min(he_she, 5.0))
        return self.article

    def conjuncts(self, i: int) -> list[int]:
        """The labels of the tokens coordinated with token i: its conj head, and its conj children's (left to right)."""
        if self.head is None:  # relative offsets, as unsigned 64-bit numbers
            self.head = [h - (1 << 64) if h >= 1 << 63 else h for h in scan.column(self.doc, HEAD)]
        out = []
        if self.dep[i] == _IDS["conj"]:
            out.append(self.ent[i + self.head[i]])
        for k in range(i + 1, min(i + 8, len(self.dep))):  # a conj child follows within a few tokens
            if self.dep[k] == _IDS["conj"] and k + self.head[k] == i:
                out.append(self.ent[k])
        return out


def _protected(c: Cluster, read: _Columns, titles, speech) -> bool:
    """A person's evidence (he/she/who, an honorific, the subject of a speech verb) or a cited author's name."""
    doc, lower = read.doc, read.lower
    for m in c.mentions:
        if m.kind == "pronoun":
            if m.text.lower() in PERSON_PRONOUNS:
                return True
            continue
        if m.kind not in NAME_KINDS:
            continue
        if m.start > 0 and read.strings[lower[m.start - 1]].rstrip(".") in titles:
            return True
        end = m.end - 1
        if read.dep[end] in _SUBJECTS and doc[end].head.lemma_.lower() in speech:
            return True
        if _cited(read, m.end):
            return True
    return False


def _cited(read: _Columns, i: int) -> bool:
    """"Mulligan, 2016", "Gass (1997)", "Li et al.": a year or "et al." follows the name."""
    strings, n = read.strings, len(read.orth)
    for k in range(i, min(i + 3, n)):
        text = strings[read.orth[k]]
        if text in (",", "("):
            continue
        return text == "et" or text.isdigit() and len(text) == 4
    return False


def features(c: Cluster, read: _Columns, person_nouns=frozenset()) -> list[float]:
    """The cluster's feature vector, in the order of FEATURES."""
    strings, lower, dep, ent, orth = read.strings, read.lower, read.dep, read.ent, read.orth
    names = [m for m in c.mentions if m.kind in NAME_KINDS]
    n, k = len(c.mentions), max(len(names), 1)
    neuter = any(m.kind == "pronoun" and m.text.lower() in _NEUTER for m in c.mentions)
    heads = [strings[read.lower[m.end - 1]] for m in c.mentions if m.kind == "description"]
    words = c.name.split()
    lists = word_lists()
    last = words[-1].lower() if words else ""
    counts = [0.0] * 16
    for m in names:
        end, start = m.end - 1, m.start
        d = dep[end]
        counts[0] += d in _SUBJECTS
        counts[1] += d in _OBJECTS
        counts[2] += d == _IDS["compound"]
        counts[3] += d == _IDS["poss"] or end + 1 < len(orth) and orth[end + 1] in _POSSESSIVE
        before = lower[start - 1] if start else 0
        if before == _IDS["the"] and start > 1:
            counts[4] += 1
            before = lower[start - 2]
        word = strings[before] if before else ""
        counts[5] += word in _PLACE_PREPOSITIONS
        counts[6] += read.tag[start - 1] == _IDS["IN"] and word not in _PLACE_PREPOSITIONS if start else 0
        counts[7] += start > 0 and lower[start - 1] != _IDS["the"] and strings[orth[start - 1]].istitle()
        label = ent[start]
        counts[8] += label == _IDS["PERSON"]
        counts[9] += label == _IDS["ORG"]
        counts[10] += label in _PLACES
        counts[11] += label in _THING_LABELS
        counts[12] += label == 0
        counts[13] += start == 0 or "\n" in strings[orth[start - 1]]
        if d == _IDS["conj"] or end + 1 < len(dep) and _IDS["conj"] in dep[end + 1 : end + 8]:
            others = read.conjuncts(end)
            counts[14] += any(x in _PLACES for x in others)
            counts[15] += any(x == _IDS["PERSON"] for x in others)
    quoted = scan.kept(read.doc, "quoted", lambda: scan.quoted_tokens(read.doc))
    same = read.labels_of(words[-1]) if words else []
    surnames = lexicon.words("coref/surnames.txt")
    return [
        1.0, math.log1p(n), float(n == 1), len(names) / n,
        float(neuter), float(bool(heads)), float(any(h in person_nouns for h in heads)),
        float(len(words) == 1), float(len(words) >= 3), float(bool(words) and words[0].lower() in lists["first_names"]),
        float(c.name.isupper() and len(c.name) > 1), float(any(ch.isdigit() for ch in c.name)),
        float("the" in (w.lower() for w in words)),
        counts[0] / k, counts[1] / k, counts[2] / k, counts[3] / k,
        counts[4] / k, counts[5] / k, counts[6] / k, counts[7] / k,
        counts[8] / k, counts[9] / k, counts[10] / k, counts[11] / k, counts[12] / k,
        sum(quoted[m.start] for m in names) / k, counts[13] / k,
        float(bool(last) and read.written_lower(last)),
        float(last in lists["things"] or last in lists["heads"]), float(last in lists["org_words"]),
        float(c.name.lower().removeprefix("the ") in lists["countries"]),
        (sum(x == _IDS["PERSON"] for x in same) / len(same)) if same else 0.0,
        sum(read.tag[m.end - 1] in _PLURAL_TAGS for m in names) / k, float(not c.name.isascii()),
        float(any(x.lower() in lists["first_names"] for x in words)),
        *read.article_rates(),
        float(any(x.lower() in surnames for x in words)), float(last in surnames),
        float(len(words) == 1 and last in surnames),
        (sum(x == _IDS["ORG"] for x in same) / len(same)) if same else 0.0,
        counts[14] / k, counts[15] / k,
    ]
