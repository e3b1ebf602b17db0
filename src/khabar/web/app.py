"""The web application: read-only pages and a JSON API over one store.

Each request borrows its own read-only connection (``readers``), whose work stops when the
request's time limit is reached or its client leaves. Nothing the server runs can write to
the database. Every response carries a strict Content-Security-Policy: the pages load only
their own stylesheet and font, run no script, and make no request anywhere else.

``khabar serve`` runs one process per core (uvicorn workers); each imports this module and
calls ``from_environment``, which reads the database path and limits from ``KHABAR_DB`` and
``KHABAR_TIME_LIMIT``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from khabar.store import QueryError

from . import api, views
from .guard import GONE, Guard
from .readers import TIME_LIMIT, Readers, interrupted
from .render import templates

CSP = (
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
    " script-src 'none'; connect-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
STATIC = Path(__file__).parent / "static"


class KhabarApp(FastAPI):
    def build_middleware_stack(self) -> Any:
        # outside Starlette's error handler, so that a 500 gets the headers too
        return Guard(super().build_middleware_stack(), HEADERS)


def create_app(db: str | Path, time_limit: float = TIME_LIMIT) -> FastAPI:
    """The app serving the store at ``db`` (raises ``StoreError`` if it cannot be read);
    each request may spend ``time_limit`` seconds in the database."""
    readers = Readers(str(db), time_limit)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        readers.warm()  # before the first request: a server's start, not its first reader
        yield
        readers.close()  # a statement still running stops now: shutdown is not held up

    app = KhabarApp(
        title="khabar",
        version="1",
        description="Read-only JSON API over a khabar store: search, documents, entities,"
        " quotes, quantities and commitments, every fact with its spans.",
        docs_url=None,  # Swagger and ReDoc load scripts from CDNs: /api renders the spec
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        redirect_slashes=False,  # its redirects are absolute URLs made from the Host header
        lifespan=lifespan,
    )
    app.state.readers = readers
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_parameters)
    app.add_exception_handler(QueryError, _bad_query)
    app.add_exception_handler(sqlite3.OperationalError, _stopped)
    app.add_exception_handler(Exception, _server_error)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(views.router)
    return app


def from_environment() -> FastAPI:
    """``create_app`` for a server process: ``KHABAR_DB`` and ``KHABAR_TIME_LIMIT``."""
    return create_app(
        os.environ["KHABAR_DB"], float(os.environ.get("KHABAR_TIME_LIMIT", TIME_LIMIT))
    )


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status)
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    messages = {404: "پیدا نشد / not found", 405: "this server is read-only"}
    detail = exc.detail if isinstance(exc.detail, str) else None
    if detail in ("Not Found", "Method Not Allowed", None):
        detail = messages.get(exc.status_code, "error")
    return _error(request, exc.status_code, detail)


async def _bad_parameters(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return _error(request, 400, "bad parameter: " + "; ".join(parts))


async def _bad_query(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


async def _stopped(request: Request, exc: Exception) -> Response:
    if not interrupted(exc):
        return await _server_error(request, exc)
    if request.scope.get(GONE) is not None and request.scope[GONE].is_set():
        return Response(status_code=499)  # nobody is left to read it
    limit = request.app.state.readers.time_limit
    return _error(
        request,
        503,
        f"این جستجو بیش از {limit:g} ثانیه طول کشید / the query took longer than {limit:g} s"
        " and was stopped: narrow it (fewer or rarer words, a filter, a date range)",
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    return _error(request, 500, "خطای کارگزار / internal error")
