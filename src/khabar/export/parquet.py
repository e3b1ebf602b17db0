"""Parquet (pyarrow): one file per table with typed columns, for pandas, polars or DuckDB.

Offsets and ids are int64, quantities and confidences float64, lists (titles, posts, aliases)
list<string>, everything else (dates included, as ISO text) string.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from khabar.store.fact_rows import LIST_COLUMNS, TABLES, Row

from .files import ExportError, output_dir, replacing

_BATCH = 10_000  # rows held per table before they are written as a row group


def _type(pa: Any, column: str) -> Any:
    if column in LIST_COLUMNS:
        return pa.list_(pa.string())
    if column in ("value", "min", "max", "confidence"):
        return pa.float64()
    if column in ("start", "end", "mentions") or column.endswith(("_start", "_end", "_id")):
        return pa.int64()
    return pa.string()


def schemas() -> dict[str, Any]:
    """The pyarrow schema of each table."""
    pa = _pyarrow()
    return {t: pa.schema([(c, _type(pa, c)) for c in cols]) for t, cols in TABLES.items()}


def write(rows: Iterable[tuple[str, Row]], directory: Path) -> dict[str, int]:
    """Write ``TABLE.parquet`` for every table into ``directory``; returns rows per table."""
    pa = _pyarrow()
    import pyarrow.parquet as pq

    output_dir(directory)
    counts = dict.fromkeys(TABLES, 0)
    with ExitStack() as stack:
        writers: dict[str, Any] = {}  # pyarrow's ParquetWriter of each table
        pending: dict[str, list[Row]] = {}
        for table, schema in schemas().items():
            tmp = stack.enter_context(replacing(directory / f"{table}.parquet"))
            writers[table] = pq.ParquetWriter(tmp, schema)
            stack.callback(writers[table].close)
            pending[table] = []

        def flush(table: str) -> None:
            batch = pa.Table.from_pylist(pending[table], schema=writers[table].schema)
            writers[table].write_table(batch)
            pending[table].clear()

        for table, row in rows:
            pending[table].append(row)
            counts[table] += 1
            if len(pending[table]) >= _BATCH:
                flush(table)
        for table in TABLES:
            if pending[table]:
                flush(table)
    return counts


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ExportError(
            "the Parquet export needs pyarrow: pip install 'khabar[parquet]'"
        ) from None
    return pyarrow
