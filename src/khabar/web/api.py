"""The versioned JSON API (``/api/v1``). Every list takes ``limit``/``offset`` and
``format=json|csv``, an entity's lists included; the pages read through the same Store
methods.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Hashable, Iterator
from dataclasses import fields
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from khabar.safetext import csv_cell
from khabar.store import BadDay, Filters, Hit, Store
from khabar.store.entities import ALL_PARTS, PART_LIMIT
from khabar.store.kinds import DOCUMENT_PARTS

from .guard import GONE

READER = "khabar.reader"  # the scope key of the request's Reader
router = APIRouter(prefix="/api/v1", tags=["v1"])
MAX_LIMIT = 10_000
MAX_SEARCH_LIMIT = 1_000  # a search hit costs a snippet: 10,000 of a common word took 2 s
SQLITE_MAX = 2**63 - 1  # ids and offsets beyond it cannot be numbers of the database

# Annotated aliases: one FieldInfo object shared between parameters would share its name
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
SearchLimit = Annotated[int, Query(ge=1, le=MAX_SEARCH_LIMIT, description="hits per page")]
Offset = Annotated[int, Query(ge=0, le=SQLITE_MAX, description="items to skip")]
Format = Annotated[
    Literal["json", "csv"], Query(description="json, or csv (UTF-8 with BOM) for spreadsheets")
]
Id = Annotated[int, Path(ge=1, le=SQLITE_MAX)]
MinConfidence = Annotated[
    float | None,
    Query(ge=0, le=1, description="only the facts at least this sure (0 to 1)"),
]
# Literals of data: FastAPI reads them at run time (validation, the OpenAPI enum), whereas a
# type checker takes literal values only, so these two are ignored by it (valid-type).
EntityPart = Literal[ALL_PARTS]  # type: ignore[valid-type]  # the lists of an entity page
DocumentPart = Literal[DOCUMENT_PARTS]  # type: ignore[valid-type]  # a document's lists of facts


def store(request: Request) -> Iterator[Store]:
    """A read-only store for this request alone, its time limit running."""
    readers = request.app.state.readers
    reader = request.scope[READER] = readers.acquire(request.scope.get(GONE))
    try:
        yield reader.store
    finally:
        readers.release(reader)


def cached(
    request: Request, key: Hashable, compute: Any, patient: bool = False, keep: bool = False
) -> Any:
    """``compute()``, or its answer kept since the database last changed; ``patient``: a
    page that is the same for every reader, given ``PATIENCE`` times the time limit;
    ``keep``: one that stays in the cache until the database changes."""
    readers = request.app.state.readers
    if patient:
        return readers.cache.get(key, lambda: readers.patient(request.scope[READER], compute), keep)
    return readers.cache.get(key, compute, keep)


def entity_ref(value: str | None) -> str | int | None:
    """A filter value: digits are an entity id, anything else a name."""
    if value is None or not value.strip():
        return None
    return int(value) if value.strip().isdigit() else value.strip()


def search_filters(
    person: str | None = Query(None, description="a person's name or entity id"),
    org: str | None = Query(None, description="an organization's name or entity id"),
    place: str | None = Query(None, description="a place's name or entity id"),
    source: str | None = Query(None, description="the cited outlet"),
    since: str | None = Query(None, description="YYYY-MM-DD, or Jalali 1404/09/05"),
    until: str | None = Query(None, description="YYYY-MM-DD, or Jalali 1404/09/05"),
    min_confidence: MinConfidence = None,
) -> Filters:
    """The filters of a search; an empty parameter (as an empty form field sends it) is
    none, a day that is none a 400. ``min_confidence``: the person, organization or place
    filtered on found at least this sure."""
    return parsed_filters(
        entity_ref(person), entity_ref(org), entity_ref(place), source, since, until, min_confidence
    )


def parsed_filters(
    person: str | int | None = None,
    org: str | int | None = None,
    place: str | int | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float | None = None,
) -> Filters:
    try:
        return Filters.parse(
            person, org, place, source or None, _blank(since), _blank(until), min_confidence
        )
    except BadDay as e:
        message = f"bad parameter: {e.name}: {e.value!r} is not a date (YYYY-MM-DD or 1404/09/05)"
        raise HTTPException(400, message) from None


def _blank(value: str | None) -> str | None:
    return None if value is None or not value.strip() else value


def listing(
    items: list[dict[str, Any]],
    fmt: str,
    name: str,
    limit: int | None = None,
    offset: int | None = None,
    **extra: Any,
) -> Response:
    if fmt == "csv":
        return csv_response(items, name)
    body: dict[str, Any] = {"items": items, **extra}
    if limit is not None:
        body |= {"limit": limit, "offset": offset, "more": len(items) == limit}
    return JSONResponse(body)


def csv_response(items: list[dict[str, Any]], name: str) -> Response:
    columns: dict[str, None] = {}
    for item in items:
        columns.update(dict.fromkeys(item))
    out = io.StringIO()
    out.write("\ufeff")  # the BOM makes spreadsheet programs read UTF-8 Persian correctly
    writer = csv.writer(out)
    writer.writerow(columns)
    for item in items:
        writer.writerow([csv_cell(item.get(c)) for c in columns])
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


def _found(value: Any) -> Any:
    if value is None:
        raise HTTPException(404, "not found")
    return value


@router.get("/search", summary="Ranked full-text search with snippets and optional facets")
def search(
    request: Request,
    q: str | None = Query(None, description='words, "phrases", prefix*, AND/OR/NOT'),
    filters: Filters = Depends(search_filters),
    facets: bool = Query(False, description="add facet counts"),
    limit: SearchLimit = 50,
    offset: Offset = 0,
    format: Format = "json",
    db: Store = Depends(store),
) -> Response:
    extra: dict[str, Any] = {}
    key = (q, filters, limit, offset)
    if facets and format == "json":
        found, extra["facets"] = cached(
            request,
            ("search_page", *key),
            lambda: db.search_page(q, filters=filters, limit=limit, offset=offset),
        )
    else:
        found = cached(
            request,
            ("search", *key),
            lambda: db.search(q, filters=filters, limit=limit, offset=offset),
        )
    return listing([_fields(h) for h in found], format, "search", limit, offset, query=q, **extra)


def _fields(hit: Hit) -> dict[str, Any]:
    """``asdict(hit)`` without its deep copy of every match (a tenth of a search's time)."""
    return {f.name: getattr(hit, f.name) for f in fields(hit)}


@router.get("/documents", summary="Documents, newest first (the same filters as search)")
def documents(
    source: str | None = None,
    since: str | None = Query(None, description="YYYY-MM-DD, or Jalali 1404/09/05"),
    until: str | None = Query(None, description="YYYY-MM-DD, or Jalali 1404/09/05"),
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = "json",
    db: Store = Depends(store),
) -> Response:
    filters = parsed_filters(source=source, since=since, until=until)
    hits = db.search(None, filters=filters, limit=limit, offset=offset)
    rows = [{k: v for k, v in _fields(h).items() if k not in ("score", "matches")} for h in hits]
    return listing(rows, format, "documents", limit, offset)


@router.get("/documents/{document_id}", summary="A document: both texts and every fact")
def document(
    document_id: Id, min_confidence: MinConfidence = None, db: Store = Depends(store)
) -> dict[str, Any]:
    return _found(db.document_view(document_id, min_confidence))


@router.get("/documents/{document_id}/{part}", summary="One list of a document's facts")
def document_part(
    part: DocumentPart,
    document_id: Id,
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    view = _found(db.document_view(document_id, min_confidence))
    items = view[part][offset : offset + limit]
    return listing(items, format, f"document-{document_id}-{part}", limit, offset)


@router.get("/entities", summary="Persons, organizations or places, most documented first")
def entities(
    kind: Literal["person", "organization", "place"] = "person",
    name: str | None = Query(None, description="part of a name (folded)"),
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = "json",
    db: Store = Depends(store),
) -> Response:
    rows = db.entities(kind, name, limit, offset)
    return listing(rows, format, f"{kind}s", limit, offset)


def entity_page(request: Request, db: Store, entity_id: int) -> dict[str, Any]:
    """An entity's page (its first ``PART_LIMIT`` items of each list), kept in the cache:
    a busy person's co-mentions count over thousands of articles."""
    head = _found(db.entity(entity_id))
    if head["kind"] == "person":
        page = cached(
            request, ("person", entity_id), lambda: db.person(entity_id, PART_LIMIT), True
        )
    else:
        page = cached(request, ("entity", entity_id), lambda: db.entity_page(entity_id, PART_LIMIT))
    return {"kind": head["kind"], **_found(page)}


@router.get(
    "/entities/{entity_id}",
    summary="An entity's page: names, posts, quotes, articles",
    description=f"Each list holds its first {PART_LIMIT} items;"
    " /entities/{entity_id}/{part} pages through one of them.",
)
def entity(
    request: Request,
    entity_id: Id,
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> dict[str, Any]:
    page = entity_page(request, db, entity_id)
    if min_confidence is None:
        return page
    return {k: sure_only(v, min_confidence) if isinstance(v, list) else v for k, v in page.items()}


def sure_only(items: list[Any], floor: float) -> list[Any]:
    """The items of a list less sure than ``floor`` left out (those that carry a
    confidence: quotes, posts, commitments; one stored without any is not known sure)."""
    return [
        i
        for i in items
        if not (isinstance(i, dict) and "confidence" in i)
        or (i["confidence"] is not None and i["confidence"] >= floor)
    ]


@router.get("/entities/{entity_id}/{part}", summary="One list of an entity's page, paged")
def entity_part(
    part: EntityPart,
    entity_id: Id,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = "json",
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    """``min_confidence`` leaves the less sure items out of the page asked for."""
    head = _found(db.entity(entity_id))
    found = db.entity_part(entity_id, part, limit, offset)
    if found is None:
        raise HTTPException(404, f"a {head['kind']} has no {part}")
    if min_confidence is not None:
        found = sure_only(found, min_confidence)
    items = [v if isinstance(v, dict) else {"value": v} for v in found]
    return listing(items, format, f"entity-{entity_id}-{part}", limit, offset)


@router.get("/quotes", summary="Quotes with their speakers, newest first")
def quotes(
    speaker: str | None = Query(None, description="a person's name or entity id"),
    q: str | None = Query(None, description="words that must all occur in the quote"),
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = "json",
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    rows = db.quotes(
        speaker=entity_ref(speaker),
        query=q,
        limit=limit,
        offset=offset,
        min_confidence=min_confidence,
    )
    return listing(rows, format, "quotes", limit, offset)


@router.get("/quantities", summary="Quantities with their unit and sentence")
def quantities(
    document: int | None = Query(None, ge=1, le=SQLITE_MAX),
    unit: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = "json",
    db: Store = Depends(store),
) -> Response:
    rows = db.quantities(document, unit, limit, offset)
    return listing(rows, format, "quantities", limit, offset)


@router.get("/commitments", summary="Announced commitments, with announcer and deadline")
def commitments(
    open: bool = Query(False, description="only those whose deadline has not passed"),
    no_deadline: bool = Query(False, description="only those announced without a deadline"),
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = "json",
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    rows = commitment_rows(db, open, no_deadline, limit, offset, min_confidence)
    return listing(rows, format, "commitments", limit, offset)


def commitment_rows(
    db: Store,
    open_only: bool,
    no_deadline: bool,
    limit: int,
    offset: int,
    min_confidence: float | None,
) -> list[dict[str, Any]]:
    """The commitments a listing asks for, the API's or the page's: open ones (deadline not
    passed), those without a deadline, or all; the first two exclude each other."""
    if open_only and no_deadline:
        raise HTTPException(400, "open and no_deadline exclude each other")
    return db.commitments(
        open_only=open_only,
        no_deadline=no_deadline,
        limit=limit,
        offset=offset,
        min_confidence=min_confidence,
    )


@router.get("/commitments/{commitment_id}", summary="A commitment and later reports on it")
def commitment(commitment_id: Id, db: Store = Depends(store)) -> dict[str, Any]:
    return _found(db.commitment(commitment_id))


@router.get("/stats", summary="Counts of documents and facts, by source and month")
def stats(request: Request, db: Store = Depends(store)) -> dict[str, Any]:
    # the landing page's counts too: read every table once per state of the database
    return cached(request, ("stats",), db.stats, patient=True, keep=True)
