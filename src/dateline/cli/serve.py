"""`dateline serve`: the web UI and JSON API over the store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ..limits import ANALYZE_CHARS, ANALYZE_SECONDS
from .common import DbOption, ModelOption, err, reports_errors, warn_if_stale

LOOPBACK = ("127.0.0.1", "localhost", "::1")
STOP_SECONDS = 2  # open requests get this long to finish once the server is asked to stop


@reports_errors
def serve_cli(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on")] = 8000,
    allow_write: Annotated[
        bool, typer.Option("--allow-write", help="Open the store for writing and accept POST /api/articles with the printed token")
    ] = False,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body in bytes (larger: 413)")] = 2 * 1024 * 1024,
    threads: Annotated[int, typer.Option("--threads", min=1, help="DuckDB threads per query (more for large archives)")] = 1,
    cache: Annotated[int, typer.Option("--cache", min=0, help="Profiles kept in memory when read-only (0: none)")] = 1024,
    allow_analyze: Annotated[
        bool, typer.Option("--allow-analyze", help="Accept POST /api/analyze from anyone (else only with --allow-write and its token)")
    ] = False,
    analyze_chars: Annotated[int, typer.Option("--analyze-chars", min=1, help="Longest text POST /api/analyze takes")] = ANALYZE_CHARS,
    analyze_seconds: Annotated[
        float, typer.Option("--analyze-seconds", min=0.1, help="Time limit of one analysis; its worker is then stopped")
    ] = ANALYZE_SECONDS,
    model: ModelOption = None,
) -> None:
    """Serve the web pages and the JSON API over the store (read-only unless --allow-write)."""
    warn_if_stale(db)
    serve(db=db, host=host, port=port, allow_write=allow_write, max_body=max_body, threads=threads, cache=cache,
          allow_analyze=allow_analyze, analyze_chars=analyze_chars, analyze_seconds=analyze_seconds, model=model)


def serve(*, db: str | None, host: str, port: int, allow_write: bool = False, max_body: int, threads: int = 1,
          cache: int = 1024, allow_analyze: bool = False, analyze_chars: int = ANALYZE_CHARS,
          analyze_seconds: float = ANALYZE_SECONDS, model: str | None = None) -> None:
    """Run the app with uvicorn until interrupted; the write token comes from $DATELINE_TOKEN or is made up.

    SIGTERM or Ctrl-C stop it within STOP_SECONDS whatever is running: requests still
    open then are cancelled, and a running analysis is killed with its worker.
    """
    import uvicorn

    from ..web import create_app

    app = create_app(db, allow_write=allow_write, token=os.environ.get("DATELINE_TOKEN") or None, max_body=max_body,
                     threads=threads, cache=cache, allow_analyze=allow_analyze, analyze_chars=analyze_chars,
                     analyze_seconds=analyze_seconds, model=model)
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    mode = ("read-write" if allow_write else "read-only") + (", analysing posted texts" if allow_analyze else "")
    err.print(f"dateline serving {app.state.db.path} ({mode}) at {where}  ·  API: {where}api/docs", markup=False)
    if allow_write:
        err.print(f"write token: {app.state.token}", markup=False)
        err.print(f"  store an article: curl -H 'Authorization: Bearer {app.state.token}' "
                  f"-H 'Content-Type: application/json' -d '{{\"text\": \"…\", \"published\": \"2024-01-31\"}}' "
                  f"{where}api/articles", markup=False)
        if host not in LOOPBACK:
            err.print("warning: the token travels in clear over plain HTTP; put a TLS proxy in front", markup=False)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                    timeout_graceful_shutdown=STOP_SECONDS)
    finally:
        app.state.analyzer.close()
        app.state.db.close()
