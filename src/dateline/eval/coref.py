"""Who is who, measured on GUM: does each mention of a named person or organization reach its name?

The evaluated entities are GUM's person and organization entities that have
a proper name (some mention headed by a proper noun; the entity's name is the
longest such mention's run of proper nouns, see `gum.py`). A system's mention
*at* a gold mention is the shortest one overlapping the gold mention's head
word. The gold mention is resolved when that mention's cluster has a
canonical name matching the entity's name: equal after normalisation (case,
punctuation, possessive "'s", "the"), or one a contiguous word sequence of the
other ("Byron" and "Lord Byron"). The CoNLL scores (MUC, B³, CEAF-e, by
scorch) compare the partitions of all person and organization entities, named
or not, with a system mention standing for the gold mention whose head it
covers (the longest such); singletons are left out of both sides, as in
CoNLL-2012.
"""

from __future__ import annotations

import re
import time as clock
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .coref_systems import DEFAULT, Resolver, ResolverUnavailable, SystemCluster, make_resolver, parse, resolver_name
from .gum import GoldMention, GumDocument, conllu_files, read_documents

EVALUATED_TYPES = ("person", "organization")
DEFAULT_RESOLVERS: tuple[str, ...] = (DEFAULT,)
ERRORS_KEPT = 15
_DOCUMENT_ROWS = ("all", "all but 1st/2nd-person pronouns", "form pronoun12")  # the accuracies kept for each document


def evaluate(
    paths: Iterable[str | Path],
    *,
    split: str | None = "dev",
    resolvers: Sequence[str | Resolver] = DEFAULT_RESOLVERS,
    model: str | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """The measures of each resolver on the GUM documents of `split` under `paths`.

    split: "train", "dev", "test" or None for every file given.
    resolvers: names (see `coref_systems`) or callables, measured side by side on one parse.
    Returns {"split", "documents", "mentions", "parse_seconds", "systems": {name: measures}}.
    """
    from ..pipeline import DEFAULT_MODEL, load

    files = conllu_files(paths, split=split)[:limit]
    docs = list(read_documents(files))
    nlp = load(model or DEFAULT_MODEL)
    start = clock.perf_counter()
    parsed = parse(nlp, [d.text for d in docs])
    result: dict[str, Any] = {
        "split": split,
        "documents": len(docs),
        "mentions": sum(1 for d in docs for m in d.mentions if _evaluated(d, m)),
        "parse_seconds": round(clock.perf_counter() - start, 2),
        "systems": {},
    }
    for resolver in resolvers:
        name = resolver_name(resolver)
        try:
            run = make_resolver(nlp, resolver)
        except ResolverUnavailable as err:
            result["systems"][name] = {"unavailable": str(err)}
            continue
        start = clock.perf_counter()
        clusters = run(parsed)
        seconds = clock.perf_counter() - start
        result["systems"][name] = score(docs, clusters) | {"seconds": round(seconds, 2)}
    return result


# -- matching ------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’]s?\b")
_DROPPED = frozenset({"the"})


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.findall(r"\w+", _POSSESSIVE.sub("", name.casefold())) if t not in _DROPPED)


def names_entity(name: str | None, entity) -> bool:
    """A cluster's canonical name names the entity when it matches any of the entity's proper names."""
    return any(names_match(name, n) for n in entity.names)


def names_match(a: str | None, b: str | None) -> bool:
    """Equal after normalisation, or one a contiguous word sequence of the other."""
    if not a or not b:
        return False
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    short, long = sorted((ta, tb), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


@dataclass(slots=True)
class _Aligned:
    """One document's system mentions aligned with its gold mentions."""

    at_gold: list[int | None]  # per gold mention: the system mention at its head
    for_system: list[int | None]  # per system mention: the gold mention it stands for
    system: list[tuple[int, int, int]]  # (start, end, cluster index)


def align(doc: GumDocument, clusters: Sequence[SystemCluster]) -> _Aligned:
    """Pair system and gold mentions by head overlap.

    A gold mention is read at the shortest system mention on its head. A system
    mention stands for the gold mention of its own span where there is one (as
    the CorefUD scorer matches exact spans first), else for the longest whose
    head it covers: a cited author "Biggs" stands for the person "Biggs", not
    for the abstract citation "Biggs 2010" nested around it on the same head.
    """
    system = sorted((s, e, k) for k, c in enumerate(clusters) for s, e in c.mentions)
    at_gold: list[int | None] = []
    for g in doc.mentions:
        over = [j for j, (s, e, _) in enumerate(system) if s < g.head_end and e > g.head_start]
        at_gold.append(min(over, key=lambda j: system[j][1] - system[j][0]) if over else None)
    for_system: list[int | None] = []
    for s, e, _ in system:
        covered = [i for i, g in enumerate(doc.mentions) if g.head_start < e and g.head_end > s]
        for_system.append(max(covered, key=lambda i: (_span(doc.mentions[i]) == (s, e), _length(doc.mentions[i]))) if covered else None)
    return _Aligned(at_gold, for_system, system)


def _span(g: GoldMention) -> tuple[int, int]:
    return g.start, g.end


def _length(g: GoldMention) -> int:
    return g.end - g.start


def _evaluated(doc: GumDocument, m: GoldMention) -> bool:
    entity = doc.entities[m.entity]
    return entity.type in EVALUATED_TYPES and entity.name is not None


# -- scoring ---------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    correct: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)

    def add(self, keys: Iterable[str], ok: bool) -> None:
        for k in keys:
            self.total[k] += 1
            self.correct[k] += ok

    def rates(self) -> dict[str, dict[str, float | int]]:
        return {k: {"accuracy": _ratio(self.correct[k], n), "correct": self.correct[k], "n": n} for k, n in self.total.items()}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def mention_keys(form: str, etype: str, in_turn: bool = False) -> list[str]:
    """The rows of the accuracy table a gold mention counts in."""
    keys = ["all", f"form {form}", f"type {etype}"]
    if form != "pronoun12":
        keys.append("all but 1st/2nd-person pronouns")
    else:
        keys.append("1st/2nd-person in speaker turns" if in_turn else "1st/2nd-person elsewhere")
    if etype == "person" and form == "pronoun3":
        keys.append("person 3rd-person pronouns")
    if etype == "organization" and form in ("pronoun3", "pronoun12"):
        keys.append("organization pronouns")
    return keys


def score(docs: Sequence[GumDocument], system: Sequence[Sequence[SystemCluster]]) -> dict[str, Any]:
    """Mention accuracy by form and type, link and cluster precision, cluster recall, CoNLL scores, misses."""
    tally = _Tally()
    by_document: dict[str, _Tally] = {}
    links = Counter()
    clusters = Counter()
    found_entities: set[tuple[str, str]] = set()
    key, response = [], []
    errors, examples = Counter(), {}
    for doc, found in zip(docs, system, strict=True):
        aligned = align(doc, found)
        for i, g in enumerate(doc.mentions):
            if not _evaluated(doc, g):
                continue
            j = aligned.at_gold[i]
            cluster = found[aligned.system[j][2]] if j is not None else None
            entity = doc.entities[g.entity]
            ok = cluster is not None and names_entity(cluster.name, entity)
            keys = mention_keys(g.form, entity.type, g.in_turn)
            tally.add(keys, ok)
            by_document.setdefault(doc.id, _Tally()).add([k for k in keys if k in _DOCUMENT_ROWS], ok)
            if not ok:
                _miss(doc, g, cluster, errors, examples)
        _links(doc, found, aligned, links)
        _clusters(doc, found, aligned, clusters, found_entities)
        k, r = _partitions(doc, found, aligned)
        key += k
        response += r
    named = sum(1 for d in docs for e in d.entities.values() if e.type in EVALUATED_TYPES and e.name)
    return {
        "accuracy": tally.rates(),
        "link_precision": {"precision": _ratio(links["ok"], links["n"]), "correct": links["ok"], "n": links["n"]},
        "cluster_precision": {"precision": _ratio(clusters["ok"], clusters["n"]), "correct": clusters["ok"], "n": clusters["n"]},
        "cluster_recall": {"recall": _ratio(len(found_entities), named), "found": len(found_entities), "n": named},
        "conll": conll_scores(key, response),
        "documents": {d: t.rates() for d, t in by_document.items()},
        "errors": [{"kind": k, "count": n, "examples": _spread(examples[k])[:5]} for k, n in errors.most_common(ERRORS_KEPT)],
    }


def _links(doc: GumDocument, found, aligned: _Aligned, links: Counter) -> None:
    """Each system mention standing for a gold mention: is its cluster that gold entity's name?"""
    for (_, _, k), i in zip(aligned.system, aligned.for_system, strict=True):
        if i is None:
            continue
        g = doc.mentions[i]
        links["n"] += 1
        links["ok"] += _evaluated(doc, g) and names_entity(found[k].name, doc.entities[g.entity])


def _clusters(doc: GumDocument, found, aligned: _Aligned, clusters: Counter, found_entities: set) -> None:
    """A cluster is right when most of its aligned mentions are one named entity, and it bears that name."""
    members: dict[int, Counter] = {}
    for (_, _, k), i in zip(aligned.system, aligned.for_system, strict=True):
        if i is not None:
            members.setdefault(k, Counter())[doc.mentions[i].entity] += 1
    for k, entities in members.items():
        (top, _), *_ = entities.most_common(1)
        entity = doc.entities[top]
        ok = entity.type in EVALUATED_TYPES and names_entity(found[k].name, entity)
        clusters["n"] += 1
        clusters["ok"] += ok
        if ok:
            found_entities.add((doc.id, top))


def _partitions(doc: GumDocument, found, aligned: _Aligned) -> tuple[list[set], list[set]]:
    """Gold person/organization entities and the system's clusters as sets of mention ids, no singletons."""
    gold: dict[str, set] = {}
    for i, g in enumerate(doc.mentions):
        if doc.entities[g.entity].type in EVALUATED_TYPES:
            gold.setdefault(g.entity, set()).add(f"{doc.id}:{i}")
    response: dict[int, set] = {}
    for (s, e, k), i in zip(aligned.system, aligned.for_system, strict=True):
        response.setdefault(k, set()).add(f"{doc.id}:{i}" if i is not None else f"{doc.id}:s{s}-{e}")
    return [c for c in gold.values() if len(c) > 1], [c for c in response.values() if len(c) > 1]


def conll_scores(key: list[set], response: list[set]) -> dict[str, dict[str, float]]:
    """MUC, B³ and CEAF-e by scorch over all documents at once, and their mean F1 (the CoNLL score)."""
    from statistics import StatisticsError

    from scorch import scores

    out = {}
    for name, metric in (("muc", scores.muc), ("b3", scores.b_cubed), ("ceaf_e", scores.ceaf_e)):
        try:
            r, p, f = metric(key, response) if key and response else (0.0, 0.0, 0.0)
        except StatisticsError:  # scorch's harmonic mean of CEAF's numpy zeros: no entity aligned at all
            r, p, f = 0.0, 0.0, 0.0
        out[name] = {"r": round(r, 4), "p": round(p, 4), "f1": round(f, 4)}
    out["conll_f1"] = round(sum(out[m]["f1"] for m in ("muc", "b3", "ceaf_e")) / 3, 4)
    return out


def _miss(doc: GumDocument, g: GoldMention, cluster: SystemCluster | None, errors: Counter, examples: dict) -> None:
    entity = doc.entities[g.entity]
    if cluster is None:
        outcome = "no mention"
    elif any(names_entity(cluster.name, e) for e in doc.entities.values() if e.id != entity.id):
        outcome = "in another entity's cluster"
    else:
        outcome = "in a cluster named for no gold entity"
    kind = f"{entity.type} {g.form}: {outcome}"
    errors[kind] += 1
    got = f" → {cluster.name!r}" if cluster else ""
    kept = examples.setdefault(kind, [])
    # At most two examples a document, so that the examples show several documents.
    if sum(e.endswith(f", {doc.id})") for e in kept) < 2:
        kept.append(f"{g.text[:60]!r}{got} (is {entity.name!r}, {doc.id})")


def _spread(examples: list[str]) -> list[str]:
    """Examples from different documents first."""
    seen, first, rest = set(), [], []
    for e in examples:
        doc = e.rsplit(", ", 1)[-1]  # "…, GUM_bio_byron)"
        (rest if doc in seen else first).append(e)
        seen.add(doc)
    return first + rest


# -- report --------------------------------------------------------------------

ROWS = (
    "all but 1st/2nd-person pronouns",
    "form name",
    "form pronoun3",
    "person 3rd-person pronouns",
    "form pronoun12",
    "1st/2nd-person in speaker turns",
    "1st/2nd-person elsewhere",
    "form description",
    "form other",
    "type person",
    "type organization",
    "organization pronouns",
    "all",
)


def format_report(result: dict[str, Any]) -> str:
    """The measures as a table, one column a resolver, then each resolver's commonest misses."""
    systems = {n: s for n, s in result["systems"].items() if "unavailable" not in s}
    names = list(systems)
    lines = [
        f"GUM {result['split'] or 'all'}: {result['documents']} documents, {result['mentions']} mentions of named "
        f"persons and organizations (parse {result['parse_seconds']:.1f} s)",
        f"{'mention accuracy':36s}" + "".join(f"{n:>18s}" for n in names),
    ]
    for row in ROWS:
        cells = [systems[n]["accuracy"].get(row) for n in names]
        if any(cells):
            lines.append(f"  {row:34s}" + "".join(f"{_cell(c['accuracy'], c['n']) if c else '-':>18s}" for c in cells))
    lines.append(f"{'precision and recall':36s}")
    for row, key, part in (("link precision", "link_precision", "precision"), ("cluster precision", "cluster_precision", "precision"),
                           ("cluster recall", "cluster_recall", "recall")):
        lines.append(f"  {row:34s}" + "".join(f"{_cell(systems[n][key][part], systems[n][key]['n']):>18s}" for n in names))
    lines.append(f"{'coreference (person+organization)':36s}")
    for metric in ("muc", "b3", "ceaf_e"):
        for part in ("r", "p", "f1"):
            lines.append(f"  {metric + ' ' + part:34s}" + "".join(f"{systems[n]['conll'][metric][part]:>18.4f}" for n in names))
    lines.append(f"  {'CoNLL F1':34s}" + "".join(f"{systems[n]['conll']['conll_f1']:>18.4f}" for n in names))
    lines.append(f"  {'resolver seconds':34s}" + "".join(f"{systems[n]['seconds']:>18.1f}" for n in names))
    for n, s in result["systems"].items():
        if "unavailable" in s:
            lines.append(f"\n{n}: skipped, {s['unavailable']}")
    for n in names:
        lines.append(f"\nCommonest misses of {n}:")
        for e in systems[n]["errors"][:10]:
            lines.append(f"{e['count']:5d}  {e['kind']}: " + "; ".join(e["examples"][:3]))
    return "\n".join(lines)


def _cell(value: float, n: int) -> str:
    return f"{value:.3f} ({n})"
