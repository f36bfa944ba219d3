"""Evidence, from a whole cluster, that a "person" the model typed PERSON is an organization ("Neuralink", "OpenAI").

The pronoun pass lets such a cluster take an organization's it/its/they/their
while it stays a person for everything else: retyping it (pron8, thirteenth
round) cost real people their he and she. The evidence is read only for a
name no person's evidence speaks for: no honorific, no gender, no usual first
name. Any one of these counts:

* the name's shape: a word with a capital inside it after three lower-case
  letters ("OpenAI", "ResearchGate"; not "McCain", "DiCaprio", "LeBron");
* an organization noun beside a name mention: "the company Neuralink",
  "Pixar, a studio", "Pixar is a studio";
* an organization's verb (`coref/organization_verbs.tsv`) with a name mention in
  its organization's place: "established Neuralink", "Pixar hired";
* a one-word name that is a common noun of an organization ("the Enemy"),
  always written after "the".

Such a cluster also takes "the company" when the text already described it so,
and once so described, no he or she.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from .... import lexicon
from ..entities import NAME_KINDS, Cluster
from .clusters import add_span

_INNER_CAPITAL = re.compile(r"[a-z]{3}[A-Z]")
_SUBJECTS = frozenset({"nsubj"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})


def organization_like(people: list[Cluster], doc: Doc, *, org_nouns, titles) -> frozenset[Cluster]:
    """The people whose cluster has an organization's evidence and no person's."""
    first_names = lexicon.lower_table("coref/first_names.tsv")
    out = []
    for c in people:
        words = c.name.split()
        if not words or len(words) > 3 or c.gender_evidence or c.group:
            continue
        row = first_names.get(words[0].lower())
        if row is not None and (len(words) > 1 or row[1:2] != ("surname",)):
            continue  # as `pronouns.name_genders` reads a first name
        names = [m for m in c.mentions if m.kind in NAME_KINDS]
        if not names or any(m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in titles for m in names):
            continue
        if _shaped(words) or _group_noun(words, names, doc) or any(
            _organization_place(doc[m.end - 1], org_nouns) for m in names
        ):
            out.append(c)
    return frozenset(out)


def _shaped(words: list[str]) -> bool:
    """"OpenAI": a capital after three lower-case letters of the same word, which a person's name seldom has."""
    return any(_INNER_CAPITAL.search(w) for w in words)


def _group_noun(words: list[str], names, doc: Doc) -> bool:
    """"the Enemy's frontline": a one-word name that is a noun of an organization, always after "the"."""
    if len(words) != 1 or lexicon.lower_table("wordnet_nouns.tsv").get(words[0].lower()) != ("organization",):
        return False
    return all(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in names)


def _organization_place(root: Token, org_nouns) -> bool:
    """A name mention beside an organization noun or in an organization verb's place."""
    nouns = _organization_heads(org_nouns)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in nouns:
        return True  # "the company Neuralink"
    children = list(root.children)
    if not any(c.dep_ == "conj" for c in children) and any(  # "Redstone and MCV Holdings Inc, a group": the last's
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns for c in children
    ):
        return True  # "Pixar, a studio"
    verb = root.head
    if root.dep_ in _SUBJECTS and verb.lemma_ == "be":  # "Pixar is a studio"
        return any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns for c in verb.children)
    place = _verbs().get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    return place == "subject" and root.dep_ in _SUBJECTS or place == "object" and root.dep_ in _OBJECTS


@cache
def _organization_heads(org_nouns: frozenset[str]) -> frozenset[str]:
    return org_nouns | lexicon.words("coref/organization_heads.txt")


@cache
def _verbs() -> dict[str, str]:
    return {verb: row[0] for verb, row in lexicon.lower_table("coref/organization_verbs.tsv").items()}


def described_as_before(noun: Token, org_like: frozenset, refs, tracker, lex) -> bool:
    """"the company Neuralink … (the company is still small)": "the" and an organization noun for the one person
    of the window with an organization's evidence that the text already described by that noun."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.org_nouns:
        return False
    det = next((c for c in noun.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return False
    found = [c for _, _, c in tracker.ranked(noun, lambda c: c in org_like) if lemma in lex.heads.get(c, ())]
    if len(found) != 1:
        return False
    add_span(found[0], noun.doc[det.i : noun.i + 1], "description", refs, head=noun.i)
    tracker.see(found[0], noun)
    return True


def described_as_organization(cluster: Cluster) -> bool:
    """Whether a person with an organization's evidence was already described by an organization noun ("the company").

    Its it/its/they alone do not keep it from a he or she: a one-word
    "person" that loses every he may then be dropped as a thing ("the Enemy").
    """
    nouns = lexicon.words("organization_nouns.txt")
    return any(m.kind == "description" and m.text.rsplit(None, 1)[-1].lower() in nouns for m in cluster.mentions)
