"""GUM's CoNLL-U files as articles with gold person and organization mentions.

Each document's text is rebuilt from its sentences' `# text` lines: sentences
of one paragraph joined by a space, paragraphs (`# newpar`) by a blank line.
Headings and figures with their captions are left out: a `# newpar_block`
names the elements that open at that paragraph with how many sentences each
holds ("head (1 s)", "figure (1 s) | caption (1 s)"), and every sentence
inside a `head`, `figure` or `caption` element is dropped, with the gold
mentions in it. CorefUD's `Entity=` brackets are read with udapi; each
mention becomes character offsets into the rebuilt text.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LEFT_OUT = frozenset({"head", "figure", "caption"})
TURN = "sp"  # a speaker's turn in a transcript (court, podcast, conversation): the speaker is markup, not text
# Words that may stand between the proper nouns of one name ("Bank of England").
_NAME_JOINERS = frozenset({"of", "the", "and", "&", "for", "de", "von", "van", "der", "du", "la"})
_NAME_UPOS = frozenset({"PROPN", "NOUN", "ADJ", "VERB", "NUM"})
_BLOCK = re.compile(r"^\s*(\S+).*?\((\d+) s\)\s*$")


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int  # character offsets into GumDocument.text
    end: int
    head_start: int  # the mention's syntactic head word
    head_end: int
    entity: str  # the entity's id
    form: str  # name | pronoun3 | pronoun12 | description | other
    text: str
    name: str | None = None  # the proper-noun words around a proper-noun head
    in_turn: bool = False  # in a speaker's turn of a transcript, whose speaker the text does not name


@dataclass(frozen=True, slots=True)
class GoldEntity:
    id: str
    type: str  # GUM's entity type: person, organization, place, abstract, …
    name: str | None  # its commonest proper name (the longest of equally common ones), None if never named
    names: tuple[str, ...] = ()  # every proper name its mentions give it, commonest first


@dataclass(frozen=True, slots=True)
class GumDocument:
    id: str
    genre: str
    text: str
    mentions: tuple[GoldMention, ...]
    entities: dict[str, GoldEntity]


def read_splits(path: str | Path) -> dict[str, list[str]]:
    """GUM's `splits.md`: document ids under each `## split` heading."""
    splits: dict[str, list[str]] = {}
    current = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if m := re.match(r"##\s+(\w+)", line):
            current = m.group(1)
        elif current and (m := re.match(r"\s*\*\s+(\S+)", line)):
            splits.setdefault(current, []).append(m.group(1))
    return splits


def conllu_files(paths: Iterable[str | Path], *, split: str | None = "dev") -> list[Path]:
    """The `.conllu` files under `paths` in `split` (by the `splits.md` found beside them)."""
    files: list[Path] = []
    for p in map(Path, paths):
        found = sorted(p.rglob("*.conllu")) if p.is_dir() else [p]
        if split is not None:
            listing = _splits_file(p)
            wanted = set(read_splits(listing).get(split, ())) if listing else set()
            found = [f for f in found if f.stem in wanted]
        files.extend(found)
    return files


def _splits_file(path: Path) -> Path | None:
    folder = path if path.is_dir() else path.parent
    candidate = folder / "splits.md"
    return candidate if candidate.exists() else None


def read_documents(files: Iterable[str | Path]) -> Iterator[GumDocument]:
    for f in files:
        yield from _split_newdoc(_load(f))


def _load(path: str | Path):
    """udapi's Document of one file, read with the garbage collector paused.

    udapi runs a full collection after each file unless collection is already
    off; with a spaCy model in memory that costs 0.2 s a file for nothing.
    """
    from udapi.core.document import Document

    enabled = gc.isenabled()
    gc.disable()
    try:
        return Document(str(path))
    finally:
        if enabled:
            gc.enable()


def _split_newdoc(udoc) -> Iterator[GumDocument]:
    """One GumDocument per `# newdoc` of a udapi Document (GUM has one a file)."""
    trees = [b.get_tree() for b in udoc.bundles]
    if not trees:
        return
    doc_id = trees[0].newdoc if isinstance(trees[0].newdoc, str) else Path(udoc.meta.get("loaded_from", "doc")).stem
    yield build_document(doc_id or "doc", trees, udoc.coref_entities)


def build_document(doc_id: str, trees, entities) -> GumDocument:
    """Rebuild the text of `trees` and place the mentions of `entities` in it."""
    offsets: dict[int, tuple[int, int]] = {}  # id(word) -> (start, end)
    parts: list[str] = []
    length = 0
    turns: set[int] = set()  # id(word) of words in a speaker's turn
    for sentence, starts_paragraph, in_turn in _kept_sentences(trees):
        if in_turn:
            turns.update(id(w) for w in sentence.descendants)
        if parts:
            sep = "\n\n" if starts_paragraph else " "
            parts.append(sep)
            length += len(sep)
        text = sentence.text or " ".join(w.form for w in sentence.descendants)
        _place_words(sentence, text, length, offsets)
        parts.append(text)
        length += len(text)
    text = "".join(parts)
    mentions, gold_entities = [], {}
    for entity in entities:
        placed = [m for m in (_mention(mention, entity.eid, text, offsets, turns) for mention in entity.mentions) if m]
        names = _by_frequency([m.name for m in placed if m.name])
        gold_entities[entity.eid] = GoldEntity(entity.eid, (entity.etype or "").lower(), names[0] if names else None, names)
        mentions.extend(placed)
    mentions.sort(key=lambda m: (m.start, -m.end))
    genre = doc_id.split("_")[1] if doc_id.count("_") >= 2 else ""
    return GumDocument(doc_id, genre, text, tuple(mentions), gold_entities)


def _kept_sentences(trees):
    """(sentence, opens a paragraph, in a speaker's turn) for every sentence outside a heading, figure or caption."""
    skip = turn = 0
    pending_paragraph = False
    for tree in trees:
        if tree.newpar:
            pending_paragraph = True
            counts = _block_counts(tree.comment)
            skip = max(skip, *(counts.get(e, 0) for e in LEFT_OUT))
            turn = max(turn, counts.get(TURN, 0))
        in_turn = turn > 0
        turn = max(turn - 1, 0)
        if skip:
            skip -= 1
            continue
        yield tree, pending_paragraph, in_turn
        pending_paragraph = False


def _block_counts(comment: str) -> dict[str, int]:
    """The elements `# newpar_block` opens here, each with how many sentences it holds."""
    for line in (comment or "").splitlines():
        key, _, value = line.strip().partition("=")
        if key.strip() != "newpar_block":
            continue
        counts: dict[str, int] = {}
        for element in value.split("|"):
            if m := _BLOCK.match(element):
                counts[m.group(1)] = max(counts.get(m.group(1), 0), int(m.group(2)))
        return counts
    return {}


def _place_words(sentence, text: str, base: int, offsets: dict) -> None:
    """Each word's characters in the sentence's `# text` (words are found left to right)."""
    cursor = 0
    for word in sentence.descendants:
        at = text.find(word.form, cursor)
        if at < 0:
            continue  # a form the text spells otherwise: its mentions are dropped
        offsets[id(word)] = (base + at, base + at + len(word.form))
        cursor = at + len(word.form)


def _mention(mention, entity_id: str, text: str, offsets: dict, turns: set[int]) -> GoldMention | None:
    words = [w for w in mention.words if id(w) in offsets]
    if not words:
        return None
    head = _head(words)
    start = min(offsets[id(w)][0] for w in words)
    end = max(offsets[id(w)][1] for w in words)
    hs, he = offsets[id(head)]
    name = _name(head, sorted(words, key=lambda w: w.ord), offsets, text) if head.upos == "PROPN" else None
    form = form_of(head.upos, str(head.feats))
    return GoldMention(start, end, hs, he, entity_id, form, text[start:end], name, id(head) in turns)


def _head(words):
    """The word whose syntactic parent lies outside the mention (the highest one)."""
    inside = {id(w) for w in words}
    outside = [w for w in words if w.parent is None or id(w.parent) not in inside]
    return min(outside or words, key=_depth)


def _depth(word) -> int:
    n = 0
    while word.parent is not None and not word.parent.is_root():
        word, n = word.parent, n + 1
    return n


def _name(head, words, offsets: dict, text: str) -> str | None:
    """The run of name words around the head inside the mention, through joiners ("Bank of England")."""
    i = words.index(head)
    lo = hi = i
    while lo > 0 and _name_word(words, lo - 1):
        lo -= 1
    while hi + 1 < len(words) and _name_word(words, hi + 1):
        hi += 1
    while lo < i and words[lo].form.lower() in _NAME_JOINERS:
        lo += 1
    while hi > i and words[hi].form.lower() in _NAME_JOINERS:
        hi -= 1
    return text[offsets[id(words[lo])][0] : offsets[id(words[hi])][1]]


def _name_word(words, j: int) -> bool:
    """A proper noun, or a capitalized content word ("United", "Grammar"); not an e-mail address."""
    w = words[j]
    if w.upos in _NAME_UPOS and any(ch.isupper() for ch in w.form):
        return True
    return w.form.lower() in _NAME_JOINERS and 0 < j < len(words) - 1 and _name_word(words, j + 1)


def _by_frequency(names: list[str]) -> tuple[str, ...]:
    """Distinct names, commonest first, then the one with more words, then the first seen."""
    counts = Counter(names)
    first = {n: i for i, n in reversed(list(enumerate(names)))}
    return tuple(sorted(counts, key=lambda n: (-counts[n], -len(n.split()), first[n])))


def form_of(upos: str, feats: str) -> str:
    """The form of a mention from its head: a name, a pronoun of which person, a description."""
    if upos == "PROPN":
        return "name"
    if upos == "PRON" and "PronType=Prs" in feats:
        return "pronoun12" if ("Person=1" in feats or "Person=2" in feats) else "pronoun3"
    if upos == "NOUN":
        return "description"
    return "other"
