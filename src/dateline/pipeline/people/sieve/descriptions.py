"""Definite descriptions: "the singer", "the ministry" go to the salient cluster of their kind.

Called by the pronoun walk (`pronouns.resolve`) for every noun in text order,
so a description sees the same salience a pronoun there would: first a
cluster that already carries the same head noun, else the likeliest cluster
that agrees with it (a person of the role's gender, an organization).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster, RoleRef
from ..roles import role_title
from .clusters import add_span
from .coordinated import Group, adopt
from .syntax import subject_of
from .unnamed import description_key, opens_sentence, role_gender

_DESCRIBED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "poss"})
_NAME_AFTER = frozenset({"of", "for", "at", "who", "whose"})
_NEXT_PARAGRAPHS = 1  # paragraphs ahead a role's holder may be named ("the doctor" … "Dr. Steiner")
_UNNAMED_REACH = 2  # sentences back beyond which a named person is no likelier than someone new for a role
_PLACE_WINDOW = 3  # sentences back a place may name the organization ("sent to Harrow" … "the school")
_OTHER = {"male": "female", "female": "male"}
_LIST_OPENERS = frozenset({",", ":", "(", "-", "–", "—"})
_JOINERS = frozenset({",", "and", "&"})
_FULL_STOPS = frozenset({".", "!", "?", ";"})
_OPENING_BRACKETS, _CLOSING_BRACKETS = frozenset({"(", "["}), frozenset({")", "]"})
_LIST_REACH = 25  # tokens from a list's first name to its second ("Matilda Eve Goode [3] (b. March 2009) and Fern")
_MARRY = lexicon.words("coref/marriage_forms.txt")


def describe(doc: Doc, noun: Token, tracker, refs, lex) -> bool:
    """Link a description noun to its cluster; True when it is one (linked, or a person's role left open).

    `tracker` is the pronoun walk's `Salience`; a False answer lets the walk
    count the noun as a rival antecedent for "it" and "they".
    """
    lower, lemma = noun.lower_, noun.lemma_.lower()
    person = lower in lex.roles or lemma in lex.roles
    org = lower in lex.org_nouns or lemma in lex.org_nouns
    kin = lemma in lex.kin
    plural = noun.tag_ in ("NNS", "NNPS")
    if plural and (person or kin) and _listed_names(doc, noun, refs, tracker):
        return True  # before the precise pass's reading: it took "daughters, Emily …" for Emily's apposition
    if noun.i in lex.linked:
        return True  # an apposition or predicate the precise pass tied to its name ("Jason, who is our editor")
    if noun.dep_ not in _DESCRIBED_DEPS or not (person or org or kin) or plural:
        return False
    if org and _possessed_by_pronoun(noun):
        named = _named_for(noun, lower, lemma, tracker)  # "your office": a word of a near organization's name
        if named is not None:  # the noun alone: "your" is whoever the letter is to
            return _link(doc, noun, named, doc[noun.i : noun.i + 1], refs, tracker, person=False)
    if not _definite(noun) or not (person or org):
        if kin and _married_to(doc, noun, lemma, tracker, refs):
            return True
        if kin and _parent_named(doc, noun, lemma, tracker, refs):
            return True
        if not (person or kin):
            return False
        if _known_relative(doc, noun, lemma, tracker, refs, lex):
            return True
        if _indefinite_subject(noun):  # "A person who acts … He": someone new, whoever was named near
            return _unnamed(noun, lemma, tracker, refs, lex, org)
        return not _named_near(noun, lemma, tracker, refs, lex) and _unnamed(noun, lemma, tracker, refs, lex, org)
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and (after.pos_ == "PROPN" or after.lower_ in _NAME_AFTER):
        return person  # "the singer John Legend": the name is the mention; not a rival either
    gender = (lex.roles.get(lower) or lex.roles.get(lemma) or ("",))[0] if person else ""
    subject = _own_subject(noun, refs)
    if subject is not None and lemma in lex.heads.get(subject, ()):
        subject = None  # "Senator Casey … he thanked the senator": the pronoun is the likelier mistake

    unnamed = tracker.unnamed
    office = person and lemma in lex.titles  # "the secretary": a role that is also a title before names

    def agrees(c) -> bool:
        if c.label == "THING" or c is subject or c in unnamed:  # an unnamed person by its key alone (`_unnamed`)
            return False
        if person and c.label == "PERSON":
            return (not gender or c.gender in (None, gender)) and not (office and _holds_other_title(c, lemma, lex))
        return org and c.label == "ORG"
    ranked = tracker.ranked(noun, agrees)
    same = [r[2] for r in ranked if lemma in lex.heads.get(r[2], ())]
    if not same:  # "the doctor", further back than the window: the one cluster already so described
        holders = [c for c, heads in lex.heads.items() if lemma in heads and c.mentions and c.first < noun.i]
        same = holders if len(holders) == 1 and agrees(holders[0]) else []
    if not same and person and not org and tracker.unnamed.known(description_key(noun, lemma, refs)):
        return _unnamed(noun, lemma, tracker, refs, lex, org)  # "the doctor" again, no name carrying it near
    if not same and not ranked and person:
        same = _named_next(noun, lemma, tracker, lex, agrees)
    if not same and org and not person:  # "the society" for the Linguistic Society of America
        named = _named_for(noun, lower, lemma, tracker) or _named_after_place(doc, noun, lemma, tracker)
        same = [named] if named is not None else []
    if not ranked and not same:
        if person:
            _unnamed(noun, lemma, tracker, refs, lex, org)
        return person
    if not same and person and tracker.sentence(noun.i) - tracker.sentence(ranked[0][1]) > _UNNAMED_REACH:
        if _unnamed(noun, lemma, tracker, refs, lex, org):  # "the plaintiff", the named judge three sentences back
            return True
    cluster = same[0] if same else ranked[0][2]
    return _link(doc, noun, cluster, doc[_definite(noun).i : noun.i + 1], refs, tracker, person=person)


def _holds_other_title(cluster, lemma: str, lex) -> bool:
    """"Justice Alito … the Secretary signed": a person titled otherwise before their name is not "the secretary"."""
    heads = lex.heads.get(cluster, ())
    return lemma not in heads and any(h in lex.titles for h in heads)


def _unnamed(noun: Token, lemma: str, tracker, refs, lex, org: bool) -> bool:
    """A person description no name takes: the unnamed person it describes again ("the doctor" … "the doctor"),
    else a new one (`unnamed.py`), a pronoun antecedent for the rest of the walk. True: the noun is a person's."""
    key = None if org else description_key(noun, lemma, refs)
    if key is None:
        return False
    tracker.unnamed.describe(noun, key, role_gender(lemma, noun.lower_, lex), refs, tracker)
    return True


def _named_near(noun: Token, lemma: str, tracker, refs, lex) -> bool:
    """"Gloria developed severe eczema … Thomas Sam … decided to treat his daughter himself": a kin noun with a
    named person of its gender in the last sentences (`_UNNAMED_REACH`), not its possessor, may be that person —
    no one new to give her pronouns to; unless the same unnamed relative was described already."""
    if tracker.unnamed.known(description_key(noun, lemma, refs)):
        return False
    gender = role_gender(lemma, noun.lower_, lex)
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    owner = refs.get(poss.i) if poss is not None else None
    unnamed, here = tracker.unnamed, tracker.sentence(noun.i)

    def agrees(c) -> bool:
        return c.label == "PERSON" and c is not owner and c not in unnamed and (not gender or tracker.gender(c) in (gender, None))
    return any(here - tracker.sentence(i) <= _UNNAMED_REACH for _, i, _ in tracker.ranked(noun, agrees))


def _named_next(noun: Token, lemma: str, tracker, lex, agrees) -> list:
    """"I've seen the doctor twice, and he's convinced … I've promised Dr. Steiner": a role no one within reach
    holds is the one person the article describes by it (a title, an apposition), when that person is first named
    in the same paragraph or the next (`_NEXT_PARAGRAPHS`) — the text names the doctor it spoke of."""
    holders = [c for c, heads in lex.heads.items() if lemma in heads and c.mentions]
    if len(holders) != 1 or holders[0].label != "PERSON" or holders[0].first <= noun.i or not agrees(holders[0]):
        return []
    found = tracker.paragraph(holders[0].first) - tracker.paragraph(noun.i) <= _NEXT_PARAGRAPHS
    return holders if found else []


def _listed_names(doc: Doc, noun: Token, refs, tracker) -> bool:
    """"They have two daughters, Matilda … and Fern", "its main representatives (Douglass North, Ronald
    Coase, …)": a plural person noun right before a list of named people is their group; the list becomes a
    group cluster (as a plural pronoun makes one, `coordinated.adopt`) and the noun its description. The
    parse hangs such lists anywhere, so the list is read from the words: names joined by commas or "and".
    """
    first = _next_word(doc, noun.i + 1)
    cluster = refs.get(first) if first is not None else None
    if cluster is None or cluster.label != "PERSON" or doc[first].pos_ != "PROPN":
        return False
    members, last, joined, depth = {cluster}, first, False, 0
    for t in doc[first + 1 : first + _LIST_REACH]:  # not the parse's sentence: a "[3]" opens one
        other = refs.get(t.i)
        depth += (t.text in _OPENING_BRACKETS) - (t.text in _CLOSING_BRACKETS)
        if depth > 0 or t.text in _CLOSING_BRACKETS:
            continue  # "Matilda Eve Goode [3] (b. March 2009) and Fern": a bracket inside the list
        if t.like_num:
            return False  # "children (Miller & Robertson, 2010)": a citation, not the children
        if other is not None and other.label == "PERSON":
            if joined and t.pos_ == "PROPN" and other not in members:
                members.add(other)
                last, joined = t.i, False
        elif t.lower_ in _JOINERS:
            joined = True
        elif not t.is_punct or t.text in _FULL_STOPS:
            break  # the list is over
    if len(members) < 2:
        return False
    start = next((m.start for m in cluster.mentions if m.start <= first < m.end), first)
    end = next((m.end for c in members for m in c.mentions if m.start <= last < m.end), last + 1)
    for c in members:  # the precise pass's apposition of the first name, if it made one
        c.mentions = [m for m in c.mentions if not (m.kind == "description" and m.start <= noun.i < m.end)]
    group = Group(doc[start:end].text, (start, end), in_refs=False)
    adopt(group, doc, refs)
    add_span(group, doc[noun.left_edge.i : noun.i + 1], "description", None, head=noun.i)
    tracker.adopted.append(group)  # one of the article's people from now on, like a group a pronoun took
    return True


def _next_word(doc: Doc, i: int) -> int | None:
    """The token after a comma, colon, dash or opening bracket. Not right after the noun: "the writers Mark
    Twain, …, and Neil Gaiman" is one mention, the noun a modifier of the names (as "writer Mark Twain"),
    and a group made of it would have no mention but the one its noun heads."""
    return i + 1 if i + 1 < len(doc) and doc[i].text in _LIST_OPENERS else None


def _own_subject(noun: Token, refs) -> Cluster | None:
    """The cluster of the subject of the verb the noun is the object of: "Pachomius … exiled the ambitious
    young man", "Beall decided to add the publisher to his list" — a description is not its own verb's
    subject (that would be "himself")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(verb)
    return refs.get(subject.i) if subject is not None else None


def _link(doc: Doc, noun: Token, cluster: Cluster, span, refs, tracker, *, person: bool) -> bool:
    add_span(cluster, span, "description", refs, head=noun.i)
    tracker.see(cluster, noun)
    if person:
        cluster.roles.append(RoleRef(role_title(noun), None, span.start_char, span.end_char))
    return True


def _possessed_by_pronoun(noun: Token) -> bool:
    """"your office", "its board": a possessive pronoun and nothing else before the noun."""
    lefts = list(noun.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "poss" and lefts[0].pos_ == "PRON"


def _named_for(noun: Token, lower: str, lemma: str, tracker) -> Cluster | None:
    """The one organization of the last few sentences whose name holds the noun ("the court" for the Court
    of Appeal); further back, a school of the last paragraphs is as likely not the one meant."""
    found = {c for _, _, c in tracker.ranked(noun, lambda c: c.label == "ORG" and _holds(c.name, lower, lemma))}
    return found.pop() if len(found) == 1 else None


def _named_after_place(doc: Doc, noun: Token, lemma: str, tracker) -> Cluster | None:
    """"he was sent to Harrow, …  he did represent the school": the one organization named by a name of the
    last few sentences and the noun ("Harrow School"), wherever in the article that organization is named."""
    start = tracker.starts[max(tracker.sentence(noun.i) - _PLACE_WINDOW, 0)]
    names = {text for s, e, text in tracker.entity_names() if start <= s and e <= noun.i}
    found = set()
    for cluster in tracker.clusters[1]:
        words = cluster.name.lower().split()
        if len(words) > 1 and words[-1] == lemma and " ".join(words[:-1]) in names:
            found.add(cluster)
    return found.pop() if len(found) == 1 else None


def _holds(name: str, lower: str, lemma: str) -> bool:
    words = name.lower().split()
    return len(words) > 1 and (lower in words or lemma in words)


def _married_to(doc: Doc, noun: Token, lemma: str, tracker, refs) -> bool:
    """"his wife" once "He married the physician Yang Buwei": the person the possessor married."""
    gender, relation, owner = _kin_of(doc, noun, lemma, refs)
    if relation != "partner" or owner is None:
        return False  # (and "his wife Victoria": the name that follows is the mention)
    spouses = {c for c in _spouses(doc, owner, refs, before=noun.i) if c.gender in (None, gender or None)}
    return len(spouses) == 1 and _relative(doc, noun, spouses.pop(), tracker)


def _parent_named(doc: Doc, noun: Token, lemma: str, tracker, refs) -> bool:
    """"her mother" once "Moreau was born in Paris, the daughter of Katherine … and Anatole-Désiré Moreau"
    (or "born … to Gerald and Sherri"): the one named parent of the possessor with the noun's gender."""
    gender, relation, owner = _kin_of(doc, noun, lemma, refs)
    if relation != "parent" or not gender or owner is None:
        return False
    named = {c: c.gender or _first_name_gender(c) for c in _parents(doc, owner, refs, before=noun.i)}
    parents = {c for c, g in named.items() if g == gender}
    if not parents and len(named) == 2 and set(named.values()) == {None, _OTHER.get(gender)}:
        parents = {c for c, g in named.items() if g is None}  # "the daughter of Katherine and Anatole": the other one
    if len(parents) != 1:
        return False
    parent = parents.pop()
    return _relative(doc, noun, parent, tracker)


def _kin_of(doc: Doc, noun: Token, lemma: str, refs) -> tuple[str, str, Cluster | None]:
    """The kin noun's gender and relation, and its possessor's cluster (None when a name follows the noun:
    "his wife Victoria" has its own mention)."""
    gender, relation = (lexicon.lower_table("kinship.tsv").get(lemma) or ("", ""))[:2]
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    owner = refs.get(poss.i) if poss is not None else None
    return gender, relation, None if doc[noun.i + 1 : noun.i + 2].text[:1].isupper() else owner


def _relative(doc: Doc, noun: Token, cluster: Cluster, tracker) -> bool:
    # Out of `refs`, as appositions are: the relations component reads "his father" as a kin noun.
    add_span(cluster, doc[noun.left_edge.i : noun.i + 1], "description", None, head=noun.i)
    tracker.see(cluster, noun)
    gender = (lexicon.lower_table("kinship.tsv").get(noun.lemma_.lower()) or ("",))[0]
    if gender in _OTHER:  # "Moreau's father" is a man: a "her" after it is not him
        cluster.gender_evidence[gender] += 1
    return True


def _parents(doc: Doc, owner: Cluster, refs, *, before: int) -> list[Cluster]:
    """The people named as `owner`'s parents before token `before`: the objects of "born … to", or of
    "of" after a child noun of the owner's ("the daughter of Katherine … and Anatole")."""
    table = lexicon.lower_table("kinship.tsv")
    found = []
    for t in doc[:before]:
        if t.lemma_ == "bear" and t.tag_ == "VBN":
            subject = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subject is None or refs.get(subject.i) is not owner:
                continue
            # "born … to X and Y"; "born in Paris, the daughter of X": the parse hangs the child noun anywhere
            preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]
            preps += [p for k in t.subtree if _child_noun(k, table) for p in k.children if p.lower_ == "of"]
            if len(preps) > len([c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]):
                found += _names_on_verb(t, refs, owner)
        elif _child_noun(t, table) and _mention_of(owner, t):
            preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
        else:
            continue
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for person in _conjuncts(obj):
                    cluster = refs.get(person.i)
                    if cluster is not None and cluster.label == "PERSON" and cluster is not owner:
                        found.append(cluster)
    return found


def _names_on_verb(verb: Token, refs, owner: Cluster) -> list[Cluster]:
    """People the parse coordinated onto "born" itself ("born in Paris, the daughter of Katherine …, and
    Anatole Moreau": the second parent, after a long first one, hangs as the verb's conj)."""
    names = (refs.get(c.i) for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return [c for c in names if c is not None and c.label == "PERSON" and c is not owner]


def _child_noun(token: Token, table) -> bool:
    return token.pos_ == "NOUN" and (table.get(token.lemma_.lower()) or ("", ""))[1:2] == ("child",)


def _first_name_gender(cluster: Cluster) -> str | None:
    """The gender of the name's first word as a usual first name ("Katherine"), when the walk gave none."""
    words = cluster.name.split()
    row = lexicon.lower_table("coref/first_names.tsv").get(words[0].lower()) if words else None
    return row[0] if row and row[0] in ("male", "female") else None


def _conjuncts(token: Token) -> list[Token]:
    """The token and those coordinated onto it ("Gerald and Sherri"), a few deep."""
    found = [token]
    for t in found:
        if len(found) < 4:
            found.extend(c for c in t.children if c.dep_ == "conj")
    return found


def _mention_of(cluster: Cluster, token: Token) -> bool:
    return any(m.start_char <= token.idx < m.end_char for m in cluster.mentions)


def _spouses(doc: Doc, owner: Cluster, refs, *, before: int) -> list[Cluster]:
    """Whom `owner` married before token `before`: the person object of "marry" whose subject is the owner."""
    found = []
    for i in scan.indices(doc, lowers=_MARRY):
        if i >= before:
            break
        verb = doc[i]
        subject = _clause_subject(verb)
        if subject is None or refs.get(subject.i) is not owner:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            person = next((refs[t.i] for t in obj.subtree if t.i in refs and refs[t.i].label == "PERSON"
                           and refs[t.i] is not owner), None)
            if person is not None:
                found.append(person)
    return found


def _clause_subject(verb: Token) -> Token | None:
    """The verb's subject, else that of the clause a participle or coordinated verb hangs from ("…, marrying Y")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _known_relative(doc: Doc, noun: Token, lemma: str, tracker, refs, lex) -> bool:
    """"his father" once "His father, Anthony," was said: the one cluster that carries that noun."""
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if poss is None or doc[noun.i + 1 : noun.i + 2].text[:1].isupper():
        return False
    owner = refs.get(poss.i)
    holders = [c for c, heads in lex.heads.items() if lemma in heads and c.mentions and c is not owner]
    return len(holders) == 1 and _relative(doc, noun, holders[0], tracker)


def _indefinite_subject(noun: Token) -> bool:
    det = next((c for c in noun.lefts if c.dep_ == "det"), None)
    return det is not None and det.lower_ in ("a", "an") and opens_sentence(noun, det)


def _definite(noun: Token) -> Token | None:
    for child in noun.lefts:
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that"):
            return child
        if child.dep_ == "poss":
            return None
    return None
