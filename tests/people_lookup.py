"""Finding a person or organization of a record by name in tests, with the names there when it is missing."""

from __future__ import annotations


def cluster(record, name, *, orgs=False):
    pool = record.organizations if orgs else record.people
    matches = [c for c in pool if c.name == name]
    assert matches, f"no {name!r} in {[c.name for c in pool]}"
    return matches[0]


def texts(cluster):
    return [m.text for m in cluster.mentions]


class Resolved:
    """The people and organizations the resolver made of a text, groups included (a record leaves groups out)."""

    def __init__(self, text: str) -> None:
        from dateline.pipeline import load

        doc = load()(text)
        self.people, self.organizations = list(doc._.dl_people or ()), list(doc._.dl_orgs or ())
