"""Third-person pronouns and definite descriptions, last and loosest of the passes.

One left-to-right walk keeps, for every cluster, where it was last mentioned
(sentence, paragraph, whether as a subject). A pronoun goes to the likeliest
cluster that agrees with it: gender and number for people, `it/its` and
`they/their` for organizations (and for people named by a plural, "Thais", and
coordinated people no cluster names, "Chao and Yang": `coordinated.py`).
Where two or more people agree, the hand-set score's order is refined by a
learned ranking (`ranker.py`, trained on the licensed GUM genres). Nouns that are neither people nor
organizations ("the report", "the ants") compete for `it` and `they`: when one
of them is the likelier antecedent, the pronoun stays unresolved rather than
wrong. Descriptions ("the president", "the company") are met on the same walk
and resolved by `descriptions.describe` against the same salience
(`salience.py`: where each cluster was last mentioned).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster
from .clusters import SUBJECT_DEPS, add_span
from . import coordinated, ranker
from .answers import asked_person
from .descriptions import describe
from .organization_evidence import described_as_before, described_as_organization, organization_like
from .thing_pronoun_syntax import pleonastic
from .salience import _PLURAL, _SINGULAR, Salience, _Thing
from .unnamed import Unnamed

_THING_WINDOW = 1  # sentences an organization pronoun may reach back
UNKNOWN_GENDER_PENALTY = 0.5  # a he or she prefers a person known to be one
ADJUNCT_PENALTY = 1.0  # a subject pronoun against a non-subject of its own sentence
REPORTER_BONUS = 1.0  # a subject pronoun of a complement clause for the reporting verb's subject
NEAREST_BONUS = 0.5  # a possessive or object pronoun for the nearest name of its sentence
AGENT_BONUS = 1.5  # "In an opinion by Justice Scalia, he": an agent of the pronoun's sentence, as a main subject
PROTAGONIST_BONUS = 0.75  # and the article's most mentioned person of that gender
DOMINANT_MENTIONS = 4  # name mentions that can make a person the article's dominant one
DOMINANT_RATIO = 2  # times more than the next person's
_NEAR_SUBJECT = 1  # sentences back a subject of unknown gender keeps a he or she from a distant protagonist
_NAME_MENTIONS = frozenset({"full", "single", "surname", "first", "possessive"})
_BYLINE_REACH = 2  # paragraphs a byline may stand in: first, or after a headline
_BYLINE_TOKENS = 8  # "By Jane Q. Public and John Doe", with the paragraph break
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})


@dataclass(slots=True)
class Pronoun:
    person: str
    gender: str
    number: str
    animacy: str
    case: str


def resolve(doc: Doc, people: list[Cluster], orgs: list[Cluster], refs: dict[int, Cluster], *, lex) -> None:
    """Pronouns and descriptions, in text order, against the clusters seen so far."""
    steps, quotes = _steps(doc, lex)
    if not any(work for _, work, _ in steps):  # rival nouns alone change nothing
        return
    tracker = Salience(doc, quotes=quotes)
    tracker.dominant = dominant_person(people)
    tracker.name_gender = name_genders(people, lex.titles)
    tracker.first_named = name_genders(orgs, lex.titles, exclude=_keys(lex).org_words) if orgs else {}
    tracker.clusters = (people, orgs)
    tracker.groups = people_groups(doc, people)
    tracker.unnamed = Unnamed()  # people described, never named: antecedents for this walk alone
    org_like = organization_like(people, doc, org_nouns=lex.org_nouns, titles=lex.titles)
    tracker.kin_possessor = lambda token: _kin_possessor(token, refs, lex.kin)
    byline = _byline(doc, tracker.paragraphs)
    mentions = [(m.end - 1, m.end - 1, c) for c in people + orgs for m in c.mentions if m.end - 1 not in byline]
    if any(work is _PRONOUN and lex.pronouns[doc[i].lower_].number == "plural" for i, work, _ in steps):
        mentions += coordinated.candidates(doc, refs, people, person_nouns=_keys(lex).person_nouns)
    mentions.sort(key=lambda x: x[0])
    n = 0
    for i, work, rival in steps:
        while n < len(mentions) and mentions[n][0] < i:
            tracker.see(mentions[n][2], doc[mentions[n][1]])
            n += 1
        if i in refs:
            continue
        if work is _PRONOUN:
            _resolve_pronoun(doc[i], refs, tracker, lex, org_like)
        elif work is _DESCRIPTION and (org_like and described_as_before(doc[i], org_like, refs, tracker, lex)
                                       or describe(doc, doc[i], tracker, refs, lex)):
            continue
        elif rival is not None:
            tracker.rival(rival, i)
    lex.unnamed = tracker.unnamed.finish(refs)
    for group in tracker.adopted:  # a group that took a pronoun is one of the article's people from now on
        group.label = "PERSON"
        people.append(group)


_PRONOUN, _DESCRIPTION = "pronoun", "description"


def _steps(doc: Doc, lex) -> tuple[list[tuple[int, str | None, _Thing | None]], bool]:
    """The tokens the walk stops at, from the Doc's arrays: (index, what to resolve there, the rival it is);
    and whether the article has a quotation mark.

    A Token is made later only for a third-person pronoun or a noun of the
    description lexicons; most nouns are only rivals, which need an index.
    """
    # The columns the other passes read too are kept with the Doc (`scan.column`); plain lists and a
    # Python loop over the pronouns and nouns alone: on a news body's few hundred tokens, numpy's
    # per-call cost is more.
    kinds, lowers, orths, lemmas, deps, tags, ents = scan.columns(doc, (POS, LOWER, ORTH, LEMMA, DEP, TAG, ENT_TYPE))
    keys = _keys(lex)
    strings = doc.vocab.strings
    lemma_described: dict[int, bool] = {}
    steps = []
    for i in scan.indices(doc, pos=_STEP_POS):
        p = kinds[i]
        n, lower = i, lowers[i]
        if p == _PRON:
            if lower in keys.third:
                steps.append((i, _PRONOUN, None))
            continue
        described = lower in keys.described
        if not described:
            lemma = lemmas[n]
            described = lemma_described.get(lemma)
            if described is None:
                described = lemma_described[lemma] = strings[lemma].lower() in keys.described_words
        rival = None
        if p == _NOUN and deps[n] in keys.argument and ents[n] == 0 and lower not in keys.roles:
            rival = _PLURAL if tags[n] == _NNS else _SINGULAR
            if rival is _PLURAL and deps[n] == _NSUBJ and _named_by_predicate(doc[n]):
                rival = None
        if described or rival is not None:
            steps.append((i, _DESCRIPTION if described else None, rival))
    return steps, not _MARK_SET.isdisjoint(orths)


def _named_by_predicate(noun: Token) -> bool:
    """"The first inhabitants of Coron were the Tagbanuas": a plural subject that a form of "be" equates with a name
    is that name's people, no thing to keep a they or their from them."""
    verb = noun.head
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in verb.children)


def _resolve_pronoun(token: Token, refs, tracker: Salience, lex, org_like: frozenset = frozenset()) -> None:
    info = lex.pronouns[token.lower_]
    if info.gender and _either_gender(token, info, lex.pronouns):
        return
    cluster = (_kin_owner(token, info, refs, lex) or _relative_owner(token, info, refs)
               or _cataphoric_subject(token, info, refs, tracker) or _coordinated_owner(token, info, refs, tracker)
               or _asked(token, info, refs, tracker) or _pronoun(token, info, tracker, refs, org_like))
    if cluster is not None:
        if cluster.label == coordinated.GROUP and not cluster.mentions:
            coordinated.adopt(cluster, token.doc, refs)
            tracker.adopted.append(cluster)
        if cluster.label == "ORG" and info.animacy == "person":
            _become_person(cluster, tracker)
        _attach(cluster, token.doc[token.i : token.i + 1], "pronoun", refs, tracker, token)
        if info.gender and not tracker.quoted[token.i]:  # a speaker's she may be anyone they talk of: no gender vote
            cluster.pronoun_votes[info.gender] += 1


def _either_gender(token: Token, info: Pronoun, table) -> bool:
    """"the reader … so he or she may understand", "his or her team": a pronoun joined to one of the other
    gender stands for whoever it may be, no one of the article."""
    doc, i = token.doc, token.i
    for joiner, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= other < len(doc) and doc[joiner].text in _EITHER:
            found = table.get(doc[other].lower_)
            if found is not None and found.gender and found.gender != info.gender:
                return True
    return False


_EITHER = frozenset({"or", "/"})


@dataclass(frozen=True, slots=True)
class _Keys:
    """The string hashes the walk compares the Doc's arrays with."""

    third: frozenset[int]  # third-person pronouns
    described: frozenset[int]  # the nouns `describe` can take: role, organization and kin nouns
    described_words: frozenset[str]
    roles: frozenset[int]
    argument: frozenset[int]
    org_words: frozenset[str]  # words that make a name an organization's ("Bank", "University")
    person_nouns: frozenset[str]  # role and kin nouns: "her mother" may join a group with a name


def _string_key(label: str) -> int:
    """The value a Doc's array holds for a label: spaCy's symbol id for its own labels ("nsubj"), else the hash."""
    return get_string_id(label)


_PRON, _NOUN, _PROPN, _NNS = IDS["PRON"], IDS["NOUN"], IDS["PROPN"], _string_key("NNS")
_STEP_POS = ("PRON", "NOUN", "PROPN")  # the parts of speech the walk stops at
_NSUBJ = _string_key("nsubj")
_KEYS: dict[int, tuple[object, _Keys]] = {}


def _keys(lex) -> _Keys:
    # `describe` looks a noun up in these three lexicons (its lower case or lemma) before anything else.
    cached = _KEYS.get(id(lex.roles))
    if cached is not None and cached[0] is lex.roles:
        return cached[1]
    words = frozenset(lex.roles) | lex.org_nouns | lex.kin
    keys = _Keys(
        third=frozenset(get_string_id(w) for w, info in lex.pronouns.items() if info.person == "3"),
        described=frozenset(get_string_id(w) for w in words),
        described_words=words,
        roles=frozenset(get_string_id(w) for w in lex.roles),
        argument=frozenset(_string_key(d) for d in _ARGUMENT_DEPS),
        org_words=lex.org_name_words | lex.org_nouns,
        person_nouns=frozenset(lex.roles) | lex.kin,
    )
    _KEYS[id(lex.roles)] = (lex.roles, keys)
    return keys


def _pronoun(token: Token, info: Pronoun, tracker: Salience, refs, org_like: frozenset = frozenset()) -> Cluster | None:
    """The cluster a third-person pronoun stands for; org_like: people with an organization's evidence, for it/they."""
    if info.animacy == "person":  # he, she and their forms
        def agrees(c) -> bool:
            if c.label != "PERSON":  # "Debbie" typed an organization, and then "she"
                return tracker.first_named.get(c) == info.gender
            if c in org_like and described_as_organization(c):  # "ICI … the company made 40 acquisitions. He"
                return False
            return tracker.gender(c) in (None, info.gender)
        ranked = tracker.ranked(token, agrees)
        if not ranked:
            # No one agrees: a person whom only the first name's gender keeps out ("Jean Martin ... He").
            def plausible(c) -> bool:
                return c.label == "PERSON" and c.gender in (None, info.gender)
            found = _named_since(token, tracker.protagonist(info.gender), tracker, info.gender)
            ranked = tracker.ranked(token, plausible) if found is None else []
            if not ranked:
                return found
        protagonist = tracker.protagonist(info.gender)
        beyond = _protagonist_beyond(token, ranked, protagonist, tracker, info.gender)
        if beyond is not None:
            return beyond
        ranked = _by_gender_evidence(ranked, protagonist, tracker.gender)
        here = tracker.sentence(token.i)
        near = None
        if info.case == "subject":  # "Placed in the care of Dr. Bailey, he ...": not a subject, not him
            ranked = [(s + _own_sentence(tracker, here, i, c), i, c) for s, i, c in ranked]
            ranked.sort(key=lambda s: (s[0], s[1]), reverse=True)
        else:  # the nearest name of the sentence before a possessive or object
            near = max((i for _, i, _ in ranked if tracker.sentence(i) == here), default=None)
            ranked = [(s + (NEAREST_BONUS if i == near else 0.0), i, c) for s, i, c in ranked]
            ranked.sort(key=lambda s: (s[0], s[1]), reverse=True)
        reporter = refs.get(_reporting_subject(token))
        if reporter is not None:  # "Kiara Perkins admitted she was willing": the reporting verb's subject
            ranked = [(s + REPORTER_BONUS if c is reporter else s, i, c) for s, i, c in ranked]
            ranked.sort(key=lambda s: (s[0], s[1]), reverse=True)
        ranked = ranker.rerank(token, ranked, tracker, gender=info.gender, case=info.case, protagonist=protagonist,
                               reporter=reporter, near=near)
        return ranked[0][2]
    if token.lower_ == "it" and pleonastic(token):
        return None
    number = info.number
    named = tracker.groups if number != "singular" else ()
    plural = number == "plural"

    def org_or_thing(c) -> bool:
        return (c.label == "ORG" or c in named or c in org_like or (plural and c.label == coordinated.GROUP)
                or (c.label == "THING" and (not number or c.number == number)))
    ranked = tracker.ranked(token, org_or_thing, window=_THING_WINDOW, rivals=True)
    best = ranked[0][2] if ranked else None
    if best is not None and (best.label in ("ORG", coordinated.GROUP) or best in named or best in org_like):
        return best
    return None


def people_groups(doc: Doc, people: list[Cluster]) -> frozenset[Cluster]:
    """"Thais are a polite people …": "people" named by a plural noun, whom a they, them or their may stand for."""
    out = []
    for c in people:
        if len(c.name.split()) != 1 or not c.name.endswith("s"):
            continue
        names = [doc[m.end - 1] for m in c.mentions if m.kind in _NAME_MENTIONS or m.kind == "name"]
        if any(t.tag_ in _PLURAL_TAGS or _plural_subject(t) for t in names):
            out.append(c)
    return frozenset(out)


def _plural_subject(token: Token) -> bool:
    """"Thais are", "Thais have long used": a name the subject of a plural present-tense verb (the tagger says NNP)."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    return verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children)


_PLURAL_TAGS = frozenset({"NNPS", "NNS"})


def _reporting_subject(token: Token) -> int | None:
    """The subject of the verb whose complement clause the pronoun is the subject of ("X said he would"), if any."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.i > token.i:
        return None
    subject = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject.i if subject is not None and subject.i < token.i else None


def _kin_possessor(token: Token, refs, kin) -> Cluster | None:
    """The person whose pronoun possesses this kin noun ("His father"), once that pronoun is resolved."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in kin:
        return None
    poss = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return refs.get(poss.i) if poss is not None else None


def _asked(token: Token, info: Pronoun, refs, tracker: Salience) -> Cluster | None:
    """"X asked him whether he …", "… he replied": the person asked (`answers.py`)."""
    if info.case != "subject" or info.animacy != "person" or not info.gender:
        return None
    return asked_person(token, info.gender, refs, tracker.starts, tracker.sentence)


def _coordinated_owner(token: Token, info: Pronoun, refs, tracker: Salience) -> Cluster | None:
    """"Reza Abbassi, the court painter of Shah Abbas I, and his pupils": a possessive on the second conjunct is
    the first conjunct's person, not the nearest name inside it."""
    if info.case != "possessive" or info.animacy != "person" or token.dep_ != "poss" or token.head.dep_ != "conj":
        return None
    first = token.head.head
    cluster = refs.get(first.i) if first.pos_ == "PROPN" else None
    if cluster is None or cluster.label != "PERSON" or tracker.gender(cluster) not in (None, info.gender):
        return None
    return cluster


def _cataphoric_subject(token: Token, info: Pronoun, refs, tracker: Salience) -> Cluster | None:
    """"In his 1796 essay, American founding father Thomas Paine proposed …": a possessive in a phrase that opens
    the sentence, before a named subject of the main verb, is that subject's — unless the sentence before had
    another person of the pronoun's gender as a subject, whom the opening phrase then goes on about ("Theodorus
    remained quiet for some years. Despite his clear potential, Pachomius …")."""
    if info.case != "possessive" or info.animacy != "person" or token.dep_ != "poss":
        return None
    node = token.head
    while node.head.i != node.i and node.dep_ != "prep":
        node = node.head
    verb = node.head
    if node.dep_ != "prep" or verb.dep_ != "ROOT" or node.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ != "PROPN":  # "the philosopher Gareth Pellow": the name in apposition
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subject is None or subject.i < node.i:
        return None
    cluster = refs.get(subject.i)
    if cluster is None or cluster.label != "PERSON" or tracker.gender(cluster) not in (None, info.gender):
        return None
    here = tracker.sentence(token.i)
    for other, (_, sent, prominence) in tracker.last.items():
        if other is not cluster and getattr(other, "label", None) == "PERSON" and prominence >= 1.0 and (
            here - sent <= 1 and tracker.gender(other) in (None, info.gender)
        ):
            return None
    return cluster


def _relative_owner(token: Token, info: Pronoun, refs) -> Cluster | None:
    """"Jack Merson, who went 4-for-5 in his second game": a possessive in a "who" clause is the person it describes."""
    if info.case != "possessive" or info.animacy != "person":
        return None
    verb = token.head
    for _ in range(5):
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subject is None or subject.lower_ != "who" or subject.i > token.i:
        return None
    cluster = refs.get(verb.head.i)
    if cluster is None or cluster.label != "PERSON" or cluster.gender not in (None, info.gender):
        return None
    return cluster


def _kin_owner(token: Token, info: Pronoun, refs, lex) -> Cluster | None:
    """"his wife" once "his wife Victoria" was said: the "his" of then, not the latest man ("son Brooklyn")."""
    noun = token.head
    if info.case != "possessive" or token.dep_ != "poss" or noun.lemma_.lower() not in lex.kin:
        return None
    lemma, doc = noun.lemma_.lower(), token.doc
    owners = set()
    for holder, heads in lex.heads.items():
        if lemma not in heads:
            continue
        for m in holder.mentions:
            if m.kind == "description" and m.start < token.i and doc[m.end - 1].lemma_.lower() == lemma:
                owner = refs.get(m.start) if doc[m.start].dep_ == "poss" else None
                if owner is not None and owner is not holder:
                    owners.add(owner)
    if len(owners) != 1:
        return None
    owner = owners.pop()
    return owner if owner.label == "PERSON" and owner.gender in (None, info.gender) else None


_MARK_SET = frozenset(_string_key(m) for m in ('"', "“", "”", "«", "»", "„"))  # any of them: the article quotes


def _byline(doc: Doc, paragraphs: list[int]) -> range:
    """The tokens of a byline ("by Alex Wilson" as one of the first paragraphs): its author is no one's antecedent."""
    for k, start in enumerate(paragraphs[:_BYLINE_REACH]):
        end = paragraphs[k + 1] if k + 1 < len(paragraphs) else len(doc)
        if start < len(doc) and doc[start].lower_ == "by" and end - start <= _BYLINE_TOKENS:  # a paragraph start can be the end of a text ending in a newline
            return range(start, end)
    return range(0)


def name_genders(people: list[Cluster], titles, exclude: frozenset[str] | None = None) -> dict[Cluster, str]:
    """Each person's first name's usual gender ("Betty": female), when the name has one.

    A title before the name is passed over ("Dr. Jane Smith"); a one-word
    name that is commoner as a surname ("Kim") gives none. With `exclude`, the
    clusters are organizations: a name of at most two words, none of them an
    organization's word ("Victoria University"), and no possessive name of one
    ("Wendy's").
    """
    table = lexicon.lower_table("coref/first_names.tsv")
    out = {}
    for c in people:
        if exclude is not None and not _person_like(c, exclude):
            continue
        words = [w for w in (c.name_tokens or tuple(c.name.split())) if w.lower().rstrip(".") not in titles]
        row = table.get(words[0].lower()) if words else None
        if row and (len(words) > 1 or row[1:2] != ("surname",)):
            out[c] = row[0]
    return out


def _person_like(org: Cluster, exclude: frozenset[str]) -> bool:
    words = org.name.split()
    return 0 < len(words) <= 2 and not any(w.lower() in exclude or "'" in w or "’" in w for w in words)


def _become_person(org: Cluster, tracker: Salience) -> None:
    """An organization that a first name names and a he or she stands for is a person from now on."""
    people, orgs = tracker.clusters
    org.label = "PERSON"
    org.name_tokens = org.name_tokens or tuple(org.name.split())
    for m in org.mentions:
        if m.kind == "name":
            m.kind = "full" if len(org.name_tokens) > 1 else "single"
    tracker.name_gender[org] = tracker.first_named.pop(org)
    if org in orgs:
        orgs.remove(org)
        people.append(org)


def dominant_person(people: list[Cluster]) -> Cluster | None:
    """The person whose name is written far more often than any other's, whatever the gender known so far.

    Only someone with a full name: a one-word "person" mentioned that often
    is as likely a thing the model mislabelled (a spacecraft, a team).
    """
    counts = sorted(((sum(m.kind in _NAME_MENTIONS for m in c.mentions), n, c) for n, c in enumerate(people)),
                    key=lambda x: (x[0], -x[1]), reverse=True)
    if not counts or counts[0][0] < DOMINANT_MENTIONS or len(counts[0][2].name_tokens) < 2:
        return None
    if len(counts) > 1 and counts[1][0] * DOMINANT_RATIO > counts[0][0]:
        return None
    return counts[0][2]


def _by_gender_evidence(ranked: list, protagonist, gender_of=None) -> list:
    """A person known to have the pronoun's gender before one of unknown gender; the protagonist first of all.

    gender_of: a cluster's gender as the walk knows it (`Salience.gender`); its `gender` when not given.
    """
    def adjusted(s: float, c) -> float:
        known = (gender_of(c) if gender_of else c.gender) is not None
        if c is protagonist:  # an unknown gender is no reason against the dominant person, nor one for it
            return s + (PROTAGONIST_BONUS if known else 0.0)
        return s - (0.0 if known else UNKNOWN_GENDER_PENALTY)
    out = [(adjusted(s, c), i, c) for s, i, c in ranked]
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return out


def _protagonist_beyond(token: Token, ranked: list, protagonist, tracker: Salience, gender: str) -> Cluster | None:
    """The article's protagonist of the pronoun's gender, last seen beyond the window, when no one within it is
    known to have that gender ("Zaha Hadid … General Qasim. Her mother"): someone of unknown gender is not likelier,
    unless a subject of the pronoun's sentence or the one before ("Siri died, they scooped him out")."""
    if protagonist is None or tracker.gender(protagonist) != gender or protagonist not in tracker.latest:
        return None
    if any(c is protagonist or tracker.gender(c) is not None for _, _, c in ranked):
        return None
    here = tracker.sentence(token.i)
    for _, i, c in ranked:
        if c in tracker.unnamed:  # "The mayor served under …. Her mother": no reason against the protagonist
            continue
        if here - tracker.sentence(i) <= _NEAR_SUBJECT and tracker.last[c][2] >= 1.0 or _named_again(c, token, tracker):
            return None
    return protagonist


def _named_since(token: Token, protagonist, tracker: Salience, gender: str | None) -> Cluster | None:
    """The person a pronoun no one within reach agrees with stands for: the protagonist of its gender, unless someone
    known to have that gender was named after the protagonist last was — the text has moved on to them ("Matthew
    Collins … [ten sentences of I and he] … he handed me": the defendant named last, not the witness who speaks).

    Only for a known gender: a person whose gender is unknown is as often a thing the model took for one ("the
    Enemy's frontline", a book "Tristram Shandy"). Except against a protagonist named once, whose standing is
    pronouns that may be another's ("Carl" named once, then nine he: "the Undertaker's career is over … he
    retired"): then a person of unknown gender named since as what a clause is about takes it too, unless their
    one-word name is a noun of an organization or force ("the Enemy")."""
    if protagonist is None or not gender:
        return protagonist
    people, _ = tracker.clusters
    best, since = protagonist, _last_named(protagonist, token.i)
    unknown_too = _named_once(protagonist, token.i)
    for c in people:
        if c is protagonist or c.label != "PERSON":
            continue
        known = tracker.gender(c)
        if known == gender or known is None and unknown_too:
            named = _last_named(c, token.i)
            if named > since and (known or _a_topic(c, named, token.doc) and not _a_group_noun(c)):
                best, since = c, named
    return best


def _named_once(cluster: Cluster, before: int) -> bool:
    """Whether the cluster's standing comes from pronouns: named once before the token, then only he or she."""
    return sum(m.kind in _NAME_MENTIONS and m.start < before for m in cluster.mentions) == 1


def _a_topic(cluster: Cluster, start: int, doc: Doc) -> bool:
    """Whether the cluster's name mention at `start` is what its clause is about: its subject or the subject's
    possessor ("the Undertaker's career is over"), not a name in passing ("Those included Drew Cass, Devin Thurlow")."""
    mention = next(m for m in cluster.mentions if m.start == start and m.kind in _NAME_MENTIONS)
    span = doc[mention.start : mention.end]
    return mention.subject or any(t.dep_ == "poss" and t.head.dep_ in SUBJECT_DEPS for t in span)


def _a_group_noun(cluster: Cluster) -> bool:
    """A one-word "person" whose name is a noun of an organization or force ("the Enemy's frontline")."""
    words = cluster.name.split()
    return len(words) == 1 and lexicon.lower_table("wordnet_nouns.tsv").get(words[0].lower()) == ("organization",)


def _last_named(cluster: Cluster, before: int) -> int:
    """The start of the cluster's latest name mention before the token (-1 when none)."""
    return max((m.start for m in cluster.mentions if m.kind in _NAME_MENTIONS and m.start < before), default=-1)


def _named_again(cluster: Cluster, token: Token, tracker: Salience) -> bool:
    """Whether the cluster was mentioned in more than one sentence before the token: a person talked about, no
    name in passing ("the government of General Abd al-Karim Qasim")."""
    return len({tracker.sentence(m.start) for m in cluster.mentions if m.start < token.i}) > 1


def _own_sentence(tracker: Salience, here: int, i: int, cluster) -> float:
    """A subject pronoun against a candidate of its own sentence: a non-subject is passed over ("Placed in the care
    of Dr. Bailey, he"), a passive's agent is taken as its subject ("In an opinion by Justice Scalia, he")."""
    if tracker.sentence(i) != here:
        return 0.0
    if ranker.agent(tracker.doc[i]):
        return AGENT_BONUS
    return 0.0 if _was_subject(tracker, cluster) else -ADJUNCT_PENALTY


def _was_subject(tracker: Salience, cluster) -> bool:
    return tracker.last[cluster][2] >= 1.0


def _attach(cluster: Cluster, span, kind: str, refs, tracker: Salience, token: Token) -> None:
    add_span(cluster, span, kind, refs, head=token.i)
    tracker.see(cluster, token)


def subject(token: Token) -> bool:
    return token.dep_ in SUBJECT_DEPS
