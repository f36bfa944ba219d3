"""The resolvers `dateline eval coref` compares: dateline's people component as configured, or coreferee.

A resolver takes the parsed Docs (the model's parse, no dateline component
run yet) and returns, for each, its clusters as plain values. The texts are
parsed once, by one `nlp.pipe`; each resolver works on copies of those Docs.

- `"default"`: dateline's components as the pipeline ships them.
- any other name `NAME` (except `"coreferee"`): the same components with
  `dateline_people` created with the config `{"resolver": NAME}`, so a
  resolver the people component offers under that option is measured
  beside the default one.
- `"coreferee"`: coreferee's chains (if coreferee and its English model are
  installed), each named by its longest proper-noun mention.
- a callable `(list[Doc]) -> list[list[SystemCluster]]`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT = "default"
COREFEREE = "coreferee"
RESOLVER_OPTION = "resolver"  # the `dateline_people` config option that selects its resolver


@dataclass(frozen=True, slots=True)
class SystemCluster:
    name: str  # the canonical name
    label: str  # PERSON | ORG | "" when the system does not say
    mentions: tuple[tuple[int, int], ...]  # character offsets


Resolver = Callable[[list[Doc]], list[list[SystemCluster]]]


def resolver_name(resolver: str | Resolver) -> str:
    return resolver if isinstance(resolver, str) else getattr(resolver, "__name__", "custom")


def make_resolver(nlp: Language, resolver: str | Resolver) -> Resolver:
    """The resolver a name stands for, over Docs parsed by `nlp`."""
    if callable(resolver):
        return resolver
    if resolver == COREFEREE:
        return coreferee_resolver(nlp)
    return dateline_resolver(nlp, None if resolver == DEFAULT else resolver)


def dateline_components(nlp: Language) -> list[str]:
    """dateline's components that run after the parse (the paragraph marker runs before it)."""
    return [n for n in nlp.pipe_names if n.startswith("dateline_") and n != "dateline_paragraphs"]


def parse(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """The model's parse of each text, once, with no publication date."""
    with nlp.select_pipes(disable=dateline_components(nlp)):
        docs = []
        for doc in nlp.pipe(texts):
            doc._.published = None
            docs.append(doc)
    return docs


def dateline_resolver(nlp: Language, option: str | None) -> Resolver:
    """dateline's components, with `dateline_people` built with `resolver=option` when given."""
    chain = []
    for name in dateline_components(nlp):
        if name == "dateline_people" and option is not None:
            chain.append(nlp.create_pipe("dateline_people", config={RESOLVER_OPTION: option}))
        else:
            chain.append(nlp.get_pipe(name))

    def run(docs: list[Doc]) -> list[list[SystemCluster]]:
        out = []
        for doc in docs:
            doc = doc.copy()
            for component in chain:
                doc = component(doc)
            out.append(dateline_clusters(doc))
        return out

    run.__name__ = option or DEFAULT
    return run


def dateline_clusters(doc: Doc) -> list[SystemCluster]:
    clusters = []
    for label, found in (("PERSON", doc._.dl_people), ("ORG", doc._.dl_orgs)):
        for c in found or ():
            clusters.append(SystemCluster(c.name, label, tuple((m.start_char, m.end_char) for m in c.mentions)))
    return clusters


class ResolverUnavailable(RuntimeError):
    """A resolver that cannot run here (e.g. coreferee not installed)."""


def coreferee_resolver(nlp: Language) -> Resolver:
    """coreferee's chains on the same parse; needs `coreferee` and its English model installed."""
    try:
        import coreferee  # noqa: F401  (registers the factory)
    except ImportError as err:
        raise ResolverUnavailable(f"coreferee is not installed ({err})") from None
    try:
        component = nlp.create_pipe("coreferee")
    except Exception as err:  # noqa: BLE001 - coreferee raises its own error types for a missing model
        raise ResolverUnavailable(f"coreferee cannot start: {str(err).splitlines()[0][:200]}") from None

    def run(docs: list[Doc]) -> list[list[SystemCluster]]:
        return [coreferee_clusters(component(doc.copy())) for doc in docs]

    run.__name__ = COREFEREE
    return run


def coreferee_clusters(doc: Doc) -> list[SystemCluster]:
    """Each chain's mentions as the noun phrases of their head tokens; named by the longest name mention."""
    clusters = []
    for chain in doc._.coref_chains:
        spans, names, label = [], [], ""
        for mention in chain:
            for i in mention.token_indexes:
                span = _phrase(doc[i])
                spans.append((span.start_char, span.end_char))
                if doc[i].pos_ == "PROPN":
                    name = _name_span(doc[i])
                    names.append(name.text)
                    label = label or (doc[i].ent_type_ if doc[i].ent_type_ in ("PERSON", "ORG") else "")
        clusters.append(SystemCluster(max(names, key=lambda n: len(n.split()), default=""), label, tuple(spans)))
    return clusters


def _phrase(token):
    """A pronoun alone; a noun with its compound and flat name words."""
    if token.pos_ == "PRON":
        return token.doc[token.i : token.i + 1]
    return _name_span(token)


def _name_span(token):
    lo = hi = token.i
    doc = token.doc
    while lo > 0 and doc[lo - 1].head.i in range(lo, hi + 1) and doc[lo - 1].dep_ in ("compound", "flat"):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].dep_ in ("compound", "flat") and doc[hi + 1].head.i in range(lo, hi + 2):
        hi += 1
    return doc[lo : hi + 1]
