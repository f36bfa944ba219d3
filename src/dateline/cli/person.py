"""`dateline person`: one person's profile across the stored articles."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..errors import DatelineError, Errors
from ..kb.profile import person_profile
from .common import DbOption, TextFormatOption, out, reports_errors, warn_if_stale
from ..records import age_words
from .render import escape, event_words  # escape strips control sequences too


def _span(a: str | None, b: str | None) -> str:
    return a if a == b else f"{a or '?'} … {b or '?'}"


@reports_errors
def person_cli(
    name: Annotated[list[str], typer.Argument(help="The person's name (or part of it), quoted or not")],
    db: DbOption = None,
    format: TextFormatOption = "text",
) -> None:
    """Profile of a person across all stored articles."""
    if not " ".join(name).strip():
        raise DatelineError(Errors.E036.format(what="NAME"))  # "" matches every name: the most seen would answer
    warn_if_stale(db)
    profile = person_profile(db=db, name=" ".join(name))
    if format == "json":
        out.print_json(data=profile, default=str)
        return
    render_profile(profile)


def _printed_by(q: dict[str, Any]) -> str:
    """Where a quote was printed: its own article's outlet, then every later reprint with its date."""
    first, *later = q.get("printed_by") or [{"outlet": q["outlet"], "source": None, "article_id": q["article_id"]}]
    where = escape(first["outlet"] or first["source"] or first["article_id"])
    if later:
        where += " (also " + ", ".join(
            f"{escape(x['outlet'] or x['source'] or x['article_id'])} {x['published'] or '?'}" for x in later) + ")"
    return where


def render_profile(p: dict[str, Any]) -> None:
    refs = ", ".join(f"{g} ×{n}" for g, n in p["gender_references"].items())
    gender = f"{p['gender']} (as the text refers: {refs})" if p["gender"] else "not stated by the text"
    out.rule(f"[bold]{escape(p['name'])}[/]")
    out.print(f"{p['articles']} article(s), {p['mentions']} mention(s), {p['first_seen'] or '?'} … {p['last_seen'] or '?'}")
    if len(p["names"]) > 1:
        out.print("also named: " + ", ".join(escape(n) for n in p["names"] if n != p["name"]))
    out.print(f"gender: {gender}")
    born = _span(p["birth_from"], p["birth_to"]) if p["birth_from"] else "unknown"
    out.print(f"[bold]born[/]: {born}")
    for a in p["birth_evidence"]:
        context = " ".join((a["context"] or "").split())
        approx = "s (approximate)" if a["approximate"] else ""
        said = a.get("evidence") or ""
        given = age_words(a["age"], a.get("amount"), a.get("unit"))
        approx += f" (“{escape(said)}”)" if said and given.split()[0] not in said else ""  # "nine-month-old"
        when = event_words(a.get("event"), a.get("as_of")) or f" on {a.get('as_of') or a['published']}"
        born = _span(a["birth_from"], a["birth_to"]) if a["birth_from"] else "not dated by it"
        out.print(f"  age {given}{approx}{when} → born {born}"
                  f"  [dim]…{escape(context)}… ({escape(a['outlet'] or a['source'] or a['article_id'])})[/]")
    if p["roles"]:
        out.print("[bold]roles[/]: " + "; ".join(
            escape(r["title"] + (f" ({r['organization']})" if r["organization"] else "")) for r in p["roles"]))
    if p["relations"]:
        out.print("[bold]relations[/]:")
        for r in p["relations"]:
            out.print(f"  {r['type']}: {escape(r['name'])}  [dim]“{escape(r['evidence'] or '')}”[/]")
    if p["quotes"]:
        out.print(f"[bold]quotes[/] ({len(p['quotes'])}):")
        for q in p["quotes"]:
            to = f" to {q['addressee_name']}" if q["addressee_name"] else ""
            cue = f"{q['cue_lemma']}{to}" if q["cue_lemma"] else to.strip()
            said = " ".join(x for x in (_printed_by(q), escape(cue), f"({q['kind']})") if x)
            out.print(f"  {q['published'] or '?'} [dim]{said}[/] {escape(q['text'])}")
    if p["timeline"]:
        out.print("[bold]timeline[/]:")
        for t in p["timeline"]:
            source = escape(t.get("source") or t["article_id"])
            out.print(f"  {_span(t['earliest'], t['latest'])}  {escape(t['sentence'] or '')}"
                      f"  [dim]({source} {t['published'] or '?'})[/]")
    for c in p["conflicts"]:
        out.print(f"[red]conflict[/] {c['kind']}: {escape(c['detail'])}")
        for side in ("a", "b"):
            where = escape(c.get(f"source_{side}") or c[f"article_{side}"] or "?")
            out.print(f"  {escape(c[f'evidence_{side}'] or '')}  [dim]({where} {c.get(f'published_{side}') or '?'})[/]")
    if p["other_matches"]:
        out.print("[dim]other people matching: " + ", ".join(escape(o["name"]) for o in p["other_matches"]) + "[/]")
