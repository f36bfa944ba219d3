"""The nouns of a Doc the precise pass reads: those in a relation by which a description finds its name."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import DEP, HEAD, LOWER, POS, SENT_START
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import scan
from ..entities import Cluster
from .appositions import FRONTED, PHRASE_WORDS, RANK_VERBS

# The only relations by which a noun can find a partner (see appositions._own_partner and role_before_name):
# a noun with none of them is passed over without building its Token.
_LINKING_DEPS = ("advcl", "npadvmod", "appos", "attr", "oprd", "conj", "compound")
_LINKING_CHILDREN = ("appos", "acl", "conj")
_AS, _COMMA, _PROPN, _ADP = get_string_id("as"), get_string_id(","), IDS["PROPN"], IDS["ADP"]
_OF, _ONE, _NUM = get_string_id("of"), get_string_id("one"), IDS["NUM"]
_TO = get_string_id("to")
_HYPHEN, _ADJ = get_string_id("-"), IDS["ADJ"]
_COMMA_COLON = frozenset({_COMMA, get_string_id(":")})
_READ_POS = ("NOUN", "PROPN", "NUM", "ADJ", "ADV")  # the parts of speech of `_Walk`'s tests
_A_AN = frozenset({get_string_id("a"), get_string_id("an")})


def candidates(doc: Doc, refs: dict[int, Cluster], since: dict[int, Cluster] | None) -> list[int]:
    """Nouns not in `refs` that stand in one of the linking relations; with `since`, only those in a
    sentence where `refs` changed (the later runs over a Doc read no array again: see `_Walk`)."""
    walk = scan.kept(doc, "precise", lambda: _Walk(doc))
    if since is None:
        return [i for i in walk.nouns if i not in refs]
    changed = {i for i, c in refs.items() if since.get(i) is not c} | (since.keys() - refs.keys())
    if not changed:
        return []
    starts, sentences = walk.sentences()
    touched = {bisect_right(starts, i) - 1 for i in changed}
    return [i for i, k in zip(walk.nouns, sentences) if k in touched and i not in refs]


class _Walk:
    """The nouns of a Doc in a linking relation, read once from its arrays (they depend on the parse
    alone) and kept for the later runs over the same Doc. (Python loops over the arrays' lists: numpy's
    per-call cost is more than this on an article's few hundred tokens.)"""

    __slots__ = ("nouns", "_starts", "_sentences")

    def __init__(self, doc: Doc) -> None:
        self.nouns, self._starts, self._sentences = [], [], None
        if not len(doc):
            return
        s = doc.vocab.strings  # dependency labels are spaCy symbols, not string hashes
        # shared, read with the people component's other columns (`scan.prefetch`); HEAD is a signed offset,
        # SENT_START's -1 is kept unsigned (only its 1s are read)
        pos, dep, lower, rel, self._starts = scan.columns(doc, (POS, DEP, LOWER, HEAD, SENT_START))
        with_child, det, conj = {s[d] for d in _LINKING_CHILDREN}, s["det"], s["conj"]
        appos, pobj, prep = s["appos"], s["pobj"], s["prep"]  # and _named_past_phrase
        parents, indefinite, before, named_verbs = set(), set(), set(), set()
        attr, nsubj = s["attr"], s["nsubj"]
        # Only the proper nouns, the tokens in a relation with a child and the determiners are read here:
        # their indices are picked in C (`scan.indices`, `scan.where`), not by a Python loop over every token.
        for k in scan.indices(doc, pos=("PROPN",)):
            if dep[k] == attr:  # "The actual author is Johann Valentin Andreae": see _named_predicate
                named_verbs.add(k + rel[k])
            before.add(k - 1)  # right before a proper noun, or before a comma and one (see _name_after)
            if k >= 2 and lower[k - 1] in _COMMA_COLON:  # and past a short phrase, a noun right before
                before.add(k - 2)  # its preposition ("a younger boy at Harrow, John")
                before.update(j for j in range(max(k - 3 - PHRASE_WORDS, 0), k - 3) if pos[j + 1] == _ADP)
        for k in scan.where(doc, DEP, frozenset(with_child)):
            d, r = dep[k], rel[k]
            if r and (d != conj or pos[k] == _PROPN):  # the head of an apposition or participle,
                parents.add(k + r)  # or of a name the parse coordinated onto it (see _name_conjoined)
                if d == appos and dep[k + r] == pobj and dep[k + r + rel[k + r]] == prep:  # _bracketed_after_of,
                    parents.add(k + r + rel[k + r] + rel[k + r + rel[k + r]])
        for k in scan.where(doc, DEP, frozenset({det})):
            if lower[k] in _A_AN:
                indefinite.add(k + rel[k])
        linking, nominal = {s[d] for d in _LINKING_DEPS}, {IDS["NOUN"], _PROPN}
        amod = s["amod"]
        compound, fronted, verbal = s["compound"], {s[d] for d in FRONTED}, {IDS["VERB"], IDS["AUX"]}
        predicates, modifiers = {s["oprd"], s["attr"]}, {IDS["ADJ"], IDS["ADV"]}
        ranking = set(scan.indices(doc, lowers=RANK_VERBS))  # in C, as the proper nouns are picked
        # Passed over, since no test of named_partner or role_before_name can take them: a compound on a
        # common noun ("oil" of "oil prices"), and a fronted noun other than an indefinite one before a verb
        # (one after its verb is kept: "born in Paris on May 2, the third child of", see appositions._born_as).
        # Only the tokens a test below can take are read: nouns, numbers, modifiers and objects of prepositions
        # (picked in C; a loop over every token was a third of the pass's time)
        picked = scan.indices(doc, pos=_READ_POS)
        taken = sorted({*picked, *scan.where(doc, DEP, frozenset({pobj}))})
        self.nouns = [
            k for k, p, d, r in ((k, pos[k], dep[k], rel[k]) for k in taken)
            if p in nominal and (
                k in parents or k in before
                or d in linking and not (d == compound and pos[k + r] != _PROPN)
                and not (d in fronted and (pos[k + r] not in verbal or k not in indefinite and r > 0))
                or d == pobj and lower[k + r] == _AS
                or d == nsubj and (k + r in named_verbs or k + r + rel[k + r] in named_verbs)  # its infinitive's
            )
            or p == _NUM and lower[k] == _ONE and (d in linking or d == pobj and lower[k + r] == _AS)  # see one_of
            or d in predicates and p in modifiers  # "appointed him steward", "he's the first super": see precise
            or d == amod and p == _ADJ and pos[k + r] == _PROPN and k > 1 and lower[k - 1] == _HYPHEN  # "co-star X"
            or d == pobj and lower[k + r] == _TO and k + r + rel[k + r] in ranking  # "promoted to major-general"
        ]

    def sentences(self) -> tuple[list[int], list[int]]:
        """The sentences' first tokens, and the sentence of each noun (for the later runs only)."""
        if self._sentences is None:
            starts = [i for i, v in enumerate(self._starts) if v == 1]
            self._sentences = starts, [bisect_right(starts, i) - 1 for i in self.nouns]
        return self._sentences
