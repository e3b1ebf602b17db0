"""Exports of the store: FollowTheMoney, JSON Lines, CSV and Parquet.

    from khabar.export import write
    write(store, "csv", "out/", person="محمدرضا هاشمی‌فر", since="2025-11-01")

``khabar.store.fact_rows`` reads the facts with their spans and sentences; one module per
format writes them. The filters are ``khabar search``'s (a ``Filters``, or its fields as
keywords) and select documents; only current documents are exported.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .files import ExportError

if TYPE_CHECKING:
    from khabar.store import Filters, Store

__all__ = ["FORMATS", "ExportError", "write"]

FORMATS = ("ftm", "jsonl", "csv", "parquet")


def write(
    store: Store,
    fmt: str,
    out: str | Path | None,
    progress: Callable[[int, int], None] | None = None,
    filters: Filters | None = None,
    **given: Any,
) -> dict[str, int]:
    """Export the documents the filters select; returns counts (rows per table, or FtM
    entities per schema). ``out`` is a directory, except for jsonl: a file, or stdout when
    ``None`` or ``"-"``. ``progress(done, total)`` is called as each document is begun and
    at the end, in documents."""
    from khabar.store.fact_rows import fact_rows, select_documents
    from khabar.store.filters import filters_of
    from khabar.store.query import QueryError

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
    if out is None and fmt != "jsonl":
        raise ExportError(f"the {fmt} export writes into a directory: give --out DIRECTORY")
    try:
        chosen = filters_of(filters, given)
        ids = select_documents(store.conn, chosen)
    except QueryError as e:
        raise ExportError(str(e)) from None
    documents = _counted(ids, progress) if progress else ids
    facts = fact_rows(store.conn, documents, min_confidence=chosen.min_confidence)
    if fmt == "jsonl":
        return _jsonl(facts, out)
    assert out is not None
    if fmt == "csv":
        from . import csv_files

        return csv_files.write(facts, Path(out))
    if fmt == "parquet":
        from . import parquet

        return parquet.write(facts, Path(out))
    from . import ftm

    return ftm.write(store.conn, facts, Path(out))


def _counted(ids: list[int], progress: Callable[[int, int], None]) -> Iterator[int]:
    for done, doc_id in enumerate(ids):
        progress(done, len(ids))
        yield doc_id
    progress(len(ids), len(ids))


def _jsonl(facts: Any, out: str | Path | None) -> dict[str, int]:
    from . import jsonl
    from .files import replacing

    if out is None or str(out) == "-":
        return jsonl.write(facts, sys.stdout)
    path = Path(out)
    if path.is_dir():
        raise ExportError(f"{path}: a directory; the jsonl export writes one file")
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        return jsonl.write(facts, fh)
