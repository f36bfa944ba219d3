"""The word lists of `data/quotes/` that find and read cues, loaded once per process."""

from __future__ import annotations

from functools import cache

from ... import lexicon
from .hits import CueWord


class QuoteLexicon:
    """The word lists of `data/quotes/`, read once."""

    def __init__(self) -> None:
        self.verbs: dict[str, CueWord] = {}
        for lemma, cells in lexicon.table("quotes/cue_verbs.tsv").items():
            frames = frozenset(f.strip() for f in (cells[1] if len(cells) > 1 else "").split(",") if f.strip())
            self.verbs[lemma.lower()] = CueWord(lemma.lower(), cells[0] if cells else "speech", frames)
        self.nouns: dict[str, CueWord] = {
            lemma.lower(): CueWord(lemma.lower(), cells[0], frozenset(f.strip() for f in cells[1].split(",")))
            for lemma, cells in lexicon.table("quotes/cue_nouns.tsv").items()
        }
        self.adjectives: dict[str, CueWord] = {
            lemma.lower(): CueWord(lemma.lower(), cells[0], frozenset(f.strip() for f in cells[1].split(",")))
            for lemma, cells in lexicon.table("quotes/cue_adjectives.tsv").items()
        }
        self.particles = {
            k: frozenset(w.strip().lower() for w in v[0].split(","))
            for k, v in lexicon.lower_table("quotes/cue_particles.tsv").items()
        }
        self.channels = lexicon.lower_table("quotes/channels.tsv")
        self.not_in_cue = lexicon.words("quotes/not_in_cue.txt")
        self.not_labels = lexicon.words("quotes/not_speaker_labels.txt")
        self.turns = {k: v[0] for k, v in lexicon.lower_table("quotes/transcript_labels.tsv").items()}
        self.source_nouns = lexicon.words("quotes/source_nouns.txt")
        self.title_words = lexicon.words("quotes/title_small_words.txt")
        self.naming_verbs = lexicon.words("quotes/naming_verbs.txt")
        self.aspect_verbs = lexicon.words("quotes/aspect_verbs.txt")
        self.habit_verbs = lexicon.words("quotes/habit_verbs.txt")
        self.passive_preps = lexicon.words("quotes/passive_prepositions.txt")
        self.as_verbs = {k: CueWord(k, v[0], frozenset({"as"})) for k, v in lexicon.lower_table("quotes/as_cue_verbs.tsv").items()}
        self.made_clear = _word_sets("quotes/made_clear.tsv")
        self.object_cues = _word_sets("quotes/object_cue_verbs.tsv")
        rows = (line.lower().split("\t") for line in lexicon.lines("quotes/light_cues.tsv"))
        self.light = {(row[0], row[1]): row[2] for row in rows}
        self.light_verbs = frozenset(verb for verb, _ in self.light)
        self.poll_nouns = lexicon.words("quotes/poll_nouns.txt")
        self.unsourced_forms = frozenset(tuple(line.split()[:2]) for line in lexicon.lines("quotes/unsourced_forms.tsv"))
        self.in_poll = CueWord("in", "stance", frozenset({"that"}))
        kinds = lexicon.lower_table("quotes/attribution.tsv")
        self.class_attribution = {k[6:]: v[0] for k, v in kinds.items() if k.startswith("class:")}
        self.stance_lemmas = {k: v[0] for k, v in kinds.items() if not k.startswith("class:")}
        self.prepositional: dict[str, list[tuple[tuple[str, ...], CueWord]]] = {}
        for phrase in lexicon.lines("quotes/prepositional_cues.txt"):
            words = tuple(phrase.lower().split())
            word = CueWord(" ".join(words), "speech", frozenset({"quote", "that"}))
            self.prepositional.setdefault(words[0], []).append((words, word))
        self.prepositional_lemmas = frozenset(w.lemma for group in self.prepositional.values() for _, w in group)
        addressing = lexicon.lower_table("quotes/addressee_verbs.tsv")
        self.addressed = frozenset(k for k, v in addressing.items() if "object" in v[0])  # "was told": the addressee
        self.places = frozenset(line.strip() for line in lexicon.lines("quotes/place_abbreviations.txt"))

        self.label = CueWord(":", "speech", frozenset({"quote", "that"}))
        self.signature = CueWord("—", "speech", frozenset({"quote"}))


def _word_sets(name: str) -> dict[str, frozenset[str]]:
    """A table of lemma to comma-separated words."""
    return {k: frozenset(w.strip() for w in v[0].split(",")) for k, v in lexicon.lower_table(name).items()}


@cache
def quote_lexicon() -> QuoteLexicon:
    return QuoteLexicon()
