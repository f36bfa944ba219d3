"""The JSON API under /api: articles, people, quotes, conflicts, stats, analysis and (if allowed) storing."""

from __future__ import annotations

import dataclasses
import secrets
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from ..errors import DatelineError, Errors
from ..records import ArticleRecord
from ..kb.search import PEOPLE_SORTS, QUOTE_SORTS, sorts
from . import models, queries
from .deps import Id, Outlet, StoreDep, WebError, not_found

MAX_LIMIT = 200  # items of one page
MAX_OFFSET = 10_000_000

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"items per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Words = Annotated[str | None, Query(max_length=500, description="words that must all occur (any case)")]
Since = Annotated[models.Day | None, Query(description="published on or after (YYYY-MM-DD)")]
Until = Annotated[models.Day | None, Query(description="published on or before (YYYY-MM-DD)")]
QuoteSort = Annotated[Literal[tuple(sorts(QUOTE_SORTS))] | None, Query(
    description="date, speaker, outlet, kind, appearances or words; -KEY descending (default -date)")]
PeopleSort = Annotated[Literal[tuple(sorts(PEOPLE_SORTS))] | None, Query(
    description="name, articles, mentions, born, first_seen or last_seen; -KEY descending (default -articles)")]

NOT_FOUND = {404: {"model": models.Error, "description": "no such id"}}
BODY_ERRORS = {400: {"model": models.Error, "description": "a body that is not JSON text"},
               413: {"model": models.Error, "description": "a body over the server's limit (--max-body), or a text "
                                                           "over its limit for analysis (--analyze-chars)"},
               503: {"model": models.Error, "description": "the model cannot be loaded, or the analyses are busy"},
               504: {"model": models.Error, "description": "the analysis ran past the time limit (--analyze-seconds)"}}
AUTH_ERRORS = {401: {"model": models.Error, "description": "no token, or a wrong one"},
               403: {"model": models.Error, "description": "the server does not allow it"}}




@router.get("/articles", response_model=models.Page[models.ArticleSummary], tags=["articles"])
def list_articles(store: StoreDep, q: Words = None, outlet: Outlet = None, since: Since = None, until: Until = None,
                  person: Annotated[str | None, Query(max_length=200, description="an entity id")] = None,
                  limit: Limit = 20, offset: Offset = 0):
    """Articles, newest first: search their title and text, filter by outlet, dates or person."""
    return queries.articles(store, q=q, outlet=outlet, since=since, until=until, person=person,
                            limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_model=ArticleRecord, responses=NOT_FOUND, tags=["articles"])
def get_article(store: StoreDep, article_id: Id):
    """One article's record with all its spans, as `dateline extract --format json` prints it (docs/record.md)."""
    record = queries.record(store, article_id)
    if record is None:
        raise not_found("article", article_id)
    return record


@router.get("/people", response_model=models.Page[models.PersonSummary], tags=["people"])
def list_people(store: StoreDep, q: Words = None, sort: PeopleSort = None, limit: Limit = 20, offset: Offset = 0):
    """People of the knowledge base (one per identity across articles), most often seen first."""
    return queries.people(store, q=q, sort=sort, limit=limit, offset=offset)


@router.get("/people/{entity_id}", response_model=models.Profile, responses=NOT_FOUND, tags=["people"])
def get_person(request: Request, store: StoreDep, entity_id: Id):
    """A person's profile across all stored articles, as `dateline person --format json` prints it."""
    try:
        return request.app.state.db.profile(store, entity_id)
    except DatelineError:
        raise not_found("person", entity_id) from None


@router.get("/person", response_model=models.Profile, responses=NOT_FOUND, tags=["people"])
def find_person(request: Request, store: StoreDep, name: Annotated[str, Query(min_length=1, max_length=200)]):
    """The profile of the person best matching `name` (as `dateline person NAME`); others in `other_matches`."""
    try:
        return request.app.state.db.profile_by_name(store, name)
    except DatelineError as err:
        raise WebError(404, str(err)) from None


@router.get("/quotes", response_model=models.Page[models.QuoteHit], tags=["quotes"], responses={
    409: {"model": models.Error, "description": "E018: filtering on attribution in a store that does not record it"}})
def list_quotes(store: StoreDep, q: Words = None,
                speaker: Annotated[str | None, Query(max_length=200, description="words of the speaker's name")] = None,
                speaker_id: Annotated[str | None, Query(max_length=200, description="the speaker's entity id")] = None,
                outlet: Outlet = None, since: Since = None, until: Until = None,
                kind: Literal["direct", "indirect", "partial"] | None = None,
                attribution: Annotated[Literal["speech", "thought", "intention"] | None, Query(
                    description="speech, thought or intention (E018 when the store does not record it)")] = None,
                article: Annotated[str | None, Query(max_length=200, description="an article id")] = None,
                sort: QuoteSort = None, limit: Limit = 20, offset: Offset = 0):
    """Quotes, newest first: search their words, filter by speaker, outlet, dates, kind, attribution or article."""
    try:
        return queries.quotes(store, q=q, speaker=speaker, speaker_id=speaker_id, outlet=outlet, since=since,
                              until=until, kind=kind, attribution=attribution, article=article, sort=sort,
                              limit=limit, offset=offset)
    except DatelineError as err:  # E018: the store's quotes have no attribution; a request the store cannot answer
        raise WebError(409, str(err)) from None


@router.get("/quotes/{kb_quote_id}", response_model=models.QuoteAcrossOutlets, responses=NOT_FOUND, tags=["quotes"])
def get_quote(store: StoreDep, kb_quote_id: Id):
    """One direct quote across outlets: the earliest source and every appearance (ids from `kb_quote_id`)."""
    quote = queries.kb_quote(store, kb_quote_id)
    if quote is None:
        raise not_found("quote", kb_quote_id)
    return quote


@router.get("/conflicts", response_model=models.Page[models.Conflict], tags=["knowledge base"])
def list_conflicts(store: StoreDep, kind: Literal["age", "relation", "quote_wording"] | None = None,
                   person: Annotated[str | None, Query(max_length=200, description="an entity id")] = None,
                   limit: Limit = 20, offset: Offset = 0):
    """What stored articles say that cannot all be true, each with both sources."""
    return queries.conflicts(store, kind=kind, person=person, limit=limit, offset=offset)


@router.get("/stats", response_model=models.Stats, tags=["knowledge base"])
def get_stats(request: Request, store: StoreDep):
    """Rows per table, the publication date range, the top outlets."""
    return {**queries.stats(store), "writable": request.app.state.db.write}


_bearer = HTTPBearer(auto_error=False, description="the token `dateline serve --allow-write` prints at start")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def analyst(request: Request, credentials: Credentials) -> None:
    """Let a request analyse only where the server allows it: --allow-analyze, or --allow-write with its token."""
    state = request.app.state
    if state.allow_analyze:
        return
    if not state.db.write or state.token is None:
        raise WebError(403, Errors.E032)
    _check_token(state.token, credentials)


@router.post("/analyze", response_model=ArticleRecord, responses={**BODY_ERRORS, **AUTH_ERRORS}, tags=["analysis"],
             dependencies=[Depends(analyst)])
async def analyze_text(request: Request, article: models.ArticleIn):
    """Analyse a text with its publication date and return its record; nothing is stored.

    Only on a server started with `--allow-analyze`, or with `--allow-write` and its token.
    """
    return await _analyze(request, article)


async def _analyze(request: Request, article: models.ArticleIn) -> ArticleRecord:
    """The record of a posted text, from the server's analysis worker (web.analyzer)."""
    limit = request.app.state.analyze_chars
    if len(article.text) > limit:
        raise WebError(413, Errors.E035.format(size=len(article.text), limit=limit))
    fields = {"text": article.text, "published": article.published.isoformat() if article.published else None,
              "title": article.title, "url": article.url, "outlet": article.outlet}
    record = await request.app.state.analyzer.analyze(fields, request.is_disconnected)
    if record is None:  # the client left: nobody to answer (the status is for the log)
        raise WebError(499, "client closed the request")
    return record


def writer(request: Request, credentials: Credentials) -> None:
    """Let a request store only on a server started with --allow-write, with its token."""
    token = request.app.state.token
    if not request.app.state.db.write or token is None:
        raise WebError(403, Errors.E016)
    _check_token(token, credentials)


def _check_token(token: str, credentials: HTTPAuthorizationCredentials | None) -> None:
    if credentials is None or not secrets.compare_digest(credentials.credentials.encode(), token.encode()):
        raise WebError(401, Errors.E017, headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", response_model=models.Stored, status_code=201, tags=["articles"],
             dependencies=[Depends(writer)], responses={**BODY_ERRORS, **AUTH_ERRORS})
async def store_article(request: Request, article: models.ArticleToStore):
    """Analyse an article and store it (replacing one with the same id), then bring the knowledge base up to date.

    Only on a server started with `--allow-write`, with `Authorization: Bearer <token>`.
    """
    record = dataclasses.replace(await _analyze(request, article), source="api")
    replaced = await run_in_threadpool(_store, request.app.state.db, record)
    return {"id": record.id, "replaced": replaced, "record": record}


def _store(database, record: ArticleRecord) -> bool:
    """Write one record and bring the knowledge base up to date; True when it replaced one with its id."""
    from ..ingest import store_record  # loads the pipeline: only when a server stores

    with database.writer() as store:
        return store_record(store, record)
