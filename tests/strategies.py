"""Hypothesis strategies for records, shared by the storage round-trip tests."""

from __future__ import annotations

from hypothesis import strategies as st

from dateline.records import (
    Addressee, Age, ArticleRecord, Cue, Mention, Organization, Person, Quote, Relation, Role, Speaker,
    TimeExpression, TimelineEntry,
)

texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
maybe_text = st.none() | texts
offsets = st.integers(min_value=0, max_value=10_000)
iso_days = st.dates().map(lambda d: d.isoformat())
maybe_day = st.none() | iso_days

mentions = st.builds(Mention, offsets, offsets, texts, st.sampled_from(["full", "surname", "pronoun"]))
ages = st.builds(Age, st.integers(0, 120), offsets, offsets, maybe_day, maybe_day, st.booleans(),
                 st.none() | st.integers(0, 120), st.sampled_from(["Y", "M", "W", "D"]),
                 st.none() | iso_days | st.sampled_from(["2020-09", "2020"]), st.sampled_from([None, "birth", "loss"]))
roles = st.builds(Role, texts, maybe_text, offsets, offsets)


@st.composite
def people(draw, n):
    out = []
    for i in range(1, n + 1):
        relations = draw(st.lists(
            st.builds(Relation, st.sampled_from(["child", "parent", "partner"]), st.just(f"p{max(1, i - 1)}"), offsets, offsets),
            max_size=2,
        ))
        out.append(Person(
            id=f"p{i}", name=draw(texts), gender=draw(st.sampled_from([None, "male", "female"])),
            mentions=tuple(draw(st.lists(mentions, max_size=3))), ages=tuple(draw(st.lists(ages, max_size=2))),
            roles=tuple(draw(st.lists(roles, max_size=2))), relations=tuple(relations),
        ))
    return tuple(out)


quotes = st.builds(
    Quote,
    id=st.just("q"),
    kind=st.sampled_from(["direct", "indirect", "partial"]),
    text=texts,
    start=offsets,
    end=offsets,
    speaker=st.none() | st.builds(Speaker, maybe_text, texts, offsets, offsets, maybe_text),
    cue=st.none() | st.builds(Cue, texts, texts, offsets, offsets),
    addressee=st.none() | st.builds(Addressee, texts, maybe_text, offsets, offsets),
    confidence=st.floats(0, 1),
)
times = st.builds(
    TimeExpression,
    id=st.just("t"),
    text=texts,
    start=offsets,
    end=offsets,
    type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    value=maybe_text,
    mod=st.none() | st.sampled_from(["START", "END", "MORE_THAN"]),
    earliest=maybe_day,
    latest=maybe_day,
    anchor=st.none() | st.just("publication"),
)


def _numbered(items, prefix):
    return tuple(type(x)(**{**{f: getattr(x, f) for f in x.__dataclass_fields__}, "id": f"{prefix}{i}"})
                 for i, x in enumerate(items, start=1))


@st.composite
def article_records(draw, article_id=None):
    n_people = draw(st.integers(0, 3))
    timeline = draw(st.lists(st.builds(TimelineEntry, st.just("t1"), maybe_day, maybe_day, offsets, offsets,
                                       st.lists(st.sampled_from(["p1", "p2"]), max_size=2).map(tuple)), max_size=2))
    return ArticleRecord(
        id=article_id or draw(st.text("0123456789abcdef", min_size=16, max_size=16)),
        source=draw(maybe_text),
        published=draw(maybe_day),
        title=draw(maybe_text),
        url=draw(maybe_text),
        outlet=draw(maybe_text),
        text=draw(texts),
        people=draw(people(n_people)),
        organizations=tuple(
            Organization(f"o{i}", draw(texts), tuple(draw(st.lists(mentions, max_size=2))))
            for i in range(1, draw(st.integers(0, 2)) + 1)
        ),
        quotes=_numbered(draw(st.lists(quotes, max_size=3)), "q"),
        times=_numbered(draw(st.lists(times, max_size=3)), "t"),
        timeline=tuple(timeline),
    )
