"""The HTML pages. Each reads through the same Store methods as the JSON API, and links
each of its lists to the API endpoint that downloads it as CSV or JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from khabar.store import Filters, Store
from khabar.store.entities import PART_LIMIT

from .api import (
    SQLITE_MAX,
    MinConfidence,
    cached,
    commitment_rows,
    entity_page,
    entity_ref,
    search_filters,
    store,
    sure_only,
)
from .highlight import render
from .marks import KIND_LABELS, document_marks
from .render import templates

router = APIRouter(include_in_schema=False)
PAGE = 20
Id = Annotated[int, Path(ge=1, le=SQLITE_MAX)]
Page = Annotated[int, Query(ge=1, le=10_000)]


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(
        request, name, {"params": dict(request.query_params), **context}
    )


@router.get("/")
def search_page(
    request: Request,
    q: str | None = None,
    filters: Filters = Depends(search_filters),
    p: Page = 1,
    db: Store = Depends(store),
) -> Response:
    markers = ("\x00", "\x01")  # replaced by <mark> after escaping, in the template
    landing = not q and not filters.given()  # the same for every reader
    hits, facets = cached(
        request,
        ("search page", q, filters, p),
        lambda: db.search_page(
            q, filters=filters, limit=PAGE, offset=(p - 1) * PAGE, markers=markers
        ),
        patient=landing and p == 1,
        keep=landing and p == 1,
    )
    names = {
        key: _entity_name(db, value)
        for key, value in asdict(filters).items()
        if isinstance(value, int)
    }
    return page(
        request,
        "search.html",
        hits=hits,
        facets=facets,
        # Store.stats reads every table: once per state of the database
        stats=cached(request, ("stats",), db.stats, patient=True, keep=True) if landing else None,
        names=names,
        p=p,
        more=len(hits) == PAGE,
    )


def _entity_name(db: Store, entity_id: int) -> str:
    head = db.entity(entity_id)
    return head["name"] if head else str(entity_id)


@router.get("/documents/{document_id}")
def document_page(
    request: Request,
    document_id: Id,
    view: str = Query("text", pattern="^(text|original)$"),
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    doc = db.document_view(document_id, min_confidence)
    if doc is None:
        raise HTTPException(404, f"سند {document_id} نیست / no document {document_id}")
    original = view == "original"
    body = render(doc["original"] if original else doc["text"], document_marks(doc, original))
    return page(
        request, "document.html", doc=doc, body=body, original=original, kind_labels=KIND_LABELS
    )


@router.get("/entities/{entity_id}")
def entity_redirect(entity_id: Id, db: Store = Depends(store)) -> Response:
    head = db.entity(entity_id)
    if head is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return RedirectResponse(f"/{_PATHS[head['kind']]}/{entity_id}", 302)


_PATHS = {"person": "persons", "organization": "organizations", "place": "places"}


@router.get("/persons/{entity_id}")
def person_page(
    request: Request,
    entity_id: Id,
    q: str | None = Query(None, description="words the quotes must contain"),
    kind: str | None = Query(None, pattern="^(direct|indirect)$"),
    p: Page = 1,
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    head = db.entity(entity_id)
    if head is None or head["kind"] != "person":
        raise HTTPException(404, f"no person {entity_id}")
    person = entity_page(request, db, entity_id)
    if min_confidence is not None:
        person = {
            k: sure_only(v, min_confidence) if isinstance(v, list) else v for k, v in person.items()
        }
    offset = (p - 1) * PAGE
    shown = db.quotes(
        speaker=entity_id,
        query=q,
        limit=PAGE,
        offset=offset,
        kind=kind,
        min_confidence=min_confidence,
    )
    return page(
        request,
        "person.html",
        e=person,
        quotes=shown,
        p=p,
        more=len(shown) == PAGE,
        shown=PART_LIMIT,
        kind_labels=KIND_LABELS,
    )


def _entity_page(request: Request, db: Store, entity_id: int, kind: str) -> Response:
    head = db.entity(entity_id)
    if head is None or head["kind"] != kind:
        raise HTTPException(404, f"no {kind} {entity_id}")
    e = entity_page(request, db, entity_id)
    return page(request, "entity.html", e=e, path=_PATHS[kind], shown=PART_LIMIT)


@router.get("/organizations/{entity_id}")
def organization_page(request: Request, entity_id: Id, db: Store = Depends(store)) -> Response:
    return _entity_page(request, db, entity_id, "organization")


@router.get("/places/{entity_id}")
def place_page(request: Request, entity_id: Id, db: Store = Depends(store)) -> Response:
    return _entity_page(request, db, entity_id, "place")


@router.get("/entities")
def entities_page(
    request: Request,
    kind: str = Query("person", pattern="^(person|organization|place)$"),
    name: str | None = None,
    p: Page = 1,
    db: Store = Depends(store),
) -> Response:
    rows = db.entities(kind, name, PAGE, (p - 1) * PAGE)
    return page(
        request,
        "entities.html",
        rows=rows,
        kind=kind,
        path=_PATHS[kind],
        p=p,
        more=len(rows) == PAGE,
    )


@router.get("/quotes")
def quotes_page(
    request: Request,
    speaker: str | None = None,
    q: str | None = None,
    p: Page = 1,
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    offset = (p - 1) * PAGE
    rows = db.quotes(
        speaker=entity_ref(speaker),
        query=q,
        limit=PAGE,
        offset=offset,
        min_confidence=min_confidence,
    )
    return page(
        request, "quotes.html", rows=rows, p=p, more=len(rows) == PAGE, kind_labels=KIND_LABELS
    )


@router.get("/commitments")
def commitments_page(
    request: Request,
    open: bool = False,
    no_deadline: bool = False,
    p: Page = 1,
    min_confidence: MinConfidence = None,
    db: Store = Depends(store),
) -> Response:
    rows = commitment_rows(db, open, no_deadline, PAGE, (p - 1) * PAGE, min_confidence)
    return page(request, "commitments.html", rows=rows, p=p, more=len(rows) == PAGE)


@router.get("/commitments/{commitment_id}")
def commitment_page(request: Request, commitment_id: Id, db: Store = Depends(store)) -> Response:
    item = db.commitment(commitment_id)
    if item is None:
        raise HTTPException(404, f"no commitment {commitment_id}")
    return page(request, "commitment.html", c=item)


@router.get("/api")
def api_page(request: Request) -> Response:
    spec = request.app.openapi()
    return page(request, "api.html", spec=spec)
