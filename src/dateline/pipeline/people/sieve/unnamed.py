"""People the article describes but never names, as pronoun antecedents for the length of the pronoun walk.

"His daughter was married firstly to Colonel Rudolf Strasburgh … She", "the
doctor swabs her upper arm … She is no-nonsense", "his dad … he told me": a
person description that no name takes (`descriptions.describe` found none
near) is a person all the same, and often the nearest one a he or she may
stand for. Without a
cluster of its own the walk gives that pronoun to the named person of its
gender further back, and the named cluster gathers another's mentions (GUM's
"person unnamed" wrong clusters). So the description opens an unnamed cluster
that competes for pronouns by the same agreement and salience rules as the
named people; a later description with the same head ("the doctor" again, "his
dad" again for the same "his") joins it.

The unnamed clusters live only for the walk: `finish` takes them out of
`refs`, and the pronouns they won stay unresolved — the record's people are
the named ones, and a pronoun that is no one's name is better unresolved than
another person's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .... import lexicon
from ..entities import Cluster
from .cataphora import in_lede
from .clusters import add_span

# A description that says who the subject or object is ("the plaintiff"), not one that says
# what a named person is ("she is a doctor", "Smith, a doctor": the precise pass reads those).
_OPEN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class Unnamed:
    """The walk's unnamed people: by head noun for a role ("the doctor"), by possessor and noun for kin."""

    __slots__ = ("clusters", "by_key")

    def __init__(self) -> None:
        self.clusters: set[Cluster] = set()
        self.by_key: dict[tuple, Cluster] = {}

    def __contains__(self, cluster) -> bool:
        return cluster in self.clusters

    def known(self, key: tuple | None) -> bool:
        return key is not None and key in self.by_key

    def describe(self, noun: Token, key: tuple, gender: str, refs, tracker) -> Cluster:
        """The unnamed person of that key, with the noun's phrase (from its determiner or possessor) as a mention;
        a new one when none has the key yet."""
        doc = noun.doc
        start = next((c.i for c in noun.lefts if c.dep_ in ("det", "poss")), noun.i)
        cluster = self.by_key.get(key)
        if cluster is None:
            cluster = self.by_key[key] = Cluster(id="", label="PERSON", name=doc[start : noun.i + 1].text)
            self.clusters.add(cluster)
            if gender in ("male", "female"):
                cluster.gender_evidence[gender] += 1
        add_span(cluster, doc[start : noun.i + 1], "description", refs, head=noun.i)
        tracker.see(cluster, noun)
        return cluster

    def finish(self, refs: dict) -> dict[int, Cluster]:
        """Take the unnamed people out of `refs` (the later passes read only named ones); returns what was taken."""
        taken = {}
        for cluster in self.clusters:
            cluster.group = True  # no person of the record; a speaker keeps its description (`speakers.resolve`)
            # Only one that won a pronoun comes back: a lone description names a speaker by its own words, and
            # an opening "The health secretary has promised …" stays free for the cataphora pass (`cataphora.py`).
            kept = any(m.kind == "pronoun" for m in cluster.mentions)
            for m in cluster.mentions:
                for i in range(m.start, m.end):
                    if refs.get(i) is cluster:
                        found = refs.pop(i)
                        if kept:
                            taken[i] = found
        return taken


def restore(refs: dict, taken: dict[int, Cluster]) -> None:
    """Give the unnamed people back their tokens no later pass took, once the sieve is done: a quotation's
    "he said" or "said the strategist, who requested anonymity" then names its speaker by the description, not
    by the pronoun or the "who"."""
    for i, cluster in taken.items():
        refs.setdefault(i, cluster)


def description_key(noun: Token, lemma: str, refs) -> tuple | None:
    """What makes two descriptions one unnamed person, or None when the noun opens none.

    "the doctor" and "the doctor": the head noun. "his dad" and "his dad" for the same "his": the possessor
    and the noun. Not a narrator's kin ("my mother"): in fiction and letters the narrator's mother is as often
    the person the dialogue names ("It's okay, Gram"), and that name's pronouns went to her. Not an indefinite
    ("a girl"): as often a predicate the parse misread ("For a generous girl, a girl who took off her clothes").
    """
    if noun.dep_ not in _OPEN_DEPS or noun.tag_ in ("NNS", "NNPS") or not noun.text.islower():
        return None
    if any(c.dep_ == "appos" for c in noun.children):  # "the doctor, Ann Lee,": the name is the mention
        return None
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.pos_ == "PROPN":  # "his wife Victoria"
        return None
    if _of_organization(noun, refs):
        return None
    for child in noun.lefts:
        if child.dep_ == "poss":
            owner = refs.get(child.i)
            return ("kin", id(owner), lemma) if owner is not None and child.pos_ == "PRON" else None
        if child.dep_ == "det":
            if child.lower_ in _DEFINITE or child.lower_ in _INDEFINITE and opens_sentence(noun, child):
                return ("role", lemma)
            return None
    return None


def opens_sentence(noun: Token, det: Token) -> bool:
    """"A person who acts without reasonable care does no wrong in law. He commits no tort", "A defendant … is
    not a wrongdoer at large. He is …": an indefinite subject that opens its sentence brings someone new in, the
    one the next he or she is likeliest to be (a named person further back is not who "a person" is). Not an
    indefinite elsewhere ("For a generous girl, a girl who …", "became a doctor": a predicate or an aside)."""
    if noun.dep_ not in _SUBJECTS or in_lede(noun):  # an article's opening one is the cataphora pass's
        return False
    before = noun.doc[noun.sent.start : det.i]
    return all(t.is_punct for t in before)


def _of_organization(noun: Token, refs) -> bool:
    """"The Fed spokesman", "the GAO official", "a spokeswoman for Acme": the description speaks for an
    organization, which the quotation's speaker then names (`speakers.resolve`); no unnamed person of its own."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _ORG_PREPOSITIONS:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("compound", "poss", "nmod", "amod"):
            continue
        cluster = refs.get(child.i)
        if cluster is not None and cluster.label == "ORG":
            return True
    return False


_ORG_PREPOSITIONS = frozenset({"for", "of", "at", "from"})


def role_gender(lemma: str, lower: str, lex) -> str:
    row = lex.roles.get(lower) or lex.roles.get(lemma) or lexicon.lower_table("kinship.tsv").get(lemma) or ("",)
    return row[0] if row else ""
