"""The server-rendered pages: search, an article with its spans, a person, a quote across outlets, conflicts.

The workbench's lists (quotes, people, organizations, CSV downloads) are in lists.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BeforeValidator

from ..errors import DatelineError
from . import queries
from .chart import article_chart, timeline_chart
from .deps import Id, Outlet, StoreDep, not_found
from .highlight import LAYERS, highlight, record_spans
from .params import PER_PAGE, PageNo, Since, Until, Words, blank_is_none, listing, offset, one_of
from .templating import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
ConflictKind = one_of(("age", "relation", "quote_wording"))
ShownQuotes = Annotated[Literal["speech", "all"], BeforeValidator(blank_is_none), Query()]


def offset(page: int) -> int:
    return (page - 1) * PER_PAGE


def listing(request: Request, name: str, result: queries.Page, params: dict[str, Any], **context: Any):
    """A list page: the page of items, the filters that made it, links to the pages around it."""
    return render(request, name, page=result, params=params, per_page=PER_PAGE,
                  current=result.offset // PER_PAGE + 1, last=max(1, -(-result.total // PER_PAGE)),
                  q=params.get("q") or "", **context)


@router.get("/")
def home(request: Request, store: StoreDep):
    return render(request, "home.html", q="", stats=queries.stats(store),
                  people=queries.people(store, limit=12).items, articles=queries.articles(store, limit=8).items,
                  quotes=queries.quotes(store, kind="direct", limit=6).items)


@router.get("/search")
def search(request: Request, store: StoreDep, q: Words = None):
    """People, articles and quotes matching the words, a few of each, with links to all."""
    if not queries.words(q):
        return RedirectResponse(request.scope.get("root_path", "") + "/", 303)
    return render(request, "search.html", q=q, people=queries.people(store, q=q, limit=10),
                  articles=queries.articles(store, q=q, limit=10),
                  quotes=queries.quotes(store, anywhere=q, limit=10))


@router.get("/articles")
def articles(request: Request, store: StoreDep, q: Words = None, outlet: Outlet = None, since: Since = None,
             until: Until = None, person: Annotated[str | None, Query(max_length=200)] = None, page: PageNo = 1):
    params = {"q": q, "outlet": outlet, "since": since, "until": until, "person": person}
    result = queries.articles(store, **params, limit=PER_PAGE, offset=offset(page))
    return listing(request, "articles.html", result, params)


@router.get("/articles/{article_id}")
def article(request: Request, store: StoreDep, article_id: Id, quotes: ShownQuotes = "speech"):
    """The article with its spans; quotes of thought and intention only with `?quotes=all`."""
    record = queries.record(store, article_id)
    if record is None:
        raise not_found("article", article_id)
    links = queries.article_links(store, article_id)
    shown = tuple(q for q in record.quotes if quotes == "all" or q.attribution == "speech")
    hidden = len(record.quotes) - len(shown)
    record = replace(record, quotes=shown)
    spans = record_spans(record)
    layers = {layer: sum(1 for s in spans if s.layer == layer) for layer in LAYERS}
    return render(request, "article.html", q="", record=record, text=highlight(record.text, spans),
                  layers=layers, entities=links["entities"], reprints=links["quotes"],
                  names={p.id: p.name for p in record.people}, shown_quotes=quotes, hidden_quotes=hidden,
                  other_quotes=sum(q.attribution != "speech" for q in shown), chart=article_chart(record))


@router.get("/people/{entity_id}")
def person(request: Request, store: StoreDep, entity_id: Id):
    try:
        found = request.app.state.db.profile(store, entity_id)
    except DatelineError:
        raise not_found("person", entity_id) from None
    articles = queries.person_articles(store, entity_id)
    chart = timeline_chart(found, articles, root=request.scope.get("root_path", ""))
    conflicts = queries.conflicts(store, person=entity_id, limit=50).items
    return render(request, "person.html", q="", p=found, articles=articles, chart=chart, conflicts=conflicts)


@router.get("/person")
def person_by_name(request: Request, store: StoreDep, name: Annotated[str, Query(min_length=1, max_length=200)]):
    """The page of the person best matching `name`: a stable link by name."""
    from ..kb.profile import find_entities

    found = find_entities(store, name, limit=1)
    if not found:
        raise not_found("person", name)
    return RedirectResponse(f"{request.scope.get('root_path', '')}/people/{found[0]['entity_id']}", 303)


@router.get("/quotes/{kb_quote_id}")
def quote(request: Request, store: StoreDep, kb_quote_id: Id):
    found = queries.kb_quote(store, kb_quote_id)
    if found is None:
        raise not_found("quote", kb_quote_id)
    return render(request, "quote.html", q="", quote=found)


@router.get("/conflicts")
def conflicts(request: Request, store: StoreDep, kind: ConflictKind = None, page: PageNo = 1):
    params = {"kind": kind}
    result = queries.conflicts(store, kind=kind, limit=PER_PAGE, offset=offset(page))
    return listing(request, "conflicts.html", result, params)


@router.get("/api/docs")
def api_docs(request: Request):
    """The API's endpoints and parameters, from its OpenAPI schema, without any script."""
    schema = request.app.openapi()
    return render(request, "api_docs.html", q="", schema=schema, operations=_operations(schema))


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params,
                        "body": "requestBody" in op, "auth": bool(op.get("security"))})
    return out

