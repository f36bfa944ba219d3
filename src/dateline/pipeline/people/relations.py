"""The `dateline_relations` component: family relations between the people of an article.

A kin noun ("son", "wife", "sister") ties the person it names to an anchor:
its possessor ("their son Jack", "his wife, Jane", "Smith's daughter", "Smith, whose son Tom"), the
object of "of" ("the daughter of Peter Jones"), or the subject of "share" /
"have" ("Legend, who shares 6-year-old daughter, Luna, ... with Teigen").
Each relation is stored on both people (child on one, parent on the other);
two anchors of one child ("their son", "shares ... with") are partners.
A marriage verb ("X married Y", "X is married to Y") makes its two people partners.
The people one plural noun of children or siblings names ("her sons Tom and Max") are siblings.

The named relative must hang on the kin noun in the parse ("his mother,
Montalvo was put through" names nobody's mother). A possessive pronoun the
coreference step gave to the relative itself ("Mary Jones, her mother") is
re-read as the nearest earlier person it can refer to, and "their" reaches the
coordinated subject of its own or a governing clause ("Smith and his wife Jane
said their son ...") or else the couple the article named last.
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
_HAVING = lexicon.words("kin_having_verbs.txt")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp", "acl"})
_AGE_UNITS = lexicon.lower_table("age_units.tsv")
_SHARED_PARENTS = frozenset({"child", "sibling"})  # kinds whose plural names brothers and sisters
_SENTENCES_BACK = 3  # how far back a possessive pronoun or "their" looks for its people


@Language.factory(
    "dateline_relations",
    requires=["doc._.dl_people", "doc._.dl_refs", "token.dep", "token.head", "token.lemma", "token.tag",
              "token.ent_type", "doc.sents"],
    assigns=["doc._.dl_people"],
)
def make_relations(nlp: Language, name: str) -> RelationFinder:
    return RelationFinder()


class RelationFinder:
    def __init__(self) -> None:
        self.kin = lexicon.lower_table("kinship.tsv")
        self.pronouns = lexicon.lower_table("pronouns.tsv")
        self.couples = lexicon.words("couple_nouns.txt")
        self.organizations = lexicon.words("organization_nouns.txt")
        self.marrying = lexicon.words("marriage_verbs.txt")

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.dl_refs
        if not refs:
            return doc
        for token in doc:
            info = self.kin.get(token.lower_)
            if info is not None and token.pos_ in ("NOUN", "PROPN") and token.i not in refs:
                self._kin_noun(doc, token, info[1], refs)
            elif token.pos_ in ("VERB", "ADJ") and (token.lemma_.lower() in self.marrying
                                                    or token.lower_ in self.marrying):
                _married(token, refs)
        return doc

    def _kin_noun(self, doc: Doc, noun: Token, kind: str, refs) -> None:
        relatives = _named_by(doc, noun, refs)
        if not relatives:
            return
        anchors = [a for a in self._anchors(doc, noun, refs, relatives) if a not in relatives]
        noun_end = noun.idx + len(noun)
        for relative, (start, end) in relatives.items():
            for anchor in anchors:
                _relate(anchor, relative, kind, min(noun.idx, start), max(noun_end, end))
        if kind in _SHARED_PARENTS and noun.tag_ in ("NNS", "NNPS") and anchors:
            _siblings(relatives)
        if kind == "child" and len(anchors) == 2:
            start = min(noun.idx, *(s for s, _ in relatives.values()))
            end = max(noun_end, *(e for _, e in relatives.values()))
            _relate(anchors[0], anchors[1], "partner", start, end)

    def _anchors(self, doc: Doc, noun: Token, refs, relatives) -> list[Cluster]:
        """Whose relative the kin noun names: possessor, "of" object, or subject of "share"."""
        for child in noun.children:
            if child.dep_ == "poss":
                if child.lower_ == "their":
                    return self._their(doc, child, refs, relatives)
                if child.lower_ == "whose":
                    person = _described_by_clause(noun, refs)
                    return [person] if person is not None and person not in relatives else []
                person = _person(refs, child)
                if person is not None and person in relatives:  # "Mary Jones, her mother": not her own
                    person = self._antecedent(doc, child, refs, relatives)
                return [person] if person else []
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                person = _person(refs, obj) if obj is not None else None
                if person is not None:
                    return [person]
        anchors = _sharing_subjects(noun, refs)
        first = self._coordinated_kin(noun)
        if not anchors and first is not None:  # "his son Oliver and daughter Isla": the daughter is his too
            anchors = self._anchors(doc, first, refs, relatives)
        return anchors

    def _coordinated_kin(self, noun: Token) -> Token | None:
        """The kin noun a possessor-less one is coordinated with: "son" for the "daughter" of "his son Oliver
        and daughter Isla" (the parser may hang it on its name: "daughter" a compound of "Isla", a conjunct)."""
        t = noun.head if noun.dep_ == "compound" else noun
        if t.dep_ != "conj":
            return None
        first = t.head
        if first.dep_ in ("appos", "compound") and first.head.lower_ in self.kin:
            first = first.head  # "son Oliver and daughter Isla": "Isla" hangs on "Oliver"
        return first if first.lower_ in self.kin and first.i != noun.i else None

    def _institution(self, token: Token, refs) -> bool:
        """An organization ("police", "the company", "Reuters"): never the "their" of a child."""
        cluster = refs.get(token.i)
        return token.lemma_.lower() in self.organizations or token.ent_type_ == "ORG" or (
            cluster is not None and cluster.label == "ORG")

    def _antecedent(self, doc: Doc, pronoun: Token, refs, relatives) -> Cluster | None:
        """The nearest earlier named person a possessive pronoun can stand for, other than the relative."""
        gender = (self.pronouns.get(pronoun.lower_) or ("",))[0]
        if not gender:  # "my", "your", a name: not a pronoun that reaches back to the last name
            return None
        for t in _tokens_back(doc, pronoun):
            person = _person(refs, t)
            if person is not None and t.pos_ == "PROPN" and person not in relatives:
                if person.gender in (None, gender):
                    return person
        return None

    def _their(self, doc: Doc, token: Token, refs, relatives) -> list[Cluster]:
        """The people "their" stands for: a coordinated subject, else the last couple named."""
        verb, group, noun = token.head, [], token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while True:
            subject = next((c for c in verb.children
                            if c.dep_ in _SUBJECTS and not _covers(c, noun) and c.i < token.i), None)
            if subject is not None and not self._institution(subject, refs):  # "police said their son ...": on
                group = _people_of(subject, refs)
                if len(group) >= 2 or (not group and subject.pos_ != "PRON" and subject.lemma_ not in self.couples):
                    return group
                break
            if verb.dep_ not in _CLAUSE_LINKS or verb.head.i == verb.i:
                break
            verb = verb.head
        return _last_couple(doc, token, refs, group, relatives) or group


def _married(verb: Token, refs) -> None:
    """"X married (the architect) Y", "X and Y married", "X is married to Y": X and Y are partners."""
    head = verb.head if verb.dep_ == "acomp" else verb  # "is married to"
    if any(c.dep_ == "neg" for t in (verb, head) for c in t.children):
        return  # "X never married Y", "X is not married to Y"
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and head.dep_ == "relcl":
        subject = head.head  # "Smith, who married Jones in 1990,"
    if subject is None:
        return
    group = _people_of(subject, refs)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        group += [p for p in _people_of(obj, refs) if p not in group]
    if len(group) == 2:  # more would be a list this reading cannot pair up
        start = min(subject.left_edge.idx, verb.idx)
        end = max(t.idx + len(t) for t in (verb, *objects, *(o.right_edge for o in objects)))
        _relate(group[0], group[1], "partner", start, end)


def _siblings(relatives: dict[Cluster, tuple[int, int]]) -> None:
    """"her two sons, Michael and Peter", "his brothers Alan and Roy": the people one plural noun of
    children or siblings names share a parent, so they are each other's siblings."""
    named = list(relatives.items())
    for k, (a, (a_start, _)) in enumerate(named):
        for b, (_, b_end) in named[k + 1 :]:
            _relate(a, b, "sibling", min(a_start, b_end), max(a_start, b_end))


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
    linked = {noun.i}  # the kin noun and the names found so far: the next name hangs on one of them
    aged = False  # the last name had its age set off behind it ("Leo, 9 months,")
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
        root = _name_root(refs, first, person)
        after = _past_age(doc, i)
        # "sons Leo, 9 months, and Max, 3,": names set off with ages in turn are one list, however the
        # parser hung the later ones (it often reads "Max, 3, were" as a clause of its own)
        # a name right after the noun, with no comma, is the one it names ("her sisters Ellen Marsh and …"),
        # even where the parser broke the sentence between them
        adjacent = first.i == noun.i + 1
        if noun.head.i != root.i and root.head.i not in linked and not (aged and after != i) and not adjacent:
            break
        linked.update((root.i, *range(first.i, i)))
        found.setdefault(person, (first.idx, doc[i - 1].idx + len(doc[i - 1])))
        aged, i = after != i, after
        if noun.tag_ not in ("NNS", "NNPS") or i >= len(doc) or doc[i].lower_ not in (",", "and"):
            break
        i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "and")
    if not found and noun.dep_ in ("appos", "attr", "nsubj"):
        head = noun.head
        if noun.dep_ == "attr":  # "Jones is the brother of Mark Jones"
            head = next((c for c in noun.head.children if c.dep_ in _SUBJECTS), None)
        elif noun.dep_ == "nsubj":  # "Mark Jones's brother is Tom Jones"
            is_be = noun.head.lemma_ == "be"
            head = next((c for c in noun.head.children if c.dep_ == "attr"), None) if is_be else None
        person = _person(refs, head) if head is not None else None
        if person is not None:
            found[person] = (head.idx, head.idx + len(head))
    return found


def _past_age(doc: Doc, i: int) -> int:
    """The index after an age set off behind a name ("Anna, 58," / "Leo, 9 months,"), else i."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].like_num:
        j = i + 2
        if j < len(doc) and doc[j].lower_ in _AGE_UNITS:  # "9 months"
            j += 1
        if j < len(doc) and doc[j].lower_ == "old":
            j += 1
        if j >= len(doc) or doc[j].text in (",", ".", ";", ")"):
            return j
    return i


def _sharing_subjects(noun: Token, refs) -> list[Cluster]:
    """"X, who shares a daughter, Luna, with Y", "X has two sons", "X and Y have a son": X (and Y)."""
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_ not in _HAVING:
        return []
    anchors = []
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None:  # "Legend and Teigen have two other children": both
        anchors.extend(_people_of(subject, refs))
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (person := _person(refs, obj)) and person not in anchors:
                anchors.append(person)
    return anchors


def _described_by_clause(noun: Token, refs) -> Cluster | None:
    """"Mary Smith, whose son Tom died": the person the relative clause of "whose" describes."""
    verb = noun
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    return _person(refs, verb.head) if verb.dep_ == "relcl" else None


def _name_root(refs, token: Token, person: Cluster) -> Token:
    """The token of a name the rest of it hangs on ("Mohamed El-Hassan Mohamed": the last)."""
    while token.head.i != token.i and _person(refs, token.head) is person:
        token = token.head
    return token


def _covers(token: Token, inner: Token) -> bool:
    """Whether `inner` is `token` or lies in its subtree."""
    return token.left_edge.i <= inner.i <= token.right_edge.i


def _people_of(subject: Token, refs) -> list[Cluster]:
    """The people of a (coordinated) subject: "Smith and Jones", "Smith and his wife Jane"."""
    group: list[Cluster] = []
    for t in (subject, *subject.conjuncts):
        person = _person(refs, t)
        if person is None:  # "his wife Jane": the name on the noun
            person = next((p for c in t.children if c.dep_ in ("appos", "compound") and (p := _person(refs, c))), None)
        if person is not None and person not in group:
            group.append(person)
    return group


def _tokens_back(doc: Doc, token: Token):
    """The tokens before `token`, nearest first, back to the start of a recent sentence."""
    sent = token.sent
    for _ in range(_SENTENCES_BACK - 1):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    for i in range(token.i - 1, sent.start - 1, -1):
        yield doc[i]


def _last_couple(doc: Doc, token: Token, refs, group: list[Cluster], relatives) -> list[Cluster]:
    """The couple a "their" reaches back to: the partner of the one person found, or the last pair named.

    A pair is two coordinated people ("Smith and Jones") or two people already
    known as partners ("his wife, Jane").
    """
    def partner(person: Cluster) -> Cluster | None:
        return next((r.other for r in person.relations
                     if r.type == "partner" and r.start_char < token.idx and r.other not in relatives), None)

    if len(group) == 1:
        other = partner(group[0])
        return [group[0], other] if other is not None else []
    for t in _tokens_back(doc, token):
        person = _person(refs, t)
        if person is None or person in relatives:
            continue
        if (other := partner(person)) is not None:
            return [person, other]
        pair = [p for p in _people_of(t, refs) if p not in relatives]
        if len(pair) >= 2:
            return pair
    return []
