"""People the text never names, kept out of a named person's cluster (`sieve/unnamed.py`, `sieve/interview.py`)."""

from __future__ import annotations

from dateline import analyze

from .people_lookup import cluster as _person
from .people_lookup import texts as _texts

_JUDGMENT = (
    "Counsel then read from the judgment of Lord Diplock in the Browning case. He wrote the following.\n\n"
    '"A defendant in an action in negligence is not a wrongdoer at large. He is a wrongdoer only in respect of '
    'the damage which he actually causes to the plaintiff."'
)


def test_an_indefinite_subject_opening_its_sentence_keeps_its_pronouns():
    record = analyze(_JUDGMENT, "2020-01-01")
    named = [m for p in record.people for m in _texts(p)]
    assert _texts(_person(record, "Diplock")).count("He") == 1  # "He wrote the following" is the judge's
    assert named.count("He") == 1 and "he" not in named  # the quotation's He and he are the defendant's: no name's


def test_an_indefinite_elsewhere_is_no_one_new():
    record = analyze("Maria Lopez trained for years. She became a doctor in 2010. She opened a clinic.", "2020-01-01")
    assert _texts(_person(record, "Maria Lopez")).count("She") == 2


_LETTER = "{}\n\nThank you for the parcel. I hope you are well and that you got my card.\n\nLove,\n\nMarcie Rickenbacker\n"


def test_a_salutation_to_a_relative_names_no_one():
    for salutation in ("Dear Mom,", "Mum,"):
        record = analyze(_LETTER.format(salutation), "2020-01-01")
        names = {p.name for p in record.people}
        assert not names & {"Mom", "Mum"}, salutation
        assert "I" in _texts(_person(record, "Marcie Rickenbacker"))


def test_a_salutation_to_a_name_still_names_the_addressee():
    record = analyze(_LETTER.format("Dear Hannah,"), "2020-01-01")
    assert "you" in _texts(_person(record, "Hannah"))
