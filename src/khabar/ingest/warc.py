"""WARC and WARC.gz web archives: each HTML page answered with 200 is an article.

Other records (requests, metadata, images, redirects, errors) are skipped without a word:
a crawl is mostly those. Damage is a ``ReadError`` naming the file and the byte where it
starts: a record cut short (a truncated download), bytes that are no record, a gzip member
that does not inflate. Reading then goes on at the next record found after the damage (the
next gzip member that inflates to ``WARC/``, or the next ``WARC/1.x`` line), so every good
record is kept.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from khabar.errors import ReadError
from khabar.ingest.base import MAX_WHOLE_FILE, RawArticle, ReaderOptions, head_text, where
from khabar.ingest.htmlpage import page_article
from khabar.ingest.htmlpage import sniff as sniff_html

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")
_SCAN = 1 << 20  # bytes read at a time when looking for the next record


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
    from warcio.archiveiterator import ArchiveIterator

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
        archive = ArchiveIterator(f)
        try:
            for record in archive:
                yield archive.offset, record
            end = archive.offset  # after the last record the iterator could read
            if end >= size:
                return
            if _starts_record(f, end):
                reason = "record cut short: the file ends inside it"
            else:
                reason = "not a WARC record"
        except Exception as e:  # warcio: ArchiveLoadFailed, zlib.error, or anything on garbage
            end = archive.offset
            reason = f"broken WARC record: {_first_line(e)}"
        pos, damage = _skipped(f, end, size, reason)
        yield end, damage


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
        f.seek(pos)
        chunk = f.read(_SCAN + 64)
        candidates = []
        if (g := chunk.find(_GZIP_MEMBER)) >= 0:
            candidates.append(g)
        if m := _WARC_LINE.search(chunk, 1 if pos == 0 else 0):
            candidates.append(m.start(1))
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
    if length is None:  # required: the headers themselves were cut
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
