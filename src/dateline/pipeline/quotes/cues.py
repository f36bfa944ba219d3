"""Cues: the words that attribute speech, thought or intention to a source, with what they attribute.

A cue is a verb of the lexicon ("said", "vowed", "denied"), a noun taking a
clause ("his claim that ..."), an adjective after a copula ("was critical
of"), "according to", or the colon of a speaker label ("Trump: ‘...’"). What it attributes is read
off the parse: a clausal complement ("said that ..."), the clause a
parenthetical cue interrupts ("Otherwise, she said, countries may ..."), an
infinitive ("vowed to ..."), a noun phrase and its complements ("called the
plan a disaster"), or, for direct quotations beside it, nothing yet. The word
lists live in `data/quotes/`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .cue_objects import has_needed_object
from .extents import chars, clause_span, object_span, span_after, tail
from .groups import GROUP_DEPS as _GROUP_DEPS
from .groups import group_start as _group_start
from .groups import is_infinitive as _is_infinitive
from .groups import about_after_object, as_object, document_carrier, document_clause, light_cue, made_clear, object_cue, verb_group
from .source_repairs import contracted_perfect
from .hits import CueHit, CueWord
from .labels import labels
from .quote_lexicon import QuoteLexicon

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})  # "..., saying that": the head verb's subject
_RAISED_HEADS = frozenset({"xcomp", "oprd", "dobj"})  # what a passive or raising verb's subject is part of
_AS_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})
_QUOTE_ONLY = frozenset({"quote"})  # a verb that only introduces quotations ("the letter reads"): "read about it" is none
_INITIAL = re.compile(r"[A-Z]\.")
_SIGNATURE_WORDS = 4
_CLOSING = frozenset("”\"’'»")
_DASHES = frozenset({"—", "―", "–", "--", "-"})


def find_cues(doc: Doc, lex: QuoteLexicon, quoted: list[bool], paragraphs: list[tuple[int, int]]) -> list[CueHit]:
    """Every cue outside quotation marks, with its clausal or phrasal content when it has one."""
    hits = []
    for token in doc:
        if quoted[token.i]:
            continue
        phrase = _prepositional_phrase(doc, token, lex) if token.lower_ in lex.prepositional else None
        if phrase is not None:
            hits.append(_prepositional(doc, token, *phrase))
        elif token.lower_ == "in" and (hit := _in_poll(doc, token, lex)) is not None:
            hits.append(hit)
        elif token.pos_ == "VERB" and (word := lex.verbs.get(token.lemma_.lower())) is not None:
            if not _listed_noun(token) and has_needed_object(token) and not _habit_of_saying(token, lex):
                hits.append(verb_cue(token, word, lex))
        elif token.pos_ == "VERB" and (word := lex.as_verbs.get(token.lemma_.lower())) and as_object(token) is not None:
            hits.append(verb_cue(token, word, lex))  # "sees the plan as a threat"
        elif token.pos_ == "VERB" and (taken := made_clear(token, lex)) is not None:
            hits.append(_made_clear(token, *taken, lex))
        elif token.pos_ == "VERB" and (prep := light_cue(token, lex)) is not None:  # "took a shot at X"
            hit = CueHit(token, CueWord(token.lemma_.lower(), "stance", frozenset({"obj"})), verb_group(token, lex)[0],
                         prep.i + 1, content_head=prep, content=span_after(prep))
            hits.append(hit)
        elif token.pos_ == "VERB" and (hit := _colon_cue(doc, token, lex, quoted)) is not None:
            hits.append(hit)
        elif token.pos_ == "NOUN" and (word := lex.nouns.get(token.lemma_.lower())) is not None:
            if (hit := _noun_cue(token, word)) is not None:
                hits.append(hit)
        elif token.dep_ == "acomp" and (word := lex.adjectives.get(token.lemma_.lower())) is not None:
            if (hit := _adjective_cue(token, word, lex)) is not None:
                hits.append(hit)
    claimed = {h.content_head.i for h in hits if h.verb.pos_ == "VERB" and h.content_head is not None}
    hits = [h for h in hits if h.verb.pos_ != "NOUN" or getattr(h.content_head, "i", None) not in claimed]
    hits.extend(labels(doc, lex, paragraphs))
    hits.extend(_signatures(doc, lex, quoted))
    hits.sort(key=lambda h: h.start)
    return hits


def _colon_cue(doc: Doc, verb: Token, lex: QuoteLexicon, quoted: list[bool]) -> CueHit | None:
    """A verb outside the lexicon whose clause ends in a colon before a quotation: "released the following statement:".

    The colon makes the clause an introduction ("Tom Ridge put it: ''…''",
    "Cruz called them on it: “…”"); PolNeAR's cue is the verb's words up to
    the colon, its source the verb's subject.
    """
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    start, end = verb_group(verb, lex)
    if doc[end - 1].text != ":" or end >= len(doc):
        return None
    nxt = end + 1 if doc[end].is_space and end + 1 < len(doc) else end
    if not quoted[nxt]:
        return None
    return CueHit(verb, CueWord(verb.lemma_.lower(), "speech", _QUOTE_ONLY), start, end)


def _made_clear(verb: Token, end: int, clause: Token, lex: QuoteLexicon) -> CueHit:
    """"has made it clear that …": the verb to the adjective is the cue, the clause after it the content."""
    word = CueWord(verb.lemma_.lower(), "speech", frozenset({"that"}))
    hit = CueHit(verb, word, verb_group(verb, lex)[0], end, content_head=clause)
    hit.content = clause_span(verb.doc[end - 1], clause)
    return hit


def _noun_cue(noun: Token, word: CueWord) -> CueHit | None:
    """A noun of `cue_nouns.tsv` with the clause it attributes: "his claim that …", "her promise to …".

    A noun with no such clause ("his statement", "the claim he made") attributes
    nothing the parse can delimit, and is no cue here.
    """
    head = next((c for c in noun.children if c.i > noun.i and _noun_clause(c, word)), None)
    if head is None:
        return None
    hit = CueHit(noun, word, noun.i, noun.i + 1, content_head=head, content=clause_span(noun, head))
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "claims by intelligence agencies that …"
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < head.i), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is not None:
        hit.source = (owner.left_edge.i, owner.i + 1)  # "Mr. Trump's claim": the possessor without its "'s"
    return hit


def _adjective_cue(adjective: Token, word: CueWord, lex: QuoteLexicon) -> CueHit | None:
    """A copula's adjective of `cue_adjectives.tsv` with what it takes: "has been critical of X", "was quick to …".

    The hit's verb is the copula, whose subject is the source.
    """
    copula = adjective.head
    if copula.i == adjective.i or copula.i > adjective.i or copula.pos_ not in ("AUX", "VERB"):
        return None
    end, head = adjective.i + 1, None
    for child in adjective.rights:
        if child.dep_ == "prep" and child.i == adjective.i + 1 and child.lower_ in word.frames:
            head, end = child, child.i + 1
        elif _noun_clause(child, word) or (child.dep_ == "xcomp" and "to" in word.frames and _is_infinitive(child)):
            head = child
        if head is not None:
            break
    if head is None or (head.dep_ == "xcomp" and head.lemma_.lower() in lex.verbs):
        return None  # "was quick to point out that …": the verb is the cue, its chain reaches the copula
    hit = CueHit(copula, word, _group_start(copula, lex), end, content_head=head)
    hit.content = span_after(head) if head.dep_ == "prep" else clause_span(adjective, head)
    return hit


def _noun_clause(child: Token, word: CueWord) -> bool:
    """The noun's complement clause: "that" + clause (not a relative "that"), or an infinitive."""
    if child.dep_ not in ("acl", "ccomp"):
        return False
    if "that" in word.frames and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
        return True
    return "to" in word.frames and child.dep_ == "acl" and _is_infinitive(child)


def _listed_noun(verb: Token) -> bool:
    """A noun the model tags as a verb inside a comma list of noun phrases: "views on X, keys to Y, plan to …".

    Its "subject" is the list's earlier items (a noun with a noun conjunct and no
    conjunction, the comma right before the verb); a real subject list ends with
    "and" ("Smith, Jones and Brown said").
    """
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < verb.i:
            nouns = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            if nouns and not any(c.dep_ == "cc" for c in subject.children):
                return True
    return False


def verb_cue(verb: Token, word: CueWord, lex: QuoteLexicon) -> CueHit:
    """The cue of a lexicon verb, with the clause or phrase it attributes."""
    start, end = verb_group(verb, lex)
    passive = _quoted_as(verb)
    if passive is not None:  # "was quoted as saying": the cue reaches back to the passive
        start = verb_group(passive, lex)[0]
    carrier = document_carrier(verb, lex)
    if carrier is not None:  # "put out a statement saying": the cue starts at the verb that issued it
        start = verb_group(carrier, lex)[0]
    taken = object_cue(verb, end, lex)
    if taken is not None:  # "expressed concern that …", "voiced support for …"
        end = taken[0]
    hit = CueHit(verb, word, start, end)
    doc = verb.doc
    last = doc[end - 1]
    if last.dep_ == "prep" and last.i != verb.i and word.frames != _QUOTE_ONLY:  # "called for X", "talked about X"
        hit.content_head = last
        hit.content = span_after(last)
    elif taken is not None:
        hit.content_head = taken[1]
        hit.content = clause_span(doc[end - 1], taken[1])
    elif (about := about_after_object(verb, lex)) is not None:
        hit.content_head = about  # "asked the council leader, Graham Pettifer, about the closures": what was asked
        hit.content = span_after(about)
    elif (head := _complement(verb, word) or document_clause(verb, word.frames, lex) or _told_clause(verb, word, lex)) is not None:
        hit.content_head = head
        hit.content = object_span(verb, head) if head.dep_ == "dobj" else clause_span(verb, head)
        hit.raised = raised_subject(verb, word, head, lex)
        own = min((c.left_edge.i for c in verb.lefts if c.dep_ == "nsubj" or c.dep_ in _GROUP_DEPS), default=start)
        if verb.i < head.i and head.left_edge.i < own and head.dep_ != "dobj":
            gap = chars(doc, head.left_edge.i, own)  # "which officials said will go …": "which"
            hit.more += [gap] if gap is not None else []
    elif (subject := _passive_object(verb, word, lex)) is not None:
        hit.content_head = subject  # "This proposal was rejected by 64 percent": the subject is what is rejected
        lo, hi = subject.left_edge.i, subject.right_edge.i + 1
        hit.content = chars(doc, lo, tail(doc, lo, hi))
    elif verb.dep_ == "parataxis" and verb.head.i != verb.i and "that" in word.frames:
        _interrupted(hit)
    elif _as_clause(verb):
        _interrupted(hit)  # "As The Hill reported, Trump was …": the clause the "as" aside hangs on
    return hit


def _as_clause(verb: Token) -> bool:
    """A bare "as" aside of a cue verb: "As The Hill reported,", "as Clyburn noted", "as reported by X".

    With an object or complement of its own the clause says what else happened
    ("as he attacked Trump"), not whose account the host clause is.
    """
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    return not any(c.dep_ in _AS_OBJECTS for c in verb.children)


def _complement(verb: Token, word: CueWord) -> Token | None:
    """What the cue attributes: a clause after it, else one before it ("..., Smith said"), else a phrase."""
    clauses = [c for c in verb.children if _is_clause(c)] if "that" in word.frames else []
    after = [c for c in clauses if c.i > verb.i]
    if after:
        return after[0]
    if clauses:
        return clauses[-1]
    for child in verb.children:
        if child.dep_ == "xcomp" and "to" in word.frames and _is_infinitive(child):
            return child
        if child.dep_ == "dobj" and ("obj" in word.frames or "as" in word.frames):
            return child
    for child in verb.rights:  # "75 percent said yes": the answer is what is said
        if child.dep_ == "intj" and child.lower_ in ("yes", "no") and "quote" in word.frames:
            return child
    for child in verb.rights:  # the small model's clausal objects: "questioned whether …", "supports squeezing …"
        if child.dep_ == "ccomp" and ("obj" in word.frames or ("to" in word.frames and _is_infinitive(child))):
            return child  # … and an infinitive with its own subject: "wants voters to know …"
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and "obj" in word.frames:
            return child
    return None


def _habit_of_saying(verb: Token, lex: QuoteLexicon) -> bool:
    """"likes to say", "used to tell": the infinitive's cue is the attribution, not a wish (`habit_verbs.txt`)."""
    if verb.lemma_.lower() not in lex.habit_verbs:
        return False
    for child in verb.rights:
        if child.dep_ == "xcomp" and _is_infinitive(child):
            word = lex.verbs.get(child.lemma_.lower())
            return word is not None and word.cls in ("speech", "writing")
    return False


def _told_clause(verb: Token, word: CueWord, lex: QuoteLexicon) -> Token | None:
    """"told the inquest that the car was red": the small model hangs the clause on the addressee as a relative one.

    A relative clause has its "that" as its subject or object ("the inquest that
    he attended"); a "that" marking a clause with a subject of its own is the
    complementizer of what was told.
    """
    if "that" not in word.frames or word.lemma not in lex.addressed:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    clause = next((c for c in obj.rights if c.dep_ in ("acl", "relcl")), None) if obj is not None else None
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    return clause if marked and subject else None


def raised_subject(verb: Token, word: CueWord, head: Token, lex: QuoteLexicon) -> Token | None:
    """A subject the cue's infinitive or object is about: "The House is expected to pass …", "They appear to be …".

    A passive's subject is the active verb's object ("expect the House to
    pass"), which the content keeps; so is a raising verb's ("appear",
    "seem": frame `raise`), whose subject is no speaker. PolNeAR marks it as a
    content piece before the cue. Not when the infinitive is a cue of its own
    ("The Times is expected to endorse …": the Times endorses).
    """
    if head.lemma_.lower() in lex.verbs or word.lemma in lex.addressed:
        return None  # "He was told to leave": the addressee, as `_passive_object` has it
    if head.i < verb.i or head.dep_ not in _RAISED_HEADS or (head.dep_ == "xcomp" and not _is_infinitive(head)):
        return None
    if contracted_perfect(verb):
        return None  # "he's said the same thing": "'s" is "has", not a passive
    deps = ("nsubj", "nsubjpass") if "raise" in word.frames else ("nsubjpass",)
    return next((c for c in verb.children if c.dep_ in deps and c.i < verb.i), None)


def _passive_object(verb: Token, word: CueWord, lex: QuoteLexicon) -> Token | None:
    """The subject of a passive cue that takes an object ("the plan was criticized"); not an addressee's ("he was told")."""
    if "obj" not in word.frames or word.lemma in lex.addressed:
        return None
    if any(c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        return None  # "was quoted as saying …": the subject is the speaker of the inner cue
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None if subject is None or subject.pos_ == "PRON" else subject  # "It was announced": nothing to read


def _is_clause(token: Token) -> bool:
    """A clausal complement; the small model also makes "said legalizing it could ..." an xcomp.

    So too a finite verb: "which she said represented all her emails" (the relative pronoun is
    a second subject of "said").
    """
    if token.dep_ == "ccomp":
        return True
    return token.dep_ == "xcomp" and token.tag_ in _CLAUSE_TAGS and not _is_infinitive(token)


_CLAUSE_TAGS = frozenset({"VBG", "VBD", "VBZ", "VBP"})


def says_nothing(head: Token | None) -> bool:
    """"denied it", "said nothing": an attribution whose content is a bare pronoun, with nothing to read."""
    if head is None or head.dep_ != "dobj" or head.left_edge.i != head.right_edge.i:
        return False
    return head.pos_ == "PRON" or head.lower_ in ("so", "little", "much")


def modifies_noun(verb: Token) -> bool:
    """An infinitive or gerund that tells of a noun: "efforts to admit refugees", "his policy of not attacking Trump".

    With no one named as doing it, PolNeAR seldom marks these as attributions
    (every fourth train article: 6 of 45 such cues are gold ones). A gerund
    with a clause of its own ("faced a hearing for saying that …") stays.
    """
    if verb.dep_ == "acl" and verb.tag_ == "VB":
        return verb.head.pos_ in ("NOUN", "PROPN")
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":  # not "for saying that …"
        return verb.head.head.pos_ not in ("VERB", "AUX") and not any(_is_clause(c) for c in verb.children)
    return False


def unsourced_form(verb: Token, lex: QuoteLexicon) -> bool:
    """A cue whose form (`unsourced_forms.tsv`) makes no attribution unless someone is found saying it.

    A cue with a clause of its own stays ("for saying that …", "no way of knowing which …").
    """
    return (verb.dep_, verb.tag_) in lex.unsourced_forms and not any(_is_clause(c) for c in verb.children)


def _interrupted(hit: CueHit) -> None:
    """"Otherwise, she said, countries may ...": the host clause around the parenthetical cue."""
    verb, host = hit.verb, hit.verb.head
    doc = verb.doc
    lo, hi = host.left_edge.i, host.right_edge.i + 1
    cut_lo, cut_hi = verb.left_edge.i, verb.right_edge.i + 1
    after = chars(doc, cut_hi, hi)
    before = chars(doc, lo, cut_lo)
    hit.content_head = host
    if after is not None:
        hit.content = after
        if before is not None:
            hit.more.append(before)
    else:
        hit.content = before


def _prepositional_phrase(doc: Doc, token: Token, lex: QuoteLexicon) -> tuple[Token, CueWord] | None:
    """The preposition ending a phrase of `prepositional_cues.txt` that starts at token, and its cue word."""
    for words, word in lex.prepositional[token.lower_]:
        end = token.i + len(words)
        if end <= len(doc) and all(doc[token.i + k].lower_ == w for k, w in enumerate(words)):
            return doc[end - 1], word
    return None


def _prepositional(doc: Doc, token: Token, prep: Token, word: CueWord) -> CueHit:
    """"according to X", "in the words of X": the content is the clause the phrase hangs on, without the phrase."""
    hit = CueHit(token, word, token.i, prep.i + 1)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None:
        hit.source = (obj.left_edge.i, obj.right_edge.i + 1)
    head = token.head if token.head.i != token.i else None
    if head is not None:
        lo, hi = token.left_edge.i, token.right_edge.i + 1
        left, right = head.left_edge.i, head.right_edge.i + 1
        hit.content = chars(doc, left, lo) if lo - left >= right - hi else chars(doc, hi, right)
        hit.content_head = head
    return hit


def _in_poll(doc: Doc, token: Token, lex: QuoteLexicon) -> CueHit | None:
    """"In a new poll, Clinton leads …": the clause the phrase opens is the poll's finding, the poll its source."""
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    head = token.head
    if obj is None or token.dep_ != "prep" or obj.lemma_.lower() not in lex.poll_nouns or head.pos_ not in ("VERB", "AUX"):
        return None
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "continues to lead in polls": the whole clause
    hit = CueHit(token, lex.in_poll, token.i, token.i + 1, source=(obj.left_edge.i, obj.right_edge.i + 1))
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    left, right = head.left_edge.i, head.right_edge.i + 1
    if not all(t.is_punct or t.is_space or t.dep_ == "cc" for t in doc[left:lo]):
        return None  # "Clinton leads in the polls": a poll told of in passing as often as cited (train)
    hit.content = chars(doc, hi, right)
    hit.content_head = head
    return hit if hit.content is not None else None


def _signatures(doc: Doc, lex: QuoteLexicon, quoted: list[bool]) -> list[CueHit]:
    """A dash and a name right after a quotation: “Imagination is more important.” — Albert Einstein."""
    hits = []
    for token in doc:
        glued = token.text[:1] in _CLOSING and token.text[1:] in _DASHES  # the tokenizer's ”―
        if not (glued or (token.text in _DASHES and not quoted[token.i])) or token.i == 0:
            continue
        before = token.i - 1
        while before > 0 and doc[before].is_space:
            before -= 1
        if not (glued or quoted[before]):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= _SIGNATURE_WORDS and _name_word(doc[end]):
            end += 1
        if end == token.i + 1 or end - token.i > _SIGNATURE_WORDS:
            continue
        if end < len(doc) and not (doc[end].is_punct or doc[end].is_space or quoted[end]):
            continue
        hit = CueHit(token, lex.signature, token.i, token.i + 1, source=(token.i + 1, end))
        if glued:
            hit.chars = (token.idx + 1, token.idx + len(token.text))
        hits.append(hit)
    return hits


def _name_word(token: Token) -> bool:
    """A capitalized word of a name, or an initial ("Edwin G. Monroy")."""
    return token.text[:1].isupper() and (token.is_alpha or _INITIAL.fullmatch(token.text) is not None)


def _quoted_as(verb: Token) -> Token | None:
    """The passive verb of "X was quoted as saying", "is reported as saying"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    passive = verb.head.head
    return passive if any(c.dep_ == "nsubjpass" for c in passive.children) else None


def _nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of two subjects the parse gives a verb, the one next to it: "Voters, Clinton suggested, …".

    Not one a comma parts from the verb (an appositive the parse ends before its comma).
    """
    before = [c for c in subjects if c.i < verb.i]
    if len(before) < 2:
        return subjects[0]
    nearest = before[-1]
    between = verb.doc[nearest.right_edge.i + 1 : verb.i]
    return before[0] if any(t.text == "," for t in between) else nearest


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The cue's source: its subject, the agent of a passive, or the subject it shares with its head verb."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if subjects:
        return _nearest_subject(verb, subjects)
    passive = _quoted_as(verb)
    if passive is not None:
        return next(c for c in passive.children if c.dep_ == "nsubjpass")
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    head = verb.head
    if verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        if _appositive_root(head) is not None:  # "Her fiance, the chef Tomas Berg, posted on X:": the sentence's
            return head  # only verb, misread as a participle of its subject (or of the subject's appositive)
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "She was quick to point out": the copula's subject
    if depth < 3 and verb.dep_ in _INHERIT_DEPS and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        if not any(c.dep_ == "nsubjpass" for c in verb.children):
            return subject_of(head, depth + 1)
    return None


def _appositive_root(noun: Token) -> Token | None:
    """The sentence's root noun that `noun` is, or is an appositive of; None when the sentence has a verb root."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") else None
