"""Subjects the small model misreads around a quotation: the source is never inside the words it says."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ... import lexicon

_NOUNS = frozenset({"PROPN", "NOUN", "PRON"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # "said Cruz", "writes Smith": an inverted speaker follows a finite verb
_SHARING = frozenset({"conj", "advcl", "xcomp", "acl", "relcl", "pcomp"})  # verbs whose subject is another's
_AFTER_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos", "dative", "oprd"})


def outside_quotation(subject: Token | None, verb: Token, quoted: Sequence[bool]) -> Token | None:
    """The verb's subject, or, when the parse took a word of the quotation for it, the phrase after the verb.

    "“… Every single amendment,” said Cruz": the small model makes
    "amendment" a subject of "said" beside "Cruz"; "“…!!!” wrote Pete Hidalgo"
    makes "Thanks" the subject. A cue right after the quotation's closing
    mark is not said by a word inside it: the speaker is the noun phrase
    right after the verb, else there is none. With no subject at all
    ("“…!!” posted Sharon Powers Geyer", the name parsed as the object) the
    phrase after the verb is the speaker too.
    """
    if quoted[verb.i] or (subject is not None and (not quoted[subject.i] or subject.i > verb.i)):
        return subject
    if subject is None and (verb.dep_ in _SHARING or verb.i == 0 or not quoted[verb.i - 1]):
        return None  # "(''…''), endorsed Senator Ted Cruz": a verb not right after the mark says no quotation
    floor = subject.i if subject is not None else max(verb.i - 4, 0)
    k = verb.i - 1
    while k > floor and not quoted[k] and (verb.doc[k].is_punct or verb.doc[k].head.i == verb.i):
        k -= 1  # '"…", also said', '"…", he would say'
    if not quoted[k]:
        return subject  # "“more than a few” in Trump's audience … encourage": a quoted phrase as subject
    if verb.tag_ not in _FINITE:
        return None  # '"…", highlighting the importance of …': the object is no speaker
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in _AFTER_DEPS and c.pos_ in _NOUNS and not quoted[c.i]]
    if after:
        return after[0]
    nxt = verb.i + 1
    doc = verb.doc
    for token in doc[nxt : min(nxt + 6, len(doc))]:
        if token.pos_ in _NOUNS and token.left_edge.i == nxt and not quoted[token.i]:
            return token  # "said the woman, who …": the noun the parse hung elsewhere
    return None


_CONTRACTED_HAS = frozenset({"'s", "’s"})


def perfect_subject(verb: Token) -> Token | None:
    """The subject of "he's said", which the small model parses as a passive ("'s" as "is"), when it has no agent.

    "he's said the same thing at every diner stop": "'s" is "has"; the
    "passive" subject is the one saying it. A true passive has an agent or
    is left to the passive rules ("it's said that …" stays unsourced: "it").
    """
    if not contracted_perfect(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and subject.lower_ != "it" else None


def contracted_perfect(verb: Token) -> bool:
    """A verb whose passive auxiliary is a contracted "'s" and that has no agent: "he's said", "he's wanted to"."""
    return any(c.dep_ == "auxpass" and c.lower_ in _CONTRACTED_HAS for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


_ACTIVE = frozenset({"VB", "VBD", "VBZ", "VBP", "VBG"})


def beside_passive(verb: Token) -> Token | None:
    """The subject an active verb shares with the passive it is conjoined to, not that passive's agent.

    "Silverman was joined on stage by Al Franken and joked, …": Silverman
    jokes; the subject the parse would pass on through the conjunction is the
    agent of "joined".
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _ACTIVE or head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "csubj", "expl") for c in verb.children):
        return None
    if not any(c.dep_ == "agent" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def inverted_aside(subject: Token | None, verb: Token) -> Token | None:
    """The speaker after a cue set off by commas inside the clause it reports: "The plan, said Smith, would cost …".

    The small model gives "said" two subjects, the reported clause's before
    it and the speaker after it, or hangs the speaker on the reported verb
    ("The contrast with Trump, said Doyle and others, would be clear"); the
    speaker is the one after the verb.
    """
    doc = verb.doc
    if subject is None or subject.i > verb.i or verb.tag_ not in _FINITE or verb.i == 0 or doc[verb.i - 1].text != ",":
        return subject
    after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if after is not None:
        return after
    if verb.i + 1 >= len(doc):
        return subject
    name = doc[verb.i + 1]
    end = name.right_edge.i
    closed = doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")
    if name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.head.i == verb.i and closed:
        return name
    return subject


def experiencer(verb: Token) -> Token | None:
    """The object of an active cue verb that tells what someone feels: "That rattled Rubio", "has angered some Democrats"."""
    if verb.lemma_.lower() not in lexicon.words("quotes/experiencer_verbs.txt") or verb.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    ):
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "rattled off promises": speech, said by its subject
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in _NOUNS), None)
