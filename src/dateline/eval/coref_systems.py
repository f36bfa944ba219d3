"""The resolvers `dateline eval coref` compares: dateline's people component as configured, or coreferee.

A resolver takes the parsed Docs (the model's parse, no dateline component
run yet) and returns, for each, its clusters as plain values. The texts are
parsed once, by one `nlp.pipe`; each resolver works on copies of those Docs.

- `"default"`: dateline's components as the pipeline ships them.
- any other name `NAME` (except `"coreferee"`): the same components with
  `dateline_people` created with the config `{"resolver": NAME}`, so a
  resolver the people component offers under that option is measured
  beside the default one; a name with "=" sets options of its own
  (`"resolver=legacy,pronouns=false"`).
- `"coreferee"`: coreferee's chains (if coreferee and its English model are
  installed), each named by its longest proper-noun mention.
- a callable `(list[Doc]) -> list[list[SystemCluster]]`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

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
    if resolver == DEFAULT:
        return dateline_resolver(nlp, None, name=DEFAULT)
    return dateline_resolver(nlp, people_config(resolver), name=resolver)


def people_config(name: str) -> dict[str, Any]:
    """`dateline_people`'s config for a resolver name: "sieve" is {"resolver": "sieve"};
    "key=value,key2=value2" sets those options (values read as JSON when they parse: true, 3, 0.5)."""
    if "=" not in name:
        return {RESOLVER_OPTION: name}
    config = {}
    for part in name.split(","):
        key, _, value = part.partition("=")
        try:
            config[key.strip()] = json.loads(value)
        except ValueError:
            config[key.strip()] = value.strip()
    return config


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


def dateline_resolver(nlp: Language, config: dict[str, Any] | None, *, name: str = DEFAULT) -> Resolver:
    """dateline's components, with `dateline_people` built with `config` when given."""
    chain = []
    for component in dateline_components(nlp):
        if component == "dateline_people" and config is not None:
            try:
                chain.append(nlp.create_pipe("dateline_people", config=config))
            except Exception:  # noqa: BLE001 - spaCy's config errors (no such option or value)
                shown = ",".join(f"{k}={v!r}" for k, v in config.items())
                raise ResolverUnavailable(f"dateline_people does not take {shown}") from None
        else:
            chain.append(nlp.get_pipe(component))

    def run(docs: list[Doc]) -> list[list[SystemCluster]]:
        out = []
        for doc in docs:
            doc = doc.copy()
            for component in chain:
                doc = component(doc)
            out.append(dateline_clusters(doc))
        return out

    run.__name__ = name
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


_PEOPLE_LABELS = frozenset({"PERSON", "ORG"})
_PERSONAL = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself they them their theirs themselves".split()
)


def coreferee_clusters(doc: Doc) -> list[SystemCluster]:
    """coreferee's chains of people and organizations, plus the model's PERSON and ORG names it leaves alone.

    coreferee links anaphors of every kind and outputs no singletons; to stand
    beside a people resolver, a chain is kept when one of its mentions is a
    PERSON or ORG entity or a personal pronoun (not "it"), named by its longest
    such entity, else by its longest proper-noun phrase. Every PERSON or ORG entity in no kept chain becomes a cluster of
    its own, and clusters with the same name are merged (exact match).
    """
    by_name: dict[str, list] = {}
    clusters: list[list] = []  # [name, label, spans]
    covered: set[int] = set()
    for chain in doc._.coref_chains:
        spans, names, proper, labels, personal = [], [], [], [], False
        for mention in chain:
            for i in mention.token_indexes:
                token = doc[i]
                span = _entity_of(token) or _phrase(token)
                spans.append((span.start_char, span.end_char))
                covered.update(range(span.start, span.end))
                if token.ent_type_ in _PEOPLE_LABELS:
                    names.append(span.text)
                    labels.append(token.ent_type_)
                elif token.pos_ == "PROPN":
                    proper.append(span.text)
                personal = personal or token.lower_ in _PERSONAL
        if names or personal:
            name = max(names or proper, key=len, default="")
            clusters.append([name, max(set(labels), key=labels.count) if labels else "", spans])
    for ent in doc.ents:
        if ent.label_ in _PEOPLE_LABELS and not covered.intersection(range(ent.start, ent.end)):
            clusters.append([ent.text, ent.label_, [(ent.start_char, ent.end_char)]])
    merged: list[list] = []
    for cluster in clusters:
        key = cluster[0].casefold()
        if key and key in by_name:
            by_name[key][2].extend(cluster[2])
        else:
            merged.append(cluster)
            if key:
                by_name[key] = cluster
    return [SystemCluster(name, label, tuple(sorted(set(spans)))) for name, label, spans in merged]


def _entity_of(token):
    return next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in _PEOPLE_LABELS), None)


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
