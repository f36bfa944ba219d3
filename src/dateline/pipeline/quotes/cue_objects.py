"""Cue verbs that attribute only with a given object: "as she put it" (cue_objects.tsv)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ... import lexicon


def has_needed_object(verb: Token) -> bool:
    """False for a verb of cue_objects.tsv without its object ("put forward"); True for any other verb."""
    needed = _objects().get(verb.lemma_.lower())
    return needed is None or any(c.dep_ == "dobj" and c.lower_ == needed for c in verb.children)


@cache
def _objects() -> dict[str, str]:
    return {k: v[0].lower() for k, v in lexicon.lower_table("quotes/cue_objects.tsv").items()}
