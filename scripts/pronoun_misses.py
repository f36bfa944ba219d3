"""Every 3rd-person pronoun (or description) of a named GUM person or organization, classified: right, or why not.

    .venv/bin/python scripts/pronoun_misses.py --split train            # counts by class
    .venv/bin/python scripts/pronoun_misses.py --split train --show wrong-antecedent
    .venv/bin/python scripts/pronoun_misses.py --split train --form description --show unresolved

Classes (per gold pronoun of an evaluated entity, as `dateline eval coref` counts them):
  right              the pronoun's cluster bears the entity's name
  wrong-antecedent   in another cluster, while a cluster bearing the entity's name exists in the document
  entity-unnamed     in a cluster (or none) and no cluster of the document bears the entity's name
  unresolved         no dateline mention, though a cluster bearing the entity's name exists
  artefact           the pronoun's cluster bears a name that matches two gold entities (the scorer's lenient match)

The spaCy parse is cached under /tmp (a DocBin per split), so a rerun costs the
resolver only. The cache holds GUM's text, so it never goes into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from dateline.eval.coref import _evaluated, align, names_entity
from dateline.eval.coref_systems import dateline_resolver, parse
from dateline.eval.gum import conllu_files, read_documents
from dateline.pipeline import DEFAULT_MODEL, load

GUM = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gum"  # the checkout's ../shared


def parsed(nlp, docs, split: str):
    key = hashlib.sha1("".join(d.text for d in docs).encode()).hexdigest()[:12]
    cache = Path(f"/tmp/dateline-gum-{split}-{key}.spacy")
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    out = parse(nlp, [d.text for d in docs])
    DocBin(store_user_data=True, docs=out).to_disk(cache)
    return out


def classify(doc, found, sentences, form="pronoun3"):
    aligned = align(doc, found)
    named = {e.id for e in doc.entities.values() if any(names_entity(c.name, e) for c in found)}
    rows = []
    for i, g in enumerate(doc.mentions):
        if g.form != form or not _evaluated(doc, g):
            continue
        entity = doc.entities[g.entity]
        j = aligned.at_gold[i]
        cluster = found[aligned.system[j][2]] if j is not None else None
        if cluster is not None and names_entity(cluster.name, entity):
            kind = "right"
        elif entity.id not in named:
            kind = "entity-unnamed"
        elif cluster is None:
            kind = "unresolved"
        else:
            kind = "wrong-antecedent"
        context = _context(doc.text, g.head_start, g.head_end)
        rows.append((kind, entity.type, g.text, entity.name, cluster.name if cluster else None, doc.id, context))
    return rows


def _context(text: str, start: int, end: int, width: int = 110) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ¶ ")
    return f"{left}[[{text[start:end]}]]{text[end : end + 40]}".replace("\n", " ¶ ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--gum", default=str(GUM))
    ap.add_argument("--show", action="append", default=[], help="print the rows of this class")
    ap.add_argument("--type", default="person")
    ap.add_argument("--form", default="pronoun3", help="the gold mention form: pronoun3, description, name")
    ap.add_argument("--dump", help="write every cluster (name, label, mentions) to this file, to diff two versions")
    ap.add_argument("--score", action="store_true", help="also print the rows of `dateline eval coref`")
    ap.add_argument("-r", "--resolver", default=None, help="dateline_people options, key=value,… (as eval coref -r)")
    args = ap.parse_args(argv)
    from dateline.eval.coref_systems import people_config

    nlp = load(DEFAULT_MODEL)
    docs = list(read_documents(conllu_files([args.gum], split=args.split)))
    run = dateline_resolver(nlp, people_config(args.resolver) if args.resolver else None)
    clusters = run(parsed(nlp, docs, args.split))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for doc, found in zip(docs, clusters, strict=True):
                for c in found:
                    out.write(f"{doc.id}\t{c.label}\t{c.name}\t{list(c.mentions)}\n")
    if args.score:
        from dateline.eval.coref import score

        result = score(docs, clusters)
        for key, row in sorted(result["accuracy"].items()):
            print(f"  {key:36} {row['accuracy']:.4f} ({row['correct']}/{row['n']})", file=sys.stderr)
        for key in ("link_precision", "cluster_precision"):
            print(f"  {key:36} {result[key]['precision']:.4f} ({result[key]['correct']}/{result[key]['n']})",
                  file=sys.stderr)
        print(f"  cluster recall {result['cluster_recall']['recall']:.4f}  CoNLL F1 {result['conll']['conll_f1']:.4f}",
              file=sys.stderr)
    counts, by_pronoun = Counter(), Counter()
    for doc, found in zip(docs, clusters, strict=True):
        for row in classify(doc, found, None, args.form):
            kind, etype = row[0], row[1]
            if etype != args.type:
                continue
            counts[kind] += 1
            by_pronoun[(row[2].lower(), kind)] += 1
            if kind in args.show or "all" in args.show:
                print(f"{kind:17} {row[5][4:]:24} {row[2]!r} is {row[3]!r} got {row[4]!r}\n    {row[6]}")
    total = sum(counts.values())
    print(f"{args.split} {args.type} {args.form} mentions: {total}", file=sys.stderr)
    for kind, n in counts.most_common():
        print(f"  {kind:17} {n:5}  {n / total:.3f}", file=sys.stderr)
    words = Counter()
    for (w, _), n in by_pronoun.items():
        words[w] += n
    for w, n in words.most_common(12):
        print(f"  {w:8} {n:4}  right {by_pronoun[(w, 'right')] / n:.2f}  "
              + " ".join(f"{k}={by_pronoun[(w, k)]}" for k in ("wrong-antecedent", "entity-unnamed", "unresolved")),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
