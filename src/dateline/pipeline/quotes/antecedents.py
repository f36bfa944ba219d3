"""What a source "it" stands for when it refers to no person or organization: a document named just before.

"The council's own report is blunt. It says the scheme is …": the speaker is
the report, not "It". Only the last subject of the sentence before, when it is a
document noun (`data/quotes/document_nouns.txt`), and only an "it" no subject precedes in its sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_IT = frozenset({"it"})


def document_named(pronoun: Token) -> str | None:
    """The phrase of the document a subject "it" stands for ("The council's own report"), else None."""
    if pronoun.lower_ not in _IT:
        return None
    doc = pronoun.doc
    sent = pronoun.sent
    if sent.start == 0 or any(t.dep_ in _SUBJECTS for t in doc[sent.start : pronoun.i]):
        return None  # "An investigation is underway, it said": a subject before it is the content's
    nouns = lexicon.words("quotes/document_nouns.txt")
    for token in reversed(doc[doc[sent.start - 1].sent.start : sent.start]):
        if token.dep_ in _SUBJECTS and token.pos_ in ("NOUN", "PRON", "PROPN"):
            if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
                return None  # the nearest subject is someone or something else: "it" may be that
            return doc[token.left_edge.i : token.i + 1].text
    return None
