"""`dateline person` and `dateline conflicts`: the knowledge base across articles."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from .render import escape  # strips control sequences too

from ..kb.profile import person_profile
from ..store import Store
from .common import DbOption, out, reports_errors, warn_if_stale

FormatOption = Annotated[str, typer.Option("--format", "-f", help="text or json")]


def _span(a: str | None, b: str | None) -> str:
    return a if a == b else f"{a or '?'} … {b or '?'}"


@reports_errors
def person_cli(
    name: Annotated[str, typer.Argument(help="The person's name (or part of it)")],
    db: DbOption = None,
    format: FormatOption = "text",
) -> None:
    """Profile of a person across all stored articles."""
    warn_if_stale(db)
    profile = person_profile(db=db, name=name)
    if format == "json":
        out.print_json(data=profile, default=str)
        return
    render_profile(profile)


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
        out.print(f"  age {a['age']}{approx} on {a['published']} → born {_span(a['birth_from'], a['birth_to'])}"
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
            where = ", ".join(q["outlets"] or []) or q["outlet"] or ""
            to = f" to {q['addressee_name']}" if q["addressee_name"] else ""
            cue = f"{q['cue_lemma']}{to}" if q["cue_lemma"] else to.strip()
            out.print(f"  {q['published'] or '?'} [dim]{escape(where)} {escape(cue)} ({q['kind']})[/] {escape(q['text'])}")
    if p["timeline"]:
        out.print("[bold]timeline[/]:")
        for t in p["timeline"]:
            out.print(f"  {_span(t['earliest'], t['latest'])}  {escape(t['sentence'])}")
    for c in p["conflicts"]:
        out.print(f"[red]conflict[/] {c['kind']}: {escape(c['detail'])}")
    if p["other_matches"]:
        out.print("[dim]other people matching: " + ", ".join(escape(o["name"]) for o in p["other_matches"]) + "[/]")


def list_conflicts(*, db: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Every conflict with both sources (article, date, outlet, evidence)."""
    with Store.open(db) as store:
        return store.query(
            """SELECT c.conflict_id, c.kind, c.detail, e.name AS person, c.kb_quote_id,
                      c.article_a, CAST(a.published AS VARCHAR) AS published_a, a.outlet AS outlet_a,
                      a.source AS source_a, c.evidence_a,
                      c.article_b, CAST(b.published AS VARCHAR) AS published_b, b.outlet AS outlet_b,
                      b.source AS source_b, c.evidence_b
               FROM conflicts c
               LEFT JOIN entities e ON e.entity_id = c.entity_id
               LEFT JOIN articles a ON a.id = c.article_a
               LEFT JOIN articles b ON b.id = c.article_b
               WHERE ? IS NULL OR c.kind = ?
               ORDER BY c.kind, person, published_a, published_b""",
            [kind, kind],
        )


@reports_errors
def conflicts_cli(
    db: DbOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="age, relation or quote_wording")] = None,
    format: FormatOption = "text",
) -> None:
    """List what stored articles say that cannot all be true, with both sources."""
    warn_if_stale(db)
    rows = list_conflicts(db=db, kind=kind)
    if format == "json":
        out.print_json(data=rows, default=str)
        return
    if not rows:
        out.print("no conflicts")
        return
    for c in rows:
        out.print(f"[red]{c['kind']}[/] {escape(c['detail'])}")
        for side in ("a", "b"):
            where = " · ".join(x for x in (c[f"published_{side}"], c[f"outlet_{side}"], c[f"source_{side}"]) if x)
            out.print(f"  {side}: {escape(c[f'evidence_{side}'] or '')}  [dim]({escape(where)})[/]")
