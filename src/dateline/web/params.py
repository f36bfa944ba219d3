"""The query parameters the pages share, and how a page of a list is rendered.

A form sends its empty fields as `since=&kind=`: on a page, empty means "any".
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import BeforeValidator

from .models import Day
from .templating import render

PER_PAGE = 25
PageNo = Annotated[int, Query(ge=1, le=100_000)]
Words = Annotated[str | None, Query(max_length=500)]
Name = Annotated[str | None, Query(max_length=200)]


def blank_is_none(value: object) -> object:
    return None if value == "" else value


Since = Annotated[Day | None, BeforeValidator(blank_is_none), Query()]
Until = Since
Year = Annotated[int | None, BeforeValidator(blank_is_none), Query(ge=1, le=9999)]


def one_of(values: tuple[str, ...]) -> Any:
    """An optional parameter taking one of `values` (empty: any)."""
    from typing import Literal

    return Annotated[Literal[values] | None, BeforeValidator(blank_is_none), Query()]


def offset(page: int) -> int:
    return (page - 1) * PER_PAGE


def listing(request: Request, name: str, result: Any, params: dict[str, Any], **context: Any):
    """A list page: the page of items, the filters that made it, links to the pages around it."""
    return render(request, name, page=result, params=params, per_page=PER_PAGE,
                  current=result.offset // PER_PAGE + 1, last=max(1, -(-result.total // PER_PAGE)),
                  q=params.get("q") or "", **context)
