"""What the web's routers share: the database a server reads, the per-request store, errors, common parameters.

Its own module so that `app.py` can import the routers at the top and no
router imports another.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Path, Query, Request

from ..errors import DatelineError, Errors
from ..kb.profile import find_entities, profile
from ..store.duck import Store

Outlet = Annotated[str | None, Query(max_length=200, description="part of the outlet's name")]
Id = Annotated[str, Path(max_length=200)]


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
        matches = find_entities(store, name)
        if not matches:
            raise DatelineError(Errors.E011.format(name=name))
        others = [{"entity_id": o["entity_id"], "name": o["name"], "articles": o["articles"]} for o in matches[1:]]
        return {**self.profile(store, matches[0]["entity_id"]), "other_matches": others}

    def close(self) -> None:
        self.store.close()


async def reader(request: Request) -> AsyncIterator[Store]:
    """A cursor for one request, opened and closed on the event loop: a cursor costs microseconds,
    while a synchronous dependency would cost two trips through the thread pool."""
    with request.app.state.db.reader() as store:
        yield store


StoreDep = Annotated[Store, Depends(reader)]
