"""What every reader shares: the article record, the options and the reader registry.

A reader is a ``sniff(path, head) -> bool`` and a ``read(path, options) -> Iterator`` that
yields ``RawArticle`` or ``ReadError`` for each record, so one bad record never stops a file
and one bad file never stops a run; a ``ReadNote`` says what was changed to keep a record.
``head`` is the first bytes of the (gunzipped) file.
"""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from khabar.errors import ReadError
from khabar.safetext import first_surrogate, replace_surrogates

HEAD_SIZE = 8192
# Whole-file formats (text, HTML, feeds) are one article each; nothing that big is an article,
# and refusing it keeps a mislabelled corpus dump from being loaded into memory.
MAX_WHOLE_FILE = 64 * 1024 * 1024
# What reading a damaged file raises: a truncated gzip stream EOFError, a corrupt one zlib.error
UNREADABLE = (OSError, EOFError, zlib.error)


@dataclass
class RawArticle:
    source: str  # file path
    locator: str  # where inside the file: "", "line 12", "item 5", "warc:<record-id>"
    text: str  # body as plain text, paragraphs separated by "\n", no title
    title: str | None = None
    published: str | None = None  # ISO date or datetime
    url: str | None = None
    source_name: str | None = None  # outlet/agency as the input names it
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadNote:
    """What a reader changed to keep a record whole (reported; the record is not failed)."""

    source: str  # as ``ReadError.source``: ``a.jsonl:line 7``
    note: str


@dataclass
class ReaderOptions:
    format: str | None = None  # a registered reader's name; None sniffs
    fields: dict[str, str] = field(default_factory=dict)  # record field names, see records.py
    encoding: str | None = None  # force a text encoding instead of detecting it
    keep_all: bool = False  # keep what is clearly no article (see ingest/prepare.py)


Item = RawArticle | ReadError | ReadNote
Sniff = Callable[[Path, bytes], bool]
Read = Callable[[Path, ReaderOptions], Iterator[Item]]


@dataclass(frozen=True)
class Reader:
    name: str
    sniff: Sniff
    read: Read


_REGISTRY: list[Reader] = []


def register_reader(name: str, sniff: Sniff, read: Read, *, first: bool = True) -> None:
    """Add (or replace) a reader. ``first`` puts it before the built-in ones when sniffing,
    since a custom layout is usually a special case of a generic one (e.g. a ``.txt``)."""
    unregister_reader(name)
    _REGISTRY.insert(0 if first else len(_REGISTRY), Reader(name, sniff, read))


def unregister_reader(name: str) -> None:
    _REGISTRY[:] = [r for r in _REGISTRY if r.name != name]


def readers() -> list[Reader]:
    return list(_REGISTRY)


def get_reader(name: str) -> Reader | None:
    return next((r for r in _REGISTRY if r.name == name), None)


def where(path: Path | str, locator: str) -> str:
    """The ``ReadError`` source of a record: ``a.jsonl:line 7``."""
    return f"{path}:{locator}" if locator else str(path)


def checked(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with every article's text encodable: a lone surrogate (JSON's ``"\\ud800"``,
    which UTF-8 cannot store) becomes U+FFFD, one character for one so that offsets hold,
    and a ``ReadNote`` before the article says where."""
    for item in items:
        if isinstance(item, RawArticle) and (note := _replace_surrogates(item)):
            yield ReadNote(where(item.source, item.locator), note)
        yield item


def _replace_surrogates(raw: RawArticle) -> str | None:
    where_first = next(
        (
            (name, at)
            for name in ("text", "title", "url", "source_name")
            if isinstance(value := getattr(raw, name), str)
            and (at := first_surrogate(value)) is not None
        ),
        None,
    )
    if where_first is None:
        return None
    for name in ("text", "title", "url", "source_name"):
        if isinstance(value := getattr(raw, name), str):
            setattr(raw, name, replace_surrogates(value))
    name, at = where_first
    field_name = {"source_name": "source"}.get(name, name)
    return f"lone surrogate replaced with U+FFFD (first at character {at} of the {field_name})"


def open_binary(path: Path) -> IO[bytes]:
    """Open a file for streaming; ``.gz`` (by magic number) is decompressed on the fly."""
    f = path.open("rb")
    if f.read(2) == b"\x1f\x8b":
        f.close()
        return gzip.open(path, "rb")  # type: ignore[return-value]
    f.seek(0)
    return f


def read_head(path: Path) -> bytes:
    with open_binary(path) as f:
        try:
            return f.read(HEAD_SIZE)
        except UNREADABLE:  # a truncated, corrupt or fake .gz
            return b""


def head_text(head: bytes) -> str:
    """The start of a file as text for sniffing (the cut may split a character)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", "ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("utf-8", "ignore")


def read_whole(path: Path) -> bytes:
    """The whole (gunzipped) file, or ``ReadError`` if it is too big to be one article."""
    try:
        with open_binary(path) as f:
            data = f.read(MAX_WHOLE_FILE + 1)
    except UNREADABLE as e:
        raise ReadError(str(path), getattr(e, "strerror", None) or str(e)) from None
    if len(data) > MAX_WHOLE_FILE:
        raise ReadError(str(path), f"larger than {MAX_WHOLE_FILE >> 20} MB: not one article")
    return data


def read_decoded(path: Path, options: ReaderOptions) -> tuple[str, str]:
    """The whole file as text, in ``options.encoding`` or detected; ``ReadError`` otherwise."""
    from khabar.ingest.decode import decode_bytes

    data = read_whole(path)
    if not options.encoding:
        return decode_bytes(data, str(path))
    try:
        return data.decode(options.encoding), options.encoding
    except (UnicodeDecodeError, LookupError) as e:
        raise ReadError(str(path), f"not {options.encoding}: {e}") from None
