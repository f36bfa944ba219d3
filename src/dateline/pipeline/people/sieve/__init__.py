"""A multi-pass coreference sieve for people and organizations (after Lee et al. 2013).

Passes run from the most precise to the loosest, each on the clusters the
earlier ones built: name variants (nicknames, slips, acronyms, short forms,
unlabelled subjects, repaired types), then appositions and predicate
nominatives, then third-person pronouns and definite descriptions by agreement
and salience. First- and second-person pronouns need the quotations and the
shape of the article (an interview, a letter), so they are resolved later, by
the `dateline_dialogue` component (`dialogue.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from .... import lexicon
from ..entities import Cluster
from . import names, precise, pronouns
from .aliases import join_aliases
from .groups import peoples
from .regnal import regnal_people
from .institutions import link_institutions
from .introduced import introduced_people
from .untagged_orgs import untagged_organizations
from .things import drop_things
from .confidence import drop_unlikely
from .titled_predicates import titled_predicates
from .types import merge_titles, repair_types, title_heads
from .clusters import renumber
from .unnamed import restore as restore_unnamed


@dataclass(slots=True)
class SieveLexicon:
    pronouns: dict[str, pronouns.Pronoun]
    roles: dict[str, tuple[str, ...]]
    org_nouns: frozenset[str]
    kin: frozenset[str]
    titles: dict[str, str]
    not_names: frozenset[str]
    speech: frozenset[str] = frozenset()
    org_name_words: frozenset[str] = frozenset()  # "Academy", "Post": words that make a name an organization's
    heads: dict[Cluster, set[str]] = field(default_factory=dict)
    linked: set[int] = field(default_factory=set)  # head tokens of the descriptions the precise pass linked
    unnamed: dict[int, Cluster] = field(default_factory=dict)  # tokens of the people the pronoun walk left unnamed


@cache
def _tables() -> tuple:
    rows = lexicon.lower_table("coref/pronouns.tsv")
    table = {k: pronouns.Pronoun(*(v + ("",) * 5)[:5]) for k, v in rows.items()}
    honorifics = lexicon.table("honorifics.tsv")
    titles = {k.lower().rstrip("."): (v[0] if v else "") for k, v in honorifics.items()}
    cues = lexicon.table("quotes/cue_verbs.tsv")
    speech = frozenset(k.lower() for k, v in cues.items() if v and v[0] in ("speech", "writing"))
    return table, titles, speech


def sieve_lexicon() -> SieveLexicon:
    """The word lists of the passes, with an empty `heads` of its own (the article's description heads)."""
    return SieveLexicon(**_lists())


@cache
def _lists() -> dict:
    """The lists themselves, read and combined once: the sieve and the dialogue component ask for them per article."""
    table, titles, speech = _tables()
    return dict(
        pronouns=table,
        roles=lexicon.lower_table("role_nouns.tsv"),
        org_nouns=lexicon.words("organization_nouns.txt"),
        kin=frozenset(lexicon.lower_table("kinship.tsv")),
        titles=titles,
        not_names=lexicon.words("not_names.txt"),
        speech=speech,
        org_name_words=lexicon.words("coref/organization_name_words.txt"),
    )


@cache
def described_nouns() -> frozenset[str]:
    """The nouns that can describe a person or organization: role, organization and kin nouns."""
    lex = _lists()
    return lex["org_nouns"] | frozenset(lex["roles"]) | lex["kin"]


@cache
def _organization_words() -> frozenset[str]:
    lex = _lists()
    return lex["org_nouns"] | lex["org_name_words"]


@cache
def _organization_heads() -> frozenset[str]:
    heads = _organization_words() | lexicon.words("coref/organization_heads.txt")
    return heads - lexicon.words("coref/organization_heads_not.txt")


def resolve(doc: Doc, people: list[Cluster], orgs: list[Cluster], refs: dict[int, Cluster]) -> tuple[list, list]:
    """Run every pass; returns the people and organizations, renumbered."""
    lex = sieve_lexicon()
    names.merge_people(people, refs)
    people.extend(names.titled_people(doc, people, refs, titles=lex.titles, roles=lex.roles))
    kin = lexicon.lower_table("kinship.tsv")
    people.extend(introduced_people(doc, people, refs, roles=lex.roles, kin=kin, titles=lex.titles,
                                    not_names=lex.not_names, speech=lex.speech, org_nouns=_organization_words()))
    orgs.extend(untagged_organizations(doc, orgs, refs, heads=_organization_heads()))
    found = names.discover_people(doc, people, refs, not_names=lex.not_names)
    names.absorb_organizations(found, orgs, refs)
    people.extend(found)
    join_aliases(doc, people, refs)
    people.extend(peoples(doc, people, refs))
    people.extend(regnal_people(doc, people, refs, titles=lex.titles))
    repair_types(people, orgs, doc, refs, titles=lex.titles, roles=lex.roles, org_nouns=lex.org_nouns)
    names.merge_organizations(orgs, refs)
    names.attach_acronyms(doc, orgs, refs)
    names.repeat_organization_names(doc, orgs, refs)
    names.short_organization_names(doc, people, orgs, refs)
    described = described_nouns()
    seen = lex.linked  # the pronoun walk's descriptions leave these alone
    lex.heads = precise.link_descriptions(doc, refs, nouns=described, seen=seen)
    linked = dict(refs)  # what the second run need not read again
    merge_titles(people, refs, lex.heads, titles=lex.titles, roles=lex.roles)
    title_heads(doc, people, lex.heads, titles=lex.titles, roles=lex.roles)
    pronouns.resolve(doc, people, orgs, refs, lex=lex)
    link_institutions(doc, orgs, refs, listed=described)
    precise.link_descriptions(doc, refs, nouns=described, seen=seen, heads=lex.heads, since=linked)
    titled_predicates(doc, refs, roles=lex.roles, titles=lex.titles)
    names.names_inside_organizations(doc, people, orgs)
    drop_things(people, orgs, doc, refs, titles=lex.titles, speech=lex.speech, described=described)
    drop_unlikely(people, doc, refs, titles=lex.titles, speech=lex.speech, person_nouns=described)
    restore_unnamed(refs, lex.unnamed)  # out of `people`: no person of the record, a speaker's description
    return renumber(people, "p"), renumber(orgs, "o")
