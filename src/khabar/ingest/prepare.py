"""One input record -> one repaired ``Document``, the same way for every command.

``khabar repair``, ``khabar extract``, ``khabar ingest`` and ``khabar process`` all read through
``read_paths`` and ``prepared``: the same file gives the same articles, titles, sources and
dates whichever command reads it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath
from typing import Any

from khabar.errors import ReadError
from khabar.ingest.base import RawArticle, ReaderOptions, ReadNote
from khabar.ingest.outlets import date_from_url
from khabar.model import Document
from khabar.safetext import printable


@dataclass(frozen=True)
class NotArticle:
    """A record left out because it is clearly not a news article (``not_article``)."""

    source: str
    reason: str


# The longest text taken as one document (about 18 MB of Persian in UTF-8): repairing,
# extracting and storing it takes about 105 bytes of memory per character at the peak (some
# 1.1 GB at the limit; benchmarks/large_document.py), and no article comes near it.
MAX_CHARACTERS = 10_000_000

# Text whose letters are less than a quarter in the Persian (Arabic) script is not Persian
# news: a licence, an English readme, a page of code (0 %). Persian articles that quote
# English, or hold some mojibake, stay well above it: the lowest of the shared news sets'
# 4,617 articles has 76 % in its first 1,000 characters. Short texts are not judged.
PERSIAN_SHARE = 0.25
_MIN_LETTERS = 40
_SAMPLE = 1000  # characters looked at: the start of a text tells its language
_PERSIAN = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
# runs rather than single letters: a few matches a line instead of one a letter
_PERSIAN_RUN = re.compile(f"[{_PERSIAN}]+")
_OTHER_LETTER_RUN = re.compile(f"[^\\W\\d_{_PERSIAN}]+")


@cache
def _not_article_names() -> re.Pattern[str]:
    from khabar.lexicon import rows

    return re.compile("|".join(f"(?:{row[0]})" for row in rows("not_articles.txt")), re.I)


def not_article(raw: RawArticle) -> str | None:
    """Why ``raw`` is clearly no news article (a licence or readme file by its name, text
    that is not Persian), or ``None``."""
    stem = PurePath(raw.source).name.split(".", 1)[0]
    if _not_article_names().fullmatch(stem):
        return "a licence, readme or similar file by its name, not an article"
    sample = raw.text[:_SAMPLE]
    persian = sum(map(len, _PERSIAN_RUN.findall(sample)))
    letters = persian + sum(map(len, _OTHER_LETTER_RUN.findall(sample)))
    if letters >= _MIN_LETTERS:
        share = persian / letters
        if share < PERSIAN_SHARE:
            return f"not Persian text ({share:.0%} of its letters are Persian)"
    return None


def where_of(raw: RawArticle) -> str:
    return f"{raw.source}:{raw.locator}" if raw.locator else raw.source


def meta_of(raw: RawArticle) -> dict[str, Any]:
    """The metadata repair and extraction start from: what the input gives; the day of
    publication from the URL when the record has none (``data/url_dates.tsv``)."""
    # a file name that is not UTF-8 or holds control characters is stored as printed
    meta: dict[str, Any] = {
        "path": printable(raw.source),
        "locator": printable(raw.locator) or None,
    }
    for key, value in (
        ("title", raw.title),
        ("published", raw.published or date_from_url(raw.url)),
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
    if len(item.text) > MAX_CHARACTERS:
        return ReadError(
            where,
            f"{len(item.text):,} characters: longer than the {MAX_CHARACTERS:,} one document"
            " may have (split it into its articles)",
        )
    if not keep_all and (reason := not_article(item)):
        return NotArticle(where, reason)
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
