"""Works the model typed as people: "the novel, Dark Matters" names a book, not a person.

A "person" that the text describes with a noun of a work (`data/coref/work_nouns.txt`:
novel, film, series …) and that no first-person or gendered pronoun refers to is
dropped from the people, with its mentions.
"""

from __future__ import annotations

from functools import cache

from ....lexicon import words
from ..entities import Cluster

_PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "i", "me", "my", "mine", "myself"})


@cache
def _work_nouns() -> frozenset[str]:
    return words("coref/work_nouns.txt")


def drop_works(people: list[Cluster], refs: dict) -> tuple[list[Cluster], list[Cluster]]:
    """`people` without the works among them, and those works; their tokens leave `refs`."""
    nouns = _work_nouns()
    kept, dropped = [], []
    for cluster in people:
        heads = {m.text.split()[-1].lower() for m in cluster.mentions if m.kind == "description"}
        personal = any(m.kind == "pronoun" and m.text.lower() in _PERSONAL for m in cluster.mentions)
        if cluster.label == "PERSON" and heads & nouns and not personal:
            dropped.append(cluster)
        else:
            kept.append(cluster)
    if dropped:
        for i in [i for i, c in refs.items() if c in dropped]:
            del refs[i]
    return kept, dropped

