"""The name a description is tied to: in apposition with it, predicated of it, named by it, or after it.

"Mary Barra, the company's chief executive," / "the chief executive, Mary
Barra," / "Byron was an unskilled cricketer" / "co-star Jensen Ackles": each
reader returns the cluster of the name, or None.
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .noun_kinds import group_kinds, noun_kind, person_noun, person_or_role_noun
from .syntax import (
    CLOSING_BRACKETS, OPENING_BRACKETS, bracketed, copula, indefinite, negated, object_of, opening,
    predicate_nominative, split_start, subject_of,
)

_NAMING = frozenset({"name", "call"})
_NAMING_KEYS, _OF_KEYS = frozenset(get_string_id(w) for w in _NAMING), frozenset({get_string_id("of")})
_ACL, _PREP = get_string_id("acl"), get_string_id("prep")  # dependency labels as the arrays hold them
_APPOS, _CONJ = get_string_id("appos"), get_string_id("conj")
FRONTED = frozenset({"advcl", "npadvmod"})  # a noun phrase before the subject, set off by a comma
_RELATIVES = frozenset({"who", "whom", "that"})
_ORG_RELATIVES = frozenset({"which"})  # "UNSECO, which is the … agency": an organization's relative pronoun
_PHRASE_POS = frozenset({"PROPN", "ADV", "DET", "ADJ", "NUM"})
# The same as the arrays' values (`_name_position` reads them).
_PHRASE_POS_IDS = frozenset(IDS[p] for p in _PHRASE_POS)
_ADP, _PROPN, _COMMA, _PERSON = IDS["ADP"], IDS["PROPN"], get_string_id(","), get_string_id("PERSON")
_COMMA_COLON = frozenset({_COMMA, get_string_id(":")})
_PROPN_KEYS = frozenset({_PROPN})
RANK_VERBS = lexicon.words("coref/rank_verbs.txt")
_SPELL_NOUNS = lexicon.words("coref/spell_nouns.txt")
_AFTER_BIRTH = frozenset({"npadvmod", "appos"})  # how the parse hangs "…, the daughter of" after "born in Paris"
_BIRTH_REACH = 3  # heads from the noun up to "born": the place or date, its preposition, the verb
PHRASE_WORDS = 3  # the words of a phrase between a noun and the name in apposition with it ("at Harrow")


def named_partner(token: Token, refs: dict[int, Cluster], depth: int = 0, *, child: bool = True) -> Cluster | None:
    """The cluster of the name this noun is in apposition with or predicated of.

    child: every noun coordinated on the way here is a child noun, so the one born may be the partner ("the
    third child and second son of", not "the daughter of a baker and a teacher").
    """
    head = token.head
    own = _own_partner(token, refs)
    if own is None and child and token.dep_ in _AFTER_BIRTH:
        own = _born_as(token, refs)
    if own is None and token.dep_ == "conj" and head.pos_ == "NOUN" and depth < 3:  # "a blogger and the … editor"
        return named_partner(head, refs, depth + 1, child=child and _child_noun(token))
    return own


def _own_partner(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    head, dep = token.head, token.dep_  # the relation is asked of up to ten times: read once
    named = _named_by(token, refs)
    if named is not None:
        return named
    if dep in FRONTED and head.pos_ in ("VERB", "AUX") and indefinite(token):
        subject = subject_of(head)  # "An undistinguished student and an unskilled cricketer, he did …"
        if subject is not None and subject.i > token.i:
            return _resolved(subject, refs)
    if dep == "appos" and head.i in refs and head.i != token.i:
        return refs[head.i]
    if dep == "appos":  # "the badge of the Society of the Cincinnati, an organization of …"
        found = _name_before_comma(token, refs)
        if found is not None:
            return found
    if dep == "nsubj" and copula(head):
        return _named_predicate(token, head, refs)
    if dep == "nsubj" and _infinitive_of_copula(head):  # "The only other player to have … was Merson"
        return _named_predicate(token, head.head, refs)
    named = _name_opening(token, refs)
    if named is not None:
        return named
    doc = token.doc
    # most nouns have no proper noun coordinated onto them: `_name_conjoined` walks no child of those
    i = token.i
    conjoined = _name_conjoined(token, refs) if i in scan.heads_of(doc, POS, _PROPN_KEYS, _CONJ) else None
    if conjoined is not None:
        return conjoined
    # "the chief executive, Mary Barra,": most nouns have no proper noun in apposition, and no child is walked
    appositions = scan.heads_of(doc, POS, _PROPN_KEYS, _APPOS)
    if i in appositions and _in_persons_phrase(token, refs):  # it finds only a proper noun in apposition
        return None  # "his kinsman in the Russian service Alexander Gordon": the name is the kinsman's
    for child in token.children if i in appositions else ():
        if child.dep_ == "appos" and child.i in refs and child.pos_ == "PROPN":
            if bracketed(child) and noun_kind(token) != refs[child.i].label:
                continue  # "distant reading (Moretti, 2013)": a citation; "the consortium … (UKB)" names it
            return refs[child.i]
    # Both find a proper noun in apposition with the object of the noun's preposition: two heads above it
    named = (_bracketed_after_of(token, refs) or _named_past_phrase(token, refs)) if i in _phrase_heads(doc) else None
    if named is not None:
        return named
    if dep == "pobj" and head.lower_ == "as" and head.head.pos_ == "NOUN":  # "my perspective as a scientist"
        owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.i in refs and refs[owner.i].label == "PERSON":
            return refs[owner.i]
    if dep == "pobj" and head.lower_ == "to" and head.head.lower_ in RANK_VERBS:
        return _ranked(token, head.head, refs)
    if dep == "oprd":  # "was named player of the year"; "called her the inventor of …": the object
        partner = object_of(head) or subject_of(head)
        return _resolved(partner, refs) if partner is not None and not negated(head) else None
    if predicate_nominative(token):
        if negated(head):
            return None
        subject = subject_of(head)
        found = _resolved(subject, refs) if subject is not None else None
        if found is None:
            found = _name_before_brackets(head, refs)
        return found
    return None


def _phrase_heads(doc: Doc) -> frozenset[int]:
    """The heads' heads of the proper nouns in apposition (kept per Doc): a noun whose preposition's object
    has such a name ("the consortium of … libraries (UKB)") is among them."""
    return scan.kept(doc, "phrase heads", lambda: frozenset(
        doc[k].head.head.i for k in scan.heads_of(doc, POS, _PROPN_KEYS, _APPOS)))


def _born_as(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"Moreau was born in Paris, the daughter of …", "L'Enfant was born in Paris … on August 2, 1754, the third
    child of …": a child noun set off by a comma after "born" and its place or date is said of the one born,
    not of the place (the parse hangs it on "Paris" or on the verb). Not past a person on the way up ("born to
    Gerald Smith, a farmer": the farmer is the father)."""
    if token.doc[opening(token) - 1].text != "," or not _child_noun(token):
        return None
    verb = token.head
    for _ in range(_BIRTH_REACH):
        if verb.pos_ in ("VERB", "AUX") or verb.i in refs or verb.ent_type_ == "PERSON" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_ != "bear" or verb.tag_ != "VBN" or verb.i > token.i or verb.i in refs:
        return None
    subject = subject_of(verb)
    return _resolved(subject, refs) if subject is not None else None


def _ranked(token: Token, verb: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"he was promoted to major-general", "elevated him to cardinal": a person noun one is raised "to" is
    said of the verb's object, else of its subject (not an organization one: "promoted to the board")."""
    if not person_or_role_noun(token) and token.lower_ not in lexicon.lower_table("role_nouns.tsv"):
        return None
    partner = object_of(verb) or subject_of(verb)
    return _resolved(partner, refs) if partner is not None and not negated(verb) else None


def _child_noun(token: Token) -> bool:
    """"daughter", "son", "child": a kin noun for someone's child (`kinship.tsv`)."""
    return (lexicon.lower_table("kinship.tsv").get(token.lemma_.lower()) or ("", ""))[1:2] == ("child",)


def one_of(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"Fillmore is one of the founders of cognitive linguistics", "established herself as one of the leading
    actresses", "Johann Bernoulli (one of the early developers …)": "one" of a group of people (or of
    organizations) said of a name is a mention of it. Its head word stays out of the cluster's heads."""
    group = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    if token.lower_ != "one" or group is None:
        return None
    kinds = group_kinds(group)
    head = token.head
    if token.dep_ == "appos":
        found = refs.get(head.i) if head.i != token.i else None
    elif token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head  # "regarded him as one of": the object; "was recognized as one of": the subject
        partner = object_of(verb) or subject_of(verb)
        found = _resolved(partner, refs) if partner is not None and not negated(verb) else None
    elif predicate_nominative(token) or token.dep_ == "oprd":
        partner = (object_of(head) if token.dep_ == "oprd" else None) or subject_of(head)
        found = _resolved(partner, refs) if partner is not None and not negated(head) else None
    else:
        return None
    return found if found is not None and found.label in kinds else None


def _name_before_brackets(verb: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"Jeanne Moreau (French pronunciation: …; 23 January 1928 – 31 July 2017) was a French actress":
    the parse loses the subject in the brackets; what stands before the verb outside them is one name
    (with honours or initials the model left untagged)."""
    doc, depth, bracketed, outside = verb.doc, 0, False, []
    for t in doc[verb.sent.start : verb.i]:
        if t.text in OPENING_BRACKETS:
            depth, bracketed = depth + 1, True
        elif t.text in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif not depth and not t.is_punct:
            if t.i not in refs and t.pos_ != "PROPN":
                return None
            outside.append(refs.get(t.i))  # "Dame Zaha Mohammad Hadid DBE RA": letters after a name are no one's
    named = {c for c in outside if c is not None}
    return named.pop() if bracketed and len(named) == 1 else None


def _named_by(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"a man named Rabindranath Tagore", "a woman called Ada": the name the noun's participle gives."""
    if token.i not in scan.heads_of(token.doc, LEMMA, _NAMING_KEYS, _ACL):  # most nouns: no children walked
        return None
    for verb in token.children:
        if verb.dep_ == "acl" and verb.lemma_ in _NAMING:
            name = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"), None)
            if name is not None and name.i in refs:
                return refs[name.i]
    return None


def _resolved(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """The token's cluster, that of the name in apposition with it ("His father, Anthony, was a geologist"),
    or for a relative pronoun that of the noun its clause hangs from ("Alphonso, who is the son of …")."""
    if token.i in refs:
        return refs[token.i]
    named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in refs), None)
    if named is not None:
        return refs[named.i]
    if token.lower_ in _RELATIVES:
        return _antecedent(token, refs)
    if token.lower_ in _ORG_RELATIVES:
        found = _antecedent(token, refs)
        return found if found is not None and found.label == "ORG" else None
    return None


def _name_opening(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"I'm Sahar, managing editor at Global Voices": a person's name the parse made the first modifier of a
    person noun, set off from it by a comma, is the noun's apposition."""
    first = token.left_edge
    cluster = refs.get(first.i) if first.i < token.i - 1 else None
    if cluster is None or cluster.label != "PERSON" or first.head.i != token.i or noun_kind(token) != "PERSON":
        return None
    mention = next((m for m in cluster.mentions if m.start == first.i), None)
    return cluster if mention is not None and mention.end < token.i and token.doc[mention.end].text == "," else None


def _bracketed_after_of(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"the consortium of Dutch academic libraries (UKB)": an organization's bracketed name after the "of"
    phrase of an organization noun names the noun's phrase (the parse hangs it on the phrase's last noun),
    when that last noun could not be an organization itself."""
    if token.i not in scan.heads_of(token.doc, LOWER, _OF_KEYS, _PREP):  # most nouns: no children walked
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i not in refs):
            for name in obj.children:
                cluster = refs.get(name.i) if name.dep_ == "appos" and name.pos_ == "PROPN" else None
                if cluster is not None and cluster.label == "ORG" and bracketed(name) and noun_kind(obj) is None:
                    return cluster if noun_kind(token) == "ORG" else None
    return None


def _named_past_phrase(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"his kinsman in the Russian service Alexander Gordon": a person's name right after the phrase of a person
    noun names the noun (the parse hangs it on the phrase's last noun, which is no person's or organization's)."""
    if not person_or_role_noun(token):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            name = _in_persons_phrase(obj, refs)
            if name is not None:
                return refs[name.i]
    return None


def _in_persons_phrase(token: Token, refs: dict[int, Cluster]) -> Token | None:
    """The person's name right after a noun that is no person's and ends the prepositional phrase of a person
    noun, with no comma between ("in the Russian service Alexander Gordon"), else None."""
    if token.dep_ != "pobj" or token.pos_ != "NOUN":  # the cheap tests before the head's Token
        return None
    head = token.head
    if head.dep_ != "prep" or not person_or_role_noun(head.head):
        return None
    kind = noun_kind(token)
    if kind == "PERSON":
        return None
    name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in refs), None)
    if name is None or refs[name.i].label != "PERSON" or opening(name) != token.i + 1:
        return None
    # After an organization noun, only a name that opens with a first name: "the state-owned tin mining company
    # PT Tambang Timah" (typed a person) is the company's
    first = token.doc[opening(name)].lower_
    return name if kind is None or first in lexicon.lower_table("coref/first_names.tsv") else None


def _name_before_comma(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """The name that ends right before the comma opening this apposition, past a bracketed aside
    ("Pierre L'Enfant (1704 – 1787), a painter"): the parse often hangs the apposition on the noun the name
    is the object of. The noun's kind must be the name's (a person noun for a person)."""
    doc = token.doc
    at = opening(token) - 1
    if at < 1 or doc[at].text != ",":
        return None
    at -= 1
    if doc[at].text in CLOSING_BRACKETS:
        while at > 0 and doc[at].text not in OPENING_BRACKETS and token.sent.start < at:
            at -= 1
        at -= 1
    cluster = refs.get(at) if at >= 0 and doc[at].pos_ == "PROPN" else None
    if cluster is None or not any(m.end == at + 1 for m in cluster.mentions):
        return None
    return cluster if noun_kind(token) == cluster.label else None


def _infinitive_of_copula(verb: Token) -> bool:
    """"The only other Pirates player to have a four-hit game … was Jack Merson": the parse makes the noun the
    subject of its infinitive, and the infinitive a complement of a copula left with no subject of its own."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ccomp", "xcomp", "advcl") or not copula(verb.head):
        return False
    if verb.i > verb.head.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.head.children)


def _named_predicate(token: Token, verb: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"The actual author is Johann Valentin Andreae", "The first inhabitants were the Tagbanuas": a
    description subject of a copula whose predicate is a name, when the noun is of the name's kind (a
    plural one only for a plural name: "the Tagbanuas")."""
    if negated(verb) or indefinite(token):
        return None  # "A problem is Smith" is rare; "no author was Smith" says who not
    name = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN" and c.i in refs), None)
    if name is None:
        return None
    cluster = refs[name.i]
    if token.tag_ == "NNS" and name.tag_ == "NNPS":
        kind = "PERSON" if person_or_role_noun(token) else None
    else:
        kind = noun_kind(token)
    return cluster if kind == cluster.label else None


def _name_conjoined(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"the peak body for pediatric workers, the American Academy of Pediatrics, has": a name the parse
    coordinated onto the description with a comma and no conjunction is its apposition."""
    if noun_kind(token) is None or any(c.dep_ == "cc" for c in token.children):  # the cheaper test first
        return None
    for child in token.children:
        if child.dep_ != "conj" or child.pos_ != "PROPN" or child.i not in refs:
            continue
        before = token.doc[opening(child) - 1]
        cluster = refs[child.i]
        if before.text == "," and not any(c.dep_ == "cc" for c in child.children) and cluster.label == noun_kind(token):
            return cluster
    return None


def _antecedent(relative: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """The person a relative pronoun stands for: the name its clause modifies, else a name right before it
    (the parse may hang the clause on a noun the name is in apposition with: "the Prince of Spain,
    Alphonso, who …")."""
    clause = next((t for t in relative.ancestors if t.dep_ == "relcl"), None)
    if clause is None or relative.i > clause.i:
        return None
    noun = clause.head
    found = refs.get(noun.i) or next((refs[c.i] for c in noun.children if c.dep_ == "appos" and c.i in refs), None)
    if found is not None:
        return found
    before = relative.doc[relative.i - 2] if relative.i >= 2 and relative.doc[relative.i - 1].text == "," else None
    cluster = refs.get(before.i) if before is not None and before.pos_ == "PROPN" else None
    return cluster if cluster is not None and cluster.label == "PERSON" else None


def role_before_name(token: Token, refs: dict[int, Cluster], nouns: frozenset[str]) -> Cluster | None:
    """A role noun compounded onto a name ("co-star Jensen Ackles"), or one a person serves "as".

    A noun known only from WordNet (`wordnet_nouns.tsv`) must have its own determiner or possessor
    ("his bodyguard Tom Keller") unless the parse compounds it onto the name: "American patriot Thomas
    Paine" is one mention headed by "patriot" in GUM, the name its apposition, as "the patriot Thomas Paine".
    """
    head = token.head
    as_object = token.dep_ == "pobj" and head.lower_ == "as"
    onto_name = head.pos_ == "PROPN" and (token.dep_ == "compound" or token.dep_ == "amod" and split_start(token) < token.i)
    if not (as_object or onto_name or _next_is_name(token)):
        return None  # none of the three places below: no need to look the noun up
    if _in_persons_phrase(token, refs):
        return None  # "his kinsman in the Russian service Alexander Gordon": not the service
    listed = token.lower_ in nouns or token.lemma_.lower() in nouns
    if not listed and not person_noun(token):
        return None
    if onto_name and head.i in refs and token.tag_ != "NNS":  # "co-star Jensen Ackles": amod, "co" "-" "star"
        cluster = refs[head.i]  # not "writers Mark Twain, Robert Louis Stevenson and …"
        return cluster if cluster.label == "PERSON" else None
    after = _name_after(token, refs)
    if after is not None and (listed or _determined(token)):
        return after
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):  # "served as an engineer"
        verb = head.head  # "described her as", "named the brother Petronios as": the object; else the subject
        obj = object_of(verb)
        if obj is not None and (obj.tag_ in ("PRP", "WP") or _resolved(obj, refs) is not None):
            return _resolved(obj, refs)  # "whom Jerome identifies as his friend": never Jerome
        subject = subject_of(verb)
        if subject is not None and subject.pos_ in ("PROPN", "PRON"):
            return _resolved(subject, refs)
    if as_object and head.head.pos_ == "NOUN":
        return _spent_as(head.head, refs)
    return None


def _spent_as(spell: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"Fillmore spent ten years at Ohio State and a year as a Fellow", "after further experiences as a soldier
    of fortune, he joined": a span of time with no possessor (`coref/spell_nouns.txt`) that an "as" phrase hangs
    on is the time of the subject of the verb it hangs on (a possessor is `_own_partner`'s: "his time as")."""
    if spell.lemma_.lower() not in _SPELL_NOUNS or any(c.dep_ == "poss" for c in spell.children):
        return None
    verb = spell.head
    if spell.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif spell.dep_ not in ("dobj", "conj", "npadvmod"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or negated(verb):
        return None
    subject = subject_of(verb)
    if subject is None or subject.pos_ not in ("PROPN", "PRON"):
        return None
    found = _resolved(subject, refs)
    return found if found is not None and found.label == "PERSON" else None


def _next_is_name(token: Token) -> bool:
    """A proper noun next, or after a comma (past a short phrase): where _name_after looks."""
    doc, at = token.doc, _name_position(token)
    return at < len(doc) and scan.column(doc, POS)[at] == _PROPN


def _name_position(token: Token) -> int:
    """Where a name in apposition after the noun would start: right after it, after a comma, or after a
    short phrase and a comma or colon ("a younger boy at Harrow, John Thomas Claridge", "a tutor from
    Bain: Master Lunre", "your host as always, Dave"), whatever the parse made of the phrase."""
    doc, at = token.doc, token.i + 1
    orth, pos, ent = scan.columns(doc, (ORTH, POS, ENT_TYPE))  # the arrays: no Token of the words after the noun
    if at + 1 < len(doc) and orth[at] == _COMMA:
        return at + 1
    if at < len(doc) and pos[at] == _ADP:
        for k in range(at + 1, min(at + PHRASE_WORDS + 1, len(doc) - 1)):
            if orth[k] in _COMMA_COLON:
                return k + 1 if k > at + 1 else at
            if pos[k] not in _PHRASE_POS_IDS or ent[k] == _PERSON or doc[k].is_sent_start:
                break  # a common noun or a person in the phrase could be what the name is in apposition with
    return at


def _determined(token: Token) -> bool:
    """"her classmate Kaho", "a classmate, Kaho,": not "French realist Jules Bastien-Lepage", one name's mention."""
    return any(c.dep_ in ("det", "poss") for c in token.lefts) or token.doc[token.i + 1].text == ","


def _name_after(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """The person whose name follows the noun, however the parser attached it: "his partner Chris
    Cardenas", or set off by commas on both sides ("a classmate, Kaho Tanabe, who wrote a novel")."""
    doc, at = token.doc, _name_position(token)
    if at >= len(doc) or at not in refs or scan.column(doc, POS)[at] != _PROPN:
        return None
    cluster = refs[at]
    mention = next((m for m in cluster.mentions if m.start == at), None)
    if mention is None or token.tag_ in ("NNS", "NNPS") and not _et_al(doc, mention.end):
        return None  # a plural only for a group named by one of them ("the respondents, Douglas Babstock et al.")
    closing = (",", ":") if at == token.i + 2 else (",", ".", ";", ":")  # past a phrase, it may end the sentence
    if at > token.i + 1 and (mention.end >= len(doc) or doc[mention.end].text not in closing):
        if not _et_al(doc, mention.end):
            return None  # "After meeting the president, Smith said": no closing comma, no apposition
    # An organization only set off by commas ("For the intervener, British Columbia Lottery Corporation:")
    return cluster if cluster.label == "PERSON" or at == token.i + 2 and token.tag_ == "NN" else None


def _et_al(doc: Doc, at: int) -> bool:
    """"Douglas Babstock et al.": the name stands for a group."""
    return at + 1 < len(doc) and doc[at].lower_ == "et" and doc[at + 1].lower_.startswith("al")
