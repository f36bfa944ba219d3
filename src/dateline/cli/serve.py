"""`dateline serve`: the web UI and JSON API over the store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .common import DbOption, err, reports_errors

LOOPBACK = ("127.0.0.1", "localhost", "::1")


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
) -> None:
    """Serve the web pages and the JSON API over the store (read-only unless --allow-write)."""
    serve(db=db, host=host, port=port, allow_write=allow_write, max_body=max_body, threads=threads, cache=cache)


def serve(*, db: str | None, host: str, port: int, allow_write: bool = False, max_body: int, threads: int = 1,
          cache: int = 1024) -> None:
    """Run the app with uvicorn until interrupted; the write token comes from $DATELINE_TOKEN or is made up."""
    import uvicorn

    from ..web import create_app

    app = create_app(db, allow_write=allow_write, token=os.environ.get("DATELINE_TOKEN") or None, max_body=max_body,
                     threads=threads, cache=cache)
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    mode = "read-write" if allow_write else "read-only"
    err.print(f"dateline serving {app.state.db.path} ({mode}) at {where}  ·  API: {where}api/docs", markup=False)
    if allow_write:
        err.print(f"write token: {app.state.token}", markup=False)
        err.print(f"  store an article: curl -H 'Authorization: Bearer {app.state.token}' "
                  f"-H 'Content-Type: application/json' -d '{{\"text\": \"…\", \"published\": \"2024-01-31\"}}' "
                  f"{where}api/articles", markup=False)
        if host not in LOOPBACK:
            err.print("warning: the token travels in clear over plain HTTP; put a TLS proxy in front", markup=False)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    finally:
        app.state.db.close()
