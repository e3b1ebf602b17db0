"""Records: ``document_to_dict`` output plus what the store needs to rebuild the Document."""

from __future__ import annotations

import hashlib
from typing import Any

from khabar.model import Document
from khabar.serialize import SCHEMA, document_to_dict
from khabar.text.offsets import OffsetMap

from .schema import StoreError

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


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check(record: Record) -> None:
    if record.get("schema") != SCHEMA:
        raise StoreError(f"record schema {record.get('schema')!r} is not {SCHEMA!r}")
    for k in ("text", "original", "offset_steps"):
        if k not in record:
            raise StoreError(f"record lacks {k!r}: build it with khabar.store.record_for(doc)")
