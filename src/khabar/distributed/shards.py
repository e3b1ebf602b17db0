"""Shards: the records of one partition in a Parquet or JSON Lines file, and its manifest.

``part-000042.parquet`` (or ``.jsonl``) holds one row per document, the fields of
``khabar.store.record_for``; a field whose values are not all strings (facts, offset steps)
is stored as a JSON string and listed in the file's metadata. ``part-000042.json`` is the
manifest: the partition's pieces, counts, failures, time and peak memory. Both are written
under a temporary name and renamed, and the manifest last, so a shard counts as done only
when its manifest exists, whatever moment a worker died at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar import jsontext
from khabar.atomic import replaced
from khabar.safetext import json_surrogates_escaped

SHARD_FORMATS = ("parquet", "jsonl")
PLAN = "plan.json"
_JSON_COLUMNS = b"khabar.json_columns"


def shard_path(out: Path, name: str, fmt: str) -> Path:
    return out / f"{name}.{fmt}"


def manifest_path(out: Path, name: str) -> Path:
    return out / f"{name}.json"


def write_atomically(path: Path, write: Any) -> None:
    """``write(tmp_path)``, then rename: readers see the whole file or none."""
    with replaced(path) as tmp:
        write(tmp)


def write_json(path: Path, data: Any) -> None:
    """``data`` as UTF-8 JSON. A file name that is not UTF-8 (its bad bytes are lone
    surrogates in Python) is written with ``\\udcff`` escapes, which read back as the same
    name, so the worker opens that very file."""
    text = json_surrogates_escaped(json.dumps(data, ensure_ascii=False, indent=1))
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write_shard(path: Path, records: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        write_atomically(path, lambda tmp: _write_jsonl(tmp, records))
    elif fmt == "parquet":
        write_atomically(path, lambda tmp: _write_parquet(tmp, records))
    else:
        raise ValueError(f"unknown shard format {fmt!r}; known: {', '.join(SHARD_FORMATS)}")


def read_shard(path: Path, batch_size: int = 500) -> Iterator[list[dict[str, Any]]]:
    """The records of a shard, in batches, in the order they were written."""
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path, batch_size)
    else:
        yield from _read_parquet(path, batch_size)


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(jsontext.dumps(r) + "\n")


def _read_jsonl(path: Path, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            batch.append(jsontext.loads(line))
            if len(batch) >= batch_size:
                yield batch
                batch = []
    if batch:
        yield batch


def _write_parquet(path: Path, records: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = list(dict.fromkeys(k for r in records for k in r))
    as_json = [c for c in columns if any(not _is_text(r.get(c)) for r in records)]
    schema = pa.schema([pa.field(c, pa.string()) for c in columns])
    schema = schema.with_metadata({_JSON_COLUMNS: json.dumps(as_json).encode()})
    arrays = [_column(pa, records, c, c in as_json) for c in columns]
    table = pa.Table.from_arrays(arrays, schema=schema)
    pq.write_table(table, path, compression="zstd", row_group_size=256)


def _is_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _column(pa: Any, records: list[dict[str, Any]], name: str, as_json: bool) -> Any:
    if as_json:  # orjson's UTF-8 goes to Arrow as it is: no str made only to be encoded again
        values = [jsontext.dumps_bytes(r.get(name)) for r in records]
        return pa.array(values, pa.binary()).cast(pa.string())
    return pa.array([r.get(name) for r in records], pa.string())


def _read_parquet(path: Path, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    shard = pq.ParquetFile(path)
    metadata = shard.schema_arrow.metadata or {}
    as_json = set(json.loads(metadata.get(_JSON_COLUMNS, b"[]")))
    names = shard.schema_arrow.names
    for batch in shard.iter_batches(batch_size=batch_size):
        columns = [
            # JSON is parsed from the UTF-8 bytes: no str is decoded only to be parsed
            [jsontext.loads(v) for v in batch.column(i).cast(pa.binary()).to_pylist()]
            if name in as_json
            else batch.column(i).to_pylist()
            for i, name in enumerate(names)
        ]
        yield [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
