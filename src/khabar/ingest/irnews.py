"""IR-News-Dataset files, and the example to follow for a reader of another custom layout.

The layout (one article a file, UTF-8)::

    agency###title###url###[categories]###date###id###[tags]
    1@@@3                      <- ids of the summary sentences
    1<TAB>first sentence
    2<TAB>second sentence ...

The title may be ``nan`` (missing), categories a list literal or a bare word, the id in
Persian digits. Each sentence becomes a line of ``text``.

Adding a reader for another layout takes a module like this one:

1. ``sniff(path, head) -> bool``: ``head`` is the first 8 KB of the file (gunzipped). Decide
   from content where you can (here: the first line has seven ``###`` fields and a URL), so
   that files keep working when renamed. Be strict: a false "yes" steals other formats' files.
2. ``read(path, options) -> Iterator[RawArticle | ReadError]``: yield one item per article;
   turn every problem into a ``ReadError(f"{path}:{locator}", reason)`` and go on with the
   next record. Stream (iterate over the file) when a file may hold many articles.
3. ``register_reader("name", sniff, read)`` at import time, and import the module from
   ``khabar/ingest/readers.py`` (or from your own code before calling ``read_paths``).
   Registered readers are sniffed before the built-in ones; ``ReaderOptions(format="name")``
   forces one.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.calendars import iso_date
from khabar.errors import ReadError
from khabar.ingest.base import (
    RawArticle,
    ReaderOptions,
    head_text,
    read_decoded,
    register_reader,
)
from khabar.ingest.outlets import outlet_of_code, outlet_of_url
from khabar.letters import TO_LATIN_DIGITS

_FIRST_LINE = re.compile(r"^[^#\n]+###[^\n]*###https?://[^\n]*(?:###[^\n]*){4}$")


def sniff(path: Path, head: bytes) -> bool:
    first = head_text(head).split("\n", 1)[0].rstrip("\r")
    return first.count("###") == 6 and bool(_FIRST_LINE.match(first))


def read(path: Path, options: ReaderOptions) -> Iterator[RawArticle | ReadError]:
    try:
        text, encoding = read_decoded(path, options)  # a few KB: one article a file
    except ReadError as e:
        yield e
        return
    lines = text.lstrip("\ufeff").splitlines() or [""]
    fields = lines[0].split("###")
    if len(fields) != 7:
        yield ReadError(f"{path}:line 1", "not an IR-News header (7 fields separated by ###)")
        return
    agency, title, url, categories, date, ident, tags = (f.strip() for f in fields)
    sentences = []
    for line in lines[2:]:
        _, tab, sentence = line.partition("\t")
        sentence = (sentence if tab else line).strip()
        if sentence:
            sentences.append(sentence)
    if not sentences:
        yield ReadError(str(path), "IR-News file without sentences")
        return
    summary = lines[1].strip() if len(lines) > 1 else ""
    extra: dict[str, Any] = {
        "id": ident.translate(TO_LATIN_DIGITS),
        "encoding": encoding,
        "agency_code": agency,
        "categories": _list(categories),
        "tags": _list(tags),
        "summary_sentences": [int(s) for s in summary.split("@@@") if s.strip().isdigit()],
    }
    yield RawArticle(
        source=str(path),
        locator="",
        text="\n".join(sentences),
        title=None if title.lower() in ("", "nan", "none") else title,
        published=iso_date(date),
        url=url or None,
        # the outlet's name, never the data set's code: the code, else the URL's host
        source_name=outlet_of_code(agency) or outlet_of_url(url),
        extra=extra,
    )


def _list(value: str) -> list[str]:
    """``['a', 'b']`` (a Python literal in the dataset) or a bare ``a``."""
    if value.startswith("["):
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return [v.strip(" '\"") for v in value.strip("[]").split(",") if v.strip(" '\"")]
        return [str(v) for v in parsed] if isinstance(parsed, list | tuple) else []
    return [value] if value and value.lower() != "nan" else []


register_reader("irnews", sniff, read)
