"""The JSON API's answers kept in memory by a read-only server: a GET asked again costs no query.

A read-only file cannot change while it is served (DuckDB keeps writers out
while it is open), so the answer to a GET under /api/ is the same every time
it is asked: the first answer with status 200 is kept, by path and query, in
a bounded LRU, and replayed. A server that writes keeps nothing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

MAX_ANSWER = 256 * 1024  # bytes: a larger answer (a long article's record) is cheap to rebuild beside sending it
MAX_TOTAL = 64 * 1024 * 1024  # bytes of all kept answers


class Answers:
    """ASGI middleware replaying kept answers to GET /api/...; `size` answers at most (0: none kept)."""

    def __init__(self, app, size: int, max_answer: int = MAX_ANSWER, max_total: int = MAX_TOTAL) -> None:
        self.app, self.size, self.max_answer, self.max_total = app, size, max_answer, max_total
        self._kept: OrderedDict[tuple[str, bytes], tuple[int, list, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    async def __call__(self, scope, receive, send) -> None:
        if not self.size or scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        kept = self._get(key)
        if kept is not None:
            status, headers, body = kept
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        parts: list[bytes] = []

        async def keeping(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
                if not message.get("more_body", False) and start.get("status") == 200:
                    self._put(key, start["status"], list(start.get("headers", [])), b"".join(parts))
            await send(message)

        await self.app(scope, receive, keeping)

    def _get(self, key):
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
            return kept

    def _put(self, key, status: int, headers: list, body: bytes) -> None:
        if len(body) > self.max_answer:
            return
        with self._lock:
            if key in self._kept:
                return
            self._kept[key] = (status, headers, body)
            self._bytes += len(body)
            while len(self._kept) > self.size or self._bytes > self.max_total:
                _, (_, _, dropped) = self._kept.popitem(last=False)
                self._bytes -= len(dropped)
