"""Records: ``document_to_dict`` output plus what the store needs to rebuild the Document."""

from __future__ import annotations

import hashlib
from typing import Any

from khabar.model import Document
from khabar.serialize import SCHEMA, document_to_dict
from khabar.text.offsets import OffsetMap

from .schema import StoreError
from .search import index_values

Record = dict[str, Any]


def steps_to_json(offset_map: OffsetMap) -> list[list[Any]]:
    return offset_map.to_json()


def steps_from_json(data: list[list[Any]]) -> OffsetMap:
    return OffsetMap.from_json(data)


def record_for(doc: Document) -> Record:
    """What ``Store.add`` takes: the extract contract plus the original text and the map."""
    record = document_to_dict(doc)
    record["original"] = doc.original
    record["offset_steps"] = steps_to_json(doc.offset_map)
    if doc.meta.get("locator") is not None:
        record["locator"] = doc.meta["locator"]
    return record


def with_search_index(record: Record) -> Record:
    """``record`` with the values the search index will hold (``search_index``): computed
    where the record is made (ingest workers, Dask workers) rather than by the one writer."""
    record["search_index"] = index_values(record.get("title"), record["text"])
    return record


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check(record: Record) -> None:
    if record.get("schema") != SCHEMA:
        raise StoreError(f"record schema {record.get('schema')!r} is not {SCHEMA!r}")
    for k in ("text", "original", "offset_steps"):
        if k not in record:
            raise StoreError(f"record lacks {k!r}: build it with khabar.store.record_for(doc)")
    index = record.get("search_index")
    if index is not None and not (
        isinstance(index, list) and len(index) == 3 and all(isinstance(v, str) for v in index)
    ):
        raise StoreError("record's search_index must be the 3 strings of index_values()")
