"""A processed Doc and its Article to a plain ArticleRecord: where Docs stop."""

from __future__ import annotations

from spacy.tokens import Doc

from ..calendar import birth_interval, birth_interval_in
from ..records import Age, Article, ArticleRecord, Mention, Organization, Person, Relation, Role
from .people.ages import at_event
from .people.entities import Cluster
from .extensions import text_of
from .wire import find_dateline


def doc_to_record(doc: Doc, article: Article) -> ArticleRecord:
    published = article.published
    dateline = find_dateline(text_of(doc))
    wire = dateline.wire if dateline is not None else None
    return ArticleRecord(
        id=article.id,
        source=article.source,
        published=published,
        title=article.title,
        url=article.url,
        outlet=article.outlet or wire,  # a wire story with no other outlet is the agency's
        text=text_of(doc),
        author=article.author,
        wire=wire,
        place=dateline.place if dateline is not None else None,
        # a group of people resolves its pronouns but is no person of the record (nor of the knowledge base)
        people=tuple(_person(c, published, doc._.dl_times or ()) for c in doc._.dl_people or () if not c.group),
        organizations=tuple(_organization(c) for c in doc._.dl_orgs or ()),
        quotes=tuple(doc._.dl_quotes or ()),
        times=tuple(doc._.dl_times or ()),
        timeline=tuple(doc._.dl_timeline or ()),
    )


def _mentions(cluster: Cluster) -> tuple[Mention, ...]:
    return tuple(Mention(m.start_char, m.end_char, m.text, m.kind) for m in cluster.mentions)


def _person(cluster: Cluster, published: str | None, times) -> Person:
    ages = []
    for a in cluster.ages:
        unit = getattr(a, "unit", "Y")  # ages in months, weeks or days carry their unit (ages.UnitAgeRef)
        event = at_event(a, times)  # a gestational age at a birth or loss: dated by the event, not publication
        if event is not None:
            as_of, lo, hi = event
        elif unit == "Y":
            as_of, (lo, hi) = published, birth_interval(published, a.age, 10 if a.approximate else 1)
        else:
            as_of, (lo, hi) = published, birth_interval_in(published, a.amount, unit)
        amount = getattr(a, "amount", a.age)
        ages.append(Age(a.age, a.start_char, a.end_char, lo, hi, a.approximate, amount, unit,
                        as_of[:10] if as_of and event is None else as_of, getattr(a, "event", None)))
    return Person(
        id=cluster.id,
        name=cluster.name,
        gender=cluster.gender,
        mentions=_mentions(cluster),
        ages=tuple(ages),
        roles=tuple(Role(r.title, r.organization, r.start_char, r.end_char) for r in cluster.roles),
        relations=tuple(Relation(r.type, r.other.id, r.start_char, r.end_char) for r in cluster.relations if not r.other.group),
    )


def _organization(cluster: Cluster) -> Organization:
    return Organization(id=cluster.id, name=cluster.name, mentions=_mentions(cluster))
