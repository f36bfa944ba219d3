"""Jinja templates with autoescaping always on, and the small helpers the pages share."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from ..about import __version__
from ..errors import code_of
from ..records import age_words

TEMPLATES = Path(__file__).parent / "templates"

env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every template, whatever its name: article text is untrusted
    undefined=jinja2.StrictUndefined,  # a misspelt field fails the tests instead of rendering empty
    trim_blocks=True,
    lstrip_blocks=True,
)


def link(url: str | None) -> str | None:
    """An article's URL if it is http(s), else None: `javascript:` and friends never become links."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def query(params: dict[str, Any], **changes: Any) -> str:
    """`params` with `changes` as a query string ("?a=1&b=2"), empty values left out."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "") and not (k == "offset" and v == 0)}
    return "?" + urlencode(kept) if kept else "?"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def headline(text: str) -> str:
    """An untitled article's opening words, standing for its title."""
    from .queries import HEADLINE

    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= HEADLINE else first[: HEADLINE - 1] + "…"


def span(a: Any, b: Any) -> str:
    """An interval of dates as people read it: one date when both ends agree."""
    if a is None and b is None:
        return "?"
    return str(a) if a == b else f"{a or '?'} … {b or '?'}"


_CODE = re.compile(r"`([^`]+)`")


def prose(text: str | None) -> Markup:
    """Docstring text as HTML: escaped, `code` spans as <code>, blank lines as paragraph breaks."""
    paragraphs = [" ".join(p.split()) for p in (text or "").split("\n\n") if p.strip()]
    html = [_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", str(escape(p))) for p in paragraphs]
    return Markup("".join(f"<p>{p}</p>" for p in html))


env.filters.update(link=link, plural=plural, prose=prose)
env.globals.update(query=query, span=span, age_words=age_words, headline=headline, version=__version__, code_of=code_of)


def render(request: Request, name: str, *, status_code: int = 200, headers: dict[str, str] | None = None,
           **context: Any) -> HTMLResponse:
    """A page from templates/NAME with `root` (the app's mount path) and `request` in its context."""
    html = env.get_template(name).render(request=request, root=request.scope.get("root_path", ""), **context)
    return HTMLResponse(html, status_code, headers=headers)


TITLES = {400: "Bad request", 401: "Not allowed", 403: "Not allowed", 404: "Not found", 405: "Not allowed",
          409: "Not in this store", 413: "Too large", 422: "Bad request", 500: "Something went wrong"}


def error_page(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    return render(request, "error.html", status_code=status, headers=headers, status=status, title=TITLES.get(status, "Error"),
                  message=message, q="")
