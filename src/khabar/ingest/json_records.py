"""JSON Lines and JSON files of article records, streamed record by record.

JSONL is read a line at a time, so a bad line is one ``ReadError`` and the next line is read.
A JSON file is streamed too (any size): each record is cut from it and decoded alone, so a
bad record is one ``ReadError`` there as well. Field names come from ``ReaderOptions.fields``
(keys below; a dotted value such as ``source.name`` reaches into an object), else the first
present default. Fields not used go to ``extra`` unchanged.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from khabar.calendars import iso_date
from khabar.errors import ReadError
from khabar.ingest.base import (
    HEAD_SIZE,
    UNREADABLE,
    RawArticle,
    ReaderOptions,
    head_text,
    open_binary,
    where,
)
from khabar.ingest.htmlpage import fragment_text, looks_like_html
from khabar.ingest.jsonsplit import Skipped, json_records

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article"),
    "paragraphs": ("paragraphs",),
    "abstract": ("abstract", "lead"),  # the lead paragraph: it often names the speaker
    "date": ("date", "published", "publishedAt", "published_at", "datetime", "pubDate"),
    "url": ("url", "link"),
    "source": ("source", "agency", "publisher"),
}
JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines")
JSONL_GIVE_UP = 20  # unreadable lines before the first good one that make a file "not JSONL"


def sniff_jsonl(path: Path, head: bytes) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(JSONL_EXTENSIONS) or (
        not name.endswith(".json") and head_text(head).lstrip().startswith("{")
    )


def sniff_json(path: Path, head: bytes) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(".json") or head_text(head).lstrip().startswith("[")


def _open_json(path: Path) -> IO[bytes] | ReadError:
    """The opened file, or why it is not JSON (then closed)."""
    try:
        f = open_binary(path)
    except OSError as e:
        return ReadError(str(path), e.strerror or str(e))
    if problem := _not_json(f):
        f.close()
        return ReadError(str(path), problem)
    return f


def read_jsonl(
    path: Path,
    options: ReaderOptions,
    first: int = 1,
    stop: int | None = None,
    offset: int | None = 0,
) -> Iterator[RawArticle | ReadError]:
    """Lines ``first`` to ``stop`` (excluded; 1-based) of the file, all of them by default.
    ``offset`` is the byte where line ``first`` starts (``None``: skip lines to reach it, as
    in a gzipped file); distributed runs read a big file in such ranges."""
    f = _open_json(path)
    if isinstance(f, ReadError):
        yield f
        return
    with f:
        lines: Iterator[bytes] = iter(f)
        if first > 1 and offset is not None:
            f.seek(offset)
        elif first > 1:
            lines = itertools.islice(lines, first - 1, None)
        n = first - 1
        good = 0
        try:
            for n, raw in enumerate(lines, first):
                if stop is not None and n >= stop:
                    break
                locator = f"line {n}"
                if n == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw.decode(options.encoding or "utf-8"))
                except (UnicodeDecodeError, ValueError, LookupError, RecursionError) as e:
                    yield ReadError(where(path, locator), f"not a JSON line: {_short(e)}")
                    if first == 1 and not good and n >= JSONL_GIVE_UP:  # not JSONL at all
                        yield ReadError(str(path), f"no JSON in the first {n} lines, skipped")
                        return
                    continue
                good += 1
                yield record_article(obj, path, locator, options.fields)
        except UNREADABLE as e:  # e.g. a truncated .jsonl.gz
            yield ReadError(where(path, f"line {n + 1}"), f"cannot read further: {_short(e)}")


def read_json(path: Path, options: ReaderOptions) -> Iterator[RawArticle | ReadError]:
    """A JSON array of records (streamed), or one record, or several concatenated.

    Each record is cut from the stream (``jsonsplit``) and decoded on its own, as a JSON
    Lines line is: a bad one is one ``ReadError`` and the next is read. Always UTF-8:
    ``options.encoding`` is not applied here."""
    f = _open_json(path)
    if isinstance(f, ReadError):
        yield f
        return
    with f:
        array = head_text(f.read(64)).lstrip().startswith("[")
        f.seek(0)
        n, noun = 0, "item" if array else "record"
        try:
            for n, record in enumerate(json_records(f, array), 1):
                locator = f"{noun} {n}"
                if isinstance(record, Skipped):
                    yield ReadError(where(path, locator), record.reason)
                    continue
                try:
                    obj = json.loads(record.decode("utf-8"), parse_int=_integer)
                except (UnicodeDecodeError, ValueError, RecursionError) as e:
                    yield ReadError(where(path, locator), f"invalid JSON: {_short(e)}")
                    continue
                yield record_article(obj, path, locator, options.fields)
        except UNREADABLE as e:  # e.g. a truncated .json.gz
            yield ReadError(where(path, f"{noun} {n + 1}"), f"cannot read further: {_short(e)}")


def _integer(digits: str) -> int | float:
    """A JSON integer; one too long for ``int`` (thousands of digits) as a float."""
    try:
        return int(digits)
    except ValueError:
        return float(digits)


def record_article(
    obj: Any, path: Path, locator: str, fields: dict[str, str] | None = None
) -> RawArticle | ReadError:
    """One record (a JSON object) -> an article, or a ``ReadError`` saying what is missing."""
    if not isinstance(obj, dict):
        return ReadError(where(path, locator), f"not an object but {type(obj).__name__}")
    used: set[str] = set()

    def pick(role: str) -> Any:
        names = (fields[role],) if fields and role in fields else DEFAULT_FIELDS[role]
        for name in names:
            value = _get(obj, name)
            if value not in (None, "", []):
                used.add(name.split(".")[0])
                return value
        return None

    paragraphs = pick("paragraphs")
    body = _text(paragraphs) if paragraphs is not None else _text(pick("text"))
    abstract = " ".join(_text(pick("abstract")).split("\n"))  # one lead paragraph
    if abstract and abstract not in body[: len(abstract) + 20]:
        body = f"{abstract}\n{body}" if body else abstract
    if not body:
        wanted = fields.get("text") if fields else None
        tried = wanted or ", ".join(DEFAULT_FIELDS["text"] + DEFAULT_FIELDS["paragraphs"])
        return ReadError(where(path, locator), f"no article text (looked for {tried})")
    title, date, url, src = (pick(r) for r in ("title", "date", "url", "source"))
    extra = {k: v for k, v in obj.items() if k not in used}
    if "categories" not in extra:  # farsnews: cat, subcat
        cats = [c for k in ("category", "cat", "subcat") if isinstance(c := obj.get(k), str) and c]
        if cats:
            extra["categories"] = cats
    if abstract:
        extra["abstract"] = abstract
    published = iso_date(date)
    if date is not None and published is None:
        extra["date_raw"] = date
    return RawArticle(
        source=str(path),
        locator=locator,
        text=body,
        title=_text(title) or None,
        published=published,
        url=url if isinstance(url, str) and url.strip() else None,
        source_name=_name(src),
        extra=extra,
    )


def _get(obj: dict[str, Any], dotted: str) -> Any:
    value: Any = obj
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _text(value: Any) -> str:
    """A string, or a list of paragraph strings, as paragraphs separated by "\\n"."""
    if isinstance(value, list):
        parts = [_text(v) for v in value]
        return "\n".join(p for p in parts if p)
    if isinstance(value, dict):  # e.g. {"rendered": "<p>...</p>"} (WordPress)
        value = value.get("rendered") or value.get("text") or value.get("value")
    if not isinstance(value, str):
        return ""
    if looks_like_html(value):
        return fragment_text(value)
    lines = (line.strip() for line in value.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _name(value: Any) -> str | None:
    if isinstance(value, dict):  # NewsAPI: {"id": ..., "name": ...}
        value = value.get("name") or value.get("title")
    return value.strip() or None if isinstance(value, str) else None


def _not_json(f: IO[bytes]) -> str | None:
    """Why a file cannot be JSON at all (empty, binary), read from its head; rewinds."""
    try:
        head = f.read(HEAD_SIZE)
    except UNREADABLE as e:
        return f"unreadable: {_short(e)}"
    f.seek(0)
    if not head.strip(b" \t\r\n"):
        return "empty file"
    # in the first line only: one bad line further on is that line's error, not the file's
    first_line = head.split(b"\n", 1)[0]
    if b"\x00" in first_line and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes), not JSON"
    return None


def _short(e: BaseException) -> str:
    msg = e.args[0] if e.args else ""
    msg = msg.decode("utf-8", "replace") if isinstance(msg, bytes) else str(msg)
    return msg.strip().splitlines()[0][:200] if msg.strip() else type(e).__name__
