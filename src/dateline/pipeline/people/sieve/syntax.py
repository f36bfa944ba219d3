"""What the parse says around a word: a verb's subject, object and negation, a copula, a phrase's opening."""

from __future__ import annotations

from spacy.tokens import Token

from .noun_kinds import noun_kind

_CLAUSES = frozenset({"relcl", "acl"})  # a clause a noun's predicate may hold
_COPULAS = frozenset({"be", "become", "remain"})
_CURLY_BE = frozenset({"’s", "’re", "’m"})  # the model lemmatizes "he’s" (a curly apostrophe) to "’"
OPENING_BRACKETS, CLOSING_BRACKETS = frozenset("(["), frozenset(")]")


def copula(verb: Token) -> bool:
    """"is", "became", "remained", and the curly "’s" the model lemmatizes to "’" (not a possessive)."""
    return verb.lemma_ in _COPULAS or verb.lower_ in _CURLY_BE and verb.tag_ != "POS"


def predicate_nominative(token: Token) -> bool:
    """A predicate nominative, or one coordinated onto the copula beside another ("He's a blogger and the
    South Asia editor for Global Voices": the parse hangs the second on the verb)."""
    head = token.head
    if not copula(head):
        return False
    if token.dep_ == "attr":
        return True
    attr = next((c for c in head.children if c.dep_ == "attr" and c.i < token.i), None) if token.dep_ == "conj" else None
    if attr is None:
        return False
    # Past a clause of the first predicate, only a noun of a person's or organization's kind: "the first super
    # we've had who keeps the boiler, the door buzzers, and …" lists what he keeps, though the parse hangs the
    # nouns on the copula; "the only candidate who believes …, and the only candidate who stands" is two.
    return noun_kind(token) is not None or not any(c.dep_ in _CLAUSES and c.i < token.i for c in attr.children)


def indefinite(noun: Token) -> bool:
    """The noun has "a" or "an" for its determiner."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the clause it leaves its subject to: the verb it is coordinated with
    ("He recovered and became a prisoner"), the verb whose complement it is ("he would claim to have
    acquired [it] as a schoolboy"; its object, when it has one: "asked him to serve as"), the main clause
    of a participle ("While primarily used as an infielder, he has started …")."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct]
        if subjects:  # the nearest before the verb: a misparse can give it two ("a classmate, Kaho Tanabe, …, Higuchi decided")
            return max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[0])
        if verb.head.i == verb.i or any(c.dep_ in ("expl", "csubj") for c in verb.children):
            return None  # "there being poor rewards awaiting a mathematician": no one's
        if verb.dep_ == "xcomp" and object_of(verb.head) is not None:
            return object_of(verb.head)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "made history by being the first runner": the verb the gerund's "by" is on
            continue
        if verb.dep_ not in ("conj", "xcomp") and not (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")):
            return None
        verb = verb.head
    return None


def object_of(verb: Token) -> Token | None:
    """The verb's direct object."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def negated(verb: Token) -> bool:
    """The verb has a negation ("was not", "never became")."""
    return any(c.dep_ == "neg" for c in verb.children)


def opening(token: Token) -> int:
    """The first word of the token's phrase, past any punctuation or space it opens with."""
    lo = token.left_edge.i
    while lo < token.i and (token.doc[lo].is_punct or token.doc[lo].is_space):
        lo += 1
    return lo


def split_start(token: Token) -> int:
    """Where the word the tokenizer split at a hyphen begins ("co-star" is "co", "-", "star"): the token's own
    index when it is no such word's last part."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not doc[i - 2].is_alpha:
        return i
    return i - 2


def bracketed(token: Token) -> bool:
    """The phrase opens with a bracket: "(Moretti, 2013)"."""
    at = token.left_edge.i
    return at > 0 and token.doc[at - 1].text in OPENING_BRACKETS or token.doc[at].text in OPENING_BRACKETS
