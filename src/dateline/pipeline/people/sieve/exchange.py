"""Two people talking: the one a quotation is said to is the speaker of the turns beside it.

A story's dialogue rarely says whom a line is addressed to ("“You're going
to let me eat alone again?”"), but an exchange of turns between two people
does: a quotation's `you` is the other speaker of the quotation before it
or, for the first line, after it — when the turns nearby have one other
speaker only (three people talking leave it open), and only a few
paragraphs apart.
"""

from __future__ import annotations

from ..entities import Cluster

_REACH = 2  # paragraphs between two turns of one exchange


def partners(quotes, speaker_of, paragraph_of) -> dict[str, Cluster]:
    """Quote id -> the other person of its exchange, for quotations whose speaker is a person.

    speaker_of: a quotation's speaking cluster (or None); paragraph_of: a
    character offset's paragraph number.
    """
    turns = []
    for q in sorted(quotes, key=lambda q: q.start):
        cluster = speaker_of(q.speaker)
        if q.kind == "direct" and cluster is not None and cluster.label == "PERSON" and not cluster.group:
            turns.append((paragraph_of(q.start), cluster, q))
    out: dict[str, Cluster] = {}
    for k, (para, cluster, quote) in enumerate(turns):
        near = {c for p, c, _ in turns[max(k - 2, 0) : k + 3] if abs(p - para) <= _REACH and c is not cluster}
        if len(near) == 1:
            out[quote.id] = near.pop()
    return out
