"""The `dateline_relations` component: family relations between the people of an article.

A kin noun ("son", "wife", "sister") ties the person it names to an anchor:
its possessor ("their son Jack", "his wife, Jane", "Smith's daughter"), the
object of "of" ("the daughter of Peter Jones"), or the subject of "share" /
"have" ("Legend, who shares 6-year-old daughter, Luna, ... with Teigen").
Each relation is stored on both people (child on one, parent on the other);
two anchors of one child ("their son", "shares ... with") are partners.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ... import lexicon
from .entities import Cluster, RelationRef

INVERSE = {
    "child": "parent", "parent": "child", "partner": "partner", "sibling": "sibling",
    "grandchild": "grandparent", "grandparent": "grandchild",
    "nephew_or_niece": "uncle_or_aunt", "uncle_or_aunt": "nephew_or_niece", "cousin": "cousin",
}
_HAVING = frozenset({"share", "have", "raise", "adopt", "welcome"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


@Language.factory(
    "dateline_relations",
    requires=["doc._.dl_people", "doc._.dl_refs", "token.dep", "token.head", "token.lemma", "token.tag"],
    assigns=["doc._.dl_people"],
)
def make_relations(nlp: Language, name: str) -> RelationFinder:
    return RelationFinder()


class RelationFinder:
    def __init__(self) -> None:
        self.kin = lexicon.lower_table("kinship.tsv")

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.dl_refs
        if not refs:
            return doc
        for token in doc:
            info = self.kin.get(token.lower_)
            if info is not None and token.pos_ in ("NOUN", "PROPN") and token.i not in refs:
                self._kin_noun(doc, token, info[1], refs)
        return doc

    def _kin_noun(self, doc: Doc, noun: Token, kind: str, refs) -> None:
        relatives = _named_by(doc, noun, refs)
        if not relatives:
            return
        anchors = [a for a in _anchors(doc, noun, refs) if a not in relatives]
        noun_end = noun.idx + len(noun)
        for relative, (start, end) in relatives.items():
            for anchor in anchors:
                _relate(anchor, relative, kind, min(noun.idx, start), max(noun_end, end))
        if kind == "child" and len(anchors) == 2:
            start = min(noun.idx, *(s for s, _ in relatives.values()))
            end = max(noun_end, *(e for _, e in relatives.values()))
            _relate(anchors[0], anchors[1], "partner", start, end)


def _relate(a: Cluster, b: Cluster, kind: str, start: int, end: int) -> None:
    """b is `kind` of a (and a is the inverse of b)."""
    if a is b:
        return
    for owner, other, k in ((a, b, kind), (b, a, INVERSE.get(kind, kind))):
        if not any(r.other is other and r.type == k for r in owner.relations):
            owner.relations.append(RelationRef(k, other, start, end))


def _person(refs, token: Token) -> Cluster | None:
    cluster = refs.get(token.i)
    return cluster if cluster is not None and cluster.label == "PERSON" else None


def _named_by(doc: Doc, noun: Token, refs) -> dict[Cluster, tuple[int, int]]:
    """The people a kin noun names, with their name's span.

    "son Jack", "daughter, Luna", "sons Jack and Max", "Jane, his wife".
    """
    found: dict[Cluster, tuple[int, int]] = {}
    i = noun.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    while i < len(doc) and doc[i].pos_ == "PROPN":
        person = _person(refs, doc[i])
        if person is None:
            break
        first = doc[i]
        i += 1
        while i < len(doc) and _person(refs, doc[i]) is person and doc[i].pos_ == "PROPN":
            i += 1
        found.setdefault(person, (first.idx, doc[i - 1].idx + len(doc[i - 1])))
        if noun.tag_ not in ("NNS", "NNPS") or i >= len(doc) or doc[i].lower_ not in (",", "and"):
            break
        i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "and")
    if not found and noun.dep_ in ("appos", "attr"):
        head = noun.head
        if noun.dep_ == "attr":  # "Jones is the brother of Mark Jones"
            head = next((c for c in noun.head.children if c.dep_ in _SUBJECTS), None)
        person = _person(refs, head) if head is not None else None
        if person is not None:
            found[person] = (head.idx, head.idx + len(head))
    return found


def _anchors(doc: Doc, noun: Token, refs) -> list[Cluster]:
    """Whose relative the kin noun names: possessor, "of" object, or subject of "share"."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ == "their":
                return _subject_group(child, refs)
            person = _person(refs, child)
            return [person] if person else []
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            person = _person(refs, obj) if obj is not None else None
            if person is not None:
                return [person]
    return _sharing_subjects(noun, refs)


def _subject_group(token: Token, refs) -> list[Cluster]:
    """"Chrissy Teigen and John Legend lost their son": the people of the clause's subject."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    group: list[Cluster] = []
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            for t in (child, *child.conjuncts):
                person = _person(refs, t)
                if person is not None and person not in group:
                    group.append(person)
    return group


def _sharing_subjects(noun: Token, refs) -> list[Cluster]:
    """"X, who shares a daughter, Luna, with Y" and "X has two sons": X (and Y)."""
    head = noun
    while head.dep_ in ("conj", "appos") and head.head is not head:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_ not in _HAVING:
        return []
    anchors = []
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and (person := _person(refs, subject)):
        anchors.append(person)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (person := _person(refs, obj)):
                anchors.append(person)
    return anchors
