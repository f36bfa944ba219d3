"""The Python API: `analyze` one text, `analyze_many` a stream of articles.

Parallelism uses worker processes that each load the model once and send back
plain records; `nlp.pipe(n_process=...)` ships Docs between processes instead
and was measured 3.7x slower than one process on a 2-core machine.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from .errors import DatelineError, Warnings
from .readers.base import Problem, ReadOptions, build_article
from .records import Article, ArticleRecord

logger = logging.getLogger("dateline")
BATCH_SIZE = 32  # articles per task sent to a worker
# Docs per nlp.pipe batch. The model's activations for a whole batch are alive at once:
# on Reuters-21578 a process peaked at 541 MB with batches of 64 and at 339 MB with 16,
# at the same speed (docs/benchmarks.md, "Batch job").
PIPE_BATCH = 16


def analyze(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
) -> ArticleRecord:
    """Analyse one article's text; `published` ("YYYY-MM-DD") anchors its relative dates."""
    from .readers.dates import parse_clock, parse_date

    day = parse_date(published) if published else None
    clock = parse_clock(published) if day else None
    article = build_article(
        text, source=None, options=ReadOptions(max_chars=10**9), published=day, title=title, url=url, outlet=outlet, published_time=clock
    )
    if isinstance(article, Problem):  # only an empty text gets here
        article = Article(id="", text="", published=day, published_time=clock, title=title, url=url, outlet=outlet)
    items = list(analyze_stream([article], model=model))
    record = items[-1]  # after the notes on its text (W017), each logged
    if isinstance(record, Problem):
        raise DatelineError(record.message)  # the analysis failed (W013)
    for note in items[:-1]:
        _log_problem(note)
    return record


def analyze_many(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    model: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> Iterator[ArticleRecord]:
    """Records of `articles`, in their order; an article that fails is reported and skipped."""
    for item in analyze_stream(articles, workers=workers, model=model):
        if isinstance(item, Problem):
            (on_problem or _log_problem)(item)
        else:
            yield item


def _log_problem(problem: Problem) -> None:
    logger.warning(problem.message)


def analyze_stream(
    articles: Iterable[Article], *, workers: int = 1, model: str | None = None
) -> Iterator[ArticleRecord | Problem]:
    """Like analyze_many, but failures come back in place as Problems."""
    batches = _batches(articles, BATCH_SIZE)
    if workers <= 1:
        for batch in batches:
            yield from analyze_batch(batch, model=model)
        return
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["dateline.analysis", "dateline.pipeline"])
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per worker; no oversubscription
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        # imap keeps input order; a bounded number of batches is in flight at once
        for results in pool.imap(_work, batches, chunksize=1):
            yield from results


def analyze_batch(articles: list[Article], *, model: str | None = None) -> list[ArticleRecord | Problem]:
    """One batch through the pipeline; if the batch fails, its articles are retried one by one."""
    from .pipeline import DEFAULT_MODEL, load
    from .pipeline.record import doc_to_record

    nlp = load(model or DEFAULT_MODEL)
    try:
        # Strings and lexemes the batch adds are freed when it ends: the records hold
        # plain values only, and without the zone a long-running worker's vocabulary
        # grows with every new word it meets.
        with nlp.memory_zone():
            return [item for doc, a in zip(_analysed(nlp, articles), articles) for item in (*_notes(doc, a), doc_to_record(doc, a))]
    except Exception:
        if len(articles) == 1:
            return [_failure(articles[0])]
    results: list[ArticleRecord | Problem] = []
    for article in articles:
        results.extend(analyze_batch([article], model=model))
    return results


def _notes(doc, article: Article) -> list[Problem]:
    """The components' warnings about an article's text, naming its file (and line), before its record."""
    source = article.source or "<text>"
    return [Problem(getattr(Warnings, code).format(source=source, **fields)) for code, fields in doc._.dl_notes or ()]


def _failure(article: Article) -> Problem:
    import sys

    err = sys.exc_info()[1]
    logger.debug("analysis failed for %s", article.source, exc_info=True)
    return Problem(Warnings.W013.format(source=article.source or article.id, detail=f"{type(err).__name__}: {err}"[:160]))


def _analysed(nlp, articles: list[Article]):
    """The processed Docs of `articles`, in order; long ones are parsed in pieces (pipeline.pieces)."""
    from .pipeline import COMPONENTS
    from .pipeline.pieces import is_long, parse_in_pieces

    short = nlp.pipe(_docs(nlp, [a for a in articles if not is_long(a.text)]), batch_size=PIPE_BATCH)
    own = frozenset(COMPONENTS)
    for article in articles:
        if not is_long(article.text):
            yield next(short)
            continue
        doc = parse_in_pieces(nlp, article.text, own)
        _set_meta(doc, article)
        for name, proc in nlp.pipeline:
            if name in own:
                doc = proc(doc)
        yield doc


def _docs(nlp, articles: list[Article]):
    for article in articles:
        doc = nlp.make_doc(article.text)
        _set_meta(doc, article)
        yield doc


def _set_meta(doc, article: Article) -> None:
    """What the components read besides the text: the publication, the outlet, the title and the byline."""
    # with the time of day when the input gave one: "at 3am" said at 4:30 about what is coming is tomorrow's
    doc._.published = f"{article.published}T{article.published_time}" if article.published and article.published_time else article.published
    doc._.outlet = article.outlet or article.url
    doc._.title = article.title
    doc._.author = article.author


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    global _worker_model
    from .pipeline import DEFAULT_MODEL, load

    _worker_model = model or DEFAULT_MODEL
    load(_worker_model)


def _work(batch: list[Article]) -> list[ArticleRecord | Problem]:
    return analyze_batch(batch, model=_worker_model)
