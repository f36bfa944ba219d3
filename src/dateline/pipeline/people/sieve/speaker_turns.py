"""A he or she whose cue follows a quotation, just after someone was introduced as a quotation's speaker, is that
speaker: "Her daughter, Helen Winslow, said: “She loved the sea.” / “She never missed a tide,” she said."

The pronoun walk runs before the quotations are known, so it gives the cue's "she" to the article's topic person
(the mother the obituary is about). News writes a run of quotations by one speaker so: named once, then "she said"
— as long as no other person of the pronoun's gender is mentioned outside quotation marks between the two
quotations. Read after the quote component (by `dialogue.py`), before the quotations' first persons are resolved,
so that their I and me go to the speaker and a she inside the quotation is no longer the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from ..entities import Cluster

_SPEECH_KINDS = frozenset({"direct", "partial"})
_CUE_GAP = 12  # characters between a quotation's end and its pronoun source: ',” she said'
_PARAGRAPHS_BACK = 1  # the previous quotation in the same paragraph or the one before


def carry_speakers(doc: Doc, quotes, people: list[Cluster], refs: dict, *, pronouns, paragraph, quoted_chars,
                   person_nouns: dict) -> list:
    """The quotations with their pronoun sources moved to the previous quotation's speaker where that is who speaks.

    pronouns: the pronoun lexicon; paragraph: char -> paragraph number; quoted_chars: (start, end) of every
    quotation, sorted, to tell which mentions stand outside quotation marks; person_nouns: kin and role nouns
    -> the gender they give ("any" when none), for a speaker described only.
    """
    by_id = {c.id: c for c in people}
    # every kind: a reported speech between ("But broker Dinesh Walji said …") is another speaker's turn
    speech = sorted(quotes, key=lambda q: q.start)
    moved: dict[str, object] = {}
    by_source: dict[tuple[int, int], object] = {}  # a moved pronoun source -> the speaker it now gives
    before = None  # (quotation, its speaker's cluster)
    for quote in speech:
        speaker = quote.speaker
        if speaker is not None and (speaker.start, speaker.end) in by_source:
            # '“…,” she said. “…”': the continuation shares the cue whose pronoun was just moved
            quote = moved[quote.id] = replace(quote, speaker=by_source[speaker.start, speaker.end])
            continue
        cluster = by_id.get(speaker.person) if speaker is not None and speaker.person else None
        if cluster is None:
            # someone else spoke; one described only ("Her daughter said") is still a speaker a she may continue
            if speaker is not None:  # a quotation with no source at all leaves the run as it was
                described = not speaker.organization and _described(doc, speaker, person_nouns)
                before = (quote, described) if described else None
            continue
        token = _pronoun_source(doc, speaker, quote, pronouns) if quote.kind in _SPEECH_KINDS else None
        if token is not None and before is not None and isinstance(before[1], str):
            previous, gender = before[0], pronouns[token.lower_].gender
            if (before[1] in ("any", gender) and 0 <= paragraph(quote.start) - paragraph(previous.start) <= _PARAGRAPHS_BACK
                    and not _someone_between(people, None, gender, previous.end, quote.start, quoted_chars)):
                _unlink(token, cluster, refs, gender)  # the daughter, whom no cluster holds: no one's pronoun
                quote = moved[quote.id] = replace(quote, speaker=replace(speaker, person=None, name=previous.speaker.name))
                by_source[speaker.start, speaker.end] = quote.speaker
                before = (quote, before[1])  # the run goes on: '“…,” she said. “…,” she added.'
                continue
            before = None
            continue
        if token is not None and before is not None:
            previous, earlier = before
            gender = pronouns[token.lower_].gender
            if (earlier is not cluster and earlier.label == "PERSON" and not earlier.group
                    and earlier.gender in (None, gender) and not _addressed(doc, previous, cluster, refs)
                    and 0 <= paragraph(quote.start) - paragraph(previous.start) <= _PARAGRAPHS_BACK
                    and not _someone_between(people, earlier, gender, previous.end, quote.start, quoted_chars)):
                _move(token, cluster, earlier, refs, gender)
                quote = moved[quote.id] = replace(quote, speaker=replace(speaker, person=earlier.id, name=earlier.name))
                by_source[speaker.start, speaker.end] = quote.speaker
                cluster = earlier
        before = (quote, cluster)
    if not moved:
        return list(quotes)
    return [moved.get(q.id, q) for q in quotes]


def _pronoun_source(doc: Doc, speaker, quote, pronouns):
    """The he or she that is the quotation's source, written just after it (",” she said"), if so."""
    if not 0 <= speaker.start - quote.end <= _CUE_GAP:
        return None
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    token = span[0]
    info = pronouns.get(token.lower_)
    if info is None or info.person != "3" or info.animacy != "person" or info.case != "subject" or not info.gender:
        return None
    return token


def _addressed(doc: Doc, previous, cluster: Cluster, refs: dict) -> bool:
    """Whether the previous quotation was said to the pronoun's own person: "X asked him whether …. “No,” he replied."""
    addressee = previous.addressee
    if addressee is None:
        return False
    span = doc.char_span(addressee.start, addressee.end, alignment_mode="expand")
    return span is not None and refs.get(span.root.i) is cluster


def _someone_between(people: list[Cluster], speaker: Cluster, gender: str, start: int, end: int, quoted) -> bool:
    """Whether another person who may be the pronoun's is mentioned outside quotation marks between the two."""
    for c in people:
        if c is speaker or c.gender not in (None, gender):
            continue
        for m in c.mentions:
            if start <= m.start_char < end and not _inside(m.start_char, quoted):
                return True
    return False


def _inside(char: int, quoted) -> bool:
    k = bisect_left(quoted, (char + 1,)) - 1
    return k >= 0 and quoted[k][0] <= char < quoted[k][1]


def _described(doc: Doc, speaker, person_nouns: dict) -> str | None:
    """The gender ("any" when none) of a speaker described by a kin or role noun ("Her daughter"), else None."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return None
    return person_nouns.get(span.root.lower_) or person_nouns.get(span.root.lemma_.lower())


def _unlink(token, source: Cluster, refs: dict, gender: str) -> None:
    mention = _take(token, source, gender)
    if mention is not None:
        refs.pop(token.i, None)


def _take(token, source: Cluster, gender: str):
    mention = next((m for m in source.mentions if m.start == token.i), None)
    if mention is None:
        return None
    source.mentions.remove(mention)
    if source.pronoun_votes.get(gender, 0) > 1:
        source.pronoun_votes[gender] -= 1
    else:
        source.pronoun_votes.pop(gender, None)
    return mention


def _move(token, source: Cluster, target: Cluster, refs: dict, gender: str) -> None:
    mention = _take(token, source, gender)
    if mention is None:
        return
    target.mentions.append(mention)
    target.pronoun_votes[gender] += 1
    refs[token.i] = target
