"""Names that read as the title of a work, a plan or a made thing: what `drop_things` asks beyond a thing's words.

"Medicinal Properties of the Juice of the Young Coconut", "Conservation of Energy": an organization's title-cased
name with two inner joiners or one after an abstract noun, no organization's word and no place after the joiner.
"reissuing Stones": the object of a publishing verb. "the romantic comedy Imagine Me and You": after a work's
noun. "welcome to Beyond the Mat": after a capitalized preposition. "a project called FrameNet": named for a made
thing's noun. "Game" and "Thrones" of "Game of Thrones": pieces of a title the model cut (`title_pieces`).
Called only for a cluster with no person's evidence (`things._evidence`).
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .... import lexicon
from .. import scan
from ..entities import Cluster, MentionRef
from .name_shapes import has_organization_word
from .thing_words import ThingWords
from .title_pieces import a_title_piece

_JOINERS = lexicon.words("coref/title_joiners.txt")
_INSTITUTIONS = lexicon.words("coref/institution_heads.txt")
_ABSTRACT_ENDINGS = tuple(lexicon.words("coref/title_head_endings.txt"))
_WORK_VERBS = lexicon.words("coref/work_verbs.txt")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_CALLED = lexicon.words("coref/called_nouns.txt")
_CALLING_VERBS = lexicon.words("coref/calling_verbs.txt")
_NAMED_DEPS = frozenset(get_string_id(d) for d in ("oprd", "dobj", "pobj"))  # `_called`'s root, as the DEP column holds it


def a_title(c: Cluster, names: list[MentionRef], roots: list[Token], doc: Doc, w: ThingWords) -> bool:
    """The cluster's names read as a work's title, or are used as one (see the module's docstring)."""
    if c.label == "ORG" and not _has_acronym(names) and _titled(c.name, names, doc, w):
        return True
    if all(_published(r) for r in roots) or all(_after_work_noun(m, r, doc, w) for m, r in zip(names, roots)):
        return True
    if all(_after_a_titles_preposition(m, doc) for m in names):
        return True
    if a_title_piece(c, names, doc, w):
        return True
    return named_by_a_things_noun(names, doc, w)


def named_by_a_things_noun(names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """"a project called FrameNet", "the plan known as Brexit": one of the names given to a thing's noun."""
    # one naming is enough: "a project called FrameNet … In FrameNet". Only an object word can be the one
    # named, so the others' relations are read on the DEP column, without a Token of every word.
    dep = scan.column(doc, DEP)
    return any(_called(doc[k], w) for m in names for k in range(m.start, m.end)
               if dep[k] in _NAMED_DEPS and not m.start <= doc[k].head.i < m.end)


def _titled(name: str, names: list[MentionRef], doc: Doc, w: ThingWords) -> bool:
    """"Conservation of Energy": an inner joiner after an abstract noun, or two joiners; no organization's word.

    Organizations only: a person's "of" is a title's ("Catherine of Aragon"). Not headed by an institution's
    word ("House of Commons"), the first word no first name ("Hilary of Poitiers"), the words after the joiner
    labelled no place by the model and no country ("Citizens of Antigua and Barbuda").
    """
    words = name.replace("’s", "").replace("'s", "").split()  # "Dhaka University's Faculty of Fine Arts"
    at = next((i for i, x in enumerate(words[1:-1], 1) if x in _JOINERS), None)
    if at is None or has_organization_word(" ".join(words), w.org_words):
        return False
    head = words[at - 1].lower()
    if head.removesuffix("s") in _INSTITUTIONS or words[0].lower() in w.first_names:
        return False
    joiners = sum(x in _JOINERS for x in words[1:-1])
    if joiners < 2 and not head.endswith(_ABSTRACT_ENDINGS):
        return False  # "First Options of Chicago", "Comptroller of the Currency": news calls many such names firms
    after = " ".join(words[at + 1:]).lower().removeprefix("the ")  # "of The Bahamas" too
    if after in w.countries:
        return False
    # the labels are read on the mention that spells the name out, not on a short form before it
    full = next((m for m in names if m.text == name), names[0])
    span = doc[full.start : full.end]
    joiner = next((t.i for t in span if t.lower_ in _JOINERS), span.end)
    return not any(t.ent_type_ in _PLACE_LABELS for t in span if t.i > joiner)


def _called(root: Token, w: ThingWords) -> bool:
    """"a project called FrameNet", "the plan known as Brexit": a made thing's or a plan's noun, then its name.

    The noun is the one "called" qualifies; a role's or an organization's ("a company called") never counts.
    root: a token of the name whose head is outside it ("Worm" of "Kermie Worm & Mr. Marbles").
    """
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":  # "the plan known as Brexit": the name hangs on "as"
        verb = verb.head
    elif root.dep_ not in ("oprd", "dobj"):
        return False
    if verb.lemma_.lower() not in _CALLING_VERBS or verb.dep_ != "acl":
        return False
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "a brand of dog toys called": the brand
        noun = noun.head.head
    lemma = noun.lemma_.lower()
    return lemma not in w.described and (lemma in _CALLED or lemma in w.things)


def _after_work_noun(m: MentionRef, root: Token, doc: Doc, w: ThingWords) -> bool:
    """"the BBC drama The Lookout": a work's noun in lower case just before the name, where the parse missed
    the apposition `things._beside_work_noun` reads. Not "the book Woodward wrote": the name its subject; not
    "filming Matthew Vaughn's prequel": a verb.
    """
    if root.dep_ in ("nsubj", "nsubjpass") or m.start == 0:
        return False
    before = doc[m.start - 1]
    return before.is_lower and before.pos_ == "NOUN" and before.lemma_.lower() in w.works


def _after_a_titles_preposition(m: MentionRef, doc: Doc) -> bool:
    """"welcome to Beyond the Mat", "Gone with the Wind": a capitalized preposition inside the sentence, then
    "the", opens a title the model cut to its last word. Prepositions are capitalized only in titles.
    """
    if m.start < 2 or doc[m.start - 1].lower_ not in ("the", "a", "an"):
        return False
    before = doc[m.start - 2]
    return before.pos_ == "ADP" and before.is_title and not before.is_sent_start


def _has_acronym(names: list[MentionRef]) -> bool:
    """"the Organiaation of Petroleum Exporting Countries (OPEC)": an organization's name is given an acronym."""
    return any(m.text.isupper() and m.text.isalpha() for m in names)


def _published(root: Token) -> bool:
    """"reissuing Stones", "titled Young MacGyver": the direct object of a publishing verb is a work."""
    return root.dep_ in ("dobj", "oprd") and root.head.lemma_.lower() in _WORK_VERBS
