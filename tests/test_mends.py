"""The people sieve's small closed word sets, read from data files, are the sets the code kept before."""

import spacy

from dateline import lexicon
from dateline.pipeline.people.sieve import groups, regnal


def test_book_numbers_come_from_the_ordinals_file():
    assert groups._book_numbers() == {"first", "second", "1", "2", "1st", "2nd"}


def test_ordinal_before_an_invented_name():
    doc = spacy.blank("en")("Second Halvorans 3:4 was read aloud.")
    assert groups._ordinal(doc[0]) and not groups._ordinal(doc[1])


def test_moved_word_sets_are_unchanged():
    assert lexicon.words("coref/example_words.txt") == {"like", "as", "including"}
    assert lexicon.words("coref/coordination_dropped_first.txt") == {"the", "both"}
    assert lexicon.words("coref/reflexives.txt") == {"himself", "herself"}
    numerals = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()
    assert regnal._numerals() == frozenset(numerals)
