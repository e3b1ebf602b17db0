"""RSS and Atom feed files: each entry is an article (feedparser reads every flavour)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from khabar.calendars import iso_date
from khabar.errors import ReadError
from khabar.ingest.base import (
    Item,
    RawArticle,
    ReaderOptions,
    ReadNote,
    head_text,
    read_whole,
    where,
)
from khabar.ingest.htmlpage import fragment_text

# the root element, after an XML declaration, comments, a doctype or a stylesheet line
_ROOT = re.compile(
    r"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)\b", re.S
)


def sniff(path: Path, head: bytes) -> bool:
    name = path.name.lower().removesuffix(".gz")
    text = head_text(head)
    # a .xml file is taken too: a sitemap or other XML is reported, not read as plain text
    return name.endswith((".rss", ".atom", ".xml")) or bool(_ROOT.match(text))


def read(path: Path, options: ReaderOptions) -> Iterator[Item]:
    import feedparser

    try:
        data = read_whole(path)
    except ReadError as e:
        yield e
        return
    if options.encoding:  # feedparser trusts the XML declaration; an override re-labels it
        try:
            data = data.decode(options.encoding).encode("utf-8")
        except (UnicodeDecodeError, LookupError) as e:
            yield ReadError(str(path), f"not {options.encoding}: {e}")
            return
    data, bad_at = _invalid_utf8_replaced(data)
    if bad_at is not None:
        yield ReadNote(str(path), f"invalid UTF-8 from byte {bad_at} read as U+FFFD")
    data, bad_refs = _unencodable_refs_replaced(data)
    if bad_refs:
        note = f"character references to no character (&#xD800;) read as U+FFFD: {bad_refs}"
        yield ReadNote(str(path), note)
    try:
        parsed = feedparser.parse(data)
    except Exception as e:  # feedparser is lenient, but garbage can still raise
        yield ReadError(str(path), f"not a readable feed: {e}")
        return
    if not parsed.entries:  # an empty feed is fine; an XML file that is no feed is not
        if parsed.get("bozo"):
            yield ReadError(str(path), f"not a readable feed: {parsed.get('bozo_exception')}")
        elif not parsed.get("version"):
            yield ReadError(str(path), "XML but not an RSS or Atom feed")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, 1):
        yield entry_article(entry, path, f"item {n}", feed_title)


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")


def _invalid_utf8_replaced(data: bytes) -> tuple[bytes, int | None]:
    """A feed in UTF-8 (declared, or by XML's default) with an invalid byte (a cut download,
    a bad character) decoded with U+FFFD for it, and where the first was: feedparser would
    read the whole feed as windows-1252 instead, every entry garbled."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data, None
    m = _DECLARED.match(data[:200])
    if m and m.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return data, None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return data.decode("utf-8", "replace").encode("utf-8"), e.start
    return data, None


_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def _unencodable_refs_replaced(data: bytes) -> tuple[bytes, int]:
    """``&#xD800;`` (a lone surrogate) or ``&#x110000;`` made ``&#xFFFD;``: feedparser
    raises on them, which would lose every entry of the feed for one character."""
    count = 0

    def replace(m: re.Match[bytes]) -> bytes:
        nonlocal count
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            count += 1
            return b"&#xFFFD;"
        return m.group()

    return (_CHAR_REF.sub(replace, data) if b"&#" in data else data), count


def entry_article(
    entry: Any, path: Path, locator: str, feed_title: str | None
) -> RawArticle | ReadError:
    contents = entry.get("content") or []
    body_html = contents[0].get("value", "") if contents else ""
    summary_html = entry.get("summary") or ""
    text = fragment_text(body_html or summary_html)
    if not text:
        return ReadError(where(path, locator), "feed entry without text")
    extra: dict[str, Any] = {}
    if body_html and summary_html:
        summary = fragment_text(summary_html)
        if summary and not text.startswith(summary[:80]):
            extra["abstract"] = summary
    categories = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
    if categories:  # RSS <category>, Atom <category term>: feedparser calls them tags
        extra["categories"] = categories
    if entry.get("author"):
        extra["author"] = entry["author"]
    if entry.get("id"):
        extra["id"] = entry["id"]
    title = fragment_text(entry.get("title") or "") or None
    return RawArticle(
        source=str(path),
        locator=locator,
        text=text,
        title=title,
        published=_published(entry),
        url=entry.get("link") or None,
        source_name=feed_title,
        extra=extra,
    )


def _published(entry: Any) -> str | None:
    """The date as written (keeps its offset), else feedparser's UTC reading of it."""
    for key in ("published", "updated", "created"):
        iso = iso_date(entry.get(key))
        if iso:
            return iso
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
    return None
