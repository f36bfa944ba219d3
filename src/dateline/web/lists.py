"""The workbench's lists: quotes, people and organizations with facets, sortable columns and CSV downloads.

Every list page has a twin at the same path with `.csv` that answers every
row the filters select (up to MAX_CSV), so what a researcher sees is what
they download. Facets count each value under the other filters, so a reader
sees what choosing it would give before choosing.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..errors import DatelineError
from ..kb import organizations as orgs
from ..kb import search
from ..store.duck import Store
from . import queries
from .deps import Outlet, StoreDep, WebError, not_found
from .params import PER_PAGE, Name, PageNo, Since, Until, Words, Year, listing, offset, one_of
from .templating import render

MAX_CSV = 100_000  # rows of one download
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
QuoteKind = one_of(search.KINDS)
Attribution = one_of(search.ATTRIBUTIONS)
QuoteSort = one_of(tuple(search.sorts(search.QUOTE_SORTS)))
PeopleSort = one_of(tuple(search.sorts(search.PEOPLE_SORTS)))
OrgSort = one_of(tuple(search.sorts(orgs.ORG_SORTS)))
ConflictKind = one_of(("age", "relation", "quote_wording"))


def quote_params(q: Words = None, anywhere: Words = None, speaker: Name = None, speaker_id: Name = None, outlet: Outlet = None,
                 since: Since = None, until: Until = None, kind: QuoteKind = None, attribution: Attribution = None,
                 year: Year = None, sort: QuoteSort = None) -> dict[str, Any]:
    return {"q": q, "anywhere": anywhere, "speaker": speaker, "speaker_id": speaker_id, "outlet": outlet, "since": since,
            "until": until, "kind": kind, "attribution": attribution, "year": year, "sort": sort}


def people_params(q: Words = None, outlet: Outlet = None, year: Year = None, kind: QuoteKind = None,
                  sort: PeopleSort = None) -> dict[str, Any]:
    return {"q": q, "outlet": outlet, "year": year, "kind": kind, "sort": sort}


QuoteParams = Annotated[dict, Depends(quote_params)]
PeopleParams = Annotated[dict, Depends(people_params)]


def csv_response(rows: list[dict[str, Any]], name: str) -> Response:
    """Rows as a CSV download with a header line; lists become "a; b"."""
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else ["empty"]
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v)
                         for v in (row.get(f) for f in fields)])
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def _quotes(store: Store, params: dict[str, Any], **page: int) -> search.Page:
    filters = search.QuoteFilters(**{k: v for k, v in params.items() if k != "sort"})
    try:
        return search.quotes(store, filters, sort=params["sort"], **page)
    except DatelineError as err:  # E018: filtering on attribution in a store that does not record it
        raise WebError(409, str(err)) from None


@router.get("/quotes")
def quotes(request: Request, store: StoreDep, params: QuoteParams, page: PageNo = 1):
    result = _quotes(store, params, limit=PER_PAGE, offset=offset(page))
    facets = search.quote_facets(store, search.QuoteFilters(**{k: v for k, v in params.items() if k != "sort"}))
    return listing(request, "quotes.html", result, params, facets=facets,
                    has_attribution=search.has_column(store, "quotes", "attribution"))


@router.get("/quotes.csv")
def quotes_csv(store: StoreDep, params: QuoteParams):
    return csv_response(_quotes(store, params, limit=MAX_CSV, offset=0).items, "quotes")


@router.get("/people")
def people(request: Request, store: StoreDep, params: PeopleParams, page: PageNo = 1):
    filters = search.PeopleFilters(**{k: v for k, v in params.items() if k != "sort"})
    result = search.people(store, filters, sort=params["sort"], limit=PER_PAGE, offset=offset(page))
    return listing(request, "people.html", result, params, facets=search.people_facets(store, filters))


@router.get("/people.csv")
def people_csv(store: StoreDep, params: PeopleParams):
    filters = search.PeopleFilters(**{k: v for k, v in params.items() if k != "sort"})
    return csv_response(search.people(store, filters, sort=params["sort"], limit=MAX_CSV).items, "people")


@router.get("/organizations")
def organizations(request: Request, store: StoreDep, q: Words = None, sort: OrgSort = None, page: PageNo = 1):
    result = orgs.organizations(store, q=q, sort=sort, limit=PER_PAGE, offset=offset(page))
    return listing(request, "organizations.html", result, {"q": q, "sort": sort})


@router.get("/organizations.csv")
def organizations_csv(store: StoreDep, q: Words = None, sort: OrgSort = None):
    return csv_response(orgs.organizations(store, q=q, sort=sort, limit=MAX_CSV).items, "organizations")


@router.get("/organization")
def organization(request: Request, store: StoreDep, name: Annotated[str, Query(min_length=1, max_length=200)]):
    found = orgs.organization(store, name)
    if found is None:
        raise not_found("organization", name)
    return render(request, "organization.html", q="", org=found)


@router.get("/articles.csv")
def articles_csv(store: StoreDep, q: Words = None, outlet: Outlet = None, since: Since = None, until: Until = None,
                 person: Name = None):
    rows = queries.articles(store, q=q, outlet=outlet, since=since, until=until, person=person, limit=MAX_CSV).items
    return csv_response(rows, "articles")


@router.get("/conflicts.csv")
def conflicts_csv(store: StoreDep, kind: ConflictKind = None):
    return csv_response(queries.conflicts(store, kind=kind, limit=MAX_CSV).items, "conflicts")
