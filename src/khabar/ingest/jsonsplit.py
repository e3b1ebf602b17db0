"""The records of a JSON file, cut from the stream as bytes, one at a time.

A JSON array is one document: a parser that meets a bad item (a syntax error, an escape it
cannot decode) cannot find the next one. Cutting first, by strings and brackets alone, lets
each record be decoded on its own, as a JSON Lines line is, so a bad item is one error and
the next item is read. Only quotes, backslashes inside strings, brackets and commas count
for the cut: it needs no valid JSON and never looks at what a string holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from khabar.ingest.base import MAX_WHOLE_FILE

# A record nested deeper than this is no article, and decoding it would recurse that deep;
# it is skipped as it streams by.
MAX_DEPTH = 100
MAX_RECORD = MAX_WHOLE_FILE  # bytes; a bigger record is skipped, not held in memory
_CHUNK = 1 << 16  # bytes read at a time
_PLAIN = re.compile(rb'[^"\[\]{},]*')  # up to the next byte that counts
_SPACE = re.compile(rb"[ \t\r\n]*")
_SCALAR = re.compile(rb'[^ \t\r\n"\[\]{},]*')  # a bare value at the top: 12, true, junk


@dataclass(frozen=True)
class Skipped:
    """A record not cut out, and why."""

    reason: str


def json_records(f: IO[bytes], array: bool) -> Iterator[bytes | Skipped]:
    """Each record: an item of an array at the top when ``array`` (a file of records), else
    each value at the top (one record, or several concatenated)."""
    return _Cutter(f, array).records()


class _Cutter:
    def __init__(self, f: IO[bytes], array: bool) -> None:
        self.f, self.array = f, array
        self.buf = f.read(_CHUNK).removeprefix(b"\xef\xbb\xbf")
        self.i = 0
        self.hungry = False  # what is left of ``buf`` cannot be read without the next chunk
        self.depth = 0  # containers open, the array that holds the records included
        self.base = 0  # the depth records start at: 1 inside that array
        self.in_string = False
        self.bare = False  # the current record is a bare value at the top
        self.start: int | None = None  # where the current record starts in ``buf``
        self.kept = bytearray()  # its bytes from earlier chunks
        self.skip: str | None = None  # why the current record is not kept

    def records(self) -> Iterator[bytes | Skipped]:
        while True:
            if self.hungry or self.i >= len(self.buf):
                if not self.more():
                    yield from self.at_end()
                    return
            if self.start is None:
                record = self.between()
            elif self.in_string:
                record = self.string()
            elif self.bare:
                record = self.scalar()
            else:
                record = self.inside()
            if record is not None:
                yield record

    def more(self) -> bool:
        """Read the next chunk; what the current record holds so far is set aside."""
        if self.start is not None:
            if self.skip is None:
                self.kept += self.buf[self.start : self.i]
                if len(self.kept) > MAX_RECORD:
                    self.skip = f"larger than {MAX_RECORD >> 20} MB: not an article record"
            if self.skip is not None:
                self.kept.clear()
            self.start = 0
        chunk = self.f.read(_CHUNK)
        self.buf, self.i, self.hungry = self.buf[self.i :] + chunk, 0, False
        return bool(chunk)

    def cut(self, end: int) -> bytes | Skipped:
        """The current record, which ends at ``end`` in ``buf``."""
        assert self.start is not None
        record = bytes(self.kept + self.buf[self.start : end])
        self.kept.clear()
        self.start, skip, self.skip = None, self.skip, None
        return Skipped(skip) if skip is not None else record

    # Each step below reads on from ``i`` and returns a record that ends, or None when it
    # needs the next chunk or has moved to another state.

    def between(self) -> bytes | Skipped | None:
        """At the top, between values: a holding array opens, or a record starts."""
        self.i = _SPACE.match(self.buf, self.i).end()  # type: ignore[union-attr]
        if self.i >= len(self.buf):
            return None
        byte = self.buf[self.i]
        self.start = self.i
        if self.array and byte == ord("["):
            self.depth = self.base = 1
            self.i += 1
            self.start = self.i  # the first item
        elif byte in b"]},":  # a stray one: a record of its own, reported as not JSON
            self.i += 1
            return self.cut(self.i)
        else:
            self.bare = byte not in b'"[{'
        return None

    def scalar(self) -> bytes | Skipped | None:
        """A bare value at the top (``12``, ``true``, junk): it ends at a space or bracket."""
        self.i = _SCALAR.match(self.buf, self.i).end()  # type: ignore[union-attr]
        if self.i >= len(self.buf):
            self.hungry = True
            return None
        self.bare = False
        return self.cut(self.i)

    def string(self) -> bytes | Skipped | None:
        """Within a string: it ends at the next quote after an even run of backslashes."""
        buf = self.buf
        quote = buf.find(b'"', self.i)
        while quote >= 0 and _backslashes_before(buf, quote) % 2:
            quote = buf.find(b'"', quote + 1)
        if quote < 0:  # it goes on in the next chunk, with the backslashes that end this one
            self.i, self.hungry = len(buf) - _backslashes_before(buf, len(buf)), True
            return None
        self.i, self.in_string = quote + 1, False
        return self.cut(self.i) if self.depth == 0 else None  # a string at the top is a record

    def inside(self) -> bytes | Skipped | None:
        """Within a record, outside its strings: the bytes that count, until a record ends."""
        buf = self.buf
        while True:
            i = _PLAIN.match(buf, self.i).end()  # type: ignore[union-attr]
            if i >= len(buf):
                self.i = i
                return None
            byte = buf[i]
            self.i = i + 1
            if byte == 0x22:  # a quote
                self.in_string = True
                record = self.string()
                if record is not None or self.in_string:
                    return record
            elif byte in b"[{":
                self.depth += 1
                if self.depth - self.base > MAX_DEPTH and self.skip is None:
                    self.skip = f"nested deeper than {MAX_DEPTH} levels: not an article record"
            elif self.depth == self.base == 1:  # a comma between items, or the array's end
                record = self.cut(i)
                if byte == ord(","):
                    self.start = self.i
                    return record if _has_value(record) else Skipped("no value before this comma")
                self.depth = self.base = 0
                return record if _has_value(record) else None  # the nothing of [] or [1, ]
            elif byte != ord(","):
                self.depth -= 1
                if self.depth == 0:  # a value at the top closes
                    return self.cut(self.i)

    def at_end(self) -> Iterator[bytes | Skipped]:
        """The file ends: a record cut short is reported, and so is an array left open."""
        if self.start is None:
            return
        cut_short = self.in_string or self.depth > self.base
        record = self.cut(len(self.buf))
        if cut_short:
            yield Skipped("invalid JSON: the file ends inside this record")
            return
        if _has_value(record):
            yield record
        if self.base == 1:
            yield Skipped("invalid JSON: the file ends before its array closes")


def _has_value(record: bytes | Skipped) -> bool:
    return isinstance(record, Skipped) or bool(record.strip())


def _backslashes_before(buf: bytes, at: int) -> int:
    start = at
    while start > 0 and buf[start - 1] == 0x5C:  # backslash
        start -= 1
    return at - start
