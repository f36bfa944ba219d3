"""The Doc extension attributes dateline's components share, registered once on import.

spaCy's extensions are process-global; every component module imports this
one, so adding any dateline component to any pipeline registers them all.
"""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Doc attributes dateline's components read and write (process-global in spaCy)."""
    defaults = {
        "published": None,  # "YYYY-MM-DD" or None, set before the pipeline runs
        "outlet": None,
        "title": None,  # the article's title: context for the components, never part of the text or its offsets  # the article's outlet, url or language tag ("bbc.co.uk", "en-GB"): the order of numeric dates
        "author": None,  # the article's byline ("By Miriam Okafor"): the narrator of a first-person column
        "dl_people": None,  # list[Cluster]
        "dl_orgs": None,  # list[Cluster]
        "dl_refs": None,  # dict[token index, Cluster]: names, pronouns, descriptions
        "dl_resolver": None,  # the people component's resolver: "sieve" | "legacy"
        "dl_quotes": None,  # list[records.Quote]
        "dl_times": None,  # list[records.TimeExpression]
        "dl_timeline": None,  # list[records.TimelineEntry]
        "dl_text": None,  # doc.text, read once: spaCy joins every token again at each access (see text_of)
        "dl_notes": None,  # list[(code, fields)]: warnings about the text, reported with the article's source
    }
    for name, default in defaults.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once per Doc and kept (retokenizing never changes it)."""
    text = doc._.dl_text
    if text is None:
        text = doc._.dl_text = doc.text
    return text


register_extensions()
