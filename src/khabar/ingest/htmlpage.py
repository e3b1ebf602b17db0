"""HTML pages -> articles with trafilatura; HTML fragments (feed summaries) -> plain text.

trafilatura drops every character for which ``str.isprintable()`` is False, and ZWNJ
(U+200C) is one of them, so «می‌شود» would come out as «میشود». Private-use characters are
not printable either, so the page's ZWNJs are swapped for a printable letter that the page
does not contain (a Linear B syllable: category Lo, untouched by NFC) and swapped back after.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.calendars import iso_date
from khabar.errors import ReadError
from khabar.ingest.base import RawArticle, ReaderOptions, head_text, read_whole
from khabar.ingest.decode import decode_bytes
from khabar.letters import ZWNJ

_ZWNJ_REFS = re.compile(r"&(?:zwnj|#8204|#x0*200c);", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")


def sniff(path: Path, head: bytes) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(_EXTENSIONS) or bool(_SNIFF.match(head_text(head)))


def read(path: Path, options: ReaderOptions) -> Iterator[RawArticle | ReadError]:
    try:
        yield page_article(read_whole(path), str(path), encoding=options.encoding)
    except ReadError as e:
        yield e


def page_article(
    data: bytes | str,
    source: str,
    locator: str = "",
    *,
    url: str | None = None,
    fallback_date: str | None = None,
    encoding: str | None = None,
) -> RawArticle:
    """One page's main text, title and date; ``ReadError`` when it has no article text."""
    where = f"{source}:{locator}" if locator else source
    page, used = (data, None) if isinstance(data, str) else decode_html(data, where, encoding)
    doc = _extract(page, url)
    if doc is None or not (doc.get("text") or "").strip():
        raise ReadError(where, "no article text found in the HTML")
    title = (doc.get("title") or "").strip() or None
    text = _drop_title(doc["text"], title)
    published = iso_date(doc.get("date"))
    extra: dict[str, Any] = {}
    if published is None and fallback_date:
        published, extra["date_from"] = iso_date(fallback_date), "crawl"
    for key in ("description", "author", "categories", "tags", "language"):
        if doc.get(key):
            extra[key] = doc[key]
    if used:
        extra["encoding"] = used
    return RawArticle(
        source=source,
        locator=locator,
        text=text,
        title=title,
        published=published,
        url=url or doc.get("url") or None,
        source_name=doc.get("sitename") or None,
        extra=extra,
    )


def decode_html(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes -> text: a BOM, else the given or ``<meta>`` charset, else ``decode_bytes``.

    Valid UTF-8 beats a declared single-byte charset: pages mislabelled as windows-1252 or
    ISO-8859-1 are common and a real non-UTF-8 Persian page is almost never valid UTF-8."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, source)
    m = _META_CHARSET.search(data[:4096])
    declared = encoding or (m.group(1).decode("ascii") if m else None)
    try:
        codec = codecs.lookup(declared).name if declared else None
    except LookupError:
        codec = None
    if codec and codec != "utf-8":
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, source)


def _extract(page: str, url: str | None) -> dict[str, Any] | None:
    marks = (chr(c) for c in range(0x10000, 0x10100) if chr(c).isprintable())
    mark = next(m for m in marks if m not in page)
    protected = _ZWNJ_REFS.sub(mark, page.replace(ZWNJ, mark))
    doc = _bare_extraction(protected, url)
    if (doc is None or not (doc.get("text") or "").strip()) and _deeply_nested(protected):
        doc = _bare_extraction(_flattened(protected), url)
    if doc is None:
        return None
    return {k: _restore(v, mark) for k, v in doc.items()}


def _bare_extraction(page: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            favor_precision=True,
            include_comments=False,
            with_metadata=True,
            # structured markup and the URL only: no date guessed from running text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura or lxml choking on garbage: reported as "no text"
        return None
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


# libxml2 stops building the tree 256 elements deep and drops what is below: a page nested
# deeper loses its text. Its containers are flattened (blocks become line breaks) and the
# page is read again.
_MAX_DEPTH = 200
_CONTAINER = re.compile(r"<(/?)(div|section|article|main|span|font|center)\b[^>]*>", re.I)
_INLINE = ("span", "font")


def _deeply_nested(page: str) -> bool:
    depth = 0
    for m in _CONTAINER.finditer(page):
        depth += -1 if m.group(1) else 1
        if depth > _MAX_DEPTH:
            return True
    return False


def _flattened(page: str) -> str:
    return _CONTAINER.sub(lambda m: "" if m.group(2).lower() in _INLINE else "<br>", page)


def _restore(value: Any, mark: str) -> Any:
    if isinstance(value, str):
        return value.replace(mark, ZWNJ)
    if isinstance(value, list):
        return [_restore(v, mark) for v in value]
    return value


def _drop_title(text: str, title: str | None) -> str:
    """trafilatura keeps the page's ``<h1>`` as the first line; the title is a field."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if title and lines:
        first, norm = " ".join(lines[0].split()), " ".join(title.split())
        if first == norm or (len(first) >= 10 and len(first) < 300 and first in norm):
            lines = lines[1:]
    return "\n".join(lines)


_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BLOCK = re.compile(
    r"<(?:br|/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|"
    r"figure|figcaption|pre|hr|dd|dt))\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")


def fragment_text(fragment: str) -> str:
    """A bit of HTML (a feed summary, a JSON ``content`` field) -> text, one block a line.

    A regex strip rather than trafilatura: fragments are too short for its heuristics,
    and this keeps ZWNJ and every other character as written."""
    s = _DROP.sub(" ", fragment)
    s = _TAG.sub("", _BLOCK.sub("\n", s))
    s = html.unescape(s).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in s.split("\n"))
    return "\n".join(line for line in lines if line)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|br|div|span|a|b|strong|em|li)\b[^>]*>", text[:4096], re.I))
