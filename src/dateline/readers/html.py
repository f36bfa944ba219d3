"""Saved HTML pages: main text and publication date extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Warnings
from ..records import Article
from .base import Problem, ReadOptions, build_article
from .dates import parse_clock, read_date
from .page_meta import page_metadata

# Publication (not modification) dates, read from the page's markup only:
# dates found by scanning the body text are too often some other event's.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_BYLINE_WORDS = 8
# A page whose "main text" has no line of this many words is menus and link lists
# (trafilatura's fallback returns a nav-only page's "Home\nNews\nAbout us"), not an article.
_PROSE_WORDS = 6
_KEPT_WORDS = 0.8  # share of the words the precise extraction must keep to replace a one-line one


def extract_html(html: bytes | str, url: str | None = None) -> dict[str, str | None] | None:
    """Main text and metadata of one page, or None when it has no main text."""
    doc = _extract(html, url)
    if doc is not None and "\n" not in (doc.text or "").strip():
        # a short page falls back to trafilatura's baseline, which joins headline, byline and every
        # paragraph into one line; its precise mode keeps the paragraphs, when it keeps the words
        precise = _extract(html, url, favor_precision=True)
        if precise is not None and "\n" in (precise.text or "").strip():
            if len((precise.text or "").split()) >= _KEPT_WORDS * len((doc.text or "").split()):
                doc = precise
    if doc is None or not _has_prose(doc.text or ""):
        return None
    meta = page_metadata(html)
    title = meta.get("title") or doc.title
    author = meta.get("author") or doc.author
    return {
        "text": _without_headline(doc.text, title, author),
        "date": meta.get("date") or doc.date,
        "title": title,
        "url": doc.url or url,
        "outlet": meta.get("outlet") or doc.sitename or doc.hostname,
        "author": author,
    }


def _extract(html: bytes | str, url: str | None, **mode):
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
            **mode,
        )
    except Exception:  # trafilatura raises many kinds on broken markup
        return None


def _has_prose(text: str) -> bool:
    return any(len(line.split()) >= _PROSE_WORDS for line in text.splitlines())


def _without_headline(text: str, title: str | None, author: str | None) -> str:
    """The body without the headline and byline some pages repeat as its first lines."""
    first, _, rest = text.lstrip().partition("\n")
    if title and rest.strip() and _same(first, title):
        text = rest
        first, _, rest = text.lstrip().partition("\n")
    if author and rest.strip() and len(first.split()) <= _BYLINE_WORDS and author.split()[-1] in first:
        return rest  # "By Jane Rowe"
    return text


def _same(line: str, title: str) -> bool:
    """The line is the title, or the start of a title the page lengthened ("… | Outlet")."""
    line, title = _norm(line), _norm(title)
    return line == title or (len(line) > 20 and title.startswith(line))


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .")


def read_html(
    data: bytes, source: str, options: ReadOptions, url: str | None = None
) -> Iterator[Article | Problem]:
    page = extract_html(data, url=url)
    if page is None:
        yield Problem(Warnings.W009.format(source=source))
        return
    published, problem = read_date(page["date"], source)
    if not options.published and (problem or published is None):
        yield problem or Problem(Warnings.W001.format(source=source, what="publication date in the page (JSON-LD, og: or article: metadata)"))
    yield build_article(
        page["text"] or "",
        source=source,
        options=options,
        published=published,
        published_time=parse_clock(page["date"]) if published else None,
        title=page["title"],
        url=page["url"],
        outlet=page["outlet"],
        author=page["author"],
    )
