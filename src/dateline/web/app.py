"""The web application: `create_app(db)` serves the JSON API and the pages over one DuckDB file.

The file is opened once, read-only unless writing is allowed. DuckDB lets
one connection hand out cursors that are safe to use from other threads, so
every request gets its own cursor: FastAPI runs the (synchronous) handlers in
a thread pool, and a cursor never crosses two requests.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..about import __version__
from ..errors import DatelineError, Errors, code_of
from ..limits import ANALYZE_CHARS, ANALYZE_SECONDS
from ..store.duck import Store

MAX_BODY = 2 * 1024 * 1024  # bytes of one request body: an article of a million characters, with room
STATIC = Path(__file__).parent / "static"
# Pages load nothing from elsewhere and run no script: a missed escape still could not run one.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


class WebError(Exception):
    """An error a handler reports: an HTTP status and a coded message from dateline.errors."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def not_found(what: str, ident: str) -> WebError:
    return WebError(404, Errors.E014.format(what=what, id=ident))


class Database:
    """The store a server reads: one DuckDB connection, one cursor per request, writes one at a time.

    A read-only file cannot change while it is served (DuckDB keeps writers out
    while it is open), so the profiles it gives, a dozen queries each, are kept
    in a small LRU; a server that writes recomputes them every time.
    """

    def __init__(self, path: str, *, write: bool = False, threads: int = 1, cache: int = 1024) -> None:
        self.store = Store.open(path, write=write)
        self.cache_size = 0 if write else cache
        self._profiles: OrderedDict[str, dict] = OrderedDict()
        self._cache_lock = threading.Lock()
        # Requests run side by side in the thread pool; a page's dozen small queries are
        # faster on one DuckDB thread each than handed across threads (measured: 21 → 14 ms).
        self.store.con.execute(f"SET threads = {int(threads)}")
        self.path = path
        self.write = write
        self.write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        with self._cursor_lock:  # handing out cursors is cheap; do it one thread at a time
            cursor = self.store.con.cursor()
        try:
            yield Store(cursor, self.path, False)
        finally:
            cursor.close()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        with self.write_lock, self.reader() as store:
            yield Store(store.con, self.path, True)

    def profile(self, store: Store, entity_id: str) -> dict:
        """A person's profile (dateline.kb.profile), from the cache when the file is read-only.

        Raises DatelineError when there is no such person. Callers must not change the dict.
        """
        from ..kb.profile import profile

        with self._cache_lock:
            if entity_id in self._profiles:
                self._profiles.move_to_end(entity_id)
                return self._profiles[entity_id]
        found = profile(store, entity_id=entity_id)
        if self.cache_size:
            with self._cache_lock:
                self._profiles[entity_id] = found
                while len(self._profiles) > self.cache_size:
                    self._profiles.popitem(last=False)
        return found

    def profile_by_name(self, store: Store, name: str) -> dict:
        """The profile of the best match for `name`, with the others in `other_matches`, as `dateline person`."""
        from ..kb.profile import find_entities

        matches = find_entities(store, name)
        if not matches:
            raise DatelineError(Errors.E011.format(name=name))
        others = [{"entity_id": o["entity_id"], "name": o["name"], "articles": o["articles"]} for o in matches[1:]]
        return {**self.profile(store, matches[0]["entity_id"]), "other_matches": others}

    def close(self) -> None:
        self.store.close()


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
    from ..store.duck import default_db
    from . import api, pages
    from .analyzer import Analyzer

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
    from .templating import error_page

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
