"""The web application: `create_app(db)` serves the JSON API and the pages over one DuckDB file.

The file is opened once, read-only unless writing is allowed. DuckDB lets
one connection hand out cursors that are safe to use from other threads, so
every request gets its own cursor: FastAPI runs the (synchronous) handlers in
a thread pool, and a cursor never crosses two requests.
"""

from __future__ import annotations

import json
import secrets
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..about import __version__
from ..errors import Errors, code_of
from ..limits import ANALYZE_CHARS, ANALYZE_SECONDS
from ..store.duck import default_db
from . import api, lists, pages
from .analyzer import Analyzer
from .deps import Database, WebError
from .templating import error_page

MAX_BODY = 2 * 1024 * 1024  # bytes of one request body: an article of a million characters, with room
STATIC = Path(__file__).parent / "static"
# Pages load nothing from elsewhere and run no script: a missed escape still could not run one.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


def create_app(db: str | None = None, *, allow_write: bool = False, token: str | None = None,
               max_body: int = MAX_BODY, threads: int = 1, cache: int = 1024, allow_analyze: bool = False,
               analyze_chars: int = ANALYZE_CHARS, analyze_seconds: float = ANALYZE_SECONDS,
               model: str | None = None) -> FastAPI:
    """The API and pages over the DuckDB file `db`.

    allow_write: open the file for writing and accept POST /api/articles (and
        /api/analyze), with `Authorization: Bearer <token>`; a token is made up
        when none is given (read it back from `app.state.token`).
    allow_analyze: accept POST /api/analyze from anyone (without writing).
    analyze_chars, analyze_seconds: the longest text analysed, and the time an analysis
        may take before its worker is killed (web.analyzer).
    max_body: the largest request body in bytes; larger ones get 413.
    threads: DuckDB threads per query; more help word searches over a large archive.
    cache: profiles kept in memory by a read-only server (0: recompute every time).
    """
    path = str(db or default_db())
    database = Database(path, write=allow_write, threads=threads, cache=cache)
    app = FastAPI(
        title="dateline",
        version=__version__,
        summary="Quotes, people and dates from dated news articles, across a knowledge base.",
        docs_url=None,  # FastAPI's docs pages load scripts from a CDN; /api/docs is served locally instead
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.db = database
    app.state.allow_analyze = allow_analyze
    app.state.analyze_chars = analyze_chars
    app.state.analyzer = Analyzer(model=model, seconds=analyze_seconds)
    app.state.token = (token or secrets.token_urlsafe(24)) if allow_write else None
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(lists.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    _error_handlers(app)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    app.state.analyzer.close()  # a running analysis stops with the server


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_handlers(app: FastAPI) -> None:
    def respond(request: Request, status: int, message: str, headers=None) -> Response:
        if is_api(request):
            return JSONResponse({"detail": message, "code": code_of(message)}, status, headers=headers)
        return error_page(request, status, message, headers=headers)

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        return respond(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        # Logged with its traceback by the server; the client gets one line, never the traceback.
        return respond(request, 500, f"internal error ({type(exc).__name__}); the server's log has the details")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):  # FastAPI's list of problems, without the input it would echo (a whole article)
            problems = [{k: v for k, v in e.items() if k not in ("input", "url", "ctx")} for e in exc.errors()]
            return JSONResponse({"detail": problems}, 422)
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return error_page(request, 400, f"bad request ({problems})")


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, whether or not they declare a length."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            status = 413 if declared.isdigit() else 400
            message = Errors.E015.format(limit=self.limit) if status == 413 else "bad Content-Length header"
            await JSONResponse({"detail": message, "code": code_of(message)}, status)(scope, receive, send)
            return
        received = 0

        async def limited() -> dict:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:  # a chunked body that keeps coming
                raise HTTPException(413, Errors.E015.format(limit=self.limit))
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """Headers that keep a page from being framed, sniffed or made to load anything from elsewhere."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)
