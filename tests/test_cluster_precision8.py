"""Regions after a town, towns listed after a place's noun (issue 13, sixteenth round); invented sentences."""

from __future__ import annotations

import pytest

from dateline.pipeline import load


def _records(text: str) -> dict[str, str]:
    """Each person's and organization's name in the article, to its label."""
    doc = load()(text)
    found = {c.name: "PERSON" for c in doc._.dl_people if not c.group}
    found.update({c.name: "ORG" for c in doc._.dl_orgs})
    return found


@pytest.mark.parametrize("text,name,kept", [
    # a county, island or province after a town and a comma: the region the town is in
    ("Marlow was born in Exeter, Devon. Marlow later taught at a school in Exeter, Devon.", "Devon", False),
    # a name, or a list of names, right after a lower-case place's noun
    ("From the hill you see the islands La Désirade, Petite Terre, Marie Galante, Les Saintes.", "Les Saintes", False),
    ("From the hill you see the islands La Désirade, Petite Terre, Marie Galante, Les Saintes.", "Petite Terre", False),
    ("Shares in state oil firm Pemex rose. The village elder Tom Reed said no.", "Tom Reed", True),
    # a subject after a town and a comma stays someone
    ("In Tokyo, Suzuki said the yen would rise.", "Suzuki", True),
    ("The plant in Osaka, Sanyo said, will close.", "Sanyo", True),
    # towns listed after a place's noun and "of"
    ("Access to the towns of Edgecumbe, Whakatane and the forestry town of Kawerau was cut.", "Whakatane", False),
    # the president of two firms: no place's noun before "of"
    ("He is the president of Nissan and Mazda.", "Mazda", True),
])
def test_places_by_their_neighbours(text, name, kept):
    assert (name in _records(text)) is kept
