"""The name an unnamed quote speaker is given: the description's core, with or without its possessor.

"the Joneses' lawyer" keeps whose lawyer it is, "Malaysia's Prime Minister" is
the "Prime Minister", "PC World's analysis" is PC World's, "Brighton's tourism
office" speaks as the office (`dialogue.py` `_respeak` calls it).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .... import lexicon
from . import sieve_lexicon


def core(span) -> str:
    """A description without its appositive or clause after a comma, and without a possessor but a person's."""
    doc = span.doc
    end = next((t.i for t in span if t.text == "," and t.i > span.start), span.end)
    start = span.start
    root = span.root
    poss = next((c for c in root.children if c.dep_ == "poss" and c.i >= span.start), None)
    if poss is not None and poss.right_edge.i + 1 < root.i + 1:
        lex = sieve_lexicon()
        role = root.lemma_.lower() in lex.roles
        start = poss.right_edge.i + 1
        while start < end and doc[start].tag_ == "POS":
            start += 1
        if root.lower_ in lex.kin or root.lemma_.lower() in lex.kin:
            start = poss.left_edge.i  # "her husband": a kin word is nobody without its possessor
        elif role and _personal_possessor(poss):
            start = poss.left_edge.i  # "the Joneses' lawyer": whose lawyer says who speaks; "Malaysia's" would not
        elif people_noun(root) and not role:
            start = poss.left_edge.i  # "her family", "Savage's readers": the people, not their possessor
        elif root.tag_ == "NN" and root.lower_ in lex.org_nouns and poss.pos_ in ("PROPN", "NOUN"):
            start = poss.left_edge.i  # "Brighton's tourism office": an office of Brighton, not Brighton, speaks
        elif poss.pos_ in ("PROPN", "NOUN") and not role:
            start, end = poss.left_edge.i, poss.i + 1  # "PC World's analysis": PC World speaks
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end].text if end > start else ""


def _personal_possessor(poss: Token) -> bool:
    """A possessor that is people: a person's name ("Smith's lawyer"), a family ("the Joneses'"), "the family's",
    a person's pronoun ("my supervisor", as "my neighbour" and "her husband" keep theirs); not "its"."""
    if poss.pos_ == "PRON":
        return poss.lower_ != "its"
    if poss.ent_type_ in _NOT_PERSONAL:
        return False
    if poss.ent_type_ == "PERSON" or poss.tag_ == "NNPS":
        return True
    lemma = poss.lemma_.lower()
    return poss.pos_ == "NOUN" and (lemma in sieve_lexicon().kin or lemma in _person_nouns())


_NOT_PERSONAL = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})  # "Malaysia's Prime Minister", "Apple's chief"


@cache
def _person_nouns() -> frozenset[str]:
    """WordNet's nouns of a person ("victim", "driver") and couples ("family"), without organizations ("company")."""
    wordnet = lexicon.lower_table("wordnet_nouns.tsv")
    return frozenset(w for w, cells in wordnet.items() if cells and cells[0] == "person") | lexicon.words("couple_nouns.txt")


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people or groups (WordNet's person and organization nouns, couples): never their possessor."""
    return frozenset(lexicon.lower_table("wordnet_nouns.tsv")) | lexicon.words("couple_nouns.txt")


def people_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in _people_nouns() or token.lower_ in _people_nouns())
