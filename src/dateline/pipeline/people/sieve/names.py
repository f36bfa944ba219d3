"""Name passes: the same person or organization under two written forms.

Run after the people component has grouped full names with their surnames and
first names. Here: nicknames ("Larry"/"Lawrence Lessig"), a one-letter slip in
a surname already in the article, acronyms and short forms of organizations
("KCNA" for "Korean Central News Agency"), people named inside an
organization's name ("the Andy Warhol Foundation"), people the model never
labelled but the text keeps making the subject of verbs, and types repaired
from the cluster (an "organization" preceded by "Mr." is a person).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.attrs import ENT_IOB, LOWER, ORTH
from spacy.tokens import Doc

from .... import lexicon
from .. import scan
from ..entities import Cluster, MentionRef
from .clusters import SUBJECT_DEPS, merge
from .noun_kinds import person_or_role_noun

_MIN_SLIP = 5  # a surname shorter than this may not differ by a letter
_OTHER_NAME_ACRONYM = 3  # letters an acronym of a name other than the canonical one needs
_SUBJECTS_TO_NAME = 2  # times an unlabelled proper noun must be a subject to count as a person


def first_key(word: str) -> str:
    """The full first name a short form stands for ("Larry" -> "lawrence")."""
    lower = word.lower().rstrip(".")
    hit = lexicon.lower_table("nicknames.tsv").get(lower)
    return hit[0] if hit and hit[0] else lower


def compatible_middles(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"George H. W. Bush" and "George W. Bush" are two people; a name without a middle fits either."""
    ma, mb = _middles(a), _middles(b)
    if not ma or not mb:
        return True
    return [m[0].lower() for m in ma] == [m[0].lower() for m in mb]


def _middles(tokens: tuple[str, ...]) -> list[str]:
    suffixes = lexicon.words("coref/name_suffixes.txt")
    core = [t for t in tokens if t.lower() not in suffixes and t not in (",", "-")]
    return core[1:-1]


def _suffix(tokens: tuple[str, ...]) -> str:
    suffixes = lexicon.words("coref/name_suffixes.txt")
    return next((t.lower().rstrip(".") for t in tokens if t.lower() in suffixes), "")


def one_slip(a: str, b: str) -> bool:
    """Equal but for one letter substituted, dropped or added."""
    if a == b or min(len(a), len(b)) < _MIN_SLIP or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _same_first(a: str, b: str) -> bool:
    """One first name up to an initial ("J." and "John") or a nickname ("Larry" and "Lawrence")."""
    a, b = a.rstrip("."), b.rstrip(".")
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) or first_key(a) == first_key(b)


def same_person(a: Cluster, b: Cluster) -> bool:
    """Two full names of one person: surname equal (or one slip), first names one up to nicknames."""
    ta, tb = a.name_tokens, b.name_tokens
    if len(ta) < 2 or len(tb) < 2 or _suffix(ta) != _suffix(tb):
        return False
    la, lb = _surname(ta), _surname(tb)
    if la != lb and not one_slip(la, lb):
        return False
    return _same_first(ta[0], tb[0]) and compatible_middles(ta, tb)


def _surname(tokens: tuple[str, ...]) -> str:
    suffixes = lexicon.words("coref/name_suffixes.txt")
    core = [t for t in tokens if t.lower() not in suffixes and t != ","]
    return core[-1] if core else tokens[-1]


def merge_people(people: list[Cluster], refs: dict[int, Cluster]) -> None:
    """Nicknames and one-letter slips: the later full name joins the earlier."""
    by_initial: dict[str, list[Cluster]] = {}  # surnames that may match share their first letter
    for later in people:
        if not later.mentions or len(later.name_tokens) < 2:
            continue
        pool = by_initial.setdefault(_surname(later.name_tokens)[:1], [])
        pool.append(later)
        for earlier in pool[:-1]:
            if earlier.mentions and same_person(earlier, later):
                merge(earlier, later, refs)  # the earlier keeps its name: merge moves mentions, never names
                break


@lru_cache(maxsize=4096)
def acronym(name: str) -> str:
    """The initials of a name of several words, function words skipped ("KCNA"); "" for one word."""
    skip = lexicon.words("coref/acronym_skip.txt")
    words = [w for w in name.replace("-", " ").split() if w.lower() not in skip]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper() if len(words) > 1 else ""


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


def _undotted(text: str) -> str:
    """"U.S.G." -> "USG" when the dots stand between single capitals; else the text unchanged."""
    parts = text.rstrip(".").split(".")
    return "".join(parts) if len(parts) > 1 and all(len(p) == 1 and p.isupper() for p in parts) else text


def _acronyms(orgs: list[Cluster]) -> dict[str, Cluster]:
    """Each organization under the initials of its name and of its other names ("Major League Baseball" of a
    cluster now named "Major League Baseball Draft")."""
    longs: dict[str, Cluster] = {}
    for c in orgs:
        if not c.mentions:
            continue
        longs.setdefault(acronym(c.name), c)
        for name in {m.text for m in c.mentions if m.kind in ("name", "full")}:
            short = acronym(name)
            if len(short) >= _OTHER_NAME_ACRONYM and short != name:  # "US" of a "United States" merged in is no evidence
                longs.setdefault(short, c)
    longs.pop("", None)
    return longs


def merge_organizations(orgs: list[Cluster], refs: dict[int, Cluster]) -> None:
    """An acronym joins the name it abbreviates; a short form the longer name it is part of."""
    longs = _acronyms(orgs)
    for cluster in orgs:
        if not cluster.mentions:
            continue
        short = _undotted(cluster.name)
        target = longs.get(short) if _is_acronym(short) else _longer_form(cluster, orgs)
        if target is not None and target is not cluster and target.mentions:
            merge(target, cluster, refs)  # the longer name stays the cluster's: merge never renames


def _longer_form(short: Cluster, orgs: list[Cluster]) -> Cluster | None:
    """"Warhol Foundation" in "Andy Warhol Foundation": several words, all in the longer name, in order."""
    words = short.name.split()
    if len(words) < 2:
        return None
    for other in orgs:
        longer = other.name.split()
        if other is not short and other.mentions and len(longer) > len(words) and _contains(longer, words):
            return other
    return None


def _contains(longer: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


def attach_acronyms(doc: Doc, orgs: list[Cluster], refs: dict[int, Cluster]) -> None:
    """Unlabelled acronyms of a named organization ("said KCNA")."""
    longs = _acronyms(orgs)
    if not longs:
        return
    dotted = {".".join(short) + ".": short for short in longs}  # "U.S.G."
    for token in scan.tokens(doc, texts=[*longs, *dotted]):
        short = dotted.get(token.text, token.text)
        if token.i not in refs and _is_acronym(short):
            cluster = longs[short]
            cluster.add(MentionRef(token.i, token.i + 1, token.idx, token.idx + len(token), token.text, "name"))
            refs[token.i] = cluster


def names_inside_organizations(doc: Doc, people: list[Cluster], orgs: list[Cluster]) -> None:
    """A person's full name or surname inside an organization's name is also a mention of the person."""
    by_tokens = {c.name_tokens: c for c in people if len(c.name_tokens) > 1 and c.mentions}
    if not by_tokens:
        return  # no full name to find (most articles): no organization's words need be read
    orth, strings = scan.column(doc, ORTH), doc.vocab.strings  # the words' texts without a Token each
    surnames = Counter(c.name_tokens[-1] for c in by_tokens.values())
    by_first: dict[str, list] = {}
    for tokens, cluster in by_tokens.items():
        by_first.setdefault(tokens[0], []).append((tokens, cluster))
    by_surname = {tokens[-1]: cluster for tokens, cluster in by_tokens.items() if surnames[tokens[-1]] == 1}
    for org in orgs:
        for m in list(org.mentions):
            words = [strings[key] for key in orth[m.start : m.end]]
            hit = _person_in(words, by_first, by_surname)
            if hit is None:
                continue
            cluster, i, n = hit
            span = doc[m.start + i : m.start + i + n]
            cluster.add(MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, "in_name"))


def _person_in(words: list[str], by_first, by_surname) -> tuple[Cluster, int, int] | None:
    """A full name inside an organization's words, else a surname no other person has (not its last word)."""
    for i, word in enumerate(words):
        for tokens, cluster in by_first.get(word, ()):
            n = len(tokens)
            if tuple(words[i : i + n]) == tokens and len(words) > n:
                return cluster, i, n
    for i, word in enumerate(words[:-1]):
        if word in by_surname:
            return by_surname[word], i, 1
    return None


def discover_people(doc: Doc, people: list[Cluster], refs: dict[int, Cluster], *, not_names) -> list[Cluster]:
    """Proper nouns the model left unlabelled (or labelled a place or thing) that keep acting as subjects.

    "Byron received his early education ... Byron entered the school": a
    capitalized name that is the subject of a verb at least twice, and never an
    entity of a longer name, is taken for a person. A word the model calls a
    place counts too when the text also treats it as a person and never as a
    place: "Santa said", "Santa's first wife", and never "in Santa".
    """
    counts: Counter = Counter()
    as_places: Counter = Counter()  # subjects the model labelled a place
    where: dict[str, list[int]] = {}
    located: set[str] = set()  # the object of a preposition somewhere
    personal: set[str] = set()  # the subject of a speech verb, or a kin or role noun's possessor
    versioned: set[str] = set()  # "Internet Explorer 9": a product's name, however often it is a subject
    speech, described = _person_cues()
    for i in scan.indices(doc, pos=("PROPN",)):
        if i in refs:
            continue  # before making a Token: most proper nouns are in a name already
        token = doc[i]
        word = token.text
        where.setdefault(word, []).append(token.i)
        if token.dep_ == "pobj":
            located.add(word)
        if _version_after(token):
            versioned.add(word)
        if not _name_like(token, not_names):
            continue
        single = not token.ent_type_ or _ent_len(token) == 1 or runs_into_own_verb(token) or _first_named_product(token)
        place = single and token.ent_type_ in _PLACES
        if token.ent_type_ and not place and not (single and token.ent_type_ in ("ORG", "NORP", "PRODUCT")):
            continue
        if _speaks_or_owns(token, speech, described):
            personal.add(word)
        if token.dep_ in SUBJECT_DEPS and token.head.pos_ in ("VERB", "AUX"):
            (as_places if place else counts)[word] += 1
    known = {t for c in people for t in c.name_tokens}
    found = []
    for word in dict.fromkeys([*counts, *as_places]):  # in order, so that ids stay stable
        if word in known or word in versioned or counts[word] < _SUBJECTS_TO_NAME and (
            counts[word] + as_places[word] < _SUBJECTS_TO_NAME or word not in personal or word in located
        ):
            continue
        spans = [_with_first_names(doc[i], refs, described) for i in where[word]]
        full = max(spans, key=len)  # "Valeska Paris, an Australian woman ... Paris claims"
        cluster = Cluster(id="", label="PERSON", name=full.text, name_tokens=tuple(t.text for t in full))
        for span in spans:
            end = span.end
            kind = "full" if len(span) > 1 else "single"
            kind = "possessive" if end < len(doc) and doc[end].tag_ == "POS" else kind
            cluster.add(MentionRef(span.start, end, span.start_char, span.end_char, span.text, kind,
                                   span.root.dep_ in SUBJECT_DEPS))
            for i in range(span.start, end):
                refs[i] = cluster
        found.append(cluster)
    return found


def _with_first_names(token, refs, described):
    """The word with the capitalized proper nouns compounded onto it just before; titles and roles left out."""
    start = token.i
    while start > 0:
        prev = token.doc[start - 1]
        if prev.i in refs or prev.pos_ != "PROPN" or prev.head.i != token.i or prev.dep_ not in ("compound", "flat"):
            break
        if not prev.text[:1].isupper() or prev.ent_type_ not in ("", token.ent_type_) or _titled(prev, described):
            break
        start -= 1
    return token.doc[start : token.i + 1]


_PLACES = frozenset({"GPE", "LOC"})


def _name_like(token, not_names) -> bool:
    """A capitalized word, not an acronym, not a listed non-name, and the head of its name."""
    return (
        token.text[:1].isupper()
        and not token.text.isupper()
        and token.lower_ not in not_names
        and token.lower_.rstrip(".") not in _honorifics()  # "Mlle said": a title alone names no one
        and not any(c.dep_ in ("compound", "flat") and not _first_name_word(c) for c in token.children)
    )


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(k.rstrip(".") for k in lexicon.lower_table("honorifics.tsv"))


def _version_after(token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.is_digit and len(following) <= 2  # not a year: "Brieber 2014"


def _first_name_word(token) -> bool:
    """"Elon" of "Elon Musk": an untagged capitalized proper noun right before the head (not "New York")."""
    return (token.pos_ == "PROPN" and (not token.ent_type_ or _first_named_product(token)) and token.text[:1].isupper()
            and token.i == token.head.i - 1)


def _first_named_product(token) -> bool:
    """A word of a "product" whose name opens with a listed first name: "Martin Cole told the hearing".

    The small model tags such names PRODUCT now and then; a product's own name
    seldom starts so ("Jack Daniel's" does, and it is no subject of a verb, which
    `discover_people` asks for besides).
    """
    if token.ent_type_ != "PRODUCT":
        return False
    first = token.doc[_ent_bounds(token)[0]]
    return first.pos_ == "PROPN" and first.lower_ in lexicon.lower_table("coref/first_names.tsv")


def _speaks_or_owns(token, speech, described) -> bool:
    """"Santa said", "Santa's first wife": what only a person does or has."""
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_.lower() in speech
    return token.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in described


def _titled(token, described) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in described or lower in lexicon.lower_table("honorifics.tsv")


@lru_cache(maxsize=1)
def _person_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Speech verbs' lemmas; role and kin nouns (lower case)."""
    from . import _tables  # the sieve's own speech verbs; imported late, as the package imports this module

    speech = _tables()[2]
    described = frozenset(lexicon.lower_table("role_nouns.tsv")) | frozenset(lexicon.lower_table("kinship.tsv"))
    return speech, described


def titled_people(doc: Doc, people: list[Cluster], refs: dict[int, Cluster], *, titles, roles) -> list[Cluster]:
    """"Lord Diplock", "Justice Scalia", "Ambassador Mohib": a title before names the model left unlabelled.

    The capitalized words after an honorific or a capitalized role noun are a
    person's name; the surname alone, later, is the same person.
    """
    spans = []
    dotted = _dotted(titles)
    lowers, strings = scan.column(doc, LOWER), doc.vocab.strings
    for i in scan.indices(doc, pos=("PROPN",), lowers=dotted):
        lower = strings[lowers[i]].rstrip(".")
        if lower not in titles and lower not in roles:
            continue  # the test on the arrays first: few proper nouns are a title or a role
        token = doc[i]
        if not token.text[:1].isupper() or not (lower in titles or (lower in roles and token.pos_ == "PROPN")):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            if end in refs or doc[end].ent_type_ in ("GPE", "LOC", "NORP", "DATE"):
                break
            end += 1
        if end == token.i + 1 or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        span = doc[token.i + 1 : end]
        if len(span) == 1 and span[0].lower_ in lexicon.words("not_names.txt"):
            continue  # "Dear Mom,": a relative's kin word after the salutation, no name (`not_names.txt`)
        if _named_for(span):
            span = span[:-1]  # "the Emperor Norton Bridge": the title and "Norton" are the namesake's, the name a place's
        if _title_word(span[-1].lower_.rstrip("."), titles, roles):
            _title_after_name(doc, token.i, end, refs)  # "Vice President", "Chief Inspector": a title of two words
            continue
        spans.append((span, titles.get(lower, "")))
    return adopt(doc, people, refs, spans)


def _named_for(span) -> bool:
    """"Emperor Norton Bridge", "King Fahd Causeway": a name of two words or more after a title, headed by a place's
    word (`coref/thing_name_heads.tsv`, surnames too: "Bridge") after no usual first name ("Dr. Anne Hall" stays)."""
    row = lexicon.lower_table("coref/thing_name_heads.tsv").get(span[-1].lower_)
    return len(span) > 1 and row is not None and row[:1] == ("place",) and (
        span[0].lower_ not in lexicon.lower_table("coref/first_names.tsv")
    )


def _title_after_name(doc: Doc, start: int, end: int, refs: dict[int, Cluster]) -> None:
    """"Robert Pangborn Vice President" (a letter's signature): the title right after a person's name describes him."""
    person = refs.get(start - 1) if start > 0 else None
    if person is not None and person.label == "PERSON" and not any(i in refs for i in range(start, end)):
        add_mention(person, doc[start:end], "description", refs)


def _title_word(lower: str, titles, roles) -> bool:
    """A title or role noun that is not also a surname ("President", but not "King" or "Pope")."""
    return (lower in titles or lower in roles) and lower not in lexicon.words("coref/surnames.txt")


def _dotted(titles) -> frozenset[str]:
    """Each title with and without its period ("Dr", "Dr."); kept per titles table (the sieve passes the same
    one for every article: making a frozenset of it per article to look it up cost more than the pass's walk)."""
    kept = _DOTTED.get(id(titles))
    if kept is None or kept[0] is not titles:
        words = frozenset(titles)
        kept = _DOTTED[id(titles)] = (titles, words | frozenset(t + "." for t in words))
    return kept[1]


_DOTTED: dict[int, tuple[object, frozenset[str]]] = {}


def adopt(doc: Doc, people: list[Cluster], refs: dict[int, Cluster], spans: list) -> list[Cluster]:
    """Make each (span, gender) a mention of the person with its surname, else of a new person; returns the new ones.

    The surname alone, anywhere in the article, is then a mention of a new person too.
    """
    by_surname = {c.name_tokens[-1]: c for c in people if c.name_tokens}
    found: list[Cluster] = []
    for span, gender in spans:
        if any(i in refs for i in range(span.start, span.end)):
            continue
        words = tuple(t.text for t in span)
        cluster = by_surname.get(words[-1])
        if cluster is not None and len(words) > 1 and len(cluster.name_tokens) > 1 and not _same_first(
            cluster.name_tokens[0], words[0]
        ):
            cluster = None  # "Ambassador John Smith" is not the article's Jane Smith
        if cluster is None:
            cluster = Cluster(id="", label="PERSON", name=span.text, name_tokens=words)
            by_surname.setdefault(words[-1], cluster)
            found.append(cluster)
        if gender:
            cluster.gender_evidence[gender] += 1
        add_mention(cluster, span, "full" if len(span) > 1 else "single", refs)
    if found:
        surnames = {words: c for words, c in by_surname.items() if c in found}
        for token in scan.tokens(doc, texts=surnames):  # the surname alone
            cluster = by_surname.get(token.text)
            if cluster in found and token.i not in refs and token.pos_ == "PROPN" and not _before_name(token, refs):
                add_mention(cluster, doc[token.i : token.i + 1], "surname", refs)
    return found


def _before_name(token, refs) -> bool:
    """"Minister" of "Prime Minister Rishi Sunak": a word compounded onto another name is not a surname here."""
    return token.dep_ == "compound" and token.head.i in refs and token.head.i > token.i


def add_mention(cluster: Cluster, span, kind: str, refs: dict[int, Cluster]) -> None:
    """Give `span` to `cluster` as a name mention of `kind` ("possessive" before a "'s"), its tokens in `refs`."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        kind = "possessive"
    cluster.add(MentionRef(span.start, span.end, span.start_char, span.end_char, span.text, kind,
                           span.root.dep_ in SUBJECT_DEPS))
    for i in range(span.start, span.end):
        refs[i] = cluster


def absorb_organizations(found: list[Cluster], orgs: list[Cluster], refs: dict[int, Cluster]) -> None:
    """A one-word "organization" spelled as a person found by `discover_people` is that person."""
    by_name = {c.name: c for c in found}
    for org in orgs:
        person = by_name.get(org.name)
        if person is None:
            continue
        for m in org.mentions:
            m.kind = "possessive" if m.kind == "possessive" else "single"
        merge(person, org, refs)
    orgs[:] = [o for o in orgs if o.mentions]


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_INSIDE = 1  # "I" as the ENT_IOB column holds it


def runs_into_own_verb(token) -> bool:
    """"Byron composed Thyrza" labelled one entity: an entity that runs on from a name into the verb the name
    is the subject of is the model's slip, and the name stands on its own."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (following is not None and following.ent_iob_ == "I" and following.tag_ in _FINITE
            and token.head.i == following.i and token.dep_ in SUBJECT_DEPS)


def _ent_len(token) -> int:
    """Tokens in the entity `token` belongs to (its IOB tags, not a scan of every entity)."""
    start, end = _ent_bounds(token)
    return end - start


def _ent_bounds(token) -> tuple[int, int]:
    """The token span of the entity `token` belongs to, read off the IOB column."""
    iob, start, end = scan.column(token.doc, ENT_IOB), token.i, token.i + 1
    while start > 0 and iob[start] == _INSIDE:
        start -= 1
    while end < len(iob) and iob[end] == _INSIDE:
        end += 1
    return start, end


def repeat_organization_names(doc: Doc, orgs: list[Cluster], refs: dict[int, Cluster]) -> None:
    """An organization's name said again where the model tagged nothing ("YouTube", "Pittsburgh Pirates").

    The small model labels a name once and misses it the next time; the same capitalized words, none of
    them a mention yet, are that organization again.
    """
    by_first: dict[str, list[tuple[tuple[str, ...], Cluster]]] = {}
    for org in orgs:
        words = tuple(org.name.split()) if org.name else ()
        if words and all(w[:1].isupper() for w in words):
            by_first.setdefault(words[0], []).append((words, org))
    if not by_first:
        return
    orth, strings = scan.column(doc, ORTH), doc.vocab.strings  # the words' texts without a Token each
    for token in scan.tokens(doc, texts=by_first):
        for words, org in sorted(by_first[token.text], key=lambda p: -len(p[0])):
            end = token.i + len(words)
            if end > len(doc) or tuple(strings[key] for key in orth[token.i : end]) != words:
                continue
            if any(i in refs for i in range(token.i, end)) or _inside_longer_name(doc, end):
                continue
            if _modifies_noun(doc[token.i : end]):
                continue
            add_mention(org, doc[token.i : end], "name", refs)
            break


def _inside_longer_name(doc: Doc, end: int) -> bool:
    """"Google" of "Google Science Fair": a capitalized word or proper noun just after makes a longer name.

    (A capitalized word just before is no such sign: checking it lost train mentions.)
    """
    return end < len(doc) and (doc[end].pos_ == "PROPN" or (doc[end].text[:1].isupper() and doc[end].is_alpha))


def _modifies_noun(span) -> bool:
    """"a Harbour Foods spokesperson": the name compounded onto a common noun describes someone else."""
    root = span.root
    if not (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end):
        return False
    # "the Global Voices podcast" names the organization; "a … spokesperson" someone
    return person_or_role_noun(root.head)


def short_organization_names(doc: Doc, people: list[Cluster], orgs: list[Cluster], refs: dict[int, Cluster]) -> None:
    """"Suffolk" after "Suffolk University", "Southwest" after "Southwest Airlines": a name's first word alone.

    Articles shorten an organization to the first word of its name once they have given the whole; the
    model tags the word a place or nothing. Only a word that begins one organization's name and no person's,
    and never said alone before that name (then it is a place of its own: "Alaska" before "Alaska
    Permanent Fund").
    """
    by_first: dict[str, list[Cluster]] = {}
    for org in orgs:
        words = org.name.split() if org.name else []
        if org.mentions and len(words) > 1 and all(w[:1].isupper() for w in words) and _short_form_word(words[0]):
            by_first.setdefault(words[0], []).append(org)
    taken = {t for c in people for t in c.name_tokens}
    firsts = {w: group[0] for w, group in by_first.items() if len(group) == 1 and w not in taken}
    if not firsts:
        return
    found: dict[str, list] = {}
    for token in scan.tokens(doc, texts=firsts):
        if token.i not in refs and _alone(token):
            found.setdefault(token.text, []).append(token)
    for word, tokens in found.items():
        org = firsts[word]
        if tokens[0].i > org.first:
            for token in tokens:
                add_mention(org, doc[token.i : token.i + 1], "name", refs)


_SHORT_FORM_LABELS = frozenset({"", "GPE", "LOC", "ORG", "FAC"})  # not NORP, LANGUAGE ("Russian"), works


def _short_form_word(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word[:1].isupper() and not word.isupper()


def _alone(token) -> bool:
    """The word is a proper noun on its own: no capitalized name word on either side, no article, not a modifier."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.ent_type_ not in _SHORT_FORM_LABELS:
        return False
    before = doc[token.i - 1] if token.i else None
    if before is not None and (before.pos_ == "PROPN" and before.text[:1].isupper() or before.pos_ == "DET"):
        return False  # "Balanga City Bataan"; "the Netherlands" (a place's name takes "the", a short form not)
    return not _inside_longer_name(doc, token.i + 1) and not _modifies_noun(doc[token.i : token.i + 1])
