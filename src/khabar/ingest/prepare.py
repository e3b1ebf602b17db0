"""One input record -> one repaired ``Document``, the same way for every command.

``khabar repair``, ``khabar extract``, ``khabar ingest`` and ``khabar process`` all read through
``read_paths`` and ``prepared``: the same file gives the same articles, titles, sources and
dates whichever command reads it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from khabar.errors import ReadError
from khabar.ingest.base import RawArticle, ReaderOptions, ReadNote
from khabar.model import Document
from khabar.safetext import printable


@dataclass(frozen=True)
class NotArticle:
    """A record left out because it is clearly not a news article (``not_article``)."""

    source: str
    reason: str


def where_of(raw: RawArticle) -> str:
    return f"{raw.source}:{raw.locator}" if raw.locator else raw.source


def meta_of(raw: RawArticle) -> dict[str, Any]:
    """The metadata repair and extraction start from: what the input gives."""
    # a file name that is not UTF-8 or holds control characters is stored as printed
    meta: dict[str, Any] = {
        "path": printable(raw.source),
        "locator": printable(raw.locator) or None,
    }
    for key, value in (
        ("title", raw.title),
        ("published", raw.published),
        ("url", raw.url),
        ("source", raw.source_name),
    ):
        if value:
            meta[key] = value
    if raw.extra.get("encoding"):
        meta["encoding"] = raw.extra["encoding"]
    return meta


def prepare(raw: RawArticle) -> Document:
    """``raw`` repaired, with its metadata."""
    from khabar.text import repair

    return repair(raw.text, meta_of(raw))


def prepared(
    item: RawArticle | ReadError, keep_all: bool = False
) -> Document | ReadError | NotArticle:
    """``prepare`` that never raises: a problem comes back as a ``ReadError``, an input that
    is clearly no article as ``NotArticle`` (unless ``keep_all``)."""
    if isinstance(item, ReadError):
        return item
    where = where_of(item)
    try:
        doc = prepare(item)
    except Exception as e:  # a bug on one article must not lose the others
        return ReadError(where, f"internal error: {type(e).__name__}: {e}")
    if not doc.text.strip():
        return ReadError(where, "no article text after repair")
    return doc


def documents(
    paths: Iterable[str | os.PathLike[str]], options: ReaderOptions | None = None
) -> Iterator[Document | ReadError | ReadNote | NotArticle]:
    """Every article of ``paths`` repaired, in order, with the problems, the readers' notes
    and the inputs left out."""
    from khabar.ingest.readers import read_paths

    options = options or ReaderOptions()
    for item in read_paths(paths, options):
        yield item if isinstance(item, ReadNote) else prepared(item, options.keep_all)
