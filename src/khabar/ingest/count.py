"""How many items ``read_paths`` will yield, counted before a run for a progress bar's total.

Cheap next to the run itself: a text, HTML or IR-News file is one article (its head is read
to sniff it, as the run does); a JSON Lines file is one per non-blank line; a JSON file one
per record, cut as the run cuts them but not decoded. A feed or a WARC file would
have to be read in full, so with one of them the count is unknown (``None``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from khabar.errors import ReadError
from khabar.ingest.base import UNREADABLE, ReaderOptions, get_reader, open_binary
from khabar.ingest.jsonsplit import json_records
from khabar.ingest.readers import reader_for

ONE_ARTICLE = frozenset({"text", "html", "irnews"})


def count_items(files: Iterable[Path | ReadError], options: ReaderOptions) -> int | None:
    """Articles and read errors that the files (``iter_files``'s items) hold, or None."""
    total = 0
    for item in files:
        n = 1 if isinstance(item, ReadError) else count_file(item, options)
        if n is None:
            return None
        total += n
    return total


def count_file(path: Path, options: ReaderOptions) -> int | None:
    try:
        reader = (get_reader(options.format) if options.format else None) or reader_for(path)
    except ReadError:
        return 1  # reported as one failure
    if reader.name in ONE_ARTICLE:
        return 1
    if reader.name not in ("json", "jsonl"):
        return None
    try:
        with open_binary(path) as f:
            return max(1, _json_lines(f) if reader.name == "jsonl" else _json_records(f))
    except (OSError, EOFError):
        return 1


def _json_lines(f: IO[bytes]) -> int:
    n = 0
    try:
        for line in f:
            n += bool(line.strip())
    except (OSError, EOFError):  # a truncated .gz: the run reports one more error
        n += 1
    return n


def _json_records(f: IO[bytes]) -> int:
    """Records of a JSON array, or of one or several concatenated JSON values, cut as the
    run cuts them (``jsonsplit``), and not decoded."""
    array = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
    f.seek(0)
    n = 0
    try:
        for _ in json_records(f, array):
            n += 1
    except UNREADABLE:
        n += 1  # the run reports where it could not read further
    return n
