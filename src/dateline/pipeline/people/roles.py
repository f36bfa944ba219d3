"""The `dateline_roles` component: roles and titles of people, with their organization.

"GM chief executive Mary Barra" and "Mary Barra, chief executive of General
Motors," give Mary Barra the role "chief executive" at GM / General Motors;
"Hugh Hill, a doctor," gives "doctor"; a resolved description ("the singer")
gives "singer". Nouns that only say who someone is ("the man") are not roles.

Appositions are read from the parse, so a role goes to the name it is set
beside even in a list: "X, the company's chief executive, and Y, its
chairman," gives each their own; a plural one ("X and Y, both doctors,") goes
to every person of the coordination before it, a singular one to the nearest
("X and Y, a doctor,": Y). "The Crown prosecutor, Mark Tedeschi," works too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ... import lexicon
from .entities import WRITTEN_NAME_KINDS, Cluster, RoleRef

_LINKS = frozenset({"of", "at", "for", "with"})
_PLURAL = frozenset({"NNS", "NNPS"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EMBEDDED = frozenset({"xcomp", "ccomp", "advcl", "relcl"})  # clauses whose subject's role is no fact stated


@Language.factory(
    "dateline_roles", requires=["doc._.dl_people", "doc._.dl_refs", "token.ent_iob", "token.ent_type"],
    assigns=["doc._.dl_people"],
)
def make_roles(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder()


class RoleFinder:
    def __init__(self) -> None:
        table = lexicon.lower_table("role_nouns.tsv")
        self.roles = {w for w, cells in table.items() if len(cells) < 2 or cells[1] != "person"}
        self.not_roles = {w for w, cells in table.items() if len(cells) > 1 and cells[1] == "person"}
        self.modifiers = lexicon.words("role_modifiers.txt")
        self.org_nouns = lexicon.words("organization_nouns.txt")
        self.compound_heads = lexicon.words("role_compound_heads.txt")
        self.verbs = lexicon.words("role_verbs.txt")
        self.institution_adjectives = lexicon.words("role_org_adjectives.txt")

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.dl_refs or {}
        for cluster in doc._.dl_people or ():
            for mention in cluster.mentions:
                if mention.kind in WRITTEN_NAME_KINDS:
                    self._before(doc, mention.start, cluster, refs)
                    self._predicate(doc, doc[mention.end - 1], cluster, refs)
        appos = doc.vocab.strings["appos"]  # compared as ids: this loop sees every token
        stated: list[tuple[RoleRef, list[Cluster]]] = []
        for token in doc:
            if token.dep == appos:
                stated.extend(self._apposition(doc, token, refs))
        for cluster in doc._.dl_people or ():
            self._tidy(cluster, stated)
        return doc

    def _is_title_word(self, token: Token) -> bool:
        lower = token.lower_.rstrip(".")
        return token.pos_ in ("NOUN", "PROPN", "ADJ") and (lower in self.roles or lower in self.modifiers)

    def _before(self, doc: Doc, start: int, cluster: Cluster, refs) -> None:
        """"GM chief executive Mary Barra", "Senator John Smith"."""
        i = start
        while i > 0 and self._is_title_word(doc[i - 1]) and i > start - 5:
            i -= 1
        if i == start and start > 1 and doc[start - 1].lower_ in self.compound_heads:
            i = start - 1  # "harbour master": a head that is a role only with its compound word
            if not self._compound_word(doc[i - 1], i, start):
                return
        elif not doc[i:start] or doc[start - 1].lower_.rstrip(".") not in self.roles:
            return
        if i > 0 and i > start - 5 and self._compound_word(doc[i - 1], i, start):
            i -= 1  # "harbour master Ellen Drayce", "Council spokesman Neil Ford": the whole role
            while i > 0 and self._is_title_word(doc[i - 1]) and i > start - 5:
                i -= 1  # "deputy energy minister", "former exchange president"
        i = self._institution_adjective(doc, i)
        i = glued_start(doc[i])  # "co-star Jensen Ackles": the whole word, not "star"
        words = doc[i:start]
        org, org_start = _organization_before(doc, i, refs)
        title, begin = words.text.lower(), org_start if org else words.start_char
        lead = _token_at(doc, i, org_start) if org else i
        first = lead
        while first > 0 and lead - first < 2 and doc[first - 1].pos_ == "ADJ" and self._is_title_word(doc[first - 1]):
            first -= 1  # "former Rangers boss": the role's own modifier, before the organization
        if first < lead:
            title, begin = f"{doc[first:lead].text.lower()} {title}", doc[first].idx
        cluster.roles.append(RoleRef(title, org, begin, words.end_char))

    def _institution_adjective(self, doc: Doc, i: int) -> int:
        """"central bank president": an institution's adjective before a title's compound noun is part of it."""
        if i > 0 and doc[i].pos_ == "NOUN" and doc[i - 1].dep_ == "amod" and doc[i - 1].lower_ in self.institution_adjectives:
            return i - 1
        return i

    def _predicate(self, doc: Doc, name: Token, cluster: Cluster, refs) -> None:
        """"X was elected general secretary of the union", "X has been deputy general secretary since 2019",
        "X, who became chief executive in 2019,"."""
        verb = name.head if name.dep_ in _SUBJECTS and name.head.dep_ not in _EMBEDDED else None  # not "said X would be"
        if verb is None or verb.lemma_.lower() not in self.verbs:
            verb = next((c for c in name.rights if c.dep_ == "relcl" and any(
                g.dep_ in _SUBJECTS and g.lower_ == "who" for g in c.children)), None)
        if verb is None or verb.lemma_.lower() not in self.verbs or any(c.dep_ == "neg" for c in verb.children):
            return  # "X is not the chairman"
        for child in verb.rights:
            noun = child
            if child.dep_ == "prep" and child.lower_ == "as":  # "served as chairman", "appointed as coach"
                noun = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in ("attr", "oprd", "xcomp"):
                continue
            if self._is_role_noun(noun) and noun.tag_ not in _PLURAL and _person(refs, noun) is None:
                cluster.roles.extend(self._coordinated_roles(doc, noun, refs))  # "vice president and general manager"
            return

    def _compound_word(self, token: Token, i: int, start: int) -> bool:
        """A common noun compounded with the title ("town" manager, "head" teacher), not a name ("BBC")."""
        if token.dep_ != "compound" or not i <= token.head.i < start or not token.is_alpha:
            return False
        if token.tag_ in ("NNP", "NNPS") or token.ent_type_ in ("PERSON", "GPE") or token.is_upper:
            return False  # a name or an acronym ("WPPSS attorney"): the organization, not the title
        if token.is_lower:  # not "the growth rate Finance Minister Michael Wilson": the title's case
            return not token.doc[i].is_title
        return token.is_sent_start or token.lower_ in self.org_nouns

    def _is_role_noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and _singular(token) in self.roles

    def _apposition(self, doc: Doc, appos: Token, refs) -> list[tuple[RoleRef, list[Cluster]]]:
        """"Mary Barra, chief executive of General Motors," and "The Crown prosecutor, Mark Tedeschi,"."""
        if self._is_role_noun(appos) and _person(refs, appos) is None:
            noun, holders = appos, _holders(appos.head, appos, refs)
        elif self._is_role_noun(appos.head) and _person(refs, appos.head) is None and _person(refs, appos):
            noun, holders = appos.head, [_person(refs, appos)]
        else:
            return []
        roles = self._coordinated_roles(doc, noun, refs)
        for cluster in holders:
            cluster.roles.extend(roles)
        return [(role, holders) for role in roles] if holders else []

    def _coordinated_roles(self, doc: Doc, noun: Token, refs) -> list[RoleRef]:
        """The role of a role noun and of the role nouns coordinated after it, sharing one organization.

        "the founder and chief executive of Acme": both at Acme; "…, and chairman
        Mary Jones" is hers, not a second title of the appositive.
        """
        roles = [self._role(doc, noun, refs)]
        for other in noun.conjuncts:
            if other.i > noun.i and self._is_role_noun(other) and not any(
                _person(refs, t) for t in (other, *other.children)
            ):
                roles.append(self._role(doc, other, refs))
        org = next((r.organization for r in roles if r.organization), None)
        return [r if r.organization else RoleRef(r.title, org, r.start_char, r.end_char) for r in roles]

    def _role(self, doc: Doc, noun: Token, refs) -> RoleRef:
        """The role a role noun states: its title words, and its organization before or after."""
        i = noun.i
        while i > noun.left_edge.i and doc[i - 1].dep_ in _MODIFIERS and self._is_title_word(doc[i - 1]):
            i -= 1  # "chief financial officer", not "first great American poet"
        i = self._institution_adjective(doc, i) if i > noun.left_edge.i else i
        i = glued_start(doc[i])  # "her co-star, Marcus Lee,": "co-star", which the tokenizer splits
        words = [t.lower_ + (" " if t.whitespace_ else "") for t in doc[i:noun.i]] + [_singular(noun)]
        org, start = _organization_before(doc, i, refs)
        start = start if org else doc[i].idx
        end = noun.idx + len(noun)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _LINKS), None)
        if org is None and prep is not None and prep.i + 1 < len(doc):
            org, org_end = _organization_at(doc, prep.i + 1, refs)
            end = org_end or end
        return RoleRef("".join(words), org, start, end)

    def _tidy(self, cluster: Cluster, stated: list[tuple[RoleRef, list[Cluster]]]) -> None:
        """One role per title and evidence (one of overlapping ones); descriptions such as "the man" are not roles.

        A role an apposition gives someone else is not this person's: "in the words
        of the Crown prosecutor, Mark Tedeschi," whoever the description was resolved to.
        """
        kept: list[RoleRef] = []
        for role in sorted(cluster.roles, key=lambda r: r.start_char):
            if role.title in self.not_roles or any(
                cluster not in holders and _same(given, role) for given, holders in stated
            ):
                continue
            twin = next((i for i, k in enumerate(kept) if _same(k, role)), None)
            if twin is None:
                kept.append(role)
            elif (bool(role.organization), len(role.title)) > (bool(kept[twin].organization), len(kept[twin].title)):
                kept[twin] = role  # "the founder" and "founder of Acme"; "executive" and "chief executive"
        cluster.roles = kept


def _same(a: RoleRef, b: RoleRef) -> bool:
    """One role stated by overlapping evidence: the same title, or one the other's head ("chief executive")."""
    titled = a.title == b.title or a.title.endswith(" " + b.title) or b.title.endswith(" " + a.title)
    return titled and a.start_char < b.end_char and b.start_char < a.end_char


def glued_start(token: Token) -> int:
    """Where the word a token ends starts, past prefixes the tokenizer split off at a hyphen ("co-star",
    "ex-wife", "vice-president"): "co", "-", "star" are one word with no space between."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        i -= 2
    return i


def role_title(noun: Token) -> str:
    """A role noun's title, with the prefixes split off it at a hyphen: "co-star", not "star"."""
    start = glued_start(noun)
    return noun.doc[start : noun.i + 1].text.lower() if start < noun.i else noun.lower_


def _singular(noun: Token) -> str:
    """"founders" -> "founder": a plural role noun as the role of each of its people."""
    return noun.lemma_.lower() if noun.tag_ in _PLURAL else noun.lower_.rstrip(".")


def _person(refs, token: Token) -> Cluster | None:
    cluster = refs.get(token.i)
    return cluster if cluster is not None and cluster.label == "PERSON" and token.pos_ == "PROPN" else None


def _holders(head: Token, noun: Token, refs) -> list[Cluster]:
    """Whose role an appositive is: the nearest person of a coordination before it, or all for a plural.

    "X, a lawyer, and Y": X (Y comes after); "X and Y, a doctor": Y; "X and Y, both doctors": X and Y.
    """
    before = [t for t in sorted((head, *head.conjuncts), key=lambda t: t.i) if t.i < noun.i]
    people = [p for t in before if (p := _person(refs, t)) is not None]
    if noun.tag_ in _PLURAL:  # one name is no plural's holder ("Batman: Arkham VR, players are ...")
        people = list(dict.fromkeys(people))
        return people if len(people) > 1 else []
    nearest = _person(refs, before[-1]) if before else None
    return [nearest] if nearest is not None else []


def _org_name(doc: Doc, token: Token, refs) -> tuple[str | None, int, int]:
    cluster = refs.get(token.i)
    if cluster is not None and cluster.label == "ORG":
        mention = next(m for m in cluster.mentions if m.start <= token.i < m.end)
        return cluster.name, mention.start_char, mention.end_char
    if token.ent_type_ == "ORG":
        start = token.i
        while start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
        return span.text, span.start_char, span.end_char
    return None, 0, 0


def _organization_before(doc: Doc, i: int, refs) -> tuple[str | None, int]:
    j = i - 1
    if j >= 0 and doc[j].text in ("'s", "’s"):
        j -= 1
    if j < 0:
        return None, 0
    name, start, end = _org_name(doc, doc[j], refs)
    if name is not None and end > doc[i].idx:  # the title itself read as part of the name
        return None, 0
    return name, start


def _token_at(doc: Doc, i: int, start_char: int) -> int:
    """The token at or before `i` that starts at `start_char`: where an organization before a title begins."""
    while i > 0 and doc[i].idx > start_char:
        i -= 1
    return i


def _organization_at(doc: Doc, i: int, refs) -> tuple[str | None, int | None]:
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    name, _, end = _org_name(doc, doc[i], refs)
    return name, (end if name else None)
