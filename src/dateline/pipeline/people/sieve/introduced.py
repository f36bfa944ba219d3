"""People the model left untagged but the sentence introduces: by a role or kin noun, or as a speaker.

"the Arsenal manager, Mikel Arteta", "manager Mikel Arteta", "his wife
Victoria", "son Brooklyn", "Mikel Arteta said", "Ana Ruiz, 52,": the capitalized words are a
person's name whatever the small model's label (none, or a place for a
first name like "Brooklyn", when the noun comes first). A role or kin noun
right beside the name is evidence enough for one word; a speech verb's subject must be a first name
and a surname, since a lone capitalized subject of "said" is as often an
organization; so must a name with an age in commas after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .names import adopt
from .noun_kinds import person_noun

_MAX_WORDS = 3
_ORG_NOUNS = lexicon.words("organization_nouns.txt")
_PLACE_LIKE = frozenset({"GPE", "LOC", "FAC"})  # first names like "Brooklyn", "Victoria"


def introduced_people(
    doc: Doc, people: list[Cluster], refs: dict[int, Cluster], *, roles, kin, titles, not_names, speech, org_nouns
) -> list[Cluster]:
    """Untagged names beside a role or kin noun, or subjects of speech verbs; returns the new people.

    roles, kin: role and kinship nouns (lower-case) to their implied gender, in their first column.
    speech: lemmas of verbs that attribute speech ("say", "tell").
    org_nouns: words that make a name an organization's ("Conference", "Council").
    """
    spans = []
    for i in scan.indices(doc, pos=("PROPN",)):
        if i in refs:
            continue  # before making a Token: most proper nouns are in a name already
        token = doc[i]
        if not _name_word(token, titles, roles, not_names):
            continue
        if any(c.dep_ in ("compound", "flat") and c.i > token.i for c in token.children):
            continue  # not the name's head word
        span = _name_span(token, refs, titles, roles, not_names)
        if span is None:
            continue
        if any(c.dep_ == "det" for c in token.children) or any(t.lower_ in org_nouns for t in span):
            continue  # "originally a Protestant"; "the secretary of CEI (Italian Episcopal Conference)"
        noun = _role_beside(token, span, roles, kin)
        if noun is not None and _named_otherwise(noun, token, refs):
            continue
        place_like = any(t.ent_type_ for t in span)
        if noun is not None and (not place_like or _place_like_person(span, noun)):
            table = kin if noun.lemma_.lower() in kin or noun.lower_ in kin else roles
            row = table.get(noun.lower_) or table.get(noun.lemma_.lower()) or ("",)
            spans.append((span, row[0] if row else ""))
        elif len(span) >= 2 and not any(t.ent_type_ for t in span) and (_speaks(token, speech) or _aged(token)):
            spans.append((span, ""))
    return adopt(doc, people, refs, spans)


def _place_like_person(span: Span, noun: Token) -> bool:
    """A name the model took for a place that a role or kin noun says is a person: one word after the noun
    ("son Brooklyn"), or a first name and surname before an apposition ("Ihara Saikaku, a 17th-century writer";
    a place's apposition is a place noun, "Paris, the capital")."""
    return len(span) == 1 and noun.i < span.start or len(span) >= 2 and noun.i > span.end and noun.dep_ == "appos"


def _name_word(token: Token, titles, roles, not_names) -> bool:
    lower = token.lower_.rstrip(".")
    return (
        token.text[:1].isupper()
        and token.text.isalpha()
        and not token.text.isupper()
        and lower not in titles
        and lower not in roles
        and lower not in not_names
        and (not token.ent_type_ or token.ent_type_ in _PLACE_LIKE or token.ent_type_ == "PERSON")
    )


def _name_span(head: Token, refs, titles, roles, not_names) -> Span | None:
    """The head word and the capitalized name words compounded onto it just before ("Mikel" of "Mikel Arteta")."""
    doc = head.doc
    lo = head.i
    while lo > 0 and head.i - lo + 1 < _MAX_WORDS:
        prev = doc[lo - 1]
        if prev.i in refs or prev.dep_ not in ("compound", "flat") or prev.head.i != head.i:
            break
        if prev.pos_ != "PROPN" or not _name_word(prev, titles, roles, not_names):
            break
        lo -= 1
    if lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper() and doc[lo - 1].i not in refs:
        prev = doc[lo - 1]  # a longer run of capitals: part of some other name ("Bank of England Governor")
        if prev.lower_.rstrip(".") not in titles and prev.lower_ not in roles:
            return None
    return doc[lo : head.i + 1]


def _role_beside(head: Token, span: Span, roles, kin) -> Token | None:
    """The lower-case role or kin noun the name is in apposition with or compounded onto, if any."""
    def described(t: Token) -> bool:
        lower, lemma = t.lower_, t.lemma_.lower()
        return t.pos_ == "NOUN" and t.text.islower() and (lower in roles or lemma in roles or lower in kin or lemma in kin)

    if head.dep_ == "appos" and described(head.head) and head.head.i < span.start:
        return head.head  # "the Arsenal manager, Mikel Arteta"; "his wife, Victoria"
    for child in head.children:
        if child.dep_ == "compound" and child.i < span.start and described(child):
            return child  # "manager Mikel Arteta", "son Brooklyn"
        if child.dep_ == "appos" and child.i > head.i and child.tag_ != "NNS" and (
            described(child) or not any(t.ent_type_ for t in span) and _determined_person(child)
        ):
            return child  # "Mikel Arteta, the Arsenal manager,"; "Adele, the maid,"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and described(before) and before.head.i == head.i:
        return before
    return None


def _determined_person(noun: Token) -> bool:
    """"Adele, the maid,": a lower-case noun whose first WordNet sense is a person, with its own determiner, in
    commas after a name the model left untagged (a role list's noun is evidence without them). Not a noun an
    organization is called by too ("Saudi Arabia, the world's largest oil exporter", `organization_nouns.txt`)."""
    if noun.lower_ in _ORG_NOUNS or noun.lemma_.lower() in _ORG_NOUNS:
        return False
    doc = noun.doc
    closed = noun.right_edge.i + 1 < len(doc) and doc[noun.right_edge.i + 1].text in (",", ".", ";", ")")
    determined = any(c.dep_ == "det" and c.i == noun.left_edge.i for c in noun.children)
    return closed and determined and noun.text.islower() and person_noun(noun)


def _named_otherwise(noun: Token, name: Token, refs) -> bool:
    """The role noun has another name in apposition that the model tagged ("…, Nunzio Galantino,")."""
    return any(c.dep_ == "appos" and c.i != name.i and c.i in refs for c in noun.children)


def _aged(head: Token) -> bool:
    """The name has an age in commas after it ("Ana Ruiz, 52, has run …"), as only a person's name has."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "appos" and child.like_num and child.text.isdigit() and 0 < int(child.text) < 120:
            after = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if doc[child.i - 1].text == "," and child.i - 1 == head.i + 1 and after is not None and after.text == ",":
                return True
    return False


def _speaks(head: Token, speech) -> bool:
    """The name is the subject of a speech verb ("Mikel Arteta said", "said Mikel Arteta")."""
    return head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in speech
