"""The `dateline_quotes` component: direct, partial and reported speech with speaker, cue and addressee.

Quotation marks are paired on the raw text first (`marks`), cues and
what they attribute are read off the parse (`cues`), and each quoted stretch
is then tied to a cue: the cue whose complement it is, the cue just after or
before it ("...,” he said" / "he said: “..."), or, for a quotation with no cue
of its own, the previous quotation's when the text runs on from it. A quoted
stretch inside reported speech is a partial quotation of the same source;
one that nothing attributes and that reads as a label ("scare quotes",
titles) is not speech and is dropped.

Offsets: a direct or partial quote's `start`/`end` include its quotation
marks (as printed; a repaired missing mark is simply absent), and `text` is
exactly `text[start:end]`. An indirect quote spans the attributed clause,
with its complementizer ("that ...") and without the sentence's final stop.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ...records import Cue, Quote, Speaker
from .antecedents import document_named
from .cues import CueHit, document_carrier, find_cues, modifies_noun, says_nothing, subject_of
from .quote_lexicon import QuoteLexicon, quote_lexicon
from .cues import unsourced_form
from .marks import Quoted, find_quoted, paragraph_spans
from .fragments import FragmentTests, Piece as _Piece
from .nested import nested_cue
from .reported import carry_back, reported_before, runs_on
from .spans import STRONG, descends, end_char, front_piece, independent, is_title, outermost, outside_words, overlaps
from .spans import glued_to_word, keeps_own_complement, own_conjoined_cue, to_marks, word_count
from .extents import aside_front, clause_end_before
from .speakers import Source, addressee_of, behind_place, implied_source, object_controller, printed, resolve, source_of, speaking_verb
from ..times.phrase import is_time_phrase
from .transcripts import turn_speaker
from .source_repairs import beside_passive, experiencer, inverted_aside, outside_quotation, perfect_subject
from ..wire import find_dateline



@dataclass(frozen=True, slots=True)
class QuoteSettings:
    """The component's tunables (its `default_config`)."""

    unattributed_words: int = 8  # an unattributed quotation shorter than this is a label or scare quote
    title_words: int = 8  # the longest all-capitalized quotation taken for a title
    reach: int = 15  # tokens a cue may stand from its quotation
    naming_reach: int = 4  # tokens between "called" and the name it gives


_DEFAULTS = QuoteSettings()
_OPENING = frozenset("\"“'‘«")
_CLOSING = frozenset("\"”'’»")


@Language.factory(
    "dateline_quotes",
    requires=["token.dep", "token.head", "token.lemma", "token.tag", "token.ent_type", "doc.sents",
              "doc._.dl_refs", "doc._.dl_orgs", "doc._.dl_people"],
    assigns=["doc._.dl_quotes"],
    default_config={
        "unattributed_words": _DEFAULTS.unattributed_words,
        "title_words": _DEFAULTS.title_words,
        "reach": _DEFAULTS.reach,
        "naming_reach": _DEFAULTS.naming_reach,
    },
)
def make_quotes(
    nlp: Language, name: str, unattributed_words: int, title_words: int, reach: int, naming_reach: int
) -> QuoteFinder:
    return QuoteFinder(QuoteSettings(unattributed_words, title_words, reach, naming_reach))


class QuoteFinder:
    """Finds the quotations of a parsed Doc (after `dateline_people`, whose references it resolves)."""

    def __init__(self, settings: QuoteSettings = _DEFAULTS) -> None:
        self.lex = quote_lexicon()
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_quotes = _Extraction(doc, self.lex, self.settings).run()
        return doc


class _Extraction(FragmentTests):
    """The state of one Doc's extraction; `run` returns its Quote records."""

    def __init__(self, doc: Doc, lex: QuoteLexicon, settings: QuoteSettings = _DEFAULTS) -> None:
        self.doc = doc
        self.lex = lex
        self.settings = settings
        self.text = extensions.text_of(doc)
        self.idx = [t.idx for t in doc]
        self.sent_starts = [s.start for s in doc.sents]
        paragraphs = paragraph_spans(self.text)
        self.par_starts = [start for start, _ in paragraphs]
        dateline = find_dateline(self.text)
        self.floor = bisect_left(self.idx, dateline.end) if dateline is not None else 0  # no span reaches back
        everything = self._pieces()
        self.pieces = [p for p in everything if not p.quoted.nested]
        self.quotations = [(p.quoted.start, p.quoted.end) for p in self.pieces]
        self.nested = [p for p in everything if p.quoted.nested]
        self.quoted = [False] * len(doc)
        self.pieces_in: dict[int, list[_Piece]] = defaultdict(list)  # paragraph -> its quotations
        for p in self.pieces:
            self.pieces_in[self._paragraph(p.quoted.start)].append(p)
            for i in range(p.start, p.end):
                self.quoted[i] = True
        hits = find_cues(doc, lex, self.quoted, paragraphs)
        self.hit_at = {h.verb.i: h for h in hits}
        self.intro_end = min((h.verb.idx for h in hits if h.word is lex.label), default=len(self.text))
        self.label_starts = {doc[h.source[0]].idx for h in hits if h.word is lex.label and h.source is not None}
        # Contents never leave their paragraph, so cues are only compared within one.
        self.hits_in: dict[int, list[CueHit]] = defaultdict(list)
        for hit in hits:
            self.hits_in[self._paragraph(hit.verb.idx)].append(hit)
        for hit in hits:
            self._shape_content(hit)
        self.hits = [h for group in self.hits_in.values() for h in outermost(group)]
        self.hits.sort(key=lambda h: h.start)
        self.hit_at = {h.verb.i: h for h in self.hits}
        self.hits_in = defaultdict(list)
        for hit in self.hits:
            self.hits_in[self._paragraph(hit.verb.idx)].append(hit)
        self.speakers: dict[int, tuple[Source | None, Speaker | None]] = {}

    def run(self) -> list[Quote]:
        self._attribute_pieces()
        quotes = [q for p in self.pieces if (q := self._direct(p)) is not None]
        # a cue whose complement is its quotation; "reported" quotations follow their cue's own complement
        claimed: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p in self.pieces:
            if p.hit is not None and p.kind == "direct" and p.how != "reported":
                claimed[id(p.hit)].append((p.quoted.start, p.quoted.end))
        for h in self.hits:
            mine = claimed.get(id(h), [])  # the complement test only for a cue that claims a quotation
            quoting = bool(mine) and not keeps_own_complement(h.content, h.content_head, mine, self.quotations)
            quotes += self._indirect(h, quoting=quoting)
        quotes += [q for p in self.nested if (q := self._nested(p)) is not None]
        quotes = [q for q in quotes if q.end > q.start]
        quotes.sort(key=lambda q: (q.start, q.end))
        return [replace(q, id=f"q{n}") for n, q in enumerate(quotes, start=1)]

    # -- reported speech -----------------------------------------------------

    def _shape_content(self, hit: CueHit) -> None:
        """Cut a complement before a conjoined cue of its own; reach the marks of a quotation it ends in."""
        if hit.content is None:
            return
        lo, hi = hit.content
        head = hit.content_head
        for conj in head.conjuncts if head is not None else ():
            other = self.hit_at.get(conj.i)
            if conj.i > head.i and own_conjoined_cue(other, conj, self.quoted) and lo < conj.idx < hi:
                hi = min(hi, clause_end_before(self.doc, conj.left_edge.i))
                self.hit_at[conj.i].shares_source_of = hit  # "announced that ... but requested that ..."
        paragraph = self._paragraph(hit.verb.idx)
        for other in self.hits_in[paragraph]:
            verb = other.verb
            if lo < verb.idx < hi and head is not None and verb.i > head.i and independent(other):
                hi = min(hi, clause_end_before(self.doc, verb.left_edge.i))  # "..., while Cruz said that ..."
        for p in self.pieces_in[paragraph]:
            lo, hi = to_marks(self.text, lo, hi, p.quoted)
        hit.content = (lo, hi) if hi > lo else None
        self._add_front(hit)
        if hit.content is not None and hit.raised is not None:  # marked as a source is: "The bank, which …,"
            subject = source_of(hit.raised)
            hit.more.append((self.doc[subject.start].idx, end_char(self.doc[subject.end - 1])))

    def _add_front(self, hit: CueHit) -> None:
        """The words before a cue aside as a content piece, when what the cue attributes follows the aside."""
        found = aside_front(hit.verb, hit.start, hit.end) if hit.word.cls in STRONG and not hit.more else None
        paragraph = self._paragraph(hit.verb.idx)
        if found is None or any(found[0][0] <= o.verb.idx < found[0][1] for o in self.hits_in[paragraph]):
            return  # none, or the words hold a cue of their own: they are its attribution, not this one's
        starts = [p.quoted.start for p in self.pieces_in[paragraph]] + ([hit.content[0]] if hit.content else [])
        hit.more += [p for p in (front_piece(self.text, found, starts, self.quotations),) if p is not None]

    # -- quoted stretches ----------------------------------------------------

    def _pieces(self) -> list[_Piece]:
        starts = [self.doc[i].idx for i in self.sent_starts]
        pieces = []
        for q in find_quoted(self.text, starts):
            a = bisect_left(self.idx, q.start)
            b = bisect_left(self.idx, q.end)
            if b > a:
                pieces.append(_Piece(q, a, b))
        return pieces

    def _attribute_pieces(self) -> None:
        previous: _Piece | None = None
        for piece in self.pieces:
            self._attribute(piece, previous)
            previous = piece if piece.hit is not None else previous
        carry_back(self.pieces)  # a quotation of several paragraphs whose cue comes in its last one

    def _attribute(self, piece: _Piece, previous: _Piece | None) -> None:
        if piece.quoted.start + 1 in self.label_starts:
            piece.how = "label"  # “WALLACE: …”: a quoted transcript turn, given by its label
            return
        title = is_title(self.text, piece.quoted, self.lex.title_words, self.settings.title_words, self._named_in_place(piece))
        if title and not self._named_by_cue(piece):
            piece.how = "title"  # "Meet the Press", "Eye of the Tiger": named, not said
            return
        enclosing = self._enclosing(piece)
        if enclosing is not None:
            piece.hit, piece.kind, piece.how = enclosing, "partial", "partial"
            return
        for how, find in (("complement", self._complement_of), *self._sides(piece)):
            hit = find(piece)
            if hit is not None:
                piece.hit, piece.how = hit, how
                if self._is_fragment(piece, how):
                    piece.kind = "partial"  # warns of “serious risk to services”: words, not a statement
                return
        prev_verb = previous.hit.verb.i if previous is not None and previous.hit is not None else None
        if previous is not None and runs_on(
            self.doc, self.text, piece.quoted, piece.start, previous.end, prev_verb, self._sentence
        ):
            piece.hit, piece.how = previous.hit, "continuation"
            if self._is_fragment(piece, "continuation"):
                piece.kind = "partial"
            return
        reported = reported_before(self.text, piece.quoted, self.hits_in[self._paragraph(piece.quoted.start)],
                                   self.quoted, self._speaker, self.settings.unattributed_words)
        if reported is not None:
            piece.hit, piece.how = reported, "reported"
            return
        piece.how = "unattributed"
        if self._is_fragment(piece, "unattributed"):
            piece.kind = "partial"  # lower-case words of the author's sentence, whoever said them

    def _named_in_place(self, piece: _Piece) -> bool:
        """Glued to a word that no verb is: a name's place ("on MSNBC's “Morning Joe,”", "the show “The View,”")."""
        before = piece.start - 1
        if before < 0 or self.doc[before].pos_ in ("VERB", "AUX"):
            return False
        return glued_to_word(self.doc, piece.start, before, self.hit_at, self.lex.verbs)

    def _named_by_cue(self, piece: _Piece) -> bool:
        """A capitalized quotation a cue gives as a name: called her “Crooked Hillary”."""
        for i in range(max(0, piece.start - self.settings.naming_reach), piece.start):
            if self.doc[i].lemma_.lower() in self.lex.naming_verbs and i in self.hit_at:
                return True
        return False

    def _sides(self, piece: _Piece):
        after, before = ("after", self._cue_after), ("before", self._cue_before)
        prev = piece.start - 1
        while prev >= 0 and self.doc[prev].is_space:
            prev -= 1
        if prev >= 0 and self.doc[prev].text == ":":
            return before, after
        return after, before

    def _enclosing(self, piece: _Piece) -> CueHit | None:
        """The reported speech this quotation is a part of ("noted that they were each “tested”")."""
        q = piece.quoted
        for hit in self.hits_in[self._paragraph(q.start)]:
            if hit.content is None:
                continue
            lo, hi = hit.content
            if lo <= q.start and q.end <= hi and not self._is_all_quote(hit.content, q):
                return hit
        return None

    def _is_all_quote(self, content: tuple[int, int], q: Quoted) -> bool:
        """The complement is the quotation itself ("said: “...”", "said that “...”"), not a clause holding it."""
        overlap = min(content[1], q.end) - max(content[0], q.start)
        return overlap > 0 and not outside_words(self.text, content, q).strip(" \n\t,.:;")

    def _complement_of(self, piece: _Piece) -> CueHit | None:
        q = piece.quoted
        for hit in self.hits_in[self._paragraph(q.start)]:
            if hit.content is not None and self._is_all_quote(hit.content, q):
                return hit
        return None

    def _cue_after(self, piece: _Piece) -> CueHit | None:
        """“...,” said Smith / “...,” Smith told the Guardian."""
        doc = self.doc
        glued = self.hit_at.get(piece.end - 1)  # a dash the tokenizer glued to the closing mark
        if glued is not None and glued.chars is not None:
            return glued
        limit = min(len(doc), piece.end + self.settings.reach)
        for i in range(piece.end, limit):
            hit = self.hit_at.get(i)
            if hit is not None and "quote" in hit.word.frames and self._only_subject_between(hit, piece.end):
                return hit
            if self.quoted[i]:
                return None
            if doc[i].is_sent_start and i > piece.end and doc[i - 1].text not in (",", "”", '"'):
                return None
        return None

    def _only_subject_between(self, hit: CueHit, begin: int) -> bool:
        subject = subject_of(hit.verb)
        lo, hi = (subject.left_edge.i, subject.right_edge.i) if subject is not None else (-1, -1)
        for j in range(begin, hit.start):
            token = self.doc[j]
            if token.is_punct or token.is_space or lo <= j <= hi or token.dep_ in ("advmod", "npadvmod"):
                continue
            return False
        return True

    def _cue_before(self, piece: _Piece) -> CueHit | None:
        """Smith said: “...” / Smith told reporters, “...”"""
        doc = self.doc
        floor = max(0, piece.start - self.settings.reach)
        for i in range(piece.start - 1, floor - 1, -1):
            if self.quoted[i]:
                return None
            hit = self.hit_at.get(i)
            if hit is not None and "quote" in hit.word.frames and self._only_frame_between(hit, piece.start):
                return hit
            if i > 0 and doc[i].is_sent_start and doc[i - 1].text != ":":
                return None
        return None

    def _only_frame_between(self, hit: CueHit, end: int) -> bool:
        """Between the cue and the quotation: punctuation, "that", or the cue's own objects and adverbs."""
        verb = hit.verb
        for j in range(hit.end, end):
            token = self.doc[j]
            if token.is_punct or token.is_space or token.lower_ == "that":
                continue
            if token.pos_ == "VERB" or not descends(token, verb):
                return False
        return True

    def _paragraph(self, char: int) -> int:
        return bisect_right(self.par_starts, char) - 1

    def _sentence(self, i: int) -> int:
        return bisect_left(self.sent_starts, i + 1) - 1

    # -- records -------------------------------------------------------------

    def _direct(self, piece: _Piece) -> Quote | None:
        q = piece.quoted
        if piece.how in ("title", "label") or (piece.hit is None and word_count(self.text, q) < self.settings.unattributed_words):
            return None
        speaker = cue = addressee = None
        if piece.hit is not None:
            speaker = self._speaker(piece.hit)
            cue = self._cue(piece.hit)
            addressee = addressee_of(self.doc, piece.hit.verb, self.lex.channels, self.text)
        confidence = _CONFIDENCE[piece.how] - (0.0 if q.opened and q.closed else 0.1)
        if speaker is not None and speaker.person is None and speaker.organization is None:
            confidence -= 0.1
        return Quote(
            id="",
            kind=piece.kind,
            text=self.text[q.start : q.end],
            start=q.start,
            end=q.end,
            speaker=speaker,
            cue=cue,
            addressee=addressee,
            confidence=round(max(0.05, confidence), 2),
            attribution=self._attribution(piece.hit, quoted=piece.kind == "direct", marked=True),
        )

    def _nested(self, piece: _Piece) -> Quote | None:
        """A quote within a quote, when a cue inside the outer one gives it ("She said, ‘…’")."""
        outer = next((p for p in self.pieces if p.start <= piece.start and piece.end <= p.end), None)
        if outer is None:
            return None
        hit = nested_cue(self.doc, self.lex, (outer.start, outer.end), (piece.start, piece.end), self.settings.reach)
        if hit is None:
            return None
        piece.hit, piece.how = hit, "after"
        return self._direct(piece)

    def _attribution(self, hit: CueHit | None, *, quoted: bool, marked: bool = False) -> str:
        """speech | thought | intention: what the cue reports, whatever marks the words carry.

        marked: the words carry quotation marks; a naming cue's quoted name is the
        source's words ("called it “a promising step”"), so speech.
        """
        if hit is None:
            return "speech"
        if marked and hit.lemma in self.lex.naming_verbs:
            return "speech"
        by_class = self.lex.class_attribution.get(hit.word.cls, "speech")
        head = hit.content_head
        if quoted and by_class == "speech":
            return "speech"
        if head is not None and head.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children):
            return "intention"  # "agreed to pay", "vowed to fight"
        return self.lex.stance_lemmas.get(hit.lemma, by_class)

    def _indirect(self, hit: CueHit, quoting: bool = False) -> list[Quote]:
        """A cue's reported speech (two pieces around an aside); quoting: only its pieces outside the quotation."""
        pieces = [m for m in hit.more if not overlaps(self.quotations, m)] if quoting else [hit.content, *hit.more]
        if not pieces or pieces[0] is None:
            return []
        speaker = self._speaker(hit)
        if speaker is None and (modifies_noun(hit.verb) or unsourced_form(hit.verb, self.lex)):
            return []
        confidence = _INDIRECT_CONFIDENCE.get(hit.word.cls, 0.5) - (0.2 if speaker is None else 0.0)
        if says_nothing(hit.content_head):
            confidence = min(confidence, 0.3)
        cue = self._cue(hit)
        addressee = addressee_of(self.doc, hit.verb, self.lex.channels, self.text)
        # "Okafor: …", "A: …": the answer as printed; a headline's "Poll: Clinton leads" is no transcript turn
        transcript = hit.word is self.lex.label and not self._headline(hit)
        lo, hi = pieces[0]
        marked = any(ch in _OPENING for ch in self.text[lo:hi])
        attribution = "speech" if transcript else self._attribution(hit, quoted=False, marked=marked)
        floor = self.doc[self.floor].idx if self.floor < len(self.doc) else 0
        return [
            Quote(
                id="",
                kind="direct" if transcript else "indirect",
                text=self.text[start:end],
                start=start,
                end=end,
                speaker=speaker,
                cue=cue,
                addressee=addressee,
                confidence=round(confidence, 2),
                attribution=attribution,
            )
            for start, end in [(max(lo, floor), hi) for lo, hi in pieces]
            if not is_time_phrase(self.text[start:end])  # "Last Easter, he said, …": when, not what
        ]

    def _headline(self, hit: CueHit) -> bool:
        """A label opening the article's first paragraph when the next paragraph is no labelled turn."""
        if self._paragraph(hit.verb.idx) != 0 or hit.content is None:
            return False
        words = self.text[hit.content[0] : hit.content[1]].strip().rstrip(".,;:!?")
        if words[:1] in _OPENING and words[-1:] in _CLOSING:
            return False  # Sanders: ‘We Are Going All The Way.’ — his words, printed as such
        return not any(h.word is self.lex.label for h in self.hits_in.get(1, ()))

    def _speaker(self, hit: CueHit) -> Speaker | None:
        key = hit.verb.i
        if key not in self.speakers:
            if hit.turn is not None:
                self.speakers[key] = (None, turn_speaker(self.doc, self.text, hit.verb, hit.turn, self.intro_end))
                return self.speakers[key][1]
            source = printed(self._source(hit))
            if source is not None and is_time_phrase(self.text[self.doc[source.start].idx : end_char(self.doc[source.end - 1])]):
                source = None  # "Last Easter, the pastor said": a misparse makes the time the subject
            speaker = resolve(self.doc, source, self.text) if source is not None else None
            if speaker is not None and is_time_phrase(speaker.name):
                # "Last Easter", which the small model tags as a person, is no one; the mention is not
                # kept either, since dateline_dialogue would resolve it back to the same cluster
                source = speaker = None
            if speaker is not None and speaker.person is None and speaker.organization is None and source.end - source.start == 1:
                named = document_named(self.doc[source.start])  # "The report is blunt. It says …"
                speaker = replace(speaker, name=named) if named else speaker
            if speaker is not None and (speaker.person is None or speaker.name.isupper()) and hit.word is self.lex.label:
                speaker = turn_speaker(self.doc, self.text, hit.verb, "named", self.intro_end, speaker)
            self.speakers[key] = (source, speaker)
        return self.speakers[key][1]

    def _source(self, hit: CueHit) -> Source | None:
        if hit.shares_source_of is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in hit.verb.children):
            return self._source(hit.shares_source_of)
        if hit.source is not None:
            lo, hi = hit.source
            head = self.doc[lo:hi].root
            return self._above_floor(Source(lo, hi, head))
        carrier = document_carrier(hit.verb, self.lex)  # "His office put out a statement saying …"
        subject = object_controller(hit.verb) or subject_of(carrier if carrier is not None else speaking_verb(hit.verb, self.hit_at))
        subject = inverted_aside(outside_quotation(experiencer(hit.verb) or beside_passive(hit.verb) or subject or perfect_subject(hit.verb), hit.verb, self.quoted), hit.verb)
        if subject is not None and subject.i == getattr(hit.raised, "i", None):
            return None  # "They appear to be …": the subject is part of what is attributed
        if subject is None:
            implied = implied_source(hit.verb)
            return self._above_floor(implied) if implied is not None else None
        return self._above_floor(behind_place(subject, self.lex.places) or source_of(subject, self.hit_at))

    def _above_floor(self, source: Source) -> Source | None:
        """The source without the wire dateline the parse may have joined to it ("WASHINGTON (AP) — Smith")."""
        if source.start >= self.floor:
            return source
        if source.end <= self.floor:
            return None
        head = source.head if source.head.i >= self.floor else self.doc[self.floor : source.end].root
        return Source(self.floor, source.end, head)

    def _cue(self, hit: CueHit) -> Cue:
        start, end = hit.chars or (self.doc[hit.start].idx, end_char(self.doc[hit.end - 1]))
        return Cue(text=self.text[start:end], lemma=hit.lemma, start=start, end=end)


_INDIRECT_CONFIDENCE = {"speech": 0.7, "writing": 0.7, "thought": 0.5, "intention": 0.4, "stance": 0.4}
_CONFIDENCE = {
    "complement": 0.9,
    "after": 0.9,
    "before": 0.85,
    "partial": 0.75,
    "continuation": 0.75,
    "reported": 0.6,
    "unattributed": 0.3,
}
