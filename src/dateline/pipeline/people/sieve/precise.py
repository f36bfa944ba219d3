"""Precise constructs: appositions and predicate nominatives tie a description to a name.

"Mary Barra, the company's chief executive," / "the chief executive, Mary
Barra," / "Byron was an unskilled cricketer": the description is a mention of
the name's cluster, and its head noun ("executive") is remembered so that a
later "the chief executive" comes back to the same cluster. Which nouns are
read is `linking_nouns`; which name each is tied to, `appositions`.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import ENT_TYPE, POS
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .appositions import named_partner, one_of, role_before_name
from .clusters import add_span
from .linking_nouns import candidates
from .noun_kinds import noun_kind, person_noun  # noqa: F401  (noun_kind: kept importable from here)
from .syntax import opening, split_start

_NOT_DESCRIPTIONS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "GPE", "LOC"})
_NOT_DESCRIPTION_KEYS = frozenset(get_string_id(label) for label in _NOT_DESCRIPTIONS)  # as the ENT_TYPE column holds them
_NUM = IDS["NUM"]


def description_span(doc: Doc, noun: Token) -> Span:
    """The noun phrase up to its head: determiner, possessor and modifiers, not what follows the noun."""
    return doc[opening(noun) : noun.i + 1]


def link_descriptions(
    doc: Doc, refs: dict[int, Cluster], *, nouns: frozenset[str], seen: set[int], heads=None,
    since: dict[int, Cluster] | None = None,
) -> dict[Cluster, set[str]]:
    """Appositions and predicate nominatives next to a resolved mention; returns the heads each cluster got.

    Run again once pronouns are resolved ("He was a businessman"); `seen`
    holds the head tokens already linked, so no description is added twice.
    since: `refs` as it was at the last run; only sentences where it changed
    are read again (a noun's partner is always in its own sentence).
    """
    heads = defaultdict(set) if heads is None else heads
    if not refs:
        return heads  # every partner is a resolved mention: with none, no noun can have one
    pos, ent_type = scan.columns(doc, (POS, ENT_TYPE))
    for i in candidates(doc, refs, since):
        if i in seen or pos[i] != _NUM and ent_type[i] in _NOT_DESCRIPTION_KEYS:  # no Token made of a date's noun
            continue
        token = doc[i]
        if pos[i] == _NUM:  # "one of the founders", often tagged CARDINAL
            cluster = one_of(token, refs)
            if cluster is not None:
                add_span(cluster, doc[i : i + 1], "description", None, head=i)
                seen.add(i)
            continue
        if not _describes(token, nouns):  # a date's or a place's noun was passed over above
            continue
        cluster = named_partner(token, refs) or role_before_name(token, refs, nouns)
        if cluster is None:
            continue
        span = description_span(doc, token)
        if token.dep_ == "compound":  # "the Surrealist artist Max Ernst": the name's determiner opens it
            span = doc[min(span.start, opening(token.head)) : token.i + 1]
        if split_modifier(token):  # "co-star", not "star"
            span = doc[min(span.start, split_start(token)) : token.i + 1]
        span = _past_other_names(_past_own_name(span, cluster, refs), token, cluster, refs)
        if span is None:
            continue
        add_span(cluster, span, "description", None, head=token.i)
        seen.add(token.i)
        heads[cluster].add(token.lemma_.lower())
    return heads


def _past_own_name(span: Span, cluster: Cluster, refs: dict[int, Cluster]) -> Span:
    """The span from after the partner's own name and its comma ("Sahar, managing editor" is "managing editor")."""
    own = [t.i for t in span if refs.get(t.i) is cluster]
    if not own or own[-1] + 1 >= span.end or span.doc[own[-1] + 1].text != ",":  # the name may end the Doc
        return span
    return span.doc[own[-1] + 2 : span.end]


def _past_other_names(span: Span, token: Token, cluster: Cluster, refs: dict[int, Cluster]) -> Span | None:
    """The span from after the last word another cluster holds: "an American YouTube personality" with
    "American YouTube" tagged an organization is "personality" (a possessor, "the company's", may stay);
    None when the other name is no mere modifier of the noun."""
    # An organization's possessive may stay ("the Libertarian Party's nominee"); a person's, only its head word.
    owned = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree
             if t.dep_ == "poss" or getattr(refs.get(c.i), "label", "") == "ORG"}
    foreign = [t for t in span if t.i != token.i and t.i not in owned and refs.get(t.i) not in (None, cluster)]
    if not foreign:
        return span
    rest = span.doc[foreign[-1].i + 1 : token.i + 1]
    # A name set off by a comma is an apposition of its own ("Sahar, managing editor"); a plural is no one.
    if token.pos_ != "NOUN" or token.tag_ != "NN" or any(t.dep_ not in ("compound", "amod") for t in foreign):
        return None
    return rest if not any(t.is_punct and not (t.i > rest.start and _word_hyphen(t)) for t in rest) else None


def _word_hyphen(token: Token) -> bool:
    """The hyphen inside a word the tokenizer split ("co-star"), not one joining the other name ("Polaroid-room")."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and not doc[token.i - 1].whitespace_


def _describes(token: Token, nouns: frozenset[str]) -> bool:
    """A common noun (or a capitalized role noun: "the Secretary") that can describe a person or organization.

    Not a noun for a name or a word ("German pronunciation", "her pseudonym", `coref/name_nouns.txt`): it
    describes what someone is called, not who.
    """
    if token.lemma_.lower() in lexicon.words("coref/name_nouns.txt"):
        return False
    if token.pos_ == "NOUN" or token.lower_ in nouns or token.lemma_.lower() in nouns:
        return True
    if token.pos_ in ("ADJ", "ADV") and _predicate_modifier(token):  # a noun tagged as a modifier
        return person_noun(token, pos=token.pos_)
    if token.pos_ == "ADJ" and split_modifier(token):  # "partnered with co-star Jensen Ackles": "star" JJ
        return token.lower_ in nouns or token.lemma_.lower() in nouns
    return token.pos_ == "PROPN" and token.text.islower() and person_noun(token, pos="PROPN")  # "our geographer"


def split_modifier(token: Token) -> bool:
    """The last part of a hyphenated word the parse made a name's modifier: "co-star Jensen Ackles" is "co",
    "-", "star" (JJ, amod of "Ackles")."""
    return token.dep_ in ("amod", "compound") and token.head.pos_ == "PROPN" and split_start(token) < token.i


def _predicate_modifier(token: Token) -> bool:
    """"appointed him steward", "he's the first super we've had": an object predicate or a predicate nominative
    the tagger read as an adverb, or as an adjective with a determiner ("he is white", "declared the bank
    insolvent" have none)."""
    if token.dep_ not in ("oprd", "attr"):
        return False
    return token.pos_ == "ADV" and token.dep_ == "oprd" or any(c.dep_ == "det" for c in token.children)
