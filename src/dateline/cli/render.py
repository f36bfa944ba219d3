"""Human-readable views of records for the terminal (`--format pretty`)."""

from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape as escape_markup

from ..records import ArticleRecord, Person, age_words

# Terminal control sequences and other control characters: article text must not move the
# cursor, retitle the window or recolour the terminal (newlines and tabs stay).
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape(text: str) -> str:
    """Text from an article, safe to print: no control sequences, no rich markup."""
    return escape_markup(_CONTROL.sub("", text))


def _span(a: str | None, b: str | None) -> str:
    return a if a == b else f"{a or '?'}…{b or '?'}"


def event_words(event: str | None, as_of: str | None) -> str:
    """" at the loss (2020-09)": what a gestational age is at (nothing for an age at publication)."""
    if not event:
        return ""
    return f" {'on' if event == 'birthday' else 'at'} the {event} ({as_of or 'date unknown'})"


def person_line(p: Person, names: dict[str, str]) -> str:
    parts = [f"[bold]{escape(p.name)}[/]"]
    if p.gender:
        parts.append(f"({p.gender})")
    parts.append(f"— {len(p.mentions)} mention{'s' * (len(p.mentions) != 1)}")
    for a in p.ages:
        born = f", born {_span(a.birth_from, a.birth_to)}" if a.birth_from else ""
        given = age_words(a.age, a.amount, a.unit)
        parts.append(f"· age {given}{'s' if a.approximate else ''}{event_words(a.event, a.as_of)}{born}")
    for r in p.roles[:3]:
        parts.append(f"· {escape(r.title)}{' of ' + escape(r.organization) if r.organization else ''}")
    for r in p.relations:
        parts.append(f"· {r.type}: {escape(names.get(r.person, r.person))}")
    return " ".join(parts)


def render_record(record: ArticleRecord, console: Console, *, all_quotes: bool = False) -> None:
    """The record as sections; quotes of thought and intention only with `all_quotes`."""
    names = {p.id: p.name for p in record.people}
    head = escape(record.title or record.source or record.id)
    byline = f"by {record.author}" if record.author else None
    wire = f"{record.place} ({record.wire})" if record.place and record.wire else record.place
    meta = " · ".join(x for x in (record.published or "date unknown", record.outlet, byline, wire, record.source) if x)
    console.rule(f"[bold]{head}[/]")
    console.print(f"[dim]{escape(meta)}[/]")
    if record.people:
        console.print("[bold underline]People[/]")
        for p in record.people:
            console.print(f"  {p.id} " + person_line(p, names))
    if record.organizations:
        console.print("[bold underline]Organizations[/]")
        for o in record.organizations:
            console.print(f"  {o.id} [bold]{escape(o.name)}[/] — {len(o.mentions)} mention{'s' * (len(o.mentions) != 1)}")
    quotes = [q for q in record.quotes if all_quotes or q.attribution == "speech"]
    if quotes:
        hidden = len(record.quotes) - len(quotes)
        more = f" [dim]({hidden} of thought or intention not shown: --all-quotes)[/]" if hidden else ""
        console.print("[bold underline]Quotes[/]" + more)
        for q in quotes:
            who = escape(q.speaker.name) if q.speaker else "[dim]unknown[/]"
            to = f" → {escape(q.addressee.name)}" if q.addressee else ""
            cue = f" [dim]{escape(q.cue.text)}[/]" if q.cue else ""
            kind = q.kind if q.attribution == "speech" else f"{q.kind}, {q.attribution}"
            console.print(f"  {q.id} [cyan]{who}[/]{to}{cue} [dim]({kind})[/]: {escape(q.text)}")
    if record.times:
        console.print("[bold underline]Times[/]")
        for t in record.times:
            when = f" {_span(t.earliest, t.latest)}" if t.earliest or t.latest else ""
            mod = f" {t.mod}" if t.mod else ""
            value = t.value or "[dim](value unknown)[/]"  # "10/12" that reads both ways, "the 4/20 riots"
            console.print(f"  {t.id} [green]{escape(t.text)}[/] {t.type} {value}{mod}{when}")
