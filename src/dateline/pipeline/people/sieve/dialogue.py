"""The `dateline_dialogue` component: first- and second-person pronouns, after the quotations.

Who "I" and "you" are depends on who is speaking, which only the quotes
component knows, so this runs after it:

- inside a direct or partial quotation, `I/me/my` is its speaker, `you/your`
  its addressee, and `we/our` the organization when an organization (or its
  spokesperson) speaks;
- an interview whose speaker labels were lost (an introduction naming the
  interviewee, then question paragraphs alternating with answers): `I/me/my`
  of the answers and `you` of the questions are the interviewee;
- a letter ("Dear Hannah: … Yours, Bill"): `you` is the addressee, `I` the signer;
- a narrator who names themself ("I'm Alex", "my name is Alex") is every
  unquoted `I` of the article, or of the paragraph when several do.

Quote speakers are then re-read: a source that is now resolved takes its
cluster's canonical name.
"""

from __future__ import annotations

from collections.abc import Iterator
from bisect import bisect_right
from functools import cache
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .... import lexicon
from ....records import Speaker
from ... import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ...quotes.bare_sources import without_bare_source
from ...quotes.marks import paragraph_spans
from .. import scan
from ..entities import Cluster, MentionRef
from . import cataphora, described_nouns, precise, sieve_lexicon
from .clusters import SUBJECT_DEPS
from .floor import floor_turns
from .narrator import addressed, byline_author
from .speaker_names import name_speakers
from .speaker_turns import carry_speakers
from .spokespeople import spoken_for
from .interview import Layout, cluster_named, find_layout, is_question
from .speaker_cores import core as _core
from .speaker_cores import people_noun as _people_noun
from .title import interviewee, parse_title, title_names

_SPEECH_KINDS = frozenset({"direct", "partial"})
_NAMING_VERBS = frozenset({"call", "name", "nickname"})
_NAMES = frozenset({"full", "first", "surname", "single", "possessive"})
_NAMING_WORDS = ("i", "me", "name")  # the words _named_as starts from
_PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_OTHER_REACH = 200  # tokens back to the other person a quotation's pronoun may stand for


@Language.factory(
    "dateline_dialogue",
    requires=["doc._.dl_people", "doc._.dl_orgs", "doc._.dl_refs", "doc._.dl_resolver", "doc._.dl_quotes"],
    assigns=["doc._.dl_people", "doc._.dl_orgs", "doc._.dl_refs", "doc._.dl_quotes"],
)
def make_dialogue(nlp: Language, name: str) -> DialogueResolver:
    return DialogueResolver(nlp)


class DialogueResolver:
    """Does nothing after the people component's legacy resolver, which left first and second persons alone.

    nlp: the pipeline, whose model components parse an interview's title (`title.py`).
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if doc._.dl_resolver == "sieve" and doc._.dl_refs is not None:
            _Dialogue(doc, self.nlp).run()
        scan.release(doc)  # the columns it read again: a kept Doc need not hold them
        return doc


class _Dialogue:
    def __init__(self, doc: Doc, nlp: Language) -> None:
        self.doc = doc
        self.nlp = nlp
        self.title_names: list | None = None  # parsed from doc._.title when an interview needs it
        self.retyped: dict[str, Cluster] = {}  # organization id -> the person it turned out to be
        underscore = doc._  # each `doc._` is a new object
        self.refs: dict[int, Cluster] = underscore.dl_refs
        self.refs_then = dict(self.refs)  # the predicate pass reads again only the sentences this changes
        self.people = list(underscore.dl_people or ())
        self.orgs = list(underscore.dl_orgs or ())
        self.quotes = underscore.dl_quotes or ()
        self.by_id = {c.id: c for c in self.people + self.orgs}
        self.added = 0  # first and second persons resolved here
        self.pronouns = sieve_lexicon().pronouns
        self.quoted: dict[int, object] = {}  # token index -> the Quote it stands in
        self.text = extensions.text_of(doc)
        self.paragraphs = paragraph_spans(self.text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.named = sorted((m.start, c) for c in self.people for m in c.mentions if m.kind in _NAMES)
        self.named_at = [i for i, _ in self.named]

    def run(self) -> None:
        cataphora.resolve(
            self.doc, self.people, self.refs, roles=sieve_lexicon().roles, quotes=self.quotes,
            paragraph_starts=self.paragraph_starts, pronouns=self.pronouns,
        )
        name_speakers(self.doc, self.quotes, self.people, self.refs, text=self.text, not_names=sieve_lexicon().not_names)
        self._carry_speakers()
        self._quotations()
        layout = find_layout(self.doc, self.text, self.paragraphs, self.people, self.quoted, self._titled)
        if layout is not None:
            self._layout(layout)
        else:
            self._layout(Layout(floor_turns(self.doc, self.text, self.paragraphs, self.refs, self.quoted)))
        if not self._self_naming() and layout is None:
            narrator = addressed(self.doc, self.quotes, self.quoted, self.refs) or byline_author(
                self.doc, self.quoted, self.people)
            if narrator is not None:
                self._narrates(narrator)
        self._number_new()
        self._predicates()
        self._respeak()
        if self._requote():
            self._respeak()  # "'… and I said, "…"'": the inner quotation's "I", now its speaker's, names it
        for cluster in self.people + self.orgs:
            cluster.mentions.sort(key=lambda m: m.start)

    def _predicates(self) -> None:
        """"I'm a licensed contractor", "As a psychiatrist, I …": the sieve's predicate pass again, now
        that first and second persons are resolved (descriptions it already linked are not added twice)."""
        if not self.added:
            return  # nothing new for a predicate to describe
        seen = {m.end - 1 for c in self.people + self.orgs for m in c.mentions if m.kind == "description"}
        precise.link_descriptions(self.doc, self.refs, nouns=described_nouns(), seen=seen, since=self.refs_then)

    def _number_new(self) -> None:
        """People first named by a salutation, a signature or a title join the record after the others
        (one named only in the title and given no pronoun stays out: nothing in the text is theirs)."""
        self.people = [c for c in self.people if c.id or c.mentions]
        n = sum(1 for c in self.people if c.id)
        for cluster in self.people:
            if not cluster.id:
                n += 1
                cluster.id = f"p{n}"
                self.by_id[cluster.id] = cluster
                for m in cluster.mentions:
                    for i in range(m.start, m.end):
                        self.refs.setdefault(i, cluster)
        self.doc._.dl_people = self.people
        self.doc._.dl_orgs = self.orgs

    # -- who speaks in quotations ----------------------------------------

    def _carry_speakers(self) -> None:
        """A "she said" right after the previous quotation's named speaker is that speaker (`speaker_turns.py`)."""
        if sum(1 for q in self.quotes if q.kind in _SPEECH_KINDS) < 2:
            return
        marks = sorted((q.start, q.end) for q in self.quotes if q.kind in _SPEECH_KINDS)
        quotes = carry_speakers(self.doc, self.quotes, self.people, self.refs, pronouns=self.pronouns,
                                paragraph=self._paragraph, quoted_chars=marks, person_nouns=_person_nouns_gender())
        if any(a is not b for a, b in zip(quotes, self.quotes)):
            self.quotes = quotes
            self.doc._.dl_quotes = quotes

    def _quotations(self, quotes=None, *, again: bool = False) -> None:
        # the innermost quotation first: in "She said, 'I don't care,'" Reeve told the court, the "I" is hers
        quotes = self.quotes if quotes is None else quotes
        speech = sorted((q for q in quotes if q.kind in _SPEECH_KINDS), key=lambda q: q.end - q.start)
        for quote in speech:
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:
                continue
            speaker = self._speaker_cluster(quote.speaker)
            addressee = self._addressee_cluster(quote.addressee)
            org = self._speaking_org(speaker)
            if org is None and speaker is None and quote.speaker is not None:  # "a spokeswoman for Acme Corp said"
                org = spoken_for(self.doc, quote.speaker.start, quote.speaker.end, self.refs)
            for token in span:
                self.quoted.setdefault(token.i, quote)
                if not again and speaker is not None and self.refs.get(token.i) is speaker and token.pos_ == "PRON":
                    self._not_the_speaker(token, speaker)
                info = self._pronoun(token)
                if info is None:
                    continue
                if info.person == "1" and info.number == "singular" and speaker is not None:
                    if speaker.label == "PERSON":
                        self._add(speaker, token)
                elif info.person == "1" and info.number == "plural" and org is not None:
                    self._add(org, token)
                elif info.person == "2" and addressee is not None:
                    self._add(addressee, token)

    def _requote(self) -> bool:
        """"“I’m sorry,” I say": a quotation whose speaker was a first person only the narrator pass resolved
        is read again for its I and you, now that `_respeak` names its speaker: only when the speaker is named in
        the quotation's own paragraph (a speaker carried over a run of turns is the quote component's guess)."""
        before = {q.id: q.speaker for q in self.quotes}
        self.quotes = self.doc._.dl_quotes
        # a bare "you" or "that" the respeak pass dropped leaves a quotation with no speaker to read it for
        renamed = [q for q in self.quotes if q.speaker is not None and q.speaker != before.get(q.id)
                   and q.kind in _SPEECH_KINDS and self._paragraph(q.speaker.start) == self._paragraph(q.start)]  # not a run of turns
        added = self.added
        if renamed:
            self._quotations(renamed, again=True)
        return self.added > added

    def _not_the_speaker(self, token: Token, speaker: Cluster) -> None:
        """"He has been my constant associate," Byron wrote: a quotation's he or she is not its speaker.

        The pronoun goes to the last other person of its gender named before it, or to no one.
        """
        info = self.pronouns.get(token.lower_)
        if info is None or info.person != "3" or info.animacy != "person":
            return
        mention = next((m for m in speaker.mentions if m.start == token.i and m.kind == "pronoun"), None)
        if mention is None:
            return
        speaker.mentions.remove(mention)
        del self.refs[token.i]
        if _kin_before(token, info.gender):
            return  # "My mum was in the crowd, so that one was for her": the mother, no one of the article
        k = bisect_right(self.named_at, token.i) - 1
        while k >= 0 and token.i - self.named_at[k] <= _OTHER_REACH:
            other = self.named[k][1]
            if other is not speaker and other.label == "PERSON" and other.gender in (None, info.gender):
                self._add(other, token)
                return
            k -= 1

    def _speaker_cluster(self, speaker: Speaker | None) -> Cluster | None:
        if speaker is None:
            return None
        if speaker.person:
            return self.by_id.get(speaker.person)
        if speaker.organization:
            return self.by_id.get(speaker.organization)
        return None

    def _addressee_cluster(self, addressee) -> Cluster | None:
        if addressee is None:
            return None
        if addressee.organization:
            return self.by_id.get(addressee.organization)
        return next((c for c in self.people if c.name == addressee.name), None)

    def _speaking_org(self, speaker: Cluster | None) -> Cluster | None:
        """The organization that speaks, itself or through someone with a role in it."""
        if speaker is None:
            return None
        if speaker.label == "ORG":
            return speaker
        names = {r.organization for r in speaker.roles if r.organization}
        return next((o for o in self.orgs if o.name in names), None)

    # -- interviews, letters, narrators ----------------------------------

    def _titled(self, *, interview_only: bool, intro_end: int) -> Cluster | None:
        """The interviewee the title names (interview.TitledPerson); without one, an interview that opens
        with its first question is the one person its answers' quotations are attributed to."""
        if self.doc._.title and self.title_names is None:
            parsed = parse_title(self.nlp, self.doc._.title)
            self.title_names = title_names(parsed, roles=sieve_lexicon().roles)
        for words, syntactic in self.title_names or ():
            if interview_only and not syntactic:
                continue
            person = interviewee(self.doc, [(words, syntactic)], self.people, self.orgs, self.refs, retype=self._retype)
            if person is not None and (syntactic or any(m.start_char < intro_end for m in person.mentions)):
                return person
        return self._only_speaker() if interview_only and intro_end == 0 else None

    def _only_speaker(self) -> Cluster | None:
        """The one person the answers' attributed quotations are given to, in an interview without
        introduction (a pull quote: "… We have brains." — Peres); quotations in questions are the interviewer's topic."""
        speakers = set()
        for quote in self.quotes:
            if quote.kind in _SPEECH_KINDS and quote.speaker is not None and quote.speaker.person:
                s, e = self.paragraphs[self._paragraph(quote.start)]
                if not is_question(self.text, s, e):
                    speakers.add(quote.speaker.person)
        return self.by_id.get(speakers.pop()) if len(speakers) == 1 else None

    def _retype(self, cluster: Cluster) -> None:
        """An organization the title shows to be a person joins the people (its it/its left behind)."""
        self.orgs.remove(cluster)
        self.retyped[cluster.id] = cluster
        for m in [m for m in cluster.mentions if m.kind == "pronoun" and m.text.lower() not in _PERSONAL]:
            cluster.mentions.remove(m)
            for i in range(m.start, m.end):
                self.refs.pop(i, None)
        cluster.label, cluster.id = "PERSON", ""
        self.people.append(cluster)

    def _layout(self, layout: Layout) -> None:
        groups: dict[int, list] = {}  # a letter's two turns share one stretch
        for turn in layout.turns:
            groups.setdefault(turn[0][0], []).append(turn)
        starts = sorted(groups)
        for token in self._pronoun_words():
            info = self._pronoun(token)
            k = bisect_right(starts, token.idx) - 1
            if info is None or self._voiced(token) or k < 0:
                continue
            person = "we" if info.number == "plural" and info.person == "1" else info.person
            for (_, end), cluster, persons in groups[starts[k]]:
                if token.idx < end and person in persons:
                    self._add(cluster, token)
                    break

    def _voiced(self, token: Token) -> bool:
        """Inside a quotation someone is said to speak; one with no speaker in a turn is the turn's own words
        (a stray quotation mark that the quote component ran on with)."""
        quote = self.quoted.get(token.i)
        return quote is not None and quote.speaker is not None

    def _narrates(self, narrator: Cluster) -> None:
        for token in self._pronoun_words():
            info = self._pronoun(token)
            if info is not None and info.person == "1" and info.number == "singular" and token.i not in self.quoted:
                self._add(narrator, token)

    def _self_naming(self) -> bool:
        """"I'm Alex" / "my name is Alex": the narrator's name, for the unquoted first persons.

        Returns whether anyone named themself.
        """
        namings: list[tuple[int, Cluster]] = []
        for i in scan.indices(self.doc, lowers=_NAMING_WORDS):
            cluster = self._named_as(self.doc[i])
            if cluster is not None:
                namings.append((i, cluster))
        if not namings:
            return False
        single = len({id(c) for _, c in namings}) == 1
        by_paragraph: dict[int, Cluster] = {}
        for i, cluster in namings:  # the last naming of each paragraph
            by_paragraph[self._paragraph(self.doc[i].idx)] = cluster
        for token in self._pronoun_words():
            info = self._pronoun(token)
            if info is None or info.person != "1" or info.number != "singular" or token.i in self.quoted:
                continue
            if single:
                self._add(namings[0][1], token)
                continue
            cluster = by_paragraph.get(self._paragraph(token.idx))
            if cluster is not None:
                self._add(cluster, token)
        return True

    def _paragraph(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    def _named_as(self, token: Token) -> Cluster | None:
        """The person a first person is equated with: "I am Alex", "I'm your host, Dave",
        "my name is Alex", "I, Joshua Norton,", "called me Muscles"."""
        if token.i in self.quoted:
            return None
        doc, lower = self.doc, token.lower_
        if lower == "me" and token.head.lemma_ in _NAMING_VERBS and token.i + 1 < len(doc):
            return self._name_at(doc[token.i + 1])
        if token.text == "I" and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
            cluster = self._name_at(doc[token.i + 2], create=False)
            if cluster is not None:
                return cluster
        is_my_name = lower == "name" and token.i > 0 and doc[token.i - 1].lower_ == "my"
        if not (is_my_name or token.text == "I") or token.dep_ not in SUBJECT_DEPS or token.head.lemma_ != "be":
            return None
        verb = token.head
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "I'm not Michael Jackson"
        for t in doc[verb.i + 1 : min(verb.i + 8, len(doc))]:
            if t.is_sent_start or t.pos_ in ("CCONJ", "VERB") or t.text in (".", ";", "!", "?"):
                break
            # "I am Alex", or a role noun then the name: "I'm your host, Dave" (not "I'm sorry, Jonathan")
            after_role = doc[t.i - 1].text == "," and any(x.pos_ == "NOUN" for x in doc[verb.i + 1 : t.i])
            if t.pos_ == "PROPN" and (t.i == verb.i + 1 or after_role):
                return self._name_at(t, create=is_my_name)
        return None

    def _name_at(self, token: Token, *, create: bool = True) -> Cluster | None:
        """The person whose name starts at `token`; with `create`, a new one for a name not seen yet."""
        if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
            return None
        cluster = self.refs.get(token.i)
        if cluster is not None:
            return cluster if cluster.label == "PERSON" else None
        if not create:
            return None
        words = [token]
        while words[-1].i + 1 < len(self.doc) and self.doc[words[-1].i + 1].pos_ == "PROPN" and len(words) < 4:
            words.append(self.doc[words[-1].i + 1])
        cluster = cluster_named(self.doc, words, self.people)
        for i in range(words[0].i, words[-1].i + 1):
            self.refs[i] = cluster
        return cluster

    # -- bookkeeping -----------------------------------------------------

    def _pronoun_words(self) -> Iterator[Token]:
        """The tokens whose lower-case form is a pronoun's, in text order: the walks look at nothing else."""
        doc = self.doc
        return (doc[i] for i in scan.indices(doc, lowers=self.pronouns))

    def _pronoun(self, token: Token):
        info = self.pronouns.get(token.lower_)
        if info is None or info.person == "3" or token.i in self.refs or token.text == "i":
            return None
        if token.pos_ != "PRON" and token.lower_ not in ("us", "i"):
            return None
        return info

    def _add(self, cluster: Cluster, token: Token) -> None:
        if token.i in self.refs:
            return
        subject = token.dep_ in SUBJECT_DEPS
        cluster.add(MentionRef(token.i, token.i + 1, token.idx, token.idx + len(token), token.text, "pronoun", subject))
        self.refs[token.i] = cluster
        self.added += 1

    def _respeak(self) -> None:
        """Unnamed speakers: a now resolved mention takes its cluster's name; a description is cut to its core.

        The name is never a whole appositive ("Valeska Paris, an Australian
        woman," -> "Valeska Paris") nor a possessive phrase: "Cornyn's
        statement" is Cornyn's, "Malaysia's Prime Minister" the person who
        holds that role in the article, else "Prime Minister".
        """
        quotes = []
        renamed: dict[Speaker, Speaker] = {}  # several quotations share a speaker ("the company said")
        for quote in self.quotes:
            speaker = quote.speaker
            if speaker is not None and speaker.organization in self.retyped:
                person = self.retyped[speaker.organization]
                quote = replace(quote, speaker=replace(speaker, person=person.id, organization=None, name=person.name))
            elif speaker is not None and not speaker.person and not speaker.organization:
                new = renamed.get(speaker)
                if new is None:
                    span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                    new = renamed[speaker] = speaker if span is None else self._renamed(speaker, span)
                if new is not speaker:
                    quote = replace(quote, speaker=new)
            if quote.addressee is not None:
                quote = replace(quote, addressee=self._readdressed(quote.addressee))
            quotes.append(without_bare_source(quote, self.text))
        self.doc._.dl_quotes = quotes

    def _readdressed(self, addressee):
        """"he told me": a first or second person addressee is whom the pronoun now stands for, else none."""
        span = self.doc.char_span(addressee.start, addressee.end)
        if span is None or len(span) != 1 or addressee.organization:
            return addressee
        info = self.pronouns.get(span[0].lower_)
        if info is None or info.person == "3" or span[0].pos_ != "PRON":
            return addressee
        cluster = self.refs.get(span.start)
        if cluster is None:
            return None  # "me" of an unknown narrator says nobody's name
        org = cluster.id if cluster.label == "ORG" else None
        return replace(addressee, name=cluster.name, organization=org)

    def _renamed(self, speaker: Speaker, span) -> Speaker:
        root = span.root
        cluster = self.refs.get(root.i) or self._through(root) or self._name_at_end(span)
        if cluster is None:
            if speaker.name != span.text:
                return speaker  # a name the quote component gave ("the interviewer" of a "Q:" label)
            name = _core(span)
            return replace(speaker, name=name) if name else speaker
        org = cluster.id if cluster.label == "ORG" else None
        person = cluster.id if cluster.label == "PERSON" and not cluster.group else None
        return replace(speaker, person=person, organization=org, name=cluster.name)

    def _name_at_end(self, span) -> Cluster | None:
        """The person a role phrase ends in ("Governor of Washington Chris Gregoire"), not one after "of"."""
        end = span.end
        while end > span.start and span.doc[end - 1].is_punct:
            end -= 1
        cluster = self.refs.get(end - 1) if end > span.start else None
        if cluster is None or cluster.label != "PERSON":
            return None
        start = end - 1
        while start > span.start and self.refs.get(start - 1) is cluster:
            start -= 1
        if start == span.start or span.doc[start - 1].pos_ == "ADP" or span.doc[start].pos_ != "PROPN":
            return None  # the whole span is the name, or "the wife of John Smith"
        return cluster

    def _through(self, root: Token) -> Cluster | None:
        """The cluster behind an appositive name or, for a thing's noun, its possessor."""
        poss = None
        for child in root.children:  # one walk: a root's children are found by scanning its whole subtree
            dep = child.dep_
            if dep == "appos" and child.i in self.refs:
                return self.refs[child.i]
            if dep == "poss" and poss is None:
                poss = child
        if poss is None:
            return None
        lemma = root.lemma_.lower()
        if lemma in sieve_lexicon().roles or root.lower_ in sieve_lexicon().roles:
            title = " ".join(t.lower_ for t in root.doc[poss.right_edge.i + 1 : root.i + 1] if not t.is_punct)
            return next((c for c in self.people if any(
                r.title.endswith(title) and self._same_possessor(r, poss) for r in c.roles)), None)
        if _people_noun(root):
            return None  # "her family said": other people than the possessor, who speak for themselves
        return self.refs.get(poss.i)


    def _same_possessor(self, role, poss: Token) -> bool:
        """Whether a role stated elsewhere is the possessor's: "Jones's lawyer" is not "the council's lawyer"."""
        span = self.doc.char_span(role.start_char, role.end_char, alignment_mode="expand")
        if span is None or span.start < 2 or self.doc[span.start - 1].tag_ != "POS":
            return True  # "Amy Smith, a lawyer": nothing says whose
        other = self.doc[span.start - 2]
        cluster = self.refs.get(poss.i)
        return other.lower_ == poss.lower_ or (cluster is not None and self.refs.get(other.i) is cluster)


def _kin_before(token: Token, gender: str) -> bool:
    """Whether a kin noun of the pronoun's gender ("mum", "wife") stands before it in its sentence."""
    kin = _gendered_kin()
    sentence = token.sent
    return any(kin.get(t.lower_) == gender for t in token.doc[sentence.start : token.i] if t.pos_ == "NOUN")


@cache
def _person_nouns_gender() -> dict[str, str]:
    """Kin and role nouns -> the gender they give a described speaker, "any" when none ("lawyer")."""
    nouns = {w: "any" for w in sieve_lexicon().roles}
    nouns.update({k: v[0] if v and v[0] in ("male", "female") else "any" for k, v in lexicon.lower_table("kinship.tsv").items()})
    return nouns


@cache
def _gendered_kin() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.lower_table("kinship.tsv").items() if v and v[0] in ("male", "female")}
