"""Who said it and to whom: the source's mention, its person or organization, the addressee.

The source mention is the cue's subject as printed, with the modifiers that
identify it ("Hugh Hill, a doctor at the clinic,"). It is resolved through the people component's references
(names, pronouns, descriptions), looking through relative pronouns to what
they stand for and through appositives to the name beside a description.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ... import lexicon
from ...records import Addressee, Speaker
from ..people.entities import Cluster
from .adjuncts import before_adjunct, channel_words
from .cues import subject_of
from .groups import is_infinitive
from .source_marks import with_closing_dash, with_quoted_title

_RELATIVE = frozenset({"who", "which", "that", "whom"})
_NAME_DEPS = frozenset({"compound", "flat", "appos", "conj"})
_EDGE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "(", ")", '"', "“", "”"})
_ADDRESSEE_DEPS = frozenset({"dative", "dobj"})
_ORG_REACH = 120
_ASIDE_WORDS = 6  # words of a ", without naming him," aside between a subject and its verb
_APPOSITIVE_REACH = 40  # tokens back from a subjectless cue to the appositive that ends at it
_WHO_PREPS = frozenset({"of", "from"})  # "…, 29, of Meridian, Ind.": who the source is, not what the verb did
_PLACE_PREPS = frozenset({"of", "from", "in"})  # tokens back to the organization a description stands for


@dataclass(slots=True)
class Source:
    """A cue's source in the Doc: token span of the mention and the head word that is resolved."""

    start: int
    end: int
    head: Token


def source_of(subject: Token, cue_verbs: Container[int] = ()) -> Source:
    """The mention span of a cue's subject: its whole phrase, as PolNeAR marks a source.

    Clauses stay ("Steele, who was lieutenant governor,"): annotators keep
    them more often than not, but not one that is an attribution of its own
    (cue_verbs: the token indices of the Doc's cue verbs). Edge punctuation goes, except a closing bracket that has its opening one
    inside and the comma that closes an appositive or clause opened by a comma
    inside ("Hugh Hill, a doctor," said).
    """
    doc = subject.doc
    lo, hi = _name_cut_off(subject), _name_run_on(subject, subject.right_edge.i + 1)
    if hi > subject.right_edge.i + 1:
        subject = doc[hi - 1]  # the name's last word, which the people component resolves
    hi = before_adjunct(subject, _before_aside(subject, hi, cue_verbs), channel_words())
    while lo < subject.i and _framing(doc[lo], subject):
        lo += 1  # "Even China": a framing word, not the source
    while hi > lo + 1 and (_strippable(doc[hi - 1], doc[lo:hi]) or doc[hi - 1].is_space):
        hi -= 1
    while lo < hi - 1 and (doc[lo].text in _EDGE_PUNCT or doc[lo].is_space):
        lo += 1
    if hi < len(doc) and doc[hi].text == "," and any(t.text == "," for t in doc[lo:hi]):
        hi += 1
    return Source(lo, hi, subject)


def printed(source: Source | None) -> Source | None:
    """The source with the possessive ending after it, both marks of a title quoted in it, an aside's closing dash."""
    if source is None:
        return None
    doc = source.head.doc
    lo, hi = with_quoted_title(doc, source.start, source.end)
    return with_possessive(Source(lo, with_closing_dash(doc, lo, hi), source.head))


def with_possessive(source: Source | None) -> Source | None:
    """The source with the "'s" that follows it: "Trump's claim that …" has the source "Trump's".

    PolNeAR keeps the possessive ending in the source 223 times on train and
    leaves it just outside 140 times.
    """
    if source is None or source.end >= len(source.head.doc):
        return source
    after = source.head.doc[source.end]
    if after.dep_ == "case" and source.start <= after.head.i < source.end:
        return Source(source.start, source.end + 1, source.head)
    return source


def implied_source(verb: Token, depth: int = 0) -> Source | None:
    """The source of a cue verb with no subject of its own, read off the clause it hangs in.

    A gerund after a preposition is done by its host verb's subject ("Sanders
    dismissed the charges by pointing out that ...", "Silverman was booed after
    telling ..."); an active verb conjoined to a passive one shares its subject
    ("who are drawn to his message and feel that ..."), one conjoined to a
    gerund the gerund's; else a name the parse hung as an appositive just before.
    A participle right after a noun ("pastors supporting Mr. Cruz") gets none:
    PolNeAR takes that noun for the source about as often as not (docs/accuracy.md).
    """
    host = _gerund_host(verb)
    if host is not None:  # the passive's subject before its agent: "was booed by fans after telling them"
        subject = _own_subject(host) or _passive_subject(host) or subject_of(host)
        return source_of(subject) if subject is not None else None
    if verb.dep_ == "conj" and verb.tag_ in _ACTIVE_FORMS and not any(c.dep_ == "auxpass" for c in verb.children):
        subject = _passive_subject(verb.head)
        if subject is not None:
            return source_of(subject)
    if verb.dep_ == "conj" and depth < 3 and verb.head.pos_ == "VERB":
        return implied_source(verb.head, depth + 1)  # "by calling him dopey and accusing him of ..."
    appositive = _appositive_before(verb)
    if appositive is not None:
        return source_of(appositive)
    appositive = _appositive_before(verb, over_comma=True)
    if appositive is not None and _in_fronted_phrase(appositive, verb):
        return _with_named_sibling(source_of(appositive))
    listed = _listed_before(verb)
    return source_of(listed) if listed is not None else None


def object_controller(verb: Token) -> Token | None:
    """The object that does what an infinitive cue tells, when its verb has one before it.

    "The defeat led her to declare that …", "prompting them to focus on …":
    the one declaring is the object, not the subject the infinitive would
    otherwise share with its verb. Only verbs of causing and asking
    (`object_control_verbs.txt`): "used this question to demand" is a purpose.
    """
    if verb.dep_ != "xcomp" or not is_infinitive(verb) or verb.head.pos_ != "VERB":
        return None
    if verb.head.lemma_.lower() not in lexicon.words("quotes/object_control_verbs.txt"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _listed_before(verb: Token) -> Token | None:
    """The subject of the first verb phrase of a list the parse made a clause of the last one.

    "But she has also promised to push harder …, opposed his signature trade
    deal and …": the small model hangs "has promised" as a clausal
    complement of "opposed", which is left with no subject; a finite verb
    has one, and here it is the subject of that first phrase.
    """
    if verb.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    for child in verb.lefts:
        if child.dep_ == "ccomp" and child.right_edge.i + 1 < verb.i and doc[child.right_edge.i + 1].text == ",":
            return next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
    return None


def _appositive_before(verb: Token, over_comma: bool = False) -> Token | None:
    """A name the parse hung as an appositive on the noun before it, ending where the verb starts.

    "…, former president Bill Clinton said": the small model makes "Clinton"
    an appositive of the phrase before; with no subject of its own, the verb's is that name.
    over_comma: the appositive may end in a comma before the verb ("In addition to Mr.
    Regalado, two Republican members of Congress, …, have said").
    """
    end = verb.i - 1
    while end > 0 and verb.doc[end].dep_ == "advmod" and verb.doc[end].head.i == verb.i:
        end -= 1
    while over_comma and end > 0 and verb.doc[end].dep_ in ("aux", "neg") and verb.doc[end].head.i == verb.i:
        end -= 1  # "…, have said"
    if over_comma:
        if end < 1 or verb.doc[end].text != ",":
            return None
        end -= 1
    else:
        end = _before_comma_aside(verb.doc, end)
    for k in range(end, max(end - _APPOSITIVE_REACH, -1), -1):
        token = verb.doc[k]
        if token.right_edge.i == end and token.dep_ == "appos" and token.pos_ in ("PROPN", "NOUN"):
            while over_comma and token.head.dep_ == "appos" and token.head.right_edge.i == end:
                token = token.head  # "Jay DiPietro, the club's president,": the name, not its description
            return token
        if token.is_sent_start:
            break
    return None


def _in_fronted_phrase(appositive: Token, verb: Token) -> bool:
    """An appositive of a fronted prepositional phrase's noun: "In a message to Clinton, Tanden, …, recounted"."""
    while appositive.dep_ == "appos" and appositive.head.dep_ == "appos":
        appositive = appositive.head
    token = appositive.head
    while token.dep_ in ("pobj", "prep") and token.head.i != verb.i and token.head.i < verb.i:
        token = token.head
    return token.dep_ == "prep" and token.head.i == verb.i and token.i < appositive.i


def _with_named_sibling(source: Source) -> Source:
    """The source from an appositive before it on the same noun: "to Clinton, Tanden, head of the Center, recounted"."""
    head = source.head
    doc = head.doc
    earlier = [c for c in head.head.rights
               if c.dep_ == "appos" and c.i < head.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
    if head.dep_ != "appos" or not earlier:
        return source
    lo = earlier[0].left_edge.i
    hi = source.end
    if hi < len(doc) and doc[hi].text == "," and doc[hi - 1].text != ",":
        hi += 1
    return Source(lo, hi, earlier[0])


def _before_comma_aside(doc: Doc, end: int) -> int:
    """The token before a short phrase set off by commas that ends at end ("Clinton, without naming him, also accused")."""
    if end < 2 or doc[end].text != ",":
        return end
    for k in range(end - 1, max(end - _ASIDE_WORDS - 2, 0), -1):
        token = doc[k]
        if token.text == ",":
            first = doc[k + 1]
            return k - 1 if k + 1 < end and first.pos_ in ("ADP", "SCONJ") else end
        if token.is_punct or token.tag_ in _FINITE or token.is_sent_start:
            return end
    return end


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)


def speaking_verb(verb: Token, cue_verbs: Container[int]) -> Token:
    """The cue verb a ", saying ..." participle belongs to when the parse hangs it inside that cue's content.

    "Trump argued that a database would keep people out, saying it's about
    management": the small model attaches "saying" to "keep", whose subject
    is the database; the one saying it is the subject of "argued".
    cue_verbs: the token indices of the Doc's cue verbs.
    """
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return verb
    if head.dep_ == "ccomp" and head.i < verb.i and head.head.i in cue_verbs:
        return head.head
    return verb


def _gerund_host(verb: Token) -> Token | None:
    """The verb a gerund's preposition hangs on: "by saying", "after telling", "instead of calling"."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return None
    host = verb.head.head
    if host.pos_ == "ADV":  # "instead of calling": the phrase hangs on "instead"
        host = host.head
    if host.pos_ not in ("VERB", "AUX"):
        return None
    if verb.head.lower_ in _OBJECT_CONTROL and any(c.dep_ == "dobj" for c in host.children):
        return None  # "blamed him for denying", "accused her of lying": the object does it
    return host


# "was hauled in and told that ...": a past form after a passive is passive too
_ACTIVE_FORMS = frozenset({"VB", "VBP", "VBZ", "VBG"})
_OBJECT_CONTROL = frozenset({"for", "of", "from"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _framing(token: Token, subject: Token) -> bool:
    """A leading focus adverb ("Even China"), not one that sizes a group ("Nearly a third", "Both X and Y")."""
    return token.head.i == subject.i and token.lower_ in lexicon.words("quotes/framing_adverbs.txt")


def _name_cut_off(subject: Token) -> int:
    """The first token of the subject, back over the words of its name a false sentence break cut off.

    "PRESS RELEASE\n\nNorthwind Energy today announced …": the small model
    ends a sentence after "Northwind", so the subject "Energy" has no
    left part; a preceding sentence of proper nouns only, on the same line
    with a single space before the subject, is the rest of the name.
    """
    doc = subject.doc
    lo = subject.left_edge.i
    if lo == 0 or not doc[lo].is_sent_start or doc[lo - 1].whitespace_ != " ":
        return lo
    k = lo - 1
    while k > 0 and not doc[k].is_sent_start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].whitespace_ == " ":
        k -= 1
    if doc[k].is_sent_start and all(doc[j].pos_ == "PROPN" for j in range(k, lo)):
        return k
    return lo


def _name_run_on(subject: Token, hi: int) -> int:
    """The end of an inverted subject, on over the rest of a name the tokenizer or parse broke off.

    "said Army Capt. Christian Pardo": "Capt" and "." split, and the small
    model takes "Capt" for the subject and "Pardo" for another; "mused Blaze
    co-host Stu Burguiere" likewise at the hyphen. The name runs on over an
    abbreviation's glued "." or a glued "-" and the proper nouns after it.
    """
    doc = subject.doc
    if subject.i < subject.head.i or subject.right_edge.i != subject.i:
        return hi
    end, glued = hi, False
    while end + 1 < len(doc):
        token, nxt = doc[end], doc[end + 1]
        if _glue(token, nxt):
            end, glued = end + 2, True  # "Capt" "." "Christian", "co" "-" "host"
        elif token.pos_ == "PROPN" and (glued or token.is_sent_start) and token.ent_type_ not in ("DATE", "TIME"):
            end += 1  # "1st Lt": a name a false sentence break cut
        elif token.is_space and glued and nxt.pos_ == "PROPN":
            end += 1
        else:
            break
    return end if glued else hi


def _glue(token: Token, nxt: Token) -> bool:
    """A "." after an abbreviation ("Capt.") or a "-" inside a word ("co-host"), with a word after it."""
    before = token.doc[token.i - 1]
    if before.whitespace_ or not nxt.is_alpha:
        return False
    if token.text == "-":
        return not token.whitespace_
    return token.text == "." and len(before.text) <= 4 and nxt.pos_ == "PROPN" and not nxt.is_sent_start


def behind_place(subject: Token, places: frozenset[str]) -> Source | None:
    """The person before "of <town>, <state>" when the parse makes the state the subject.

    "Paul Roy of Laval, QC said …": the small model takes "QC" for the subject
    of "said"; the source is "Paul Roy of Laval, QC", resolved at "Roy".
    """
    doc = subject.doc
    i = subject.i
    if subject.text not in places or i < 4 or doc[i - 1].text != ",":
        return None
    j = i - 2
    while j > 0 and doc[j].pos_ == "PROPN":
        j -= 1
    if j == i - 2 or doc[j].lower_ not in _PLACE_PREPS or doc[j - 1].pos_ != "PROPN":
        return None
    person = doc[j - 1]
    lo = person.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i == person.i:
        lo -= 1
    return Source(lo, i + 1, person)


def _before_aside(subject: Token, hi: int, cue_verbs: Container[int] = ()) -> int:
    """The end before an aside set off by a comma that says what the source did, not who it is.

    "Trump, speaking to a veterans group,": a participle after the comma; an
    apposition, a relative clause or a preposition ("Johnnie Wilson, of
    Springfield, Va.,") stays — but not a relative clause with a cue of its
    own ("Mr. Ekovich, who noted that …, said"): PolNeAR gives that
    attribution the pronoun as source and the outer one the name alone
    (train ¼: 11 such sources drawn without the clause, 6 with it).
    """
    doc = subject.doc
    for child in subject.rights:
        comma = doc[child.left_edge.i - 1]
        if comma.text != "," or comma.i <= subject.i:
            continue
        if child.dep_ in ("acl", "advcl") and child.tag_ in ("VBG", "VBN"):
            return min(hi, comma.i)
        if child.dep_ == "relcl" and _says_itself(child, cue_verbs):
            return min(hi, comma.i)
    return _before_verbs_phrase(subject, hi)


def _before_verbs_phrase(subject: Token, hi: int) -> int:
    """The end before a prepositional phrase that follows an appositive's closing comma and runs into the verb.

    "Steven Aftergood, director of the project, about Comey's statement
    said": the phrase is the verb's ("said about …"), which the parse hangs
    on the name; one closed by a comma of its own stays ("Johnnie Wilson,
    of Springfield, Va.,"), and so does one that tells where the source is
    from ("Alyssa Van Wagenen, 29, of Meridian, Ind.").
    """
    doc = subject.doc
    if hi < len(doc) and doc[hi].text == ",":
        return hi
    heads = [subject, *(c for c in subject.rights if c.dep_ == "appos")]
    for head in heads:
        for child in head.rights:
            comma = doc[child.left_edge.i - 1]
            if child.dep_ != "prep" or comma.text != "," or child.right_edge.i != hi - 1 or child.lower_ in _WHO_PREPS:
                continue
            if any(a.dep_ == "appos" and a.i < comma.i for a in subject.rights):
                return comma.i
    return hi


def _says_itself(clause: Token, cue_verbs: Container[int]) -> bool:
    """A relative clause whose verb, or a verb conjoined to it, is a cue ("who said …", "who thinks …")."""
    return clause.i in cue_verbs or any(c.dep_ == "conj" and c.i in cue_verbs for c in clause.children)


_NAME_EDGES = " \t\n―—–-,;:"


def _strippable(token: Token, span) -> bool:
    if token.text == ")":
        return not any(t.text == "(" for t in span)
    return token.text in _EDGE_PUNCT


def resolve(doc: Doc, source: Source, text: str) -> Speaker:
    """The speaker record: the person or organization the mention refers to, else its description.

    text: `doc.text`, read once per Doc by the caller (spaCy rebuilds it on every access).
    """
    start_char, end_char = doc[source.start].idx, _end(doc[source.end - 1])
    cluster = cluster_of(doc, source.head) or _named_exactly(doc, text[start_char:end_char])
    if cluster is None:
        last = _before_participle(source) - 1
        if last > source.start and doc[last].dep_ == "case":
            last -= 1  # "the committee's": the name without the possessive the source keeps
        name_end = _end(doc[last])
        return Speaker(person=None, name=text[start_char:name_end], start=start_char, end=end_char)
    name = _clean_name(cluster.name) or cluster.name
    if cluster.label == "ORG":
        return Speaker(person=None, name=name, start=start_char, end=end_char, organization=cluster.id)
    return Speaker(person=None if cluster.group else cluster.id, name=name, start=start_char, end=end_char)


def _before_participle(source: Source) -> int:
    """The token end of a description's name: before a participle that tells of it, not who it is.

    "a study published in the journal X on Wednesday": the source's span, as
    PolNeAR marks it, keeps the participle; the name is "a study". Prepositions
    stay ("A spokesperson for the ministry").
    """
    head = source.head
    cut = next(
        (c.left_edge.i for c in head.rights
         if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and source.start < c.left_edge.i < source.end),
        None,
    )
    if cut is None:  # the name as printed: the people component cuts a description to its core
        return source.end
    doc = head.doc
    while cut > source.start + 1 and (doc[cut - 1].text in _EDGE_PUNCT or doc[cut - 1].is_space):
        cut -= 1
    return cut


def _named_exactly(doc: Doc, words: str) -> Cluster | None:
    """The organization or person whose name the mention is, word for word, when the parse linked nothing.

    "Northwind Energy" cut by a false sentence break is in no reference, but
    it is the name of the organization a later sentence names.
    """
    for cluster in (*(doc._.dl_orgs or ()), *(doc._.dl_people or ())):
        if cluster.name == words:
            return cluster
    return None


def _clean_name(name: str) -> str:
    """A name without the signature dash the model's entity may keep ("― Ana M. Ruiz" -> "Ana M. Ruiz")."""
    return name.strip(_NAME_EDGES)


def cluster_of(doc: Doc, head: Token) -> Cluster | None:
    """The cluster a mention's head refers to, looking through relative pronouns and appositives."""
    refs = doc._.dl_refs or {}
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
        head = head.head.head  # "Legend, who said": the noun the clause hangs on
    named = _named_in_apposition(head, refs)
    if named is not None:  # "the Arsenal manager, Mikel Arteta,": the name, not the club
        return named
    if head.i in refs:
        return refs[head.i]
    for child in head.children:
        if child.dep_ in _NAME_DEPS and child.i in refs:
            return refs[child.i]
    if head.dep_ == "appos" and head.head.i in refs:
        return refs[head.head.i]
    return _organization_described(doc, head)


def _named_in_apposition(head: Token, refs: dict) -> Cluster | None:
    """The person a description's appositive names, when the description is a common noun."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ != "appos":
            continue
        for token in (child, *child.children):
            cluster = refs.get(token.i)
            if cluster is not None and cluster.label == "PERSON" and token.pos_ == "PROPN":
                return cluster
    return None


def _organization_described(doc: Doc, head: Token) -> Cluster | None:
    """"the company said": the organization named last before, not far back."""
    if head.lower_ not in lexicon.words("organization_nouns.txt") or head.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    ends, owners = _org_mention_ends(doc)
    k = bisect_right(ends, head.i) - 1
    if k < 0 or head.i - ends[k] > _ORG_REACH:
        return None
    return owners[k]


def _org_mention_ends(doc: Doc) -> tuple[list[int], list[Cluster]]:
    """Organization mentions sorted by end token, built once a Doc: a scan per description is quadratic."""
    key = "dateline.org_mention_ends"
    if key not in doc.user_data:
        pairs = sorted((m.end, n, c) for n, c in enumerate(doc._.dl_orgs or ()) for m in c.mentions)
        # the first cluster holding a mention that ends at a token wins, as the scan it replaces chose
        ends: list[int] = []
        owners: list[Cluster] = []
        for end, _, cluster in pairs:
            if not ends or ends[-1] != end:
                ends.append(end)
                owners.append(cluster)
        doc.user_data[key] = (ends, owners)
    return doc.user_data[key]


def addressee_of(doc: Doc, verb: Token, channels: dict[str, tuple[str, ...]], text: str) -> Addressee | None:
    """Whom or where it was said: "told the Guardian", "in an interview with CNN", "on Instagram".

    text: `doc.text`, read once per Doc by the caller.
    """
    how = _addressing().get(verb.lemma_.lower(), ())
    for child in verb.children:
        if child.dep_ in _ADDRESSEE_DEPS and "object" in how and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return _addressee(doc, child, text)
        if child.dep_ == "prep" and child.lower_ == "to" and "to" in how:
            obj = _pobj(child)
            if obj is not None:
                return _addressee(doc, obj, text)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "at", "via", "through"):
            obj = _pobj(child)
            if obj is None or _channel(obj, channels) is None:
                continue
            for grand in obj.children:  # "in an interview with CNN"
                if grand.dep_ == "prep" and grand.lower_ in ("with", "to", "on"):
                    inner = _pobj(grand)
                    if inner is not None and inner.ent_type_ not in ("DATE", "TIME"):  # not "a statement on Monday"
                        return _addressee(doc, inner, text)
            return _addressee(doc, obj, text)
    return None


@cache
def _addressing() -> dict[str, frozenset[str]]:
    return {k: frozenset(v[0].split(",")) for k, v in lexicon.lower_table("quotes/addressee_verbs.tsv").items()}


def _channel(token: Token, channels: dict[str, tuple[str, ...]]) -> str | None:
    key = token.lower_
    if token.i > 0 and f"{token.doc[token.i - 1].lower_} {key}" in channels:
        return channels[f"{token.doc[token.i - 1].lower_} {key}"][0]
    hit = channels.get(key) or channels.get(token.lemma_.lower())
    return hit[0] if hit else None


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _addressee(doc: Doc, head: Token, text: str) -> Addressee:
    """The noun phrase up to its head (determiner, compounds, name), linked to its organization."""
    lo = head.left_edge.i
    hi = head.i + 1
    while hi < len(doc) and doc[hi].dep_ in ("flat", "compound") and doc[hi].head.i == head.i:
        hi += 1
    start, end = doc[lo].idx, _end(doc[hi - 1])
    cluster = cluster_of(doc, head)
    org = cluster.id if cluster is not None and cluster.label == "ORG" else None
    name = cluster.name if cluster is not None else text[start:end]
    return Addressee(name=name, organization=org, start=start, end=end)


def _end(token: Token) -> int:
    return token.idx + len(token.text)
