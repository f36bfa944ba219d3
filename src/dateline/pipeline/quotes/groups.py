"""The words of a verb cue as PolNeAR marks them: its verb group, the verbs that govern it, what runs on to a colon, the document it was said in."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token


class QuoteLexicon(Protocol):
    """The word lists of `cues.QuoteLexicon` that a verb group reads (not imported: cues imports this module)."""

    not_in_cue: frozenset[str]
    particles: dict[str, frozenset[str]]
    channels: dict[str, tuple[str, ...]]
    adjectives: dict
    aspect_verbs: frozenset[str]
    object_cues: dict[str, frozenset[str]]
    made_clear: dict[str, frozenset[str]]
    light: dict[tuple[str, str], str]
    light_verbs: frozenset[str]
    passive_preps: frozenset[str]

GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})  # the verb group PolNeAR keeps in a cue
_CHAIN_GAP = 2  # words between a governing verb and the cue's "to": "went on to", "took time to"
_COLON_WORDS = 5  # words between a cue verb and the colon before its quotation ("explained it this way:")
_OPENING = frozenset("\"“'‘«")


def verb_group(verb: Token, lex: QuoteLexicon) -> tuple[int, int]:
    """The cue's tokens as PolNeAR marks them: the verb group and the words that make it a cue.

    Before the verb: auxiliaries, negation and adverbs ("has also repeatedly
    said"); after it: its particle ("pointed out", "called for"), "about", a
    colon that introduces the quotation, and a document it was said in ("said
    in a statement").
    """
    doc = verb.doc
    start = _governing_start(verb, group_start(verb, lex), lex)
    end = verb.i + 1
    if end + 1 < len(doc) and doc[end].dep_ == "advmod" and doc[end].head.i == verb.i:
        if _is_particle(doc[end + 1], verb, lex):  # "spoke emotionally of"
            end += 1
    if end < len(doc) and doc[end].head.i == verb.i:
        nxt = doc[end]
        if _is_particle(nxt, verb, lex) or (nxt.lower_ in lex.passive_preps and any(c.dep_ == "auxpass" for c in verb.lefts)):
            end += 1  # "pointed out", "was accused of"
        elif nxt.lower_ == "in":
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if obj is not None and lex.channels.get(obj.lower_, ("",))[0] == "document" and obj.i - end <= 3:
                end = obj.i + 1
    if end == verb.i + 1 < len(doc) and (prep := about_after_object(verb, lex)) is not None and prep.i == end + 1:
        end = prep.i + 1  # "asks him about": a one-word object and its preposition PolNeAR mostly keeps in the cue
        # (3 of 5 on dev and train), a longer one mostly not ("asked the GOP frontrunner about")
    if end == verb.i + 1 < len(doc) and _manner_adverb(doc[end], verb):
        end += 1  # "said recently", "asks rhetorically"
    if end < len(doc) and doc[end].text == ":":
        end += 1
    else:
        end = _colon_end(verb, end)
    return start, end


def about_after_object(verb: Token, lex: QuoteLexicon) -> Token | None:
    """The preposition after the object of a verb that addresses its object, when nothing but the object's words
    and commas stand between: "asks him about his tax returns", "asked the leader, Graham Pettifer, about the
    closures" (the parse may hang it on the object), "warned the Fed against buying bonds". The object is whom
    it was said to (`addressee_of`), what follows the preposition what was said."""
    if verb.lemma_.lower() not in lex.addressed:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is None:
        return None
    preps = {"about", *lex.particles.get(verb.lemma_.lower(), ())}
    prep = next((c for c in (*obj.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ in preps and c.i > obj.i), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep if all(t.text == "," or obj.is_ancestor(t) for t in verb.doc[obj.i + 1 : prep.i]) else None


def _manner_adverb(token: Token, verb: Token) -> bool:
    """An "-ly" adverb right after the cue verb, which PolNeAR keeps in the cue ("said repeatedly", "asks rhetorically").

    On train the gold cue holds such an adverb 31 times against 6 without it (docs/accuracy.md, twelfth round); a
    date or "then" after the verb the annotators leave out as often as not.
    """
    return token.dep_ == "advmod" and token.head.i == verb.i and token.lower_.endswith("ly")


def _colon_end(verb: Token, end: int) -> int:
    """The end of a cue that runs on to the colon introducing its quotation: "wrote back:", "said of Mr. Rubio:".

    PolNeAR's cue is then everything from the verb to the colon; only a few
    words of the verb's own phrase (no verb, no punctuation, no quotation mark)
    may come between.
    """
    doc = verb.doc
    for k in range(end, min(end + _COLON_WORDS + 1, len(doc))):
        token = doc[k]
        if token.text == ":":
            nxt = doc[k + 1] if k + 1 < len(doc) and not doc[k + 1].is_space else (doc[k + 2] if k + 2 < len(doc) else None)
            return k + 1 if k > end and nxt is not None and nxt.text[:1] in _OPENING else end
        verbal = token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"  # "the following statement" is no clause
        if token.is_punct or token.is_space or verbal or not _descends(token, verb):
            return end
    return end


def _descends(token: Token, ancestor: Token) -> bool:
    while token.i != token.head.i:
        token = token.head
        if token.i == ancestor.i:
            return True
    return False


def group_start(verb: Token, lex: QuoteLexicon) -> int:
    """The first token of the auxiliaries, negation and adverbs right before the verb."""
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.i == start - 1 and (
            child.dep_ in GROUP_DEPS or (child.dep_ == "advmod" and child.lower_ not in lex.not_in_cue)
        ):
            start = child.i
        else:
            break
    return start


def _governing_start(verb: Token, start: int, lex: QuoteLexicon) -> int:
    """Where the verbs begin that take the cue as their infinitive: "went on to explain", "is expected to endorse".

    PolNeAR's cue is the whole chain (651 train cues hold an inner "to", 213 begin with it); a noun or
    adjective taking the infinitive ("the first candidate to bring up") stays out.
    """
    doc = verb.doc
    while _chained(verb, doc[start], lex):
        head = verb.head
        between = doc[head.i + 1 : start]
        if head.i > start or len(between) > _CHAIN_GAP or any(t.is_punct or t.is_space for t in between):
            break
        if head.pos_ == "ADJ":  # "was quick to point out": the chain goes on to the copula
            head = head.head
        start, verb = group_start(head, lex), head
    return start


def _chained(verb: Token, first: Token, lex: QuoteLexicon) -> bool:
    """The cue is the infinitive ("went on to explain") or gerund ("began tweeting") of the verb before it."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and first.i == verb.i:
        return verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in lex.aspect_verbs
    if first.dep_ == "neg" and first.i + 1 < verb.i:  # "decided not to recommend"
        first = first.doc[first.i + 1]
    return verb.dep_ in ("xcomp", "advcl") and first.lower_ == "to" and _governs(verb.head, lex)


def _governs(head: Token, lex: QuoteLexicon) -> bool:
    """A verb, or an adjective after its copula ("was quick to", "are more likely to"), that takes the cue as its infinitive."""
    if head.pos_ in ("VERB", "AUX"):
        return True
    return head.dep_ == "acomp" and head.head.i < head.i  # "are more likely to say", "was ready to endorse"


def _is_particle(token: Token, verb: Token, lex: QuoteLexicon) -> bool:
    if token.head.i != verb.i:
        return False
    return token.dep_ == "prt" or token.lower_ == "about" or token.lower_ in lex.particles.get(verb.lemma_.lower(), ())


def is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def document_clause(verb: Token, frames: frozenset[str], lex: QuoteLexicon) -> Token | None:
    """The clause the parse hangs on the document of "said in a statement that …" rather than on the verb."""
    if "that" not in frames:
        return None
    for prep in verb.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "in" else None
        if obj is not None and lex.channels.get(obj.lower_, ("",))[0] == "document":
            return next((c for c in obj.children if c.i > obj.i and c.dep_ in ("acl", "ccomp", "relcl")
                         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return None


_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def object_cue(verb: Token, end: int, lex: QuoteLexicon) -> tuple[int, Token] | None:
    """The end of a cue that takes in its object noun, and what the cue then attributes.

    "expressed concern that …", "didn't express much remorse that …": the noun is
    in the cue, its clause the content; "voiced support for X", "expressed an
    interest in X": the noun and its preposition, X the content (`object_cue_verbs.tsv`).
    """
    preps = lex.object_cues.get(verb.lemma_.lower())
    if preps is None or end != verb.i + 1:
        return None
    noun = _object_noun(verb)
    if noun is None or any(t.is_punct or t.is_space for t in verb.doc[end : noun.i]):
        return None
    clause = next((c for c in noun.rights if c.dep_ in _NOUN_CLAUSE_DEPS and _own_clause(c)), None)
    if clause is not None:
        return noun.i + 1, clause
    after = noun.i + 1
    if after >= len(verb.doc) or verb.doc[after].head.i != noun.i or verb.doc[after].lower_ not in preps:
        return None
    if any(c.dep_ in ("poss", "amod") or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in noun.lefts):
        return None  # "expressed his admiration for", "expressed particular concern over": the verb alone
    return after + 1, verb.doc[after]


def _own_clause(clause: Token) -> bool:
    """A clause that tells what the noun holds ("concern that …", "a desire to …"), not a relative one."""
    if clause.dep_ == "acl" and is_infinitive(clause):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    if any(c.lower_ in _RELATIVE_WORDS for c in clause.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)  # "confidence it was holding …"


def as_object(verb: Token) -> Token | None:
    """The object of a verb that casts it as something: "sees the plan as a threat" (frame `as` of `cue_verbs.tsv`).

    Such a verb ("see", "identify") attributes a view only in that frame; "saw the
    crowd", "identified the body" attribute nothing.
    """
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    options = list(verb.rights) + list(obj.rights)  # the small model hangs "as" on either
    return obj if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in options) else None


def document_carrier(verb: Token, lex: QuoteLexicon) -> Token | None:
    """The verb that issued the document a participle cue tells of: "released a statement saying …".

    PolNeAR's cue runs from that verb ("put out a statement saying", "sent a
    letter urging"), and its source is that verb's subject.
    """
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.dep_ != "dobj" or noun.i > verb.i:
        return None
    if lex.channels.get(noun.lemma_.lower(), ("",))[0] != "document":
        return None
    carrier = noun.head
    if carrier.pos_ != "VERB" or carrier.i > noun.i:
        return None
    between = verb.doc[carrier.i + 1 : verb.i]
    return None if any(t.is_punct or t.is_space for t in between) else carrier


def made_clear(verb: Token, lex: QuoteLexicon) -> tuple[int, Token] | None:
    """The end of "made (it) clear" and the clause it attributes (`made_clear.tsv`): "has made clear that …".

    The small model hangs the clause on the verb or on the adjective, as a complement or an adverbial clause.
    """
    adjectives = lex.made_clear.get(verb.lemma_.lower())
    if adjectives is None:
        return None
    doc, k = verb.doc, verb.i + 1
    if k < len(doc) and doc[k].lower_ == "it":
        k += 1
    if k + 1 < len(doc) and doc[k].dep_ == "advmod" and doc[k + 1].lower_ in adjectives:  # "made it very clear"
        k += 1
    if k >= len(doc) or doc[k].lower_ not in adjectives:
        return None
    adjective = doc[k]
    clauses = [c for c in (*verb.rights, *adjective.rights) if c.i > k and c.dep_ in ("ccomp", "advcl")]
    clause = min((c for c in clauses if c.pos_ in ("VERB", "AUX")), key=lambda c: c.i, default=None)
    return None if clause is None else (k + 1, clause)

def light_cue(verb: Token, lex: QuoteLexicon) -> Token | None:
    """The preposition ending a light verb's cue (`light_cues.tsv`): "made no mention of", "took a shot at"."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.light_verbs:  # asked of every verb that is no cue: the children only for a light verb
        return None
    noun = _object_noun(verb)
    prep = lex.light.get((lemma, noun.lemma_.lower())) if noun is not None else None
    if prep is None or noun.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[noun.i + 1]
    if after.lower_ != prep or after.head.i not in (noun.i, verb.i):
        return None
    return None if any(t.is_punct for t in verb.doc[verb.i + 1 : noun.i]) else after


def _object_noun(verb: Token) -> Token | None:
    """The common noun that is the verb's direct object ("expressed concern", "took a shot")."""
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
