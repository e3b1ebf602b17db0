"""The worker's task: read, repair and extract one partition and write its shard.

It returns only a small summary (counts, a few failures, time, peak memory): the records go
to the shard from the worker itself, never back through the client.
"""

from __future__ import annotations

import os
import resource
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.driver import process_article  # the very step ingest runs on each article
from khabar.errors import ReadError
from khabar.ingest.base import Item, ReaderOptions, checked

from .partition import Partition, Piece
from .shards import manifest_path, shard_path, write_json, write_shard

FAILURES_RETURNED = 20  # the manifest keeps them all


def run_partition(
    partition: dict[str, Any],
    out: str,
    fmt: str,
    options: ReaderOptions,
    cwd: str,
    use_model: bool = True,
) -> dict[str, Any]:
    """Process a partition (``Partition.to_json()``) into ``out``; the manifest as summary.
    Relative input paths are taken from ``cwd``, the client's working directory;
    ``use_model=False`` extracts with the rules alone (``--no-model``)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    part = Partition.from_json(partition)
    records: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    left_out: list[tuple[str, str]] = []
    read = undated = 0
    for piece in part.pieces:
        for item in read_piece(piece, options, cwd):
            kind, where, value = process_article(item, _nothing_stored, options.keep_all, use_model)
            if kind == "skipped":  # clearly no article, as ingest leaves it out
                left_out.append((where, value))
                continue
            if kind in ("error", "note"):
                (failures if kind == "error" else notes).append((where, value))
                continue
            read += 1
            undated += not value.get("published")
            value.pop("_hash", None)
            records.append(value)
    out_dir = Path(out)
    shard = shard_path(out_dir, part.name, fmt)
    write_shard(shard, records, fmt)
    manifest = {
        "partition": partition,
        "shard": shard.name,
        "read": read,
        "failed": len(failures),
        "failures": failures,
        "notes": notes,
        "left_out": left_out,
        "undated": undated,
        "seconds": round(time.perf_counter() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3),  # < seconds: shared cores
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    write_json(manifest_path(out_dir, part.name), manifest)
    returned = {
        key: found[:FAILURES_RETURNED]
        for key, found in (("failures", failures), ("notes", notes), ("left_out", left_out))
    }
    return {**manifest, "partition": part.index, **returned}


def _nothing_stored(digest: str) -> bool:
    return False  # workers have no database: the loader skips what is already stored


def read_piece(piece: Piece, options: ReaderOptions, cwd: str) -> Iterator[Item]:
    """The articles of a piece, named by the path as the user gave it (as ingest names them)."""
    path = Path(cwd, piece.path)
    given, actual = piece.path, str(path)
    for item in _read(piece, path, options):
        if actual != given:
            item = _renamed(item, actual, given)
        yield item


def _read(piece: Piece, path: Path, options: ReaderOptions) -> Iterator[Item]:
    from khabar.ingest import json_records, warc
    from khabar.ingest.readers import read_paths

    if piece.kind == "file":
        yield from read_paths([path], options)
        return
    try:
        if piece.kind == "jsonl":
            items = json_records.read_jsonl(path, options, piece.first, piece.stop, piece.offset)
        elif piece.kind == "warc":
            items = warc.read(path, options, piece.first, piece.stop, piece.offset or 0)
        else:
            raise ValueError(f"unknown piece kind {piece.kind!r}")
        yield from checked(items)
    except ReadError as e:
        yield e
    except Exception as e:  # as read_paths: a reader's bug must not end the run
        yield ReadError(str(path), f"unexpected {type(e).__name__}: {e}")


def _renamed(item: Item, actual: str, given: str) -> Item:
    if isinstance(item, ReadError):
        if item.source.startswith(actual):
            return ReadError(given + item.source[len(actual) :], item.reason)
        return item
    if item.source.startswith(actual):  # an article or a note
        item.source = given + item.source[len(actual) :]
    return item
