"""Extents: where the content a cue attributes begins and ends, read off the parse.

A noun phrase with the complements that follow it, a complement clause with the
clauses coordinated to it, what follows a closing preposition; each without the
afterthought the author adds and without edge punctuation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ... import lexicon
from .adjuncts import channel_words

_OBJECT_TAIL = frozenset({"dobj", "oprd", "dative", "ccomp", "xcomp", "acomp"})  # "called the plan a disaster"
_OBJECT_PREPS = frozenset({"of", "as", "for", "on", "against", "to", "with", "into", "onto"})  # "accused him of lying"
_EDGE = frozenset(".,;:—–-")
_AFTERTHOUGHTS = frozenset({"relcl", "advcl", "acl"})
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_DASHES = frozenset({"—", "–", "--", "-"})
_DASH_ASIDES = frozenset({"relcl"})
_CHANNEL_PREPS = frozenset({"on", "in", "via"})  # "posted it on Facebook", "said so in a tweet"


def object_span(verb: Token, obj: Token) -> tuple[int, int] | None:
    """A noun phrase with the complements that follow it: "Trump “unhinged”", "him of lying".

    The complement may be a quotation the parse hangs on the verb ("called it “a
    significant development”", whose mark is the verb's own child, or "declaring it
    “another super Tuesday”", a noun phrase it reads as an adverbial). Where the
    words went out ("posted the story on Facebook", "claimed victory in a tweet")
    is the author's, not part of what is attributed.
    """
    doc = verb.doc
    hi = obj.right_edge.i + 1
    last = next((c for c in reversed(list(obj.rights)) if c.dep_ == "prep"), None)
    if last is not None and last.right_edge.i == obj.right_edge.i and _on_channel(last):
        hi = last.i
    for child in verb.rights:
        if child.i < hi or (child.dep_ == "punct" and child.is_quote):
            continue
        if child.dep_ == "prep" and _on_channel(child):
            break
        quoted = child.dep_ == "npadvmod" and child.left_edge.i == hi and doc[hi].is_quote
        if child.dep_ in _OBJECT_TAIL or quoted or _object_prep(child):
            if any(not doc[j].is_punct and not doc[j].is_space for j in range(hi, child.left_edge.i)):
                break
            hi = child.right_edge.i + 1
        else:
            break
    return chars(doc, obj.left_edge.i, tail(doc, obj.left_edge.i, hi))


def _object_prep(child: Token) -> bool:
    """A verb's phrase that completes its object: "accused him of lying", "did not mention Trump by name".

    "by" only with a noun ("by name", "a visit to his church by Rafael Cruz"), not with a
    gerund ("dismissed the charges by pointing out that …"), the author's how and often an
    attribution of its own.
    """
    if child.dep_ != "prep":
        return False
    if child.lower_ == "by":
        return any(c.dep_ == "pobj" for c in child.children)
    return child.lower_ in _OBJECT_PREPS


def _on_channel(prep: Token) -> bool:
    """"on Twitter", "in a tweet", "in an interview": the channel the words went out on."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ not in _CHANNEL_PREPS or obj is None:
        return False
    return obj.lemma_.lower() in channel_words()


def clause_span(verb: Token, head: Token) -> tuple[int, int] | None:
    """A complement clause, with the clauses coordinated to it ("said X and that Y"), minus its tail."""
    doc = verb.doc
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if lo <= verb.i < hi:
        lo, hi = (verb.i + 1, hi) if verb.i < head.i else (lo, verb.i)
    if lo == verb.i + 1 and verb.i < head.i:
        lo = _past_saying_time(doc, lo, head)
    if head.dep_ == "xcomp":  # "urged him to ...": the one urged is part of what is attributed
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < lo), None)
        if obj is not None:
            lo = obj.left_edge.i
    for child in verb.rights:
        if child.i > hi and child.dep_ in ("ccomp", "conj") and coordinated_clause(doc, hi, child):
            hi = child.right_edge.i + 1
    return chars(doc, lo, tail(doc, lo, hi))


def _past_saying_time(doc: Doc, lo: int, head: Token) -> int:
    """Where a clause after its cue starts, past a time said right after the cue ("said on Wednesday its profit
    fell", "said Monday the plan …"): the parse hangs the time on the clause, but before the clause's subject and
    with no "that" it dates the saying."""
    first = doc[lo]
    if first.head.i != head.i:
        return lo
    if first.dep_ == "prep" and first.lower_ in ("on", "at", "in", "during", "late", "early"):
        obj = next((c for c in first.children if c.dep_ == "pobj"), None)
        time = obj is not None and obj.ent_type_ in ("DATE", "TIME")
    else:
        time = first.dep_ == "npadvmod" and first.ent_type_ in ("DATE", "TIME")
    end = first.right_edge.i + 1
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if not time or subject is None or subject.left_edge.i < end:
        return lo
    return end + (1 if end < len(doc) and doc[end].text == "," else 0)


def coordinated_clause(doc: Doc, hi: int, child: Token) -> bool:
    """"said X and that Y": a second complement joined to the first by a conjunction."""
    if not any(doc[j].dep_ == "cc" for j in range(hi, child.left_edge.i + 1)):
        return False
    return child.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)


def tail(doc: Doc, lo: int, hi: int) -> int:
    """Where attributed content ends: before an afterthought the author adds.

    A closing relative clause set off by a comma ("..., which periodically
    chanted his name"): annotators leave it out, as the guidelines ask when it
    is unclear who says it; it cuts after a name of one or two words too. A
    closing participial clause is cut only when it tells of speech of its own
    ("..., saying that …", "..., adding that …"), which is an attribution of its
    own; the rest ("…, approving about 2,880 people for resettlement") the gold
    keeps as part of what was said. A participle needs three words before its
    comma (a short head reads as the participle's subject). A closing "according
    to X" is an attribution of its own.
    """
    for j in range(hi - 1, lo, -1):
        token = doc[j]
        if token.text == "," and j + 1 < hi:
            first = doc[j + 1]
            clause = first
            while clause.head.i != clause.i and j < clause.head.i < hi:
                clause = clause.head  # ", which I said was …": the relative clause is "said", not "was"
            if clause.left_edge.i != j + 1 or clause.right_edge.i < hi - 2:
                continue
            if clause.dep_ in _AFTERTHOUGHTS and first.lower_ in _RELATIVES:
                return j  # also after a short name: "Donald Trump, who has mused about …"
            if clause.dep_ in _AFTERTHOUGHTS and first.tag_ in ("VBG", "VBN") and j > lo + 2 and _says(clause):
                return j
            if clause.dep_ == "prep" and first.lower_ == "according":
                return j  # "…, according to Politico": the phrase attributes the clause, it is no part of it
        elif _closing_aside(doc, j, hi):
            return j
    return hi


def _is_dash(doc: Doc, j: int) -> bool:
    """A dash, not a hyphen ("50-year")."""
    token = doc[j]
    return token.text in _DASHES and (token.text != "-" or bool(token.whitespace_ and doc[j - 1].whitespace_))


def _closing_aside(doc: Doc, j: int, hi: int) -> bool:
    """A dash at j opens the author's aside to the end: a relative clause or an "except" clause.

    "he gets his ideas from a speech in “Atlas Shrugged” - which, to be clear, is a work
    of fiction", "would create too much inflation - except that inflation has fallen":
    as a closing relative clause after a comma is (`tail`). Not an apposition ("three
    topics -- a commitment to …, a commitment to …", "a rare situation - a true bidding
    war"), which the gold keeps as often as not and which on wire copy mostly spells out
    what was said.
    """
    if j + 1 >= hi or not _is_dash(doc, j):
        return False
    if any(_is_dash(doc, k) for k in range(j + 1, hi)):
        return False  # a pair of dashes: an aside inside the content, not at its end
    first = clause = doc[j + 1]
    while clause.head.i != clause.i and j < clause.head.i < hi:
        clause = clause.head
    if clause.left_edge.i != j + 1 or clause.right_edge.i < hi - 2:
        return False
    return clause.dep_ in _DASH_ASIDES or first.lower_ == "except"


def _says(clause: Token) -> bool:
    """The clause holds a verb of the cue lexicon."""
    verbs = lexicon.table("quotes/cue_verbs.tsv")
    return any(t.lemma_.lower() in verbs for t in clause.subtree if t.pos_ == "VERB")


def aside_front(verb: Token, cue_start: int, cue_end: int) -> tuple[tuple[int, int], int] | None:
    """"Whether X, Mr. Garin added, …", "Voters, Clinton suggested, don't …": the host's words before a cue aside.

    A cue clause set off by commas inside its sentence (subject and verb, or
    "said Smith"), with no "that" after it, interrupts what it attributes: the
    words before it are the content's first piece, whatever the parse hangs
    them on. Returns that piece and the character where the rest may begin.
    """
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    front = [c for c in subjects if c.i < verb.i]
    if front:
        lo, hi = front[-1].left_edge.i, cue_end
    elif subjects and cue_start == verb.i:
        lo, hi = cue_start, subjects[0].right_edge.i + 1  # "…, said Marcia Smith, a vice president, …"
        hi -= doc[hi - 1].text == ","  # the comma closing the appositive is the aside's
    else:
        return None
    start = verb.sent.start
    if lo - 1 <= start or doc[lo - 1].text != "," or hi >= len(doc) or doc[hi].text != ",":
        return None
    while start < lo - 1 and (doc[start].dep_ == "cc" or doc[start].is_punct or doc[start].is_space):
        start += 1  # "But, he said, …": the conjunction joins the sentence to the one before
    front = [t for t in doc[start : lo - 1] if not (t.is_punct or t.is_space)]
    if not front or any(t.dep_ == "ROOT" for t in front):
        return None  # "She compared X to Y, including, she said, …": a clause of the author's own
    if len(front) <= 2 and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in front):
        return None  # "Still, Mr. Devine acknowledged, …", "In addition, he suggested, …": a connective
    rest = next((t for t in doc[hi + 1 :] if t.is_alpha), None)
    if rest is None or (rest.text[0].isupper() and rest.pos_ != "PROPN"):
        return None  # "Asked about it, Carson said, “What …”": the cue introduces a sentence of its own
    piece = chars(doc, start, lo - 1)
    return (piece, doc[hi].idx + 1) if piece is not None else None


def clause_end_before(doc: Doc, i: int) -> int:
    """The end of the text before token i, without the conjunction and punctuation that join them."""
    while i > 0 and (doc[i - 1].dep_ in ("cc", "mark") or doc[i - 1].text in (",", ";") or doc[i - 1].is_space):
        i -= 1
    return doc[i - 1].idx + len(doc[i - 1].text) if i > 0 else 0


def span_after(prep: Token) -> tuple[int, int] | None:
    """What follows a cue's closing preposition, up to the end of the phrase it heads.

    An infinitive right after the phrase that the parse hangs on the cue verb is
    what the one named is asked to do, and so part of the content: "called on
    Congress to pass a deal", "called for a special prosecutor to take a look".
    It stops at a dash, where the author's aside begins. So is an "as" phrase
    the parse hangs on the verb ("refers to those islands as Chinese bases").
    """
    lo, hi = prep.i + 1, prep.right_edge.i + 1
    for child in prep.head.rights:
        if child.dep_ == "xcomp" and child.left_edge.i == hi and child.left_edge.tag_ == "TO":
            dash = next((t.i for t in prep.doc[hi : child.right_edge.i + 1] if t.text in _DASHES), None)
            hi = dash if dash is not None else child.right_edge.i + 1  # "… election -- meddling the congressman said …"
        elif child.dep_ == "prep" and child.lower_ == "as" and child.left_edge.i == hi > lo:
            hi = child.right_edge.i + 1  # "refers to those islands as Chinese bases", as `object_span` reads "called X as"
    return chars(prep.doc, lo, tail(prep.doc, lo, hi))


def chars(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The characters of tokens lo..hi without edge punctuation and space; None when nothing is left."""
    while lo < hi and (doc[lo].is_space or doc[lo].text in _EDGE):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].text in _EDGE or doc[hi - 1].dep_ == "cc"):
        hi -= 1  # a conjunction left dangling where a conjoined clause was cut off ("… had been taken over and")
    if hi <= lo:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
