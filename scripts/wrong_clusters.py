"""The wrong clusters of `dateline eval coref`, by the kind of GUM entity each stands for.

    .venv/bin/python scripts/wrong_clusters.py --split train            # counts by kind
    .venv/bin/python scripts/wrong_clusters.py --split train --show place
    .venv/bin/python scripts/wrong_clusters.py --split train --merges                        # merges by form
    .venv/bin/python scripts/wrong_clusters.py --split train --merges 'name person->person'

A cluster is wrong as `eval/coref.py`'s `_clusters` counts it: its aligned mentions' commonest gold
entity is not a named person or organization whose name the cluster bears. Kinds: the gold entity's
type (place, abstract, event, object, …), or for people and organizations "person unnamed" (no
proper-noun mention in GUM) and "person misnamed" (named, but the cluster bears another name).
Also counted: person clusters the resolver labels ORG (the pronoun pass cannot reach them).
The parse is cached under /tmp like `pronoun_misses.py`'s; GUM's text never goes into the repository.
"""

from __future__ import annotations

import argparse
from collections import Counter

from dateline.eval import coref
from dateline.eval.coref import _Aligned, align, names_entity, score
from dateline.eval.coref_systems import dateline_resolver
from dateline.eval.gum import conllu_files, read_documents
from dateline.pipeline import DEFAULT_MODEL, load

from pronoun_misses import GUM, parsed


def wrong_clusters(doc, found):
    """(kind, cluster, gold entity, aligned mention count) for each of the document's clusters."""
    aligned = align(doc, found)
    members: dict[int, Counter] = {}
    for (_, _, k), i in zip(aligned.system, aligned.for_system, strict=True):
        if i is not None:
            members.setdefault(k, Counter())[doc.mentions[i].entity] += 1
    for k, entities in members.items():
        top, n = entities.most_common(1)[0]
        entity = doc.entities[top]
        if entity.type in ("person", "organization"):
            if entity.name is None:
                kind = f"{entity.type} unnamed"
            elif names_entity(found[k].name, entity):
                kind = "right"
            else:
                kind = f"{entity.type} misnamed"
        else:
            kind = entity.type
        yield kind, found[k], entity, sum(entities.values())


def intruders(doc, found):
    """(form, intruder type, cluster type, mention text, cluster) for each aligned mention not of its cluster's top entity.

    The merges behind a cluster: a pronoun of one person in another's chain, a surname given to the wrong
    relative. Types are "person", "organization" or "other" (places, works, …).
    """
    kind = lambda t: t if t in ("person", "organization") else "other"
    aligned = align(doc, found)
    members: dict[int, list] = {}
    for (s, e, k), i in zip(aligned.system, aligned.for_system, strict=True):
        if i is not None:
            members.setdefault(k, []).append((s, e, doc.mentions[i]))
    for k, ms in members.items():
        top = Counter(g.entity for _, _, g in ms).most_common(1)[0][0]
        for s, e, g in ms:
            if g.entity != top:
                yield g.form, kind(doc.entities[g.entity].type), kind(doc.entities[top].type), doc.text[s:e], found[k]


def _print_merges(docs, found, show: str | None) -> None:
    counts = Counter()
    for doc, clusters in zip(docs, found, strict=True):
        for form, theirs, ours, text, c in intruders(doc, clusters):
            key = f"{form} {theirs}->{ours}"
            counts[key] += 1
            if show and show == key:
                print(f"{doc.id:28s} {key:30s} {text!r} in {c.name!r}")
    print("\nmentions in a cluster of another entity, by gold form and type (intruder->cluster's entity):")
    for key, n in counts.most_common():
        print(f"{n:5d}  {key}")


def align_closest(doc, clusters):
    """`align`, but a system mention stands for the covered gold mention whose span is closest to its own.

    The evaluation takes the longest: for a cited author, "Biggs" stands for the abstract citation
    "Biggs 2010" rather than the person "Biggs" nested in it, which has the same head and span.
    """
    aligned = align(doc, clusters)
    for j, (s, e, _) in enumerate(aligned.system):
        covered = [i for i, g in enumerate(doc.mentions) if g.head_start < e and g.head_end > s]
        if covered:
            aligned.for_system[j] = min(covered, key=lambda i: abs(doc.mentions[i].start - s) + abs(doc.mentions[i].end - e))
    return _Aligned(aligned.at_gold, aligned.for_system, aligned.system)


def _syntax(doc, start: int, end: int) -> str:
    """The mention's last token with its label, relation and head: "Trieste/GPE pobj<in<live"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "?"
    t = span[-1]
    return f"{t.text}/{t.ent_type_ or '-'} {t.dep_}<{t.head.text}<{t.head.head.text}"


def _score_both(docs, found) -> None:
    """Cluster and link precision and CoNLL F1 under the evaluation's alignment and the closest-span one."""
    for name, how in (("evaluation", align), ("closest", align_closest)):
        coref.align = how
        try:
            s = score(docs, found)
        finally:
            coref.align = align
        c, link = s["cluster_precision"], s["link_precision"]
        print(f"{name:10s} cluster precision {c['precision']:.3f} ({c['correct']}/{c['n']}), "
              f"link precision {link['precision']:.3f} ({link['n']}), CoNLL F1 {s['conll']['conll_f1']:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--show", help="list the clusters of this kind ('all': every wrong one; 'org-person': people labelled ORG)")
    ap.add_argument("--alignment", choices=("evaluation", "closest"), default="evaluation",
                    help="closest: also score with each system mention standing for the gold mention of the closest span")
    ap.add_argument("--mentions", type=int, default=8, help="with --show: how many mention texts to print")
    ap.add_argument("--syntax", action="store_true", help="with --show: each mention's head, its relation and its head's")
    ap.add_argument("--merges", nargs="?", const="", metavar="KIND",
                    help="count the mentions merged into another entity's cluster; with KIND (e.g. 'name person->person') list them")
    args = ap.parse_args()
    docs = list(read_documents(conllu_files([GUM], split=args.split)))
    nlp = load(DEFAULT_MODEL)
    parses = parsed(nlp, docs, args.split)
    found = dateline_resolver(nlp, None)(parses)
    if args.merges is not None:
        _print_merges(docs, found, args.merges or None)
        return
    kinds, single, org_people = Counter(), Counter(), 0
    for doc, clusters, spacy_doc in zip(docs, found, parses, strict=True):
        for kind, c, entity, n in wrong_clusters(doc, clusters):
            if kind == "right" and c.label == "ORG" and entity.type == "person":
                org_people += 1
            if kind == "right" and args.show != "org-person":
                continue
            kinds[kind] += kind != "right"
            single[kind] += len(c.mentions) == 1 and kind != "right"
            shown = args.show in (kind, "all") or args.show == "org-person" and c.label == "ORG" and entity.type == "person"
            if shown:
                texts = [doc.text[s:e] for s, e in c.mentions]
                print(f"{doc.id:28s} {kind:20s} {c.label:6s} {c.name!r:30s} gold={entity.name!r} n={len(texts)}: {texts[:args.mentions]}")
                if args.syntax:
                    print("      " + "; ".join(_syntax(spacy_doc, s, e) for s, e in c.mentions[:6]))
    if args.alignment == "closest":
        _score_both(docs, found)
    total = sum(kinds.values())
    print(f"\nwrong clusters: {total} ({sum(single.values())} with one mention); people labelled ORG (right): {org_people}")
    for kind, n in kinds.most_common():
        print(f"{n:5d}  {kind} ({single[kind]} single)")


if __name__ == "__main__":
    main()
