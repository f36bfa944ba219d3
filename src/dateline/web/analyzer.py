"""Analyses for the server, in a worker process it can kill: a time limit, and nothing left running for a client that left.

A thread cannot be stopped, and spaCy holds a core until it is done: a 400,000-character
text posted and abandoned kept the old server busy for minutes and deaf to SIGTERM. The
worker loads the model once, analyses one text at a time, and is killed (and started again
on the next request) when an analysis runs past its limit, when its client disconnects,
and when the server stops.
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing as mp
import time
from collections.abc import Awaitable, Callable

from ..errors import Errors
from ..records import ArticleRecord
from .deps import WebError

POLL = 0.05  # seconds between looks at the worker and at the client
LOAD_SECONDS = 300  # the model's load, on a busy machine, is not the text's fault


class Analyzer:
    """One worker process and the requests that take turns on it (on the server's event loop)."""

    def __init__(self, *, model: str | None = None, seconds: float = 30.0) -> None:
        self.model = model
        self.seconds = seconds
        self._process = None
        self._conn = None
        self._busy = False
        atexit.register(self.close)

    async def analyze(self, fields: dict, disconnected: Callable[[], Awaitable[bool]]) -> ArticleRecord | None:
        """The record of `fields` (analyze's arguments), or None when the client went away first.

        Raises WebError 503 when the worker is busy past the time limit, 504 when the analysis is.
        """
        if not await self._take_turn(disconnected):
            return None
        try:
            if not await self._ready(disconnected):
                return None
            self._conn.send(fields)
            answer = await self._wait(disconnected, self.seconds)
            if answer is None:
                return None
            status, value = answer
            if status == "error":
                raise WebError(503, value)
            return value
        finally:
            self._busy = False

    async def _take_turn(self, disconnected) -> bool:
        waited = time.monotonic() + self.seconds
        while self._busy:
            if await disconnected():
                return False
            if time.monotonic() > waited:
                raise WebError(503, Errors.E034)
            await asyncio.sleep(POLL)
        self._busy = True
        return True

    async def _ready(self, disconnected) -> bool:
        if self._process is not None and self._process.is_alive():
            return True
        ctx = mp.get_context("spawn")  # never fork a threaded server
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_work, args=(child, self.model), daemon=True, name="dateline-analyze")
        self._process.start()
        child.close()
        answer = await self._wait(disconnected, LOAD_SECONDS)
        if answer is None:
            return False
        if answer[0] == "error":
            self.close()
            raise WebError(503, answer[1])
        return True

    async def _wait(self, disconnected, seconds: float):
        """The worker's next message; the worker is killed on a timeout, a disconnect or a cancellation."""
        deadline = time.monotonic() + seconds
        try:
            while not self._conn.poll():
                if not self._process.is_alive():
                    self.close()
                    raise WebError(503, Errors.E031.format(seconds=seconds) + " (the worker stopped)")
                if await disconnected():
                    self.close()
                    return None
                if time.monotonic() > deadline:
                    self.close()
                    raise WebError(504, Errors.E031.format(seconds=seconds))
                await asyncio.sleep(POLL)
            return self._conn.recv()
        except asyncio.CancelledError:  # the server is stopping: so does the analysis
            self.close()
            raise

    def close(self) -> None:
        """Kill the worker (a new one starts on the next request)."""
        process, self._process = self._process, None
        if process is not None and process.is_alive():
            process.kill()
            process.join(2)
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _work(conn, model: str | None) -> None:
    """The worker: load the model, then analyse each text sent, answering ("ok", record) or ("error", message)."""
    from ..analysis import analyze
    from ..errors import DatelineError
    from ..pipeline import DEFAULT_MODEL, load

    try:
        load(model or DEFAULT_MODEL)
    except DatelineError as err:
        conn.send(("error", str(err)))
        return
    conn.send(("ready", None))
    while True:
        try:
            fields = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        try:
            conn.send(("ok", analyze(**fields, model=model)))
        except DatelineError as err:
            conn.send(("error", str(err)))
        except Exception as err:  # noqa: BLE001 - reported to the client as one line, the worker lives on
            conn.send(("error", f"analysis failed ({type(err).__name__})"))
