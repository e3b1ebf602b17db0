"""The web application: read-only pages and a JSON API over one store.

Each worker thread opens its own read-only connection to the database (SQLite connections
must not be shared between threads mid-query); nothing the server runs can write to it.
Every response carries a strict Content-Security-Policy: the pages load only their own
stylesheet and font, run no script, and make no request anywhere else.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from khabar.store import QueryError, Store, open_store

from . import api, views
from .render import templates

CSP = (
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
    " script-src 'none'; connect-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
STATIC = Path(__file__).parent / "static"


class StorePerThread:
    """A read-only Store per server thread, opened on first use."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.local = threading.local()
        open_store(db, read_only=True).close()  # fail at start-up, not on the first request

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.db, read_only=True)
        return store


def create_app(db: str | Path) -> FastAPI:
    """The app serving the store at ``db`` (raises ``StoreError`` if it cannot be read)."""
    app = FastAPI(
        title="khabar",
        version="1",
        description="Read-only JSON API over a khabar store: search, documents, entities,"
        " quotes, quantities and commitments, every fact with its spans.",
        docs_url=None,  # Swagger and ReDoc load scripts from CDNs: /api renders the spec
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.stores = StorePerThread(str(db))

    @app.middleware("http")
    async def read_only_and_headers(request: Request, call_next: Any) -> Response:
        if request.method not in ("GET", "HEAD"):
            response: Response = JSONResponse(
                {"error": "this server is read-only"}, 405, headers={"Allow": "GET, HEAD"}
            )
        else:
            response = await call_next(request)
        response.headers.update(_HEADERS)
        return response

    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_parameters)
    app.add_exception_handler(QueryError, _bad_query)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(views.router)
    return app


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
