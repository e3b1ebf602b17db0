"""``read_paths``: files, folders and globs -> a lazy stream of articles and read errors.

Each file goes to the first registered reader whose sniffer accepts it (custom layouts such
as IR-News first, then WARC, feeds, HTML, JSON, JSONL, and plain text, which takes anything
left and reports binary files). ``ReaderOptions.format`` names the reader instead.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.errors import ReadError
from khabar.ingest import (
    feed,
    htmlpage,
    irnews,  # noqa: F401  (registers itself, ahead of the built-ins)
    json_records,
    warc,
)
from khabar.ingest.base import (
    Item,
    RawArticle,
    Reader,
    ReaderOptions,
    checked,
    get_reader,
    read_decoded,
    read_head,
    readers,
    register_reader,
)

__all__ = ["RawArticle", "ReaderOptions", "iter_files", "read_paths", "reader_for"]


def read_text(path: Path, options: ReaderOptions) -> Iterator[RawArticle | ReadError]:
    """A plain-text file is one article; the repair stage finds its title."""
    try:
        text, encoding = read_decoded(path, options)
    except ReadError as e:
        yield e
        return
    yield RawArticle(str(path), "", text, extra={"encoding": encoding})


# Sniffing order: the most specific signatures first; "text" accepts everything.
for _name, _sniff, _read in (
    ("warc", warc.sniff, warc.read),
    ("feed", feed.sniff, feed.read),
    ("html", htmlpage.sniff, htmlpage.read),
    ("json", json_records.sniff_json, json_records.read_json),
    ("jsonl", json_records.sniff_jsonl, json_records.read_jsonl),
    ("text", lambda path, head: True, read_text),
):
    register_reader(_name, _sniff, _read, first=False)


def read_paths(
    paths: Iterable[str | os.PathLike[str]], options: ReaderOptions | None = None
) -> Iterator[Item]:
    """Every article of every input, lazily; problems come as ``ReadError`` items, and what
    was changed to keep an article (``checked``) as ``ReadNote`` items."""
    if isinstance(paths, str | os.PathLike):  # one path, not an iterable of characters
        paths = [paths]
    options = options or ReaderOptions()
    forced = get_reader(options.format) if options.format else None
    if options.format and forced is None:
        names = ", ".join(r.name for r in readers())
        raise ValueError(f"unknown format {options.format!r}; known: {names}")
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            reader = forced or reader_for(item)
            yield from checked(reader.read(item, options))
        except ReadError as e:
            yield e
        except Exception as e:  # a reader's bug must not end the run: report, go on
            yield ReadError(str(item), f"unexpected {type(e).__name__}: {e}")


def reader_for(path: Path) -> Reader:
    try:
        head = read_head(path)
    except OSError as e:
        raise ReadError(str(path), e.strerror or str(e)) from None
    for reader in readers():
        if reader.sniff(path, head):
            return reader
    raise ReadError(str(path), "no reader for this file")  # only if "text" was removed


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | ReadError]:
    """Files named, found under folders (recursively, sorted, hidden ones skipped) or matched
    by glob patterns (``**`` included), in the order given."""
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            yield from _walk(p)
        elif p.exists():
            yield p
        elif any(c in str(arg) for c in "*?["):
            matches = sorted(glob.glob(str(arg), recursive=True))
            if not matches:
                yield ReadError(str(arg), "no file matches this pattern")
            for m in matches:
                yield from _walk(Path(m)) if os.path.isdir(m) else iter([Path(m)])
        else:
            yield ReadError(str(arg), "no such file or directory")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
