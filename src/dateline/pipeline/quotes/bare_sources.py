"""Sources that are no one: a bare "that", "this" or "you" left unresolved as a cue's source (`data/quotes/bare_sources.txt`)."""

from __future__ import annotations

from dataclasses import replace

from ... import lexicon
from ...records import Quote


def without_bare_source(quote: Quote, text: str) -> Quote:
    """The quote without its source when that is one of the bare words and resolves to no one; cue and content stay.

    "spots that highlight his commitment", "if you think …": the attribution
    is read, but the word is no speaker. It is dropped only once the
    dialogue component has had its say ("you" in an interview's question is
    the interviewee) and after the quote is built, so the rules that keep
    an attribution only when someone is found saying it still see the word.
    """
    speaker = quote.speaker
    if speaker is None or speaker.person is not None or speaker.organization is not None:
        return quote
    if text[speaker.start : speaker.end].lower() not in lexicon.words("quotes/bare_sources.txt"):
        return quote
    return replace(quote, speaker=None)
