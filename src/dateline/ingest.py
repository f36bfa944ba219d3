"""The one path into the store: read articles, analyse the new ones, store them in batches, rebuild the knowledge base.

Used by `dateline ingest` and by the web's `POST /api/articles` (`store_record`).
Resumable: an article already stored with the same text is skipped before
analysis, so running an interrupted ingest again only does the rest.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .analysis import analyze_stream
from .errors import SKIP_REASONS, Errors, Warnings
from .kb.build import rebuild
from .pipeline import DEFAULT_MODEL
from .readers import DEFAULT_MAX_CHARS, Problem, read_articles
from .records import Article, ArticleRecord
from .store import Store, text_hash

WRITE_BATCH = 64  # articles per transaction


@dataclass(slots=True)
class IngestSummary:
    read: int = 0  # articles read from the inputs
    analysed: int = 0
    stored: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    errors: int = 0  # inputs that could not be used at all (missing path, empty folder)
    replaced: int = 0  # articles whose URL an earlier one had, with another text (W023, W024)
    seconds: float = 0.0

    @property
    def nothing_done(self) -> bool:
        """True when no article was stored or found already stored: the only failing outcome."""
        return self.stored == 0 and self.skipped["already stored"] + self.skipped["duplicate in input"] == 0


def ingest(
    paths: Iterable[str],
    *,
    db: str | None = None,
    workers: int = 1,
    published: str | None = None,
    model: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Analyse and store articles from `paths`; see IngestSummary for what is reported."""
    summary = IngestSummary()
    started = time.perf_counter()
    model = model or DEFAULT_MODEL
    paths = list(paths)
    if paths and all(p != "-" and not os.path.exists(p) for p in paths):
        # a mistyped path: say so without creating an empty store under --db
        for path in paths:
            summary.errors += 1
            if on_problem:
                on_problem(Problem(Errors.E001.format(path=path), level="error"))
        return summary
    with Store.open(db, write=True) as store:
        lookup = store.con.cursor()  # used by the reading thread, never by the writer

        def report(problem: Problem) -> None:
            if problem.level == "error":
                summary.errors += 1
            elif problem.code in SKIP_REASONS:
                summary.skipped[f"{SKIP_REASONS[problem.code]} ({problem.code})"] += 1
            if on_problem:
                on_problem(problem)

        articles = read_articles(paths, published=published, max_chars=max_chars)
        fresh = _new_articles(articles, Store(lookup, store.path, False), summary, report, on_progress)
        batch: list[ArticleRecord] = []
        for item in analyze_stream(fresh, workers=workers, model=model):
            if isinstance(item, Problem):
                report(item)
                continue
            summary.analysed += 1
            # the later of two texts under one URL replaces the earlier, even before it is written
            batch[:] = [r for r in batch if r.id != item.id] + [item]
            if len(batch) >= WRITE_BATCH:
                _flush(store, batch, model, summary, on_progress)
        _flush(store, batch, model, summary, on_progress)
        _refresh_kb(store)
    summary.seconds = time.perf_counter() - started
    return summary


def store_record(store: Store, record: ArticleRecord, *, model: str = DEFAULT_MODEL) -> bool:
    """Store one analysed record (replacing one with its id), then bring the knowledge base up to date.

    Returns whether an article with that id was replaced.
    """
    replaced = bool(store.known([record.id]))
    store.write_records([record], model=model)
    _refresh_kb(store)
    return replaced


def _refresh_kb(store: Store) -> None:
    if store.meta("kb_stale") != "0":
        rebuild(store)


def _flush(store: Store, batch: list[ArticleRecord], model: str, summary: IngestSummary, on_progress) -> None:
    if not batch:
        return
    store.write_records(batch, model=model)
    summary.stored += len(batch)
    if on_progress:
        on_progress(len(batch))
    batch.clear()


def _new_articles(
    items: Iterator[Article | Problem], store: Store, summary: IngestSummary, report, on_progress
) -> Iterator[Article]:
    """Articles not yet stored with this text (nor seen earlier in this run).

    Articles are identified by URL (else by text): a second text under a URL replaces
    the first, with a warning, whether the first came earlier in this run or before it.
    """
    seen: dict[str, tuple[str, str | None]] = {}  # id -> (text hash, source)
    while chunk := list(islice(items, 256)):
        articles = []
        for item in chunk:
            if isinstance(item, Problem):
                report(item)
            else:
                summary.read += 1
                articles.append(item)
        known = store.known({a.id for a in articles})
        for article in articles:
            digest = text_hash(article.text)
            earlier = seen.get(article.id)
            if earlier is not None and earlier[0] == digest:
                reason = "duplicate in input"
            elif earlier is None and known.get(article.id) == digest:
                reason = "already stored"
            else:
                if earlier is not None:
                    report(Problem(Warnings.W024.format(source=article.source, other=earlier[1])))
                elif article.id in known:
                    report(Problem(Warnings.W023.format(source=article.source, url=article.url)))
                summary.replaced += earlier is not None or article.id in known
                seen[article.id] = (digest, article.source)
                yield article
                continue
            summary.skipped[reason] += 1
            if on_progress:
                on_progress(1)
