"""JSON Lines: one fact per line, in the shape of ``khabar extract``'s objects.

A line is ``{"schema": "khabar.export/1", "fact": "quote", "document_id": ..., ...}``: the
span's ``start``, ``end``, ``text``, ``original_start``, ``original_end`` at the top level and
``sentence`` (and a quote's ``cue``) as span objects, as in the extract contract.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from khabar.store.fact_rows import SPAN, TABLES, Row

EXPORT_SCHEMA = "khabar.export/1"
FACTS = {
    "documents": "document",
    "persons": "person",
    "posts": "post",
    "organizations": "organization",
    "places": "place",
    "quotes": "quote",
    "quantities": "quantity",
    "dates": "date",
    "commitments": "commitment",
}


def record(table: str, row: Row) -> dict[str, Any]:
    """``row`` of ``table`` as one JSON Lines object."""
    columns = TABLES[table]
    nested = [c for c in columns if f"{c}_start" in columns]  # «sentence», a quote's «cue»
    inner = {p for n in nested for p in _span_columns(n)} - set(nested)
    out: dict[str, Any] = {"schema": EXPORT_SCHEMA, "fact": FACTS[table]}
    for column in columns:
        if column in nested:
            parts = _span_columns(column)
            spans = zip(SPAN, parts, strict=True)
            out[column] = None if row[parts[0]] is None else {k: row[p] for k, p in spans}
        elif column not in inner:
            out[column] = row[column]
    return out


def _span_columns(name: str) -> list[str]:
    """The flat columns of span ``name``, in the order of ``SPAN``; its text is ``name``."""
    return [name if k == "text" else f"{name}_{k}" for k in SPAN]


def write(rows: Iterable[tuple[str, Row]], out: TextIO) -> dict[str, int]:
    """Write every row as a line of ``out``; returns the number of rows per table."""
    counts = dict.fromkeys(TABLES, 0)
    for table, row in rows:
        out.write(json.dumps(record(table, row), ensure_ascii=False) + "\n")
        counts[table] += 1
    return counts
