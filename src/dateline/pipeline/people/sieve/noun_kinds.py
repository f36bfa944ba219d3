"""What a common noun can describe by the word lists: a person, an organization, or neither.

One lookup of the three lists (`organization_nouns.txt`, `role_nouns.tsv`, `wordnet_nouns.tsv`) serves
every reader; where a word is on both sides ("producer", "carrier", "publisher"), each reader says which wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from .... import lexicon

_SENSES = {("person",): "PERSON", ("organization",): "ORG"}
_PERSON, _ORG, _EITHER, _NEITHER = frozenset({"PERSON"}), frozenset({"ORG"}), frozenset({"PERSON", "ORG"}), frozenset()


def listed(lemma: str, lower: str = "") -> tuple[bool, bool]:
    """Whether the word (its lemma or its lower-case form) is an organization noun, and whether a role noun."""
    orgs, roles = lexicon.words("organization_nouns.txt"), lexicon.lower_table("role_nouns.tsv")
    return lemma in orgs or lower in orgs, lemma in roles or lower in roles


def sense(lemma: str) -> str | None:
    """PERSON or ORG when the noun's first WordNet sense is a person or an organization, else None."""
    return _SENSES.get(lexicon.lower_table("wordnet_nouns.tsv").get(lemma))


def noun_kind(token: Token) -> str | None:
    """PERSON or ORG for a singular common noun that can only describe one of them (a role noun, an
    organization noun, a noun whose first WordNet sense is a person or an organization), else None.

    Where a word is on both sides, the organization noun's list wins, then the role nouns, then WordNet.
    """
    if token.tag_ != "NN":
        return None
    lemma = token.lemma_.lower()
    org, role = listed(lemma, token.lower_)
    return "ORG" if org else "PERSON" if role else sense(lemma)


def group_kinds(group: Token) -> frozenset[str]:
    """The labels a member of "one of <group>" may bear: people for "the founders", "them", "us".

    Where a word is on both sides, the person's lists win (role nouns and WordNet), then the organization's.
    """
    if group.pos_ == "PRON":
        return _EITHER if group.lower_ == "them" else _PERSON
    lemma = group.lemma_.lower()
    org, role = listed(lemma)
    if lemma in ("people", "person") or role or person_noun(group):
        return _PERSON
    return _ORG if org or sense(lemma) == "ORG" else _NEITHER


def person_noun(token: Token, pos: str = "NOUN") -> bool:
    """A common noun whose first WordNet sense is a person ("his fiancée", "the womanizer")."""
    # the table read here, not through sense(): this is asked of most nouns, and a call costs more than the lookup
    return token.pos_ == pos and lexicon.lower_table("wordnet_nouns.tsv").get(token.lemma_.lower()) == ("person",)


def person_or_role_noun(token: Token) -> bool:
    """A role noun (`role_nouns.tsv`) or a common noun whose first WordNet sense is a person."""
    return listed(token.lemma_.lower())[1] or person_noun(token)
