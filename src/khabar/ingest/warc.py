"""WARC and WARC.gz web archives: each HTML page answered with 200 is an article.

Other records (requests, metadata, images, redirects, errors) are skipped without a word:
a crawl is mostly those. Damage is a ``ReadError`` naming the file and the byte where it
starts: a record cut short (a truncated download), bytes that are no record, a gzip member
that does not inflate. Reading then goes on at the next record found after the damage (the
next gzip member that inflates to ``WARC/``, or the next ``WARC/1.x`` line), so every good
record is kept. Each gzip member is inflated here, not by warcio, so that damage ends it
after all that inflates before the damaged byte: an archive gzipped as one stream keeps the
records before its damage.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from khabar.errors import ReadError
from khabar.ingest.base import MAX_WHOLE_FILE, RawArticle, ReaderOptions, head_text, where
from khabar.ingest.htmlpage import page_article
from khabar.ingest.htmlpage import sniff as sniff_html

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"\n(WARC/1\.[01]\r?\n)")  # a line's start: after a line end
_SCAN = 1 << 20  # bytes read at a time when looking for the next record
_BLOCK = 1 << 14  # compressed bytes read at a time: a record's member is often smaller


# what a stretch of the archive holds, and where to read on after it (None: nothing more)
Found = Generator[tuple[int, Any], None, int | None]


class Damage:
    """Bytes of an archive that are no readable record, from ``offset``."""

    def __init__(self, offset: int, reason: str) -> None:
        self.offset, self.reason = offset, reason


def sniff(path: Path, head: bytes) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz")) or head_text(head[:16]).startswith("WARC/")


def read(
    path: Path,
    options: ReaderOptions,
    first: int = 1,
    stop: int | None = None,
    offset: int = 0,
) -> Iterator[RawArticle | ReadError]:
    """Records ``first`` to ``stop`` (excluded; 1-based), all by default; record ``first``
    starts at byte ``offset`` (distributed runs read a big archive in such ranges)."""
    try:
        f = path.open("rb")  # warcio handles per-record gzip itself
    except OSError as e:
        yield ReadError(str(path), e.strerror or str(e))
        return
    with f:
        n = first - 1
        for at, record in records(f, offset):
            if isinstance(record, Damage):
                yield ReadError(where(path, f"byte {at}"), record.reason)
                continue
            n += 1
            if stop is not None and n >= stop:
                break
            locator = _locator(record, n)
            try:
                page = _html_payload(record)
            except Exception as e:  # a broken payload (bad chunking, bad gzip)
                yield ReadError(where(path, f"{locator} at byte {at}"), f"unreadable record: {e}")
                continue
            if short := _cut_short(record):
                yield ReadError(where(path, f"{locator} at byte {at}"), short)
                continue
            if page is None:
                continue
            data, charset = page
            try:
                yield page_article(
                    data,
                    str(path),
                    locator,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    fallback_date=record.rec_headers.get_header("WARC-Date"),
                    encoding=options.encoding or charset,
                )
            except ReadError as e:  # no article text, or not text at all
                yield ReadError(where(path, f"{locator} at byte {at}"), e.reason)


def records(f: IO[bytes], offset: int = 0) -> Iterator[tuple[int, Any]]:
    """``(byte offset, record)`` of each record from ``offset`` on, and ``(offset, Damage)``
    where bytes are no record; after damage, the next record found is read on."""
    size = f.seek(0, 2)
    if size == 0:
        yield 0, Damage(0, "empty file")
        return
    pos: int | None = offset
    while pos is not None and pos < size:
        if not _starts_record(f, pos):  # warcio would skip such bytes as blank lines, unsaid
            end = pos
            pos, damage = _skipped(f, end, size, "not a WARC record")
            yield end, damage
            continue
        f.seek(pos)
        if f.read(len(_GZIP_MEMBER)) == _GZIP_MEMBER:
            pos = yield from _member_records(f, pos, size)
        else:
            pos = yield from _plain_records(f, pos, size)


def _plain_records(f: IO[bytes], pos: int, size: int) -> Found:
    """The records of an uncompressed stretch from ``pos``; where to read on after it."""
    from warcio.archiveiterator import ArchiveIterator

    f.seek(pos)
    archive = ArchiveIterator(f)
    try:
        for record in archive:
            at = archive.offset
            yield at, record
            if _cut_short(record):  # reported with it; its length says nothing of the next
                return _next_record(f, at + 1, size)
        end = archive.offset  # after the last record the iterator could read
        if end >= size:
            return None
        if _starts_record(f, end):
            reason = "record cut short: the file ends inside it"
        else:
            reason = "not a WARC record"
    except Exception as e:  # warcio: ArchiveLoadFailed, or anything on garbage
        end = archive.offset
        reason = f"broken WARC record: {_first_line(e)}"
    end = end if pos <= end < size else pos
    after, damage = _skipped(f, end, size, reason)
    yield end, damage
    return after


def _member_records(f: IO[bytes], pos: int, size: int) -> Found:
    """The records of the gzip member at ``pos`` (one, or a whole archive compressed as one
    stream): each that inflates whole, at ``pos``; where the next member starts."""
    from warcio.archiveiterator import ArchiveIterator

    member = _Inflating(f, pos)
    archive = ArchiveIterator(member)
    reason, kept = None, 0
    try:
        for record in archive:
            if not member.holds(record, archive.reader.rem_length()):
                break
            yield pos, record
            kept += 1
            if _cut_short(record):  # reported with it; the rest of the member is lost
                return _next_record(f, pos + 1, size)
        else:
            member.finish()
    except Exception as e:  # warcio: ArchiveLoadFailed, or anything on garbage
        reason = f"broken WARC record: {_first_line(e)}"
    if member.error is None and reason is None and member.end is not None:
        return member.end
    reason = member.error or reason or "broken WARC record"
    if kept:
        reason += f" ({kept} record{'s' if kept > 1 else ''} of it read before)"
    after, damage = _skipped(f, pos, size, reason)
    yield pos, damage
    return after


class _Inflating(io.RawIOBase):
    """The gzip member at ``start`` of ``f``, inflated as it is read. Damage ends it, after
    all that inflates before the damaged byte; ``error`` then says what and where."""

    def __init__(self, f: IO[bytes], start: int) -> None:
        self.f, self.at = f, start  # ``at``: after the last compressed byte read
        self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.out = bytearray()
        self.end: int | None = None  # where the member ends in ``f``, once inflated to there
        self.error: str | None = None
        self.failed_check = False  # the damage is the member's checksum: all of it is suspect

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self.out:
            self.ahead(1)
        n = min(len(buffer), len(self.out))
        buffer[:n] = self.out[:n]
        del self.out[:n]
        return n

    def holds(self, record: Any, buffered: int) -> bool:
        """Whether the rest of a record's block, ``buffered`` bytes of which are read already,
        inflates whole (and, in a member of its own, the member too)."""
        left = getattr(record.raw_stream, "limit", None)  # what is not read of the block
        if not (record.rec_headers.get_header("Content-Length") or "").strip() or left is None:
            return self.error is None  # headers cut by the damage, or written so
        need = left + 4 - buffered  # the rest of the block and the two line ends after it
        self.ahead(min(need + 1, MAX_WHOLE_FILE))  # one byte more: a member's end is checked
        return (
            self.error is None
            or len(self.out) > need
            or (len(self.out) == need and not self.failed_check)
        )

    def finish(self) -> None:
        while self.end is None and self.error is None:
            self.out.clear()
            self.ahead(_SCAN)

    def ahead(self, n: int) -> None:
        """Inflate until ``n`` bytes wait to be read, or the member ends, or damage."""
        while len(self.out) < n and self.end is None and self.error is None:
            data = self.inflater.unconsumed_tail
            if not data:
                self.f.seek(self.at)
                data = self.f.read(_BLOCK)
                self.at += len(data)
            if not data:
                self.error = "record cut short: the file ends inside it"
                return
            before = self.inflater.copy()
            try:
                self.out += self.inflater.decompress(data, _SCAN)
            except zlib.error as e:
                self.failed_check = "check" in str(e)  # zlib: "incorrect data check"
                self.salvage(before, data, e)
                return
            if self.inflater.eof:
                self.end = self.at - len(self.inflater.unused_data)

    def salvage(self, inflater: Any, data: bytes, e: zlib.error) -> None:
        """Inflate ``data`` again a byte at a time, up to the byte that fails."""
        start = self.at - len(data)
        for k in range(len(data)):
            try:
                self.out += inflater.decompress(data[k : k + 1])
            except zlib.error:
                self.error = f"gzip member does not inflate past byte {start + k}: {_first_line(e)}"
                return
        self.error = f"gzip member does not inflate: {_first_line(e)}"


def _skipped(f: IO[bytes], end: int, size: int, reason: str) -> tuple[int | None, Damage]:
    """Where the next record after damage at ``end`` starts, and the damage."""
    pos = _next_record(f, end + 1, size)
    then = f"; read on at byte {pos}" if pos is not None else "; no record after it"
    return pos, Damage(end, reason + then)


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0][:80] if text else type(e).__name__


def _next_record(f: IO[bytes], start: int, size: int) -> int | None:
    """The offset of the first record that starts at or after ``start``: a gzip member that
    inflates to ``WARC/``, or a ``WARC/1.x`` line."""
    pos = start
    while pos < size:
        f.seek(pos - 1)  # the byte before: whether a line starts at ``pos``
        chunk = f.read(_SCAN + 64)
        candidates = []
        if (g := chunk.find(_GZIP_MEMBER, 1)) >= 0:
            candidates.append(g - 1)
        if m := _WARC_LINE.search(chunk):
            candidates.append(m.start(1) - 1)
        for at in sorted(candidates):
            if _starts_record(f, pos + at):
                return pos + at
        if candidates:  # a false start: look again just after it
            pos += min(candidates) + 1
        else:
            pos += _SCAN
    return None


def _starts_record(f: IO[bytes], at: int) -> bool:
    f.seek(at)
    head = f.read(4096)
    if head.startswith(_GZIP_MEMBER):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/1.")


def _cut_short(record: Any) -> str | None:
    """Why the record's block ends before its ``Content-Length`` (the file was cut), else
    ``None``; reads the rest of the block."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    length = record.rec_headers.get_header("Content-Length")
    if not (length or "").strip():  # required: the headers themselves were cut
        return "record cut short: its headers end before Content-Length"
    missing = getattr(raw, "limit", 0)
    if missing <= 0:
        return None
    return f"record cut short: {missing} of its {length} bytes are missing"


def _locator(record: object, n: int) -> str:
    rid = record.rec_headers.get_header("WARC-Record-ID")  # type: ignore[attr-defined]
    return f"warc:{rid.strip('<>')}" if rid else f"record {n}"


def _html_payload(record: object) -> tuple[bytes, str | None] | None:
    """``(body, charset)`` of a 200 HTML response, else ``None``."""
    if record.rec_type not in ("response", "resource"):  # type: ignore[attr-defined]
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    content_type = record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    if http is not None:
        if http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in ("text/html", "application/xhtml+xml"):
        return None
    data = record.content_stream().read(MAX_WHOLE_FILE)  # type: ignore[attr-defined]
    if not mime and not sniff_html(Path("page"), data[:4096]):
        return None
    m = _CHARSET.search(content_type)
    return data, (m.group(1) if m else None)


def record_offsets(path: Path) -> Iterator[int]:
    """The byte offset of each record, in order (to cut an archive into ranges); damage is
    skipped as ``read`` skips it, so that record numbers agree."""
    with path.open("rb") as f:
        for offset, record in records(f):
            if not isinstance(record, Damage):
                yield offset
