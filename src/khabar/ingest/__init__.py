"""Input files -> raw articles (``read_paths``), and bytes -> text (``decode``).

The readers load on first use, so that importing ``khabar.ingest.decode`` stays cheap.
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "RawArticle": "khabar.ingest.base",
    "ReaderOptions": "khabar.ingest.base",
    "register_reader": "khabar.ingest.base",
    "read_paths": "khabar.ingest.readers",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'khabar.ingest' has no attribute {name!r}")
