"""Saved HTML pages: main text and publication date extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Warnings
from ..records import Article
from .base import Problem, ReadOptions, build_article
from .dates import read_date

# Publication (not modification) dates, read from the page's markup only:
# dates found by scanning the body text are too often some other event's.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# A page whose "main text" has no line of this many words is menus and link lists
# (trafilatura's fallback returns a nav-only page's "Home\nNews\nAbout us"), not an article.
_PROSE_WORDS = 6


def extract_html(html: bytes | str, url: str | None = None) -> dict[str, str | None] | None:
    """Main text and metadata of one page, or None when it has no main text."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura raises many kinds on broken markup
        return None
    if doc is None or not _has_prose(doc.text or ""):
        return None
    return {
        "text": doc.text,
        "date": doc.date,
        "title": doc.title,
        "url": doc.url or url,
        "outlet": doc.sitename or doc.hostname,
    }


def _has_prose(text: str) -> bool:
    return any(len(line.split()) >= _PROSE_WORDS for line in text.splitlines())


def read_html(
    data: bytes, source: str, options: ReadOptions, url: str | None = None
) -> Iterator[Article | Problem]:
    page = extract_html(data, url=url)
    if page is None:
        yield Problem(Warnings.W009.format(source=source))
        return
    published, problem = read_date(page["date"], source)
    if not options.published and (problem or published is None):
        yield problem or Problem(Warnings.W001.format(source=source))
    yield build_article(
        page["text"] or "",
        source=source,
        options=options,
        published=published,
        title=page["title"],
        url=page["url"],
        outlet=page["outlet"],
    )
