"""Precise constructs: appositions and predicate nominatives tie a description to a name.

"Mary Barra, the company's chief executive," / "the chief executive, Mary
Barra," / "Byron was an unskilled cricketer": the description is a mention of
the name's cluster, and its head noun ("executive") is remembered so that a
later "the chief executive" comes back to the same cluster.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from spacy.attrs import DEP, HEAD, LOWER, POS, SENT_START
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .clusters import add_span

_COPULAS = frozenset({"be", "become", "remain"})
_CURLY_BE = frozenset({"’s", "’re", "’m"})  # the model lemmatizes "he’s" (a curly apostrophe) to "’"
_NAMING = frozenset({"name", "call"})
_FRONTED = frozenset({"advcl", "npadvmod"})  # a noun phrase before the subject, set off by a comma
_RELATIVES = frozenset({"who", "whom", "that"})
_ORG_RELATIVES = frozenset({"which"})  # "UNSECO, which is the … agency": an organization's relative pronoun
_NOT_DESCRIPTIONS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "GPE", "LOC"})
# The only relations by which a noun can find a partner (see _own_partner and _role_before_name): a noun with
# none of them is passed over without building its Token.
_LINKING_DEPS = ("advcl", "npadvmod", "appos", "attr", "oprd", "conj", "compound")
_LINKING_CHILDREN = ("appos", "acl", "conj")
_AS, _COMMA, _PROPN, _ADP = get_string_id("as"), get_string_id(","), IDS["PROPN"], IDS["ADP"]
_OF, _ONE, _NUM = get_string_id("of"), get_string_id("one"), IDS["NUM"]
_COMMA_COLON = frozenset({_COMMA, get_string_id(":")})
_A_AN = frozenset({get_string_id("a"), get_string_id("an")})
_OPENING_BRACKETS, _CLOSING_BRACKETS = frozenset("(["), frozenset(")]")
_PHRASE_POS = frozenset({"PROPN", "ADV", "DET", "ADJ", "NUM"})
_PHRASE_WORDS = 3  # the words of a phrase between a noun and the name in apposition with it ("at Harrow")


def description_span(doc: Doc, noun: Token) -> Span:
    """The noun phrase up to its head: determiner, possessor and modifiers, not what follows the noun."""
    lo = noun.left_edge.i
    while lo < noun.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return doc[lo : noun.i + 1]


def heads_of(cluster: Cluster) -> set[str]:
    return {m.text.split()[-1].lower() for m in cluster.mentions if m.kind == "description"}


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
    for i in _candidates(doc, refs, since):
        token = doc[i]
        if i in seen:
            continue
        if token.pos_ == "NUM":  # "one of the founders", often tagged CARDINAL
            cluster = _one_of(token, refs)
            if cluster is not None:
                add_span(cluster, doc[i : i + 1], "description", None, head=i)
                seen.add(i)
            continue
        if token.ent_type_ in _NOT_DESCRIPTIONS or not _describes(token, nouns):  # the cheaper test first
            continue
        cluster = _named_partner(token, refs) or _role_before_name(token, refs, nouns)
        if cluster is None:
            continue
        span = description_span(doc, token)
        if token.dep_ == "compound":  # "the Surrealist artist Max Ernst": the name's determiner opens it
            span = doc[min(span.start, _opening(token.head)) : token.i + 1]
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
    return rest if not any(t.is_punct for t in rest) else None


def _candidates(doc: Doc, refs: dict[int, Cluster], since: dict[int, Cluster] | None) -> list[int]:
    """Nouns not in `refs` that stand in one of the linking relations; with `since`, only those in a
    sentence where `refs` changed (the later runs over a Doc read no array again: see `_Walk`)."""
    walk = scan.kept(doc, "precise", lambda: _Walk(doc))
    if since is None:
        return [i for i in walk.nouns if i not in refs]
    changed = {i for i, c in refs.items() if since.get(i) is not c} | (since.keys() - refs.keys())
    if not changed:
        return []
    starts, sentences = walk.sentences()
    touched = {bisect_right(starts, i) - 1 for i in changed}
    return [i for i, k in zip(walk.nouns, sentences) if k in touched and i not in refs]


class _Walk:
    """The nouns of a Doc in a linking relation, read once from its arrays (they depend on the parse
    alone) and kept for the later runs over the same Doc. (Python loops over the arrays' lists: numpy's
    per-call cost is more than this on an article's few hundred tokens.)"""

    __slots__ = ("nouns", "_starts", "_sentences")

    def __init__(self, doc: Doc) -> None:
        self.nouns, self._starts, self._sentences = [], [], None
        if not len(doc):
            return
        s = doc.vocab.strings  # dependency labels are spaCy symbols, not string hashes
        pos, dep, lower = scan.column(doc, POS), scan.column(doc, DEP), scan.column(doc, LOWER)  # shared
        # HEAD is an offset, stored unsigned; SENT_START's -1 too (only its 1s are read)
        rel, self._starts = doc.to_array([HEAD, SENT_START]).astype("int64").T.tolist()
        with_child, det, conj = {s[d] for d in _LINKING_CHILDREN}, s["det"], s["conj"]
        appos, pobj = s["appos"], s["pobj"]
        parents, indefinite, before, named_verbs = set(), set(), set(), set()
        attr, nsubj = s["attr"], s["nsubj"]
        for k, (p, d, r) in enumerate(zip(pos, dep, rel)):
            if p == _PROPN and d == attr:  # "The actual author is Johann Valentin Andreae": see _named_predicate
                named_verbs.add(k + r)
            if p == _PROPN:  # right before a proper noun, or before a comma and one (see _name_after)
                before.add(k - 1)
                if k >= 2 and lower[k - 1] in _COMMA_COLON:  # and past a short phrase, a noun right before
                    before.add(k - 2)  # its preposition ("a younger boy at Harrow, John")
                    before.update(j for j in range(max(k - 3 - _PHRASE_WORDS, 0), k - 3) if pos[j + 1] == _ADP)
            if r and d in with_child and (d != conj or p == _PROPN):  # the head of an apposition or participle,
                parents.add(k + r)  # or of a name the parse coordinated onto it (see _name_conjoined)
                if d == appos and dep[k + r] == pobj and lower[k + r + rel[k + r]] == _OF:  # see _bracketed_after_of
                    parents.add(k + r + rel[k + r] + rel[k + r + rel[k + r]])
            elif d == det and lower[k] in _A_AN:
                indefinite.add(k + r)
        linking, nominal = {s[d] for d in _LINKING_DEPS}, {IDS["NOUN"], _PROPN}
        compound, fronted, verbal = s["compound"], {s[d] for d in _FRONTED}, {IDS["VERB"], IDS["AUX"]}
        # Passed over, since no test of _named_partner or _role_before_name can take them: a compound on a
        # common noun ("oil" of "oil prices"), and a fronted noun other than an indefinite one before a verb.
        self.nouns = [
            k for k, (p, d, r) in enumerate(zip(pos, dep, rel))
            if p in nominal and (
                k in parents or k in before
                or d in linking and not (d == compound and pos[k + r] != _PROPN)
                and not (d in fronted and (pos[k + r] not in verbal or k not in indefinite))
                or d == pobj and lower[k + r] == _AS
                or d == nsubj and k + r in named_verbs
            )
            or p == _NUM and lower[k] == _ONE and (d in linking or d == pobj and lower[k + r] == _AS)  # see _one_of
        ]

    def sentences(self) -> tuple[list[int], list[int]]:
        """The sentences' first tokens, and the sentence of each noun (for the later runs only)."""
        if self._sentences is None:
            starts = [i for i, v in enumerate(self._starts) if v == 1]
            self._sentences = starts, [bisect_right(starts, i) - 1 for i in self.nouns]
        return self._sentences


def _describes(token: Token, nouns: frozenset[str]) -> bool:
    """A common noun (or a capitalized role noun: "the Secretary") that can describe a person or organization.

    Not a noun for a name or a word ("German pronunciation", "her pseudonym", `coref/name_nouns.txt`): it
    describes what someone is called, not who.
    """
    if token.lemma_.lower() in lexicon.words("coref/name_nouns.txt"):
        return False
    if token.pos_ == "NOUN" or token.lower_ in nouns or token.lemma_.lower() in nouns:
        return True
    return token.pos_ == "PROPN" and token.text.islower() and person_noun(token, pos="PROPN")  # "our geographer"


def _named_partner(token: Token, refs: dict[int, Cluster], depth: int = 0) -> Cluster | None:
    """The cluster of the name this noun is in apposition with or predicated of."""
    head = token.head
    own = _own_partner(token, refs)
    if own is None and token.dep_ == "conj" and head.pos_ == "NOUN" and depth < 3:
        return _named_partner(head, refs, depth + 1)  # "a blogger and the South Asia editor"
    return own


def _own_partner(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    head = token.head
    named = _named_by(token, refs)
    if named is not None:
        return named
    if token.dep_ in _FRONTED and head.pos_ in ("VERB", "AUX") and _indefinite(token):
        subject = _subject(head)  # "An undistinguished student and an unskilled cricketer, he did …"
        if subject is not None and subject.i > token.i:
            return _resolved(subject, refs)
    if token.dep_ == "appos" and head.i in refs and head.i != token.i:
        return refs[head.i]
    if token.dep_ == "appos":  # "the badge of the Society of the Cincinnati, an organization of …"
        found = _name_before_comma(token, refs)
        if found is not None:
            return found
    if token.dep_ == "nsubj" and _copula(head):
        return _named_predicate(token, refs)
    named = _name_opening(token, refs)
    if named is not None:
        return named
    conjoined = _name_conjoined(token, refs)
    if conjoined is not None:
        return conjoined
    for child in token.children:  # "the chief executive, Mary Barra,"
        if child.dep_ == "appos" and child.i in refs and child.pos_ == "PROPN":
            if _bracketed(child) and noun_kind(token) != refs[child.i].label:
                continue  # "distant reading (Moretti, 2013)": a citation; "the consortium … (UKB)" names it
            return refs[child.i]
    named = _bracketed_after_of(token, refs)
    if named is not None:
        return named
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "NOUN":  # "my perspective as a scientist"
        owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.i in refs and refs[owner.i].label == "PERSON":
            return refs[owner.i]
    if token.dep_ == "oprd":  # "was named player of the year"; "called her the inventor of …": the object
        partner = _object(head) or _subject(head)
        return _resolved(partner, refs) if partner is not None and not _negated(head) else None
    if _predicate(token):
        if _negated(head):
            return None
        subject = _subject(head)
        found = _resolved(subject, refs) if subject is not None else None
        if found is None:
            found = _name_before_brackets(head, refs)
        return found
    return None


def _copula(verb: Token) -> bool:
    return verb.lemma_ in _COPULAS or verb.lower_ in _CURLY_BE and verb.tag_ != "POS"


def _one_of(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"Fillmore is one of the founders of cognitive linguistics", "established herself as one of the leading
    actresses", "Johann Bernoulli (one of the early developers …)": "one" of a group of people (or of
    organizations) said of a name is a mention of it. Its head word stays out of the cluster's heads."""
    group = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"), None)
    if token.lower_ != "one" or group is None:
        return None
    kinds = _group_kinds(group)
    head = token.head
    if token.dep_ == "appos":
        found = refs.get(head.i) if head.i != token.i else None
    elif token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head  # "regarded him as one of": the object; "was recognized as one of": the subject
        partner = _object(verb) or _subject(verb)
        found = _resolved(partner, refs) if partner is not None and not _negated(verb) else None
    elif _predicate(token) or token.dep_ == "oprd":
        partner = (_object(head) if token.dep_ == "oprd" else None) or _subject(head)
        found = _resolved(partner, refs) if partner is not None and not _negated(head) else None
    else:
        return None
    return found if found is not None and found.label in kinds else None


def _group_kinds(group: Token) -> frozenset[str]:
    """The labels a member of "one of <group>" may bear: people for "the founders", "them", "us"."""
    if group.pos_ == "PRON":
        return frozenset({"PERSON", "ORG"}) if group.lower_ == "them" else frozenset({"PERSON"})
    lemma = group.lemma_.lower()
    if lemma in ("people", "person") or lemma in lexicon.lower_table("role_nouns.tsv") or person_noun(group):
        return frozenset({"PERSON"})
    org = lemma in lexicon.words("organization_nouns.txt")
    return frozenset({"ORG"}) if org or lexicon.lower_table("wordnet_nouns.tsv").get(lemma) == ("organization",) else frozenset()


def _predicate(token: Token) -> bool:
    """A predicate nominative, or one coordinated onto the copula beside another ("He's a blogger and the
    South Asia editor for Global Voices": the parse hangs the second on the verb)."""
    head = token.head
    if not _copula(head):
        return False
    return token.dep_ == "attr" or token.dep_ == "conj" and any(c.dep_ == "attr" and c.i < token.i for c in head.children)


def _name_before_brackets(verb: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"Jeanne Moreau (French pronunciation: …; 23 January 1928 – 31 July 2017) was a French actress":
    the parse loses the subject in the brackets; what stands before the verb outside them is one name
    (with honours or initials the model left untagged)."""
    doc, depth, bracketed, outside = verb.doc, 0, False, []
    for t in doc[verb.sent.start : verb.i]:
        if t.text in _OPENING_BRACKETS:
            depth, bracketed = depth + 1, True
        elif t.text in _CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif not depth and not t.is_punct:
            if t.i not in refs and t.pos_ != "PROPN":
                return None
            outside.append(refs.get(t.i))  # "Dame Zaha Mohammad Hadid DBE RA": letters after a name are no one's
    named = {c for c in outside if c is not None}
    return named.pop() if bracketed and len(named) == 1 else None


def _named_by(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"a man named Rabindranath Tagore", "a woman called Ada": the name the noun's participle gives."""
    for verb in token.children:
        if verb.dep_ == "acl" and verb.lemma_ in _NAMING:
            name = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"), None)
            if name is not None and name.i in refs:
                return refs[name.i]
    return None


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


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


def noun_kind(token: Token) -> str | None:
    """PERSON or ORG for a singular common noun that can only describe one of them (a role noun, an
    organization noun, a noun whose first WordNet sense is a person or an organization), else None."""
    if token.tag_ != "NN":
        return None
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in lexicon.words("organization_nouns.txt") or lemma in lexicon.words("organization_nouns.txt"):
        return "ORG"
    roles = lexicon.lower_table("role_nouns.tsv")
    if lower in roles or lemma in roles:
        return "PERSON"
    kind = lexicon.lower_table("wordnet_nouns.tsv").get(lemma)
    return {("person",): "PERSON", ("organization",): "ORG"}.get(kind)


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
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i not in refs):
            for name in obj.children:
                cluster = refs.get(name.i) if name.dep_ == "appos" and name.pos_ == "PROPN" else None
                if cluster is not None and cluster.label == "ORG" and _bracketed(name) and noun_kind(obj) is None:
                    return cluster if noun_kind(token) == "ORG" else None
    return None


def _bracketed(token: Token) -> bool:
    """The phrase opens with a bracket: "(Moretti, 2013)"."""
    at = token.left_edge.i
    return at > 0 and token.doc[at - 1].text in _OPENING_BRACKETS or token.doc[at].text in _OPENING_BRACKETS


def _name_before_comma(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """The name that ends right before the comma opening this apposition, past a bracketed aside
    ("Pierre L'Enfant (1704 – 1787), a painter"): the parse often hangs the apposition on the noun the name
    is the object of. The noun's kind must be the name's (a person noun for a person)."""
    doc = token.doc
    at = _opening(token) - 1
    if at < 1 or doc[at].text != ",":
        return None
    at -= 1
    if doc[at].text in _CLOSING_BRACKETS:
        while at > 0 and doc[at].text not in _OPENING_BRACKETS and token.sent.start < at:
            at -= 1
        at -= 1
    cluster = refs.get(at) if at >= 0 and doc[at].pos_ == "PROPN" else None
    if cluster is None or not any(m.end == at + 1 for m in cluster.mentions):
        return None
    return cluster if noun_kind(token) == cluster.label else None


def _named_predicate(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """"The actual author is Johann Valentin Andreae", "The first inhabitants were the Tagbanuas": a
    description subject of a copula whose predicate is a name, when the noun is of the name's kind (a
    plural one only for a plural name: "the Tagbanuas")."""
    verb = token.head
    if _negated(verb) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "A problem is Smith" is rare; "no author was Smith" says who not
    name = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN" and c.i in refs), None)
    if name is None:
        return None
    cluster = refs[name.i]
    if token.tag_ == "NNS" and name.tag_ == "NNPS":
        kind = "PERSON" if person_noun(token) or token.lemma_.lower() in lexicon.lower_table("role_nouns.tsv") else None
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
        before = token.doc[_opening(child) - 1]
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


def _role_before_name(token: Token, refs: dict[int, Cluster], nouns: frozenset[str]) -> Cluster | None:
    """A role noun compounded onto a name ("co-star Jensen Ackles"), or one a person serves "as".

    A noun known only from WordNet (`wordnet_nouns.tsv`) must have its own determiner or possessor
    ("his bodyguard Tom Keller") unless the parse compounds it onto the name: "American patriot Thomas
    Paine" is one mention headed by "patriot" in GUM, the name its apposition, as "the patriot Thomas Paine".
    """
    head = token.head
    as_object = token.dep_ == "pobj" and head.lower_ == "as"
    if not (as_object or token.dep_ == "compound" and head.pos_ == "PROPN" or _next_is_name(token)):
        return None  # none of the three places below: no need to look the noun up
    listed = token.lower_ in nouns or token.lemma_.lower() in nouns
    if not listed and not person_noun(token):
        return None
    if token.dep_ == "compound" and head.pos_ == "PROPN" and head.i in refs and token.tag_ != "NNS":
        cluster = refs[head.i]  # not "writers Mark Twain, Robert Louis Stevenson and …"
        return cluster if cluster.label == "PERSON" else None
    after = _name_after(token, refs)
    if after is not None and (listed or _determined(token)):
        return after
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):  # "served as an engineer"
        verb = head.head  # "described her as", "named the brother Petronios as": the object; else the subject
        obj = _object(verb)
        if obj is not None and (obj.tag_ in ("PRP", "WP") or _resolved(obj, refs) is not None):
            return _resolved(obj, refs)  # "whom Jerome identifies as his friend": never Jerome
        subject = _subject(verb)
        if subject is not None and subject.pos_ in ("PROPN", "PRON"):
            return _resolved(subject, refs)
    return None


def _next_is_name(token: Token) -> bool:
    """A proper noun next, or after a comma (past a short phrase): where _name_after looks."""
    doc, at = token.doc, _name_position(token)
    return at < len(doc) and doc[at].pos_ == "PROPN"


def _name_position(token: Token) -> int:
    """Where a name in apposition after the noun would start: right after it, after a comma, or after a
    short phrase and a comma or colon ("a younger boy at Harrow, John Thomas Claridge", "a tutor from
    Bain: Master Lunre", "your host as always, Dave"), whatever the parse made of the phrase."""
    doc, at = token.doc, token.i + 1
    if at + 1 < len(doc) and doc[at].text == ",":
        return at + 1
    if at < len(doc) and doc[at].pos_ == "ADP":
        for k in range(at + 1, min(at + _PHRASE_WORDS + 1, len(doc) - 1)):
            if doc[k].text in (",", ":"):
                return k + 1 if k > at + 1 else at
            if doc[k].pos_ not in _PHRASE_POS or doc[k].ent_type_ == "PERSON" or doc[k].is_sent_start:
                break  # a common noun or a person in the phrase could be what the name is in apposition with
    return at


def _determined(token: Token) -> bool:
    """"her classmate Kaho", "a classmate, Kaho,": not "French realist Jules Bastien-Lepage", one name's mention."""
    return any(c.dep_ in ("det", "poss") for c in token.lefts) or token.doc[token.i + 1].text == ","


def person_noun(token: Token, pos: str = "NOUN") -> bool:
    """A common noun whose first WordNet sense is a person ("his fiancée", "the womanizer")."""
    return token.pos_ == pos and lexicon.lower_table("wordnet_nouns.tsv").get(token.lemma_.lower()) == ("person",)


def _name_after(token: Token, refs: dict[int, Cluster]) -> Cluster | None:
    """The person whose name follows the noun, however the parser attached it: "his partner Chris
    Cardenas", or set off by commas on both sides ("a classmate, Kaho Tanabe, who wrote a novel")."""
    doc, at = token.doc, _name_position(token)
    if at >= len(doc) or doc[at].pos_ != "PROPN" or at not in refs:
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


def _subject(verb: Token) -> Token | None:
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
        if verb.dep_ == "xcomp" and _object(verb.head) is not None:
            return _object(verb.head)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "made history by being the first runner": the verb the gerund's "by" is on
            continue
        if verb.dep_ not in ("conj", "xcomp") and not (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")):
            return None
        verb = verb.head
    return None


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _opening(token: Token) -> int:
    lo = token.left_edge.i
    while lo < token.i and (token.doc[lo].is_punct or token.doc[lo].is_space):
        lo += 1
    return lo


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
