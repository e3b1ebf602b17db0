"""The embedded store: documents, facts and entities in one SQLite file, with search.

from khabar.store import open_store, record_for
with open_store("khabar.db") as store:
    store.add(record_for(extract_text(text)))
    store.search("می شود", person="قاسم رضایی")
"""

from __future__ import annotations

from .core import AddResult, Store, open_store
from .filters import BadDay, Filters
from .query import QueryError
from .records import record_for, steps_from_json, steps_to_json
from .schema import VERSION, StoreError
from .search import Hit

__all__ = [
    "VERSION",
    "AddResult",
    "BadDay",
    "Filters",
    "Hit",
    "QueryError",
    "Store",
    "StoreError",
    "open_store",
    "record_for",
    "steps_from_json",
    "steps_to_json",
]
