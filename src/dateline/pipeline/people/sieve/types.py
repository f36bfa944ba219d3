"""Entity types repaired from the cluster's evidence, whatever the model's label on one mention.

An "organization" after an honorific ("Mrs Davies") or with a role noun in
apposition ("Carol Davies, a teacher,") is a person, and then the surname
alone is the person with that full name.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import NAME_KINDS, Cluster, MentionRef
from .citations import cited_authors
from .place_bodies import drop_places_owning_bodies
from .things import forget
from .clusters import merge



def repair_types(
    people: list[Cluster], orgs: list[Cluster], doc: Doc, refs: dict[int, Cluster], *, titles, roles, org_nouns
) -> None:
    """Organizations with a person's evidence become people (honorific before or opening a mention, role apposition)."""
    cited_authors(doc, people, orgs, refs)
    surnames: set[str] = set()  # of the organizations that become people here
    for org in orgs:
        if not org.mentions or len(org.name.split()) > 4:
            continue
        genders = [_title_before(doc, m, titles) for m in org.mentions]
        titled = [g for g in genders if g is not None]
        # an honorific, an age or a home town: what only a person has, not a name's look or a role ("president")
        said = bool(titled) or _a_persons_apposition(org, doc, org_nouns)
        if not said and not any(_role_apposition(doc[m.end - 1], roles, org_nouns) for m in org.mentions) and not (
            _a_persons_name(org, doc, org_nouns) or _a_persons_evidence(org, doc, org_nouns)
        ):
            continue
        for m in org.mentions:
            _drop_title(doc, m, titles, refs)
        org.label = "PERSON"
        words = _fullest(org)
        if said and len(words) > 1:  # not "Eli Lilly" (a first name) … "Lilly's growth hormone": the firm
            surnames.add(words[-1])
        org.name, org.name_tokens = " ".join(words), words
        org.gender_evidence.update(g for g in titled if g)
        for m in org.mentions:
            if m.kind == "name":
                m.kind = "full" if m.end - m.start > 1 else "single"
        people.append(org)
    _their_surnames(people, orgs, surnames)
    _common_nouns_as_names(orgs, doc, refs, roles, org_nouns)
    drop_places_owning_bodies(people, doc, refs, org_nouns)  # "Brighton's tourism office": the town
    orgs[:] = [o for o in orgs if o.label == "ORG"]
    _teams(people, orgs, doc, refs, roles, titles)
    _short_forms(people, orgs, doc, refs)
    merge_surnames(people, refs)
    _people_named_as_organizations(people, orgs, doc, titles, org_nouns)
    _one_name_two_labels(people, orgs, doc, refs, titles)


_ORG_PRONOUNS = lexicon.words("coref/organization_pronouns.txt")


def _common_nouns_as_names(orgs: list[Cluster], doc: Doc, refs, roles, org_nouns) -> None:
    """Organizations named only by one common noun: no name.

    "Council spokesman Neil Ford": an organization noun modifying a role noun is the person's role
    (`roles.py` reads "council spokesman"); "Crossings will run as normal": a plural common noun,
    capitalized only as a sentence's first word.
    """
    kept = []
    for org in orgs:
        if org.label == "ORG" and org.mentions and all(m.end - m.start == 1 for m in org.mentions) and (
            all(_a_role_modifier(doc[m.start], roles, org_nouns) for m in org.mentions)
            or all(doc[m.start].tag_ == "NNS" and doc[m.start].is_sent_start for m in org.mentions)
        ):
            forget(org, refs)
        else:
            kept.append(org)
    orgs[:] = kept


def _a_role_modifier(token: Token, roles, org_nouns) -> bool:
    head = token.head
    return (token.tag_ in ("NN", "NNS") and token.dep_ == "compound" and token.lemma_.lower() in org_nouns
            and head.i == token.i + 1 and head.lower_ in roles)


def _a_persons_name(org: Cluster, doc: Doc, org_nouns) -> bool:
    """"Eleanor Marsh opened the library": a first name and a surname, with nothing of an organization.

    Two capitalized words (three with a middle initial), the first a usual first name (`first_names.tsv`,
    not one commoner as a surname), no organization word in the name, and no
    pronoun or description of an organization in the cluster ("Charles Schwab
    said its profits…" stays a company).
    """
    words = org.name.split()
    if not (len(words) == 2 or len(words) == 3 and len(words[1].rstrip(".")) == 1):
        return False  # "Jeff McBride Experience" is a show; "John F. Kennedy" a person
    row = lexicon.lower_table("coref/first_names.tsv").get(words[0].lower())
    if row is None or row[1:2] == ("surname",):
        return False
    if not all(w[:1].isupper() and w.replace(".", "").isalpha() and not (w.isupper() and len(w) > 1) for w in words):
        return False
    name_words = lexicon.words("coref/organization_name_words.txt")
    if any((lower := w.lower().rstrip(".")) in org_nouns or lower in name_words for w in words):
        return False
    if words[-1].lower() in lexicon.table("coref/thing_name_heads.tsv"):
        return False  # "George Washington Bridge": a place named for someone
    if all(doc[m.end - 1].dep_ == "compound" for m in org.mentions):
        return False  # "the George Washington Bridge": a namesake inside a longer name
    for m in org.mentions:
        if m.kind == "pronoun" and m.text.lower() in _ORG_PRONOUNS:
            return False
        if m.kind == "description" and doc[m.end - 1].lemma_.lower() in org_nouns:
            return False
    return True


def _a_persons_evidence(org: Cluster, doc: Doc, org_nouns) -> bool:
    """"the Undertaker's career", "du Motel, the daughter of the physician": what only people have.

    A kin noun in apposition with a name mention, or a kin noun or a person's
    possession (`person_possessions.txt`) the name owns; never with an organization's word in the
    name, an acronym, or an organization's pronoun or description in the cluster.
    """
    if org.name.isupper() or _has_organization_word(org.name, org_nouns):
        return False
    if any(m.kind == "pronoun" and m.text.lower() in _ORG_PRONOUNS for m in org.mentions):
        return False
    if any(m.kind == "description" and doc[m.end - 1].lemma_.lower() in org_nouns for m in org.mentions):
        return False
    kin, owned = _kin_and_possessions()
    for m in org.mentions:
        if m.kind not in NAME_KINDS:
            continue
        root = doc[m.end - 1]
        if root.dep_ == "poss" and root.head.lemma_.lower() in owned:
            return True
        for child in root.children:
            if child.i < m.end:
                continue
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in kin:
                return True
    return False


def _a_persons_apposition(org: Cluster, doc: Doc, org_nouns) -> bool:
    """"Ines Varga, 38, said", "Lukas, from Dundee, said": an age, or a home town as the subject's apposition.

    News gives a person's age, or where they come from, between commas after the name; a firm's
    place is "of" or "based in". Not for an acronym or a name with an organization's word.
    """
    for m in org.mentions:
        if m.kind in NAME_KINDS and m.end + 2 < len(doc) and doc[m.end].text == ",":
            if _an_age(doc[m.end + 1], doc[m.end + 2]) or _a_home_town(doc[m.end - 1], doc[m.end + 1]):
                return not (org.name.isupper() or _has_organization_word(org.name, org_nouns))
    return False


def _their_surnames(people: list[Cluster], orgs: list[Cluster], surnames: set[str]) -> None:
    """"Ines Varga, 38, said … Varga has lived": the surname alone of an organization that became a person.

    Only bare name mentions, no organization's pronoun; `merge_surnames` then joins it to the full name.
    """
    for org in orgs:
        if org.label != "ORG" or org.name not in surnames or not org.mentions:
            continue
        if not all(m.kind in ("name", "possessive") for m in org.mentions):
            continue
        org.label, org.name_tokens = "PERSON", (org.name,)
        for m in org.mentions:
            m.kind = "single" if m.kind == "name" else m.kind
        people.append(org)


def _an_age(number: Token, after: Token) -> bool:
    """"…, 38,": a number of one to three digits under 120 between commas."""
    return number.text.isdigit() and len(number.text) <= 3 and 0 < int(number.text) < 120 and after.text in (",", ")")


def _a_home_town(root: Token, preposition: Token) -> bool:
    """"Lukas, from Dundee, said": "from" a proper noun, hung on the name as the subject, and a comma after."""
    if preposition.lower_ != "from" or preposition.head.i != root.i or root.dep_ != "nsubj":
        return False
    objects = [x for x in preposition.children if x.dep_ == "pobj" and x.pos_ == "PROPN"]
    if not objects:
        return False
    end = objects[0].right_edge.i + 1
    return end < len(root.doc) and root.doc[end].text == "," and end < root.head.i


@cache
def _kin_and_possessions() -> tuple[frozenset[str], frozenset[str]]:
    """The kin nouns, and what a person owns: kin nouns and `person_possessions.txt`."""
    kin = frozenset(lexicon.lower_table("kinship.tsv"))
    return kin, kin | lexicon.words("coref/person_possessions.txt")


def _has_organization_word(name: str, org_nouns) -> bool:
    name_words = lexicon.words("coref/organization_name_words.txt")
    return any((w := x.lower().rstrip(".")) in org_nouns or w in name_words for x in name.replace("-", " ").split())


def _teams(people: list[Cluster], orgs: list[Cluster], doc: Doc, refs, roles, titles) -> None:
    """"City manager Helen Ward", "City are now three points clear": a one-word "person" that is a team.

    A one-word name never given a first name or an honorific is an organization
    when one of its mentions modifies another person's role noun ("Rovers boss
    Chris Allen") or is a singular name with a plural verb (British usage for
    teams and companies).
    """
    orth = None
    for c in people:
        if len(c.name_tokens) != 1 or not c.mentions or not all(m.kind in NAME_KINDS for m in c.mentions):
            continue
        if c.name_tokens[0].lower() in lexicon.lower_table("coref/first_names.tsv"):
            continue
        if any(_title_before(doc, m, titles) is not None for m in c.mentions):
            continue
        if orth is None:
            orth = doc.to_array(ORTH)  # once per article, and only when there is a candidate
        key = doc.vocab.strings[c.name_tokens[0]]
        same = [doc[int(i)] for i in (orth == key).nonzero()[0] if refs.get(int(i)) in (None, c)]  # "Rovers boss", untagged
        if not any(_someones_role(t, c, refs, roles) or _plural_verb(t) for t in same):
            continue
        c.label, c.name_tokens = "ORG", ()
        for m in c.mentions:
            m.kind = "possessive" if m.kind == "possessive" else "name"
        orgs.append(c)
    people[:] = [c for c in people if c.label == "PERSON"]


def _someones_role(root: Token, c: Cluster, refs, roles) -> bool:
    """"City manager Helen Ward": the name modifies a role noun that describes another person."""
    head = root.head
    if root.dep_ != "compound" or head.pos_ != "NOUN" or head.lemma_.lower() not in roles:
        return False
    if root.ent_type_ == "PERSON":
        return False  # "Putin spokesman Dmitry Peskov": the model reads the owner as a person there
    other = refs.get(head.i) or refs.get(head.head.i)
    return other is not None and other is not c and other.label == "PERSON"


def _plural_verb(root: Token) -> bool:
    """"City are now clear": a singular proper noun, not coordinated, as the subject of a plural verb after it.

    Not a plural or a people's name ("CFLs are", "Thais are"), nor one addressed ("Counselor, are you ready").
    """
    if root.dep_ != "nsubj" or root.tag_ != "NNP" or root.lower_.endswith("s"):
        return False
    verb = root.head
    if verb.i < root.i or any(t.text == "," for t in root.doc[root.i : verb.i]) or any(x.dep_ == "conj" for x in root.children):
        return False
    return any(v.tag_ == "VBP" for v in [verb] + [x for x in verb.children if x.dep_ == "aux"])


def _short_forms(people: list[Cluster], orgs: list[Cluster], doc: Doc, refs) -> None:
    """"Northwind Energy … a landmark day for Northwind": a one-word "person" that opens an organization's name.

    Only a name with no other evidence of a person (every mention a bare name,
    no first name known); where the rest of the organization's name follows a
    mention, the mention grows to the whole name.
    """
    firsts: dict[str, list[Cluster]] = {}
    for o in orgs:
        words = o.name.split()
        if len(words) > 1 and o.mentions and all(w[:1].isupper() for w in words):  # not "Pag yelped"
            firsts.setdefault(words[0], []).append(o)
    for c in people:
        pool = firsts.get(c.name) if len(c.name_tokens) == 1 else None
        if not pool or len(pool) > 1 or not all(m.kind in ("single", "possessive") for m in c.mentions):
            continue
        if c.name.lower() in lexicon.lower_table("coref/first_names.tsv") or any(_in_a_place(doc[m.end - 1]) for m in c.mentions):
            continue  # "born in Exeter" … "Exeter School": the town, not the school
        org = pool[0]
        rest = org.name.split()[1:]
        for m in c.mentions:
            if m.kind != "possessive":
                m.kind = "name"
            following = [t.text for t in doc[m.end : m.end + len(rest)]]
            if following == rest and not any(refs.get(i) not in (None, c) for i in range(m.end, m.end + len(rest))):
                span = doc[m.start : m.end + len(rest)]
                m.end, m.end_char, m.text = span.end, span.end_char, span.text
        c.label, c.name_tokens = "ORG", ()
        merge(org, c, refs)
        for m in org.mentions:
            for i in range(m.start, m.end):
                refs.setdefault(i, org)
    people[:] = [c for c in people if c.mentions]


_PLACE_PREPOSITIONS = frozenset(
    p for p, row in lexicon.lower_table("coref/place_prepositions.tsv").items() if "where" in row[0].split()
)


def _in_a_place(root: Token) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _people_named_as_organizations(people: list[Cluster], orgs: list[Cluster], doc: Doc, titles, org_nouns) -> None:
    """"The Review published", "the Steven F. Udvar-Hazy Center", "Castleford Rovers": "people" named as organizations.

    A one-word name of an organization's kind ("Review", "Times") always after "the" and never a
    modifier of another noun, or a longer name ending in an organization noun ("… Center",
    "… University"), a club's word (`team_name_words.txt`) or a company's legal form ("… Inc",
    `company_suffixes.txt`), with no honorific before it.
    """
    name_words = lexicon.words("coref/organization_name_words.txt")
    for c in people:
        names = [m for m in c.mentions if m.kind in NAME_KINDS]
        words = c.name.split()
        if not names or not words or any(_title_before(doc, m, titles) is not None for m in names):
            continue
        last = words[-1].lower()
        if len(words) == 1:
            named = last in name_words | org_nouns and all(_after_the(doc, m) for m in names)
        else:
            named = last in org_nouns or last in ("center", "centre") or last in lexicon.words("coref/team_name_words.txt")
            named = named or last.rstrip(".") in lexicon.words("coref/company_suffixes.txt")  # "Airgas Inc"
        if not named:
            continue
        c.label, c.name_tokens = "ORG", ()
        for m in c.mentions:
            if m.kind in NAME_KINDS and m.kind != "possessive":
                m.kind = "name"
        orgs.append(c)
    people[:] = [c for c in people if c.label == "PERSON"]


def _one_name_two_labels(people: list[Cluster], orgs: list[Cluster], doc: Doc, refs, titles) -> None:
    """"Bangor Hydro" labelled PERSON in one sentence and ORG in another: one name of two words or more, one entity.

    An organization (an organization with a person's evidence became a person above), unless the person's side
    has an honorific ("Mr."). One-word names stay apart: "Ford" may be the man and his company.
    """
    by_name = {o.name: o for o in orgs if o.mentions and len(o.name.split()) > 1}
    if not by_name:
        return
    for person in people:
        org = by_name.get(person.name)
        if org is None or not person.mentions or person.group:
            continue
        if any(_title_before(doc, m, titles) is not None for m in person.mentions):
            merge(person, org, refs)
            continue
        for m in person.mentions:
            if m.kind in NAME_KINDS and m.kind != "possessive":
                m.kind = "name"
        merge(org, person, refs)
    people[:] = [c for c in people if c.mentions]
    orgs[:] = [c for c in orgs if c.mentions]


def _after_the(doc: Doc, m: MentionRef) -> bool:
    return m.start > 0 and doc[m.start - 1].lower_ == "the" and doc[m.end - 1].dep_ != "compound"


def merge_surnames(people: list[Cluster], refs: dict[int, Cluster]) -> None:
    """A person named by a surname alone ("Mrs Davies") is the one person of the article with that full name."""
    full: dict[str, list[Cluster]] = {}
    for c in people:
        if len(c.name_tokens) > 1 and c.mentions:
            full.setdefault(c.name_tokens[-1], []).append(c)
    for c in people:
        if len(c.name_tokens) != 1 or not c.mentions or not all(m.kind in NAME_KINDS for m in c.mentions):
            continue
        pool = [f for f in full.get(c.name_tokens[0], ()) if f is not c]
        if len(pool) != 1 or (c.gender and pool[0].gender and c.gender != pool[0].gender):
            continue
        target = pool[0]
        name, tokens = target.name, target.name_tokens
        for m in c.mentions:
            if m.kind in ("single", "name"):
                m.kind = "surname"
        merge(target, c, refs)
        target.name, target.name_tokens = name, tokens


def _title_before(doc: Doc, m: MentionRef, titles) -> str | None:
    """The gender an honorific before the mention, or opening it ("Mrs Davies"), gives ("" for none); None without one."""
    lower, strings = scan.column(doc, LOWER), doc.vocab.strings  # the array: no Token for the words around
    before = m.start - 1
    if before > 0 and strings[lower[before]] == "." and _split_abbreviation(doc[before - 1]):
        before -= 1  # "Mlle. Dupont": the tokenizer split the abbreviation's full stop
    if before >= 0 and strings[lower[before]].rstrip(".") in titles:
        return titles[strings[lower[before]].rstrip(".")]
    opening = titles.get(strings[lower[m.start]].rstrip("."))
    if opening and m.end - m.start == 2:  # "Mrs Davies", not "General Motors": a title that says man or woman
        return opening
    return None


@cache
def _abbreviations() -> frozenset[str]:
    """The honorifics spelled with a full stop ("Mlle.", "Dr."): only these may end before a lone "."."""
    return frozenset(k.lower().rstrip(".") for k in lexicon.table("honorifics.tsv") if k.endswith("."))


def _split_abbreviation(title: Token) -> bool:
    """A capitalized abbreviation right before its "." ("Mlle" "."), not a sentence's last word ("the Governor.")."""
    return not title.whitespace_ and title.is_title and title.lower_ in _abbreviations()


def _drop_title(doc: Doc, m: MentionRef, titles, refs) -> None:
    if m.end - m.start == 2 and titles.get(doc[m.start].lower_.rstrip(".")):
        refs.pop(m.start, None)
        rest = doc[m.start + 1 : m.end]
        m.start, m.start_char, m.text = rest.start, rest.start_char, rest.text


def _role_apposition(root: Token, roles, org_nouns) -> bool:
    """"Carol Davies, a teacher,": a singular role noun (not an organization's) in apposition with the name.

    A person noun counts only when it says man or woman: "a rival", "its successor" fit a company too.
    """
    for t in (c for c in root.children if c.dep_ == "appos" and c.i > root.i):  # not "the secretary of CEI (…)"
        lemma = t.lemma_.lower()
        row = roles.get(lemma) or roles.get(t.lower_)
        if t.pos_ != "NOUN" or t.tag_ != "NN" or row is None or lemma in org_nouns:
            continue
        gender, kind = (tuple(row) + ("", ""))[:2]
        if kind != "person" or gender:
            return True
    return False


def _fullest(cluster: Cluster) -> tuple[str, ...]:
    names = [m for m in cluster.mentions if m.kind in NAME_KINDS]
    best = max(names or cluster.mentions, key=lambda m: (m.end - m.start, -m.start))
    return tuple(best.text.split())


def merge_titles(people: list[Cluster], refs: dict[int, Cluster], heads: dict, *, titles, roles) -> None:
    """A person named only by a title ("The Prime Minister said") is the one named person described by it.

    heads: the description head nouns each cluster got from appositions and
    compounds ("Prime Minister Rishi Sunak"). With no such person, or two,
    the title stays a person of its own ("the Chief Justice" of a hearing).
    """
    for c in people:
        words = [w.lower().rstrip(".") for w in c.name_tokens]
        if not c.mentions or not words or not all(w in titles or w in roles for w in words):
            continue
        pool = [p for p in people if p is not c and p.mentions and words[-1] in heads.get(p, ())]
        if len(pool) != 1:
            continue
        target = pool[0]
        name, tokens = target.name, target.name_tokens
        for m in c.mentions:
            m.kind = "description"
        merge(target, c, refs)
        target.name, target.name_tokens = name, tokens


def title_heads(doc: Doc, people: list[Cluster], heads: dict, *, titles, roles) -> None:
    """A title before a name is a description head of the person: "Dr. Steiner" … "the doctor"."""
    spelled = lexicon.lower_table("coref/title_roles.tsv")
    for c in people:
        for m in c.mentions:
            if m.kind == "description" or m.start == 0:
                continue
            title = doc[m.start - 1].lower_.rstrip(".")
            role = (spelled.get(title) or (title,))[0]
            if title in titles and role in roles:
                heads.setdefault(c, set()).add(role)
