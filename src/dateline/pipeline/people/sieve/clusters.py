"""Cluster bookkeeping shared by the sieve's passes: adding mentions, merging clusters."""

from __future__ import annotations

from spacy.tokens import Span

from ...extensions import text_of
from ..entities import Cluster, MentionRef

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def add_span(
    cluster: Cluster, span: Span, kind: str, refs: dict[int, Cluster] | None, *, head: int | None = None
) -> None:
    """Add `span` as a mention; with `refs`, the tokens no other cluster holds point to `cluster`.

    Appositive and predicate descriptions stay out of `refs`: the roles and
    relations components read those words as titles and kin nouns of a name.
    """
    root = span.root if head is None else span.doc[head]
    subject = root.dep_ in SUBJECT_DEPS
    text = text_of(span.doc)[span.start_char : span.end_char]  # `span.text`, without a Token per word
    cluster.add(MentionRef(span.start, span.end, span.start_char, span.end_char, text, kind, subject))
    if refs is None:
        return
    for i in range(span.start, span.end):
        refs.setdefault(i, cluster)
    refs[root.i] = cluster


def merge(into: Cluster, other: Cluster, refs: dict[int, Cluster]) -> None:
    """Move every mention and piece of evidence of `other` into `into`."""
    if into is other:
        return
    for m in other.mentions:  # every token `refs` gives `other` lies in one of its mentions
        for i in range(m.start, m.end):
            if refs.get(i) is other:
                refs[i] = into
    into.mentions.extend(other.mentions)
    into.mentions.sort(key=lambda m: m.start)
    other.mentions = []
    into.gender_evidence.update(other.gender_evidence)
    into.pronoun_votes.update(other.pronoun_votes)
    into.roles.extend(other.roles)
    if len(other.name_tokens) > len(into.name_tokens) and into.label == other.label == "PERSON":
        into.name_tokens = other.name_tokens


def renumber(clusters: list[Cluster], prefix: str) -> list[Cluster]:
    """Drop emptied clusters and number the rest in order of first mention (p1, p2, …), groups last.

    Groups come after the people so that the record's people, which leave them out, number without gaps.
    """
    kept = [c for c in clusters if c.mentions]
    for c in kept:
        c.mentions.sort(key=lambda m: m.start)
    kept.sort(key=lambda c: (c.group, c.first))
    for n, cluster in enumerate(kept, start=1):
        cluster.id = f"{prefix}{n}"
    return kept
