"""The parse around each missed GUM description (train by default): the sentence's words with tag, dependency,
head and the cluster each word is a mention of, to read why no rule reached it.

    .venv/bin/python scripts/description_parses.py --split train [--type organization] [--doc bio_holt]

GUM's news and interview documents are skipped (never read); the test split is refused.
"""

from __future__ import annotations

import argparse
import sys

from pronoun_misses import GUM, parsed

from dateline.eval.coref import _evaluated, align, names_entity
from dateline.eval.coref_systems import dateline_components
from dateline.eval.gum import conllu_files, read_documents
from dateline.pipeline import DEFAULT_MODEL, load

_UNREAD = ("GUM_news_", "GUM_interview_")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--type", default="person")
    ap.add_argument("--doc", default="")
    ap.add_argument("--all", action="store_true", help="the right ones too")
    ap.add_argument("--clusters", action="store_true", help="print each cluster's mentions of the documents read")
    args = ap.parse_args(argv)
    if args.split == "test":
        sys.exit("the test split is not read")
    nlp = load(DEFAULT_MODEL)
    docs = [d for d in read_documents(conllu_files([GUM], split=args.split)) if not d.id.startswith(_UNREAD)]
    parses = parsed(nlp, docs, args.split + "-descr")
    for gold, sdoc in zip(docs, parses, strict=True):
        if args.doc not in gold.id:
            continue
        sdoc = sdoc.copy()
        for component in dateline_components(nlp):
            sdoc = nlp.get_pipe(component)(sdoc)
        found = [c for c in (sdoc._.dl_people or ()) ] + [c for c in (sdoc._.dl_orgs or ())]
        from dateline.eval.coref_systems import dateline_clusters
        system = dateline_clusters(sdoc)
        aligned = align(gold, system)
        owner = {}
        if args.clusters:
            for c in found:
                print(f"## {c.label} {c.name!r}: {[m.text for m in c.mentions]}")
        for c in found:
            for m in c.mentions:
                for t in sdoc.char_span(m.start_char, m.end_char, alignment_mode="expand") or ():
                    owner.setdefault(t.i, c.name)
        for i, g in enumerate(gold.mentions):
            if g.form != "description" or not _evaluated(gold, g):
                continue
            entity = gold.entities[g.entity]
            if entity.type != args.type:
                continue
            j = aligned.at_gold[i]
            cluster = system[aligned.system[j][2]] if j is not None else None
            right = cluster is not None and names_entity(cluster.name, entity)
            if right and not args.all:
                continue
            head = sdoc.char_span(g.head_start, g.head_end, alignment_mode="expand")
            if head is None:
                continue
            sent = head[0].sent
            print(f"== {gold.id[4:]} {g.text!r} is {entity.name!r} got {cluster.name if cluster else None!r}")
            for t in sent:
                mark = "*" if t.i in range(head.start, head.end) else " "
                print(f"  {mark}{t.i:5} {t.text:18} {t.lemma_:14} {t.tag_:5} {t.dep_:10} {t.head.i:5} "
                      f"{t.ent_type_:8} {owner.get(t.i, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
