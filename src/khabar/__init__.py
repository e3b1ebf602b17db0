"""khabar: Persian news to an evidence-linked knowledge base.

    import khabar
    doc = khabar.extract.extract_text(text)      # facts of one article
    store = khabar.open("khabar.db")             # the store and its query methods

Subpackages load on first use, so that ``import khabar`` stays cheap.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing would double the cost of this module
if TYPE_CHECKING:
    import os
    from typing import Any

    from khabar.store import Store

__version__ = "0.1.0"
_SUBPACKAGES = ("extract", "export", "ingest", "resolve", "store", "text")


def open(path: str | os.PathLike[str]) -> Store:
    """The store at ``path`` (created when missing), with ``search``, ``person``, ``quotes``,
    ``commitments``, ``stats`` and ``facts``; use it in a ``with`` block or ``close()`` it.
    (Named as ``sqlite3.connect``'s kin; inside this module it hides the builtin ``open``.)"""
    from khabar.store import open_store

    return open_store(path)


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        import importlib

        return importlib.import_module(f"khabar.{name}")
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")
