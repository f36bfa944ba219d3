"""Syntax that keeps an it from any antecedent: an "it" that holds the place of a clause and stands for nothing."""

from __future__ import annotations

from spacy.tokens import Token

from .... import lexicon

_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "xcomp"})
_PREDICATES = lexicon.words("coref/pleonastic_predicates.txt")


def pleonastic(token: Token) -> bool:
    """"It is unlikely that …", "it seems that …": a subject it whose verb's clause comes after it.

    "Seem" or "appear" with a complement clause; "be" with a clause after it
    and, between the it and the clause, a predicate of such an it
    (`pleonastic_predicates.txt`: "It's by no means clear how …", "it was too
    late to …"), or no predicate at all ("it's like …"). "It is willing to
    negotiate" is a company.
    """
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    verb = token.head
    heads = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    clause = next((c for h in heads for c in h.children if c.dep_ in _CLAUSE_DEPS and c.i > token.i
                   and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return False
    if verb.lemma_ in ("seem", "appear"):
        return clause.dep_ == "ccomp" and clause.head.i == verb.i
    if verb.lemma_ != "be" and not (verb.norm_ == "'s" and verb.tag_.startswith("VB")):
        return False  # the model leaves a curly "’s" unlemmatized
    between = token.doc[token.i + 1 : clause.left_edge.i]
    if any(t.lemma_.lower() in _PREDICATES and t.pos_ in ("ADJ", "NOUN", "ADV") for t in between):
        return True
    return len(heads) == 1 and clause.dep_ == "ccomp"
