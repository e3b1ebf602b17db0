"""The read-only web UI and JSON API: ``create_app(db)``, served by ``khabar serve``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":  # FastAPI loads only when the web is asked for
        from .app import create_app

        return create_app
    raise AttributeError(name)
