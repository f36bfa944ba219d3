"""The web UI and JSON API over the knowledge base: `dateline serve`, or `create_app(db)` for any ASGI server."""

from .app import create_app

__all__ = ["create_app"]
