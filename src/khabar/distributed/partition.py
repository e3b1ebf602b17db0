"""Cutting the inputs into partitions: bounded amounts of work, in the order ingest reads.

A partition is a list of pieces. A piece is a whole file, or a range of lines of a JSON Lines
file, or a range of records of a WARC archive, so that one big file is spread over many
workers. Small files are packed together until a partition holds about ``target_bytes`` of
input. The plan depends only on the files (names, sizes, modification times) and the target:
a rerun with the same inputs plans the same partitions, so completed shards can be skipped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import ReadError
from khabar.ingest.base import ReaderOptions, open_binary

DEFAULT_TARGET_BYTES = 4 << 20
GZIP_RATIO = 4  # about how much text a byte of gzipped news holds


@dataclass(frozen=True)
class Piece:
    path: str  # as the user named it (ingest stores it so); relative to the client's cwd
    kind: str  # "file" (read whole), "jsonl" (lines first..stop) or "warc" (records)
    size: int
    mtime_ns: int
    first: int = 1  # 1-based line or record number
    stop: int | None = None  # excluded; None: to the end
    offset: int | None = 0  # byte where ``first`` starts; None: not seekable (gzip)


@dataclass
class Partition:
    index: int
    pieces: list[Piece] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "pieces": [asdict(p) for p in self.pieces]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Partition:
        return cls(data["index"], [Piece(**p) for p in data["pieces"]])


def plan(
    paths: Iterable[str],
    options: ReaderOptions | None = None,
    target_bytes: int = DEFAULT_TARGET_BYTES,
) -> list[Partition]:
    """The partitions of ``paths`` (files, folders, globs). A missing input raises
    ``ReadError``: a distributed run should not start on a typo."""
    from khabar.ingest.readers import iter_files

    options = options or ReaderOptions()
    files = list(iter_files(paths))
    for f in files:
        if isinstance(f, ReadError):
            raise f
    partitions: list[Partition] = []
    current, weight = Partition(0), 0
    for path in files:
        assert isinstance(path, Path)
        for piece, size in _pieces(path, options, target_bytes):
            current.pieces.append(piece)
            weight += size
            if weight >= target_bytes:
                partitions.append(current)
                current, weight = Partition(len(partitions)), 0
    if current.pieces:
        partitions.append(current)
    return partitions


def _pieces(path: Path, options: ReaderOptions, target: int) -> Iterator[tuple[Piece, int]]:
    """``(piece, bytes)`` for one file: ranges when it is big and can be cut, else itself."""
    try:
        st = path.stat()
    except OSError:  # vanished or unreadable: the worker reports it like ingest does
        yield Piece(str(path), "file", 0, 0), 0
        return
    whole = Piece(str(path), "file", st.st_size, st.st_mtime_ns)
    # Work follows the text, not the bytes; the name suffices for an estimate (no file opened).
    scale = GZIP_RATIO if path.name.lower().endswith(".gz") else 1
    kind = _kind(path, options) if st.st_size * scale > target else None
    try:
        if kind == "jsonl":
            ranges = list(_line_ranges(path, target))
        elif kind == "warc":
            ranges = list(_record_ranges(path, target, scale))
        else:
            ranges = []
    except Exception:  # broken (bad gzip, bad WARC record): one piece, a worker reports it
        ranges = []
    if kind is None or len(ranges) < 2:  # no kind: no ranges
        yield whole, st.st_size * scale
        return
    for first, stop, offset, size in ranges:
        yield Piece(str(path), kind, st.st_size, st.st_mtime_ns, first, stop, offset), size


def _kind(path: Path, options: ReaderOptions) -> str | None:
    from khabar.ingest.readers import reader_for

    if options.format:
        return options.format
    try:
        return reader_for(path).name
    except ReadError:
        return None


def _line_ranges(path: Path, target: int) -> Iterator[tuple[int, int | None, int | None, int]]:
    """``(first, stop, offset, bytes)`` of consecutive line ranges of about ``target`` bytes."""
    if not _starts_with_json(path):
        return  # the reader gives such a file up after a few lines: only one piece does that
    with open_binary(path) as f:
        seekable = not hasattr(f, "fileobj")  # a GzipFile has no byte offsets to seek to
        first, start, pos = 1, 0, 0
        for n, line in enumerate(f, 1):
            pos += len(line)
            if pos - start >= target:
                yield first, n + 1, start if seekable else None, pos - start
                first, start = n + 1, pos
        if pos > start:
            yield first, None, start if seekable else None, pos - start


def _starts_with_json(path: Path) -> bool:
    """Whether a line before the JSONL reader's give-up point parses as JSON."""
    from khabar.ingest.json_records import JSONL_GIVE_UP

    with open_binary(path) as f:
        for n, line in enumerate(f, 1):
            if n >= JSONL_GIVE_UP:
                return False
            try:
                json.loads(line.removeprefix(b"\xef\xbb\xbf") if n == 1 else line)
                return True
            except ValueError:
                continue
    return False


def _record_ranges(
    path: Path, target: int, scale: int
) -> Iterator[tuple[int, int | None, int, int]]:
    """``(first, stop, offset, bytes)`` of consecutive record ranges; ``scale`` estimates the
    text behind a byte of a gzipped archive."""
    from khabar.ingest.warc import record_offsets

    first, start, n = 1, 0, 0
    for n, offset in enumerate(record_offsets(path), 1):
        if n > first and (offset - start) * scale >= target:
            yield first, n, start, (offset - start) * scale
            first, start = n, offset
    if n >= first:
        yield first, None, start, (os.path.getsize(path) - start) * scale
