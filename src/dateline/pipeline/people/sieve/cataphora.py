"""Cataphora: an article's opening description resolved by the name that follows.

News often opens on a person it names only later: "A former finance director
told a jury on Monday that he had been ordered to falsify the accounts. …
Daniel Reeve, 52, said …". The description (an indefinite person noun, the
subject of one of the first sentences, that no one holds yet) is the first
person the next paragraphs introduce as a subject or a quotation's speaker,
provided that person was not named before and the gender agrees; the
description's own sentence's unresolved he/she then go to that person too.
A definite role noun opens articles the same way ("The health secretary has
promised … Speaking …, Angela Frost said"), unless another role noun stands
right before the name, and gives that person its title.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from spacy.attrs import POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from .... import lexicon
from .. import scan
from ..entities import WRITTEN_NAME_KINDS, Cluster, RoleRef
from .clusters import SUBJECT_DEPS, add_span
from .precise import description_span

_LEDE_SENTENCES = 2  # sentences where an opening description may stand
_REACH_PARAGRAPHS = 2  # paragraphs after the description's where its name may come
_INDEFINITE = frozenset({"a", "an"})
_VOICE_NOUNS = lexicon.words("coref/unnamed_voice_nouns.txt")
_ORGANIZATION_NOUNS = lexicon.words("organization_nouns.txt")
_NOUN = IDS["NOUN"]


def resolve(
    doc: Doc, people: list[Cluster], refs: dict, *, roles, quotes, paragraph_starts: list[int], pronouns
) -> None:
    """Tie the opening description, if any, to the person it announces.

    roles: the role and person nouns (`role_nouns.tsv`), with the gender each implies.
    quotes: the article's quotations: a description that is the source of one
        ("A former accountant told a jury that …") is a person's, whatever its noun.
    """
    speakers = {q.speaker.person for q in quotes if q.speaker is not None and q.speaker.person}
    sources = [(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None and not q.speaker.person]
    pos = scan.column(doc, POS)  # only a common noun can be the description: no Token of the other words
    for sentence in islice(doc.sents, _LEDE_SENTENCES):
        nouns = (doc[i] for i in range(sentence.start, sentence.end) if pos[i] == _NOUN)
        noun = next((t for t in nouns if _opening_description(t, refs, roles, sources)), None)
        if noun is None:
            continue
        span = description_span(doc, noun)
        person = _announced(doc, span, sentence, people, roles, speakers, paragraph_starts)
        if person is None or (_definite(noun) or _unnamed_voice(noun)) and not _may_hold(doc, person, noun, roles):
            return
        add_span(person, span, "description", refs, head=noun.i)
        if _definite(noun):  # "The health secretary": a title, as "Health Secretary Angela Frost" would give
            words = [t for t in span if t.dep_ != "det" and not t.is_punct]
            title = doc[words[0].i : noun.i + 1] if words else span
            person.roles.append(RoleRef(title.text.lower(), None, span.start_char, span.end_char))
        _own_pronouns(sentence, noun, person, refs, pronouns)
        return


def in_lede(token: Token) -> bool:
    """In the article's first sentences, where an opening description waits for the name this pass gives it."""
    return any(token.i < sentence.end for sentence in islice(token.doc.sents, _LEDE_SENTENCES))


def _opening_description(token: Token, refs: dict, roles, sources) -> bool:
    """"A former accountant told …": an indefinite singular noun of a person (a role noun, or a quotation's
    source), a clause subject, held by no one."""
    if token.pos_ != "NOUN" or token.tag_ == "NNS" or token.dep_ not in SUBJECT_DEPS or token.i in refs:
        return False
    person = token.lemma_.lower() in roles or token.lower_ in roles
    if not person and not any(s <= token.idx < e for s, e in sources):
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children) or person and _definite(token)


def _unnamed_voice(noun: Token) -> bool:
    """A spokesperson, or a group or firm ("A group of affiliated firms said …"): no one person named later."""
    lemma = noun.lemma_.lower()
    return lemma in _VOICE_NOUNS or lemma in _ORGANIZATION_NOUNS


def _definite(noun: Token) -> bool:
    """"The health secretary has promised …": a role noun after "the" opening an article is someone the next
    paragraphs name ("… Angela Frost said"), as an indefinite one is."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _may_hold(doc: Doc, person: Cluster, noun: Token, roles) -> bool:
    """A definite description, or an unnamed voice's, goes only to a person with no other role noun right before
    the first name ("The health secretary … Labour spokesman Nick Bright", "a union spokesperson … General
    secretary Mick Lynch", "A group of firms … Chairman Carl Singer": not theirs)."""
    first = min((m for m in person.mentions if m.kind in WRITTEN_NAME_KINDS), key=lambda m: m.start)
    before = doc[first.start - 1] if first.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.lower_ == noun.lower_:
        return True
    return before.lemma_.lower() not in roles and before.lower_ not in roles


def _announced(doc: Doc, span: Span, sentence: Span, people, roles, speakers, paragraph_starts) -> Cluster | None:
    """The first person named after the description's sentence, as a subject or a speaker, and not before it."""
    paragraph = bisect_right(paragraph_starts, span.start_char) - 1
    last = paragraph + 1 + _REACH_PARAGRAPHS
    limit = paragraph_starts[last] if last < len(paragraph_starts) else doc[-1].idx + len(doc[-1].text_with_ws)
    implied = roles.get(span.root.lemma_.lower()) or roles.get(span.root.lower_) or ("",)
    gender = implied[0] or None
    best: tuple[int, Cluster] | None = None
    for cluster in people:
        if cluster.label != "PERSON":
            continue
        named = [m for m in cluster.mentions if m.kind in WRITTEN_NAME_KINDS]
        if not named or min(m.start for m in cluster.mentions) < sentence.end:
            continue  # named before, or in the description's own sentence: someone else
        first = min(named, key=lambda m: m.start)
        if first.start_char >= limit or not (first.subject or cluster.id in speakers):
            continue
        if gender and cluster.gender and cluster.gender != gender:
            continue
        if best is None or first.start < best[0]:
            best = (first.start, cluster)
    return best[1] if best else None


def _own_pronouns(sentence: Span, noun: Token, person: Cluster, refs: dict, pronouns) -> None:
    """"… told a jury that he had been ordered …": the sentence's unresolved he/she are the person's."""
    for token in sentence:
        info = pronouns.get(token.lower_)
        if token.i <= noun.i or token.i in refs or info is None or info.person != "3" or info.animacy != "person":
            continue
        if info.number == "singular" and (person.gender in (None, info.gender)):
            add_span(person, sentence.doc[token.i : token.i + 1], "pronoun", refs)
