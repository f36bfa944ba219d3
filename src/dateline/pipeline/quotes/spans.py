"""Span tests of the quote component: nested attributions, titles, the words around a quotation.

Plain functions over tokens, cue hits and character offsets, kept apart from
the extraction's state (`component`).
"""

from __future__ import annotations

from bisect import bisect_right

from .cues import CueHit
from .marks import Quoted

STRONG = frozenset({"speech", "writing"})  # cue classes that start an attribution of their own
_SPOKEN_ENDS = frozenset(".,!?…")  # a short quotation that ends in these inside its marks is speech
_OPENING_MARKS = " '\"“‘`"  # an opening mark of one character or two ('' in some papers' plain text)
_UTTERANCE_WORDS = 2  # (longer ones may be titles: “Face the Nation,” in American punctuation)


def independent(hit: CueHit) -> bool:
    """A speech cue with a subject of its own heading a clause joined on ("..., while Cruz said ...")."""
    verb = hit.verb
    return (
        hit.word.cls in STRONG
        and verb.dep_ in ("advcl", "conj", "parataxis")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text in (",", ";", "—", "--")
    )


def outermost(hits: list[CueHit]) -> list[CueHit]:
    """Drop cues inside another cue's reported speech: only the outermost attribution is the article's.

    Spans sorted by start, with the two farthest ends reached so far: a cue
    is nested when a span other than its own starts before it and ends after.
    """
    spans = sorted((h.content[0], h.content[1], id(h)) for h in hits if h.content is not None)
    starts = [lo for lo, _, _ in spans]
    best: list[tuple[tuple[int, int], tuple[int, int]]] = []  # (end, owner) first and second
    first, second = (-1, 0), (-1, 0)
    for _, hi, owner in spans:
        if hi > first[0]:
            first, second = (hi, owner), first
        elif hi > second[0]:
            second = (hi, owner)
        best.append((first, second))
    kept = []
    for hit in hits:
        at = hit.verb.idx
        k = bisect_right(starts, at) - 1
        if k >= 0:
            first, second = best[k]
            end = second[0] if first[1] == id(hit) else first[0]
            if end > at:
                continue
        kept.append(hit)
    return kept


def is_title(text: str, q: Quoted, small_words: frozenset[str], max_words: int, glued: bool = False) -> bool:
    """A short quoted name whose words are all capitalized (small words aside), or a date.

    glued: the quotation follows a word of the author's sentence (`glued_to_word`), where a
    comma inside the marks is American punctuation, not the end of an utterance
    ("on MSNBC's “Morning Joe,” adding").
    """
    lo, hi = q.inner
    if not glued and text[lo:hi].rstrip()[-1:] in _SPOKEN_ENDS and len(text[lo:hi].split()) <= _UTTERANCE_WORDS:
        return False  # “Hopefully,” the president said / “We're America.”: said, not named
    words = [w.strip(".,;:!?'\"“”‘’()") for w in text[lo:hi].split()]
    words = [w for w in words if w and w.lower() not in small_words]
    if not words or len(words) > max_words:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words)


def outside_words(text: str, content: tuple[int, int], q: Quoted) -> str:
    """The words of a complement that are not inside a quotation (its "that" aside)."""
    lo, hi = content
    if q.end <= lo or hi <= q.start:
        return text[lo:hi]
    rest = (text[lo : max(lo, q.start)] + " " + text[min(hi, q.end) : hi]).strip(" \n\t,.:;")
    return rest[5:] if rest.lower().startswith("that ") or rest.lower() == "that" else rest


def descends(token, ancestor) -> bool:
    while token.i != token.head.i:
        token = token.head
        if token.i == ancestor.i:
            return True
    return False


def glued_to_word(doc, start: int, floor: int, cues, verbs) -> bool:
    """The quotation follows a word of the author's sentence with one space and no punctuation between.

    "wants “smarter and tougher” trade deals", "the phrase “self-deportation.”",
    "because he “did not have to take any steps”", "MSNBC's “Morning Joe,”":
    the quotation is a piece of the author's syntax, whatever cue claims its
    sentence. Not after a cue or a speech verb from `floor` on, which introduces
    what follows ("called it “total crap”", "the letter reads “we may …”",
    "said “No.”"), nor after a conjunction, which may join a quotation to a
    quotation ("…,” and “our own struggling citizens,” he said).
    start: the quotation's first token (its mark).
    """
    before = start - 1
    if before < 0:
        return False
    token = doc[before]
    if token.pos_ in ("CCONJ", "PUNCT", "SPACE") or token.whitespace_ != " " or token.is_space:
        return False
    return not any(j in cues or doc[j].lemma_.lower() in verbs for j in range(max(0, floor), before + 1))


def to_marks(text: str, lo: int, hi: int, q: Quoted) -> tuple[int, int]:
    """A complement's characters lo..hi set to the marks of a quotation it begins or ends in.

    Ending inside the quotation, it reaches the closing mark when only punctuation
    is left or the quoted words are a fragment of the sentence ("proclaims the
    article a “terrific piece and well worth …”"); ending on the opening mark
    alone, it stops before it ("… with courses. ''It was …": the next quotation's
    mark). Beginning inside the quotation just after its opening mark, it takes the mark.
    """
    if lo < q.start < hi < q.end and (
        not text[hi : q.end].strip(".,;:!?… '\"”’") or text[q.start : hi].lstrip(" '\"“‘`")[:1].islower()
    ):
        hi = q.end
    elif lo < q.start < hi <= q.end and not any(ch.isalnum() for ch in text[q.start : hi]):
        hi = lo + len(text[lo : q.start].rstrip(" \n\t.,;:"))
    if q.start < lo < q.end < hi and not text[q.start : lo].strip(_OPENING_MARKS):
        lo = q.start
    return lo, hi


def word_count(text: str, q: Quoted) -> int:
    lo, hi = q.inner
    return len(text[lo:hi].split())


def end_char(token) -> int:
    return token.idx + len(token.text)


def front_piece(text: str, found, starts: list[int], quotations: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words before a cue aside (`extents.aside_front`) when the content or a quotation follows the aside.

    Not a quotation of its own ("“Your Honor,” I said, “…”").
    """
    piece, after = found
    if not any(s >= after and not text[after:s].strip() for s in starts):
        return None
    return None if overlaps(quotations, piece) else piece


_NOUN_CLAUSES = frozenset({"relcl", "acl"})  # a clause modifying a noun is no complement


def keeps_own_complement(content, head, claimed: list[tuple[int, int]], quotations: list[tuple[int, int]]) -> bool:
    """A cue that introduces a quotation keeps its complement too when that lies elsewhere.

    "… in a state he lost." Weaver replied that Sanders is “driving this train.”: the cue
    also claims the quotation before it, and its own clause is reported speech of its
    own. Only a clause, or a complement holding a quotation ("called Wells Fargo's
    behavior “outrageous”"): a bare noun phrase there is mostly the one addressed or asked
    about ("… ,” Trump assured the crowd). claimed: the quotations the cue introduces.
    """
    if content is None or overlaps(claimed, content):
        return False  # the complement is the quotation: only its pieces outside it are the cue's
    if head is not None and head.pos_ in ("VERB", "AUX"):
        return head.dep_ not in _NOUN_CLAUSES and not _reduced_relative(head)
    return any(content[0] <= lo and hi <= content[1] for lo, hi in quotations)


def _reduced_relative(head) -> bool:
    """"said of the photos the couple shared": a clause right after the cue's prepositional object, with no
    "that" or comma between, is that noun's relative clause the parse hung on the cue."""
    before = head.left_edge.i - 1
    if before < 0:
        return False
    noun = head.doc[before]
    return noun.dep_ == "pobj" and noun.head.head == head.head


def overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(lo < span[1] and span[0] < hi for lo, hi in spans)


_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
_INTRODUCES = 6  # a quotation this close after a cue verb is the one it introduces ("told the police, “…”")


def own_conjoined_cue(other: CueHit | None, conj, quoted: list[bool]) -> bool:
    """A speech cue conjoined to a complement's head that starts an attribution of its own, where the complement ends.

    "announced that … but requested that …": yes. Not a conjunct that is the
    cue's second complement ("said X and that the committee would continue …",
    whose "continue" is a speech verb too), nor a cue with nothing to attribute
    ("made an endless stream of cafecitos, told him about Cuban history and …"),
    unless a quotation follows it ("… and told the police, “everything he
    did”": the cue introduces it) or it opens a relative clause of its own ("who are expected to … and who
    maintain a large degree of fondness …"), which is no part of the complement.
    quoted: per token, inside quotation marks.
    """
    if other is None or other.word.cls not in STRONG:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
        return False
    if other.content is not None or any(quoted[conj.i + 1 : conj.i + _INTRODUCES]):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_SUBJECTS for c in conj.children)
