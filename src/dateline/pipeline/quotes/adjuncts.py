"""Where a source that follows its cue ends: before a phrase that dates or places the saying."""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from spacy.tokens import Token

from ... import lexicon

_TIME_ENTS = frozenset({"DATE", "TIME"})


def before_adjunct(subject: Token, hi: int, channels: Container[str]) -> int:
    """The end of an inverted subject's span before its phrase of when or where ("said X on the radio").

    channels: the nouns of channels.tsv ("radio", "Facebook"), lower-case.
    """
    if subject.dep_ != "nsubj" or subject.head.i >= subject.i:
        return hi
    for child in subject.rights:
        when = _prepositions().get(child.lower_) if child.dep_ == "prep" else None
        if when == "any" or (when == "time_or_channel" and _time_or_channel(child, channels)):
            return min(hi, child.i)
    return hi


def _time_or_channel(prep: Token, channels: Container[str]) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    words = [obj, *(c for c in obj.children if c.dep_ == "compound")]  # "on the radio station"
    return obj.ent_type_ in _TIME_ENTS or any(w.lower_ in channels or w.lemma_.lower() in channels for w in words)


@cache
def _prepositions() -> dict[str, str]:
    return {k.lower(): v[0] for k, v in lexicon.table("quotes/trailing_adjuncts.tsv").items()}


@cache
def channel_words() -> frozenset[str]:
    """The single-word channels of channels.tsv, lower-case."""
    return frozenset(k.lower() for k in lexicon.table("quotes/channels.tsv") if " " not in k)
