"""What a page says about itself: headline, byline, publication date and outlet from its markup.

Read in order of trust: JSON-LD (`NewsArticle` and kin: `headline`,
`datePublished`, `author`, `publisher`), then `<meta>` tags (`og:title`,
`article:published_time`, `og:site_name`, `author`), then `<title>`.
"""

from __future__ import annotations

import json
from typing import Any

_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "OpinionNewsArticle",
                            "AnalysisNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "WebPage"})
_META = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "date": ("article:published_time", "datepublished", "pubdate", "dc.date", "date", "og:published_time"),
    "author": ("author", "article:author", "byl", "dc.creator", "parsely-author"),
    "outlet": ("og:site_name", "application-name"),
}
_JSON_DEPTH = 6  # how deep "@graph" and nested objects are searched


def page_metadata(html: bytes | str) -> dict[str, str]:
    """title, date, author, outlet (those the page gives), as printed in its markup."""
    from lxml import html as lxml_html  # trafilatura's own dependency

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # lxml raises several kinds on markup it cannot parse
        return {}
    found: dict[str, str] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for key, value in _from_json_ld(script.text).items():
                found.setdefault(key, value)
    metas = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if name and content:
            metas.setdefault(name, content)
    for key, names in _META.items():
        value = next((metas[n] for n in names if n in metas), None)
        if value is not None and not value.startswith("http"):
            found.setdefault(key, value)
    title = tree.find(".//title")
    if title is not None and (title.text or "").strip():
        found.setdefault("title", title.text.strip())
    return found


def _from_json_ld(text: str) -> dict[str, str]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    article = _article(data, 0)
    if article is None:
        return {}
    out = {}
    if isinstance(article.get("headline"), str):
        out["title"] = article["headline"].strip()
    if isinstance(article.get("datePublished"), str):
        out["date"] = article["datePublished"].strip()
    author = _names(article.get("author"))
    if author:
        out["author"] = author
    publisher = _names(article.get("publisher"))
    if publisher:
        out["outlet"] = publisher
    return out


def _article(data: Any, depth: int) -> dict | None:
    """The first article-typed object of a JSON-LD document (through lists and "@graph")."""
    if depth > _JSON_DEPTH:
        return None
    if isinstance(data, list):
        return next((a for item in data if (a := _article(item, depth + 1)) is not None), None)
    if not isinstance(data, dict):
        return None
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)) and ("headline" in data or "datePublished" in data):
        return data
    return _article(data.get("@graph"), depth + 1)


def _names(value: Any) -> str | None:
    """"Jane Doe", {"name": …} or a list of them, joined with " and "."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:5]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(name.strip())
    return " and ".join(names) or None
