"""WARC and WARC.gz web archives: each HTML page answered with 200 is an article.

Other records (requests, metadata, images, redirects, errors) are skipped without a word:
a crawl is mostly those. A broken record is a ``ReadError``; after it warcio cannot find the
next record boundary, so the rest of that file is given up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from khabar.errors import ReadError
from khabar.ingest.base import MAX_WHOLE_FILE, RawArticle, ReaderOptions, head_text, where
from khabar.ingest.htmlpage import page_article
from khabar.ingest.htmlpage import sniff as sniff_html

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)


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
    from warcio.archiveiterator import ArchiveIterator

    try:
        f = path.open("rb")  # warcio handles per-record gzip itself
    except OSError as e:
        yield ReadError(str(path), e.strerror or str(e))
        return
    with f:
        f.seek(offset)
        n = first - 1
        try:
            for n, record in enumerate(ArchiveIterator(f), first):
                if stop is not None and n >= stop:
                    break
                locator = _locator(record, n)
                try:
                    page = _html_payload(record)
                except Exception as e:  # a broken payload (bad chunking, bad gzip)
                    yield ReadError(where(path, locator), f"unreadable record: {e}")
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
                except ReadError as e:
                    yield e
        except Exception as e:  # warcio: ArchiveLoadFailed, or garbage raising anything
            reason = f"broken WARC record, the rest of the file is skipped: {e}"
            yield ReadError(where(path, f"record {n + 1}"), reason)


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
    """The byte offset of each record, in order (to cut an archive into ranges)."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as f:
        records = ArchiveIterator(f)
        for _ in records:
            yield records.get_record_offset()
