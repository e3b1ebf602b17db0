"""Fact rows out of the store, the one source of every export format.

Each row is flat and carries its evidence: the span (``start``/``end`` into the repaired
text, ``original_start``/``original_end`` into the text as read, and ``text``) and the
sentence it stands in, with the same offsets. Entity ids (``person_id``,
``organization_id`` ...) are the store's, as ``khabar.open(db).person(id)`` takes them.
Only current documents (the latest version of each URL) are read.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any

from khabar.text.offsets import OffsetMap
from khabar.text.segment import sentences

from .filters import Filters
from .kinds import EVIDENCE, MENTIONS, ORGANIZATION, PERSON, PLACE, POST, SPAN, SPAN_FACTS, Kind
from .reading import rows_of

Row = dict[str, Any]
_DOC = ("document_id", "published", "url")
# the export column of the entity id of persons, organizations and places
ENTITY_COLUMNS = {PERSON.table: "person_id", ORGANIZATION.table: "organization_id"}
ENTITY_COLUMNS[PLACE.table] = "place_id"


def _named_columns(kind: Kind) -> tuple[str, ...]:
    """The export columns of persons, organizations or places, as their kind declares its
    exported fields (``mentions``: how many); a person's ``posts`` follow the titles."""
    columns: list[str] = [ENTITY_COLUMNS[kind.table]]
    for f in kind.fields:
        if f.export:
            columns += [f.name, "posts"] if kind is PERSON and f.name == "titles" else [f.name]
    return tuple(columns)


# What a post itself names («فرمانده انتظامی استان قم»), exported after the post
_NAMED_BY_POST = ("organization_id", "organization", "province", "country")


def _post_columns() -> tuple[str, ...]:
    """The export columns of posts: the person's entity id and name, then the fields the
    kind declares for export, the post followed by what it names."""
    columns = ["person_id", "person"]
    for f in POST.fields:
        if f.export:
            columns += [f.name, *_NAMED_BY_POST] if f.name == "post" else [f.name]
    return tuple(columns)


TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("document_id", "url", "path", "title", "surtitle", "source", "published")
    + ("content_hash", "previous_version_id", "ingested_at", "text"),
    "persons": (*_DOC, *_named_columns(PERSON), *EVIDENCE),
    "posts": (*_DOC, *_post_columns(), *EVIDENCE),
    "organizations": (*_DOC, *_named_columns(ORGANIZATION), *EVIDENCE),
    "places": (*_DOC, *_named_columns(PLACE), *EVIDENCE),
    **{kind.table: (*_DOC, *kind.export) for kind in SPAN_FACTS},
}
LIST_COLUMNS = frozenset({"titles", "posts", "aliases"})


def select_documents(conn: sqlite3.Connection, filters: Filters | None = None) -> list[int]:
    """Ids of the current documents that ``filters`` select (all with none), oldest first."""
    where, args = (filters or Filters()).where(conn)
    sql = f"SELECT d.id FROM documents d WHERE d.is_current = 1{where} ORDER BY d.id"
    return [r[0] for r in conn.execute(sql, args)]


def fact_rows(
    conn: sqlite3.Connection,
    document_ids: Iterable[int],
    tables: Collection[str] = tuple(TABLES),
    min_confidence: float | None = None,
) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for the facts of each document in turn, its ``documents`` row first;
    ``min_confidence``: the facts that carry a confidence only when at least this sure."""
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValueError(f"no table {sorted(unknown)}; tables: {', '.join(TABLES)}")
    for doc_id in document_ids:
        doc = StoredDocument(conn, doc_id)
        if "documents" in tables:
            yield "documents", doc.row
        for table, read in _READERS.items():
            if table in tables:
                rows = read(doc)
                if min_confidence is not None and "confidence" in TABLES[table]:
                    floor = min_confidence
                    rows = (r for r in rows if (r["confidence"] or -1.0) >= floor)
                yield from ((table, doc.head | row) for row in rows)


class StoredDocument:
    """One stored document: its row, and spans turned into evidence."""

    def __init__(self, conn: sqlite3.Connection, doc_id: int) -> None:
        self.conn = conn
        columns = ", ".join(("id", *TABLES["documents"][1:], "offset_steps"))
        values = conn.execute(f"SELECT {columns} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        self.id = doc_id
        self.row: Row = dict(zip(TABLES["documents"], values[:-1], strict=True))
        self.text: str = self.row["text"]
        self.offsets = OffsetMap.from_json(json.loads(values[-1]))
        self.head: Row = {k: self.row[k] for k in _DOC}
        self._sentences: list[tuple[int, int]] | None = None

    def query(self, sql: str) -> list[Row]:
        """The rows of ``sql``, whose one parameter is this document's id, as dicts."""
        return rows_of(self.conn.execute(sql, (self.id,)))

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The sentence the span starts (or ends) in, as the extractor finds it; the span
        itself when it lies outside every sentence."""
        if self._sentences is None:
            self._sentences = [(s.start, s.end) for s in sentences(self.text)]
        found = self._sentences
        i = bisect_right(found, (start, len(self.text) + 1)) - 1
        if i >= 0 and start < found[i][1]:
            return found[i]
        if i + 1 < len(found) and found[i + 1][0] < end <= found[i + 1][1]:
            return found[i + 1]
        return start, end

    def span(self, start: int | None, end: int | None, name: str = "") -> Row:
        """``start, end, text, original_start, original_end``; prefixed by ``name_``, the
        text then under ``name`` itself («sentence», «cue»)."""
        keys = [f"{name}_{k}" for k in SPAN] if name else list(SPAN)
        if name:
            keys[2] = name
        if start is None or end is None:
            return dict.fromkeys(keys)
        o_start, o_end = self.offsets.to_original(start, end)
        return dict(zip(keys, (start, end, self.text[start:end], o_start, o_end), strict=True))

    def evidence(
        self, start: int | None, end: int | None, sentence: tuple[Any, Any] = (None, None)
    ) -> Row:
        """The span and its sentence (``sentence`` as stored, else found here)."""
        if start is None or end is None:
            return dict.fromkeys(EVIDENCE)
        s_start, s_end = sentence
        if s_start is None or s_end is None:
            s_start, s_end = self.sentence_of(start, end)
        return self.span(start, end) | self.span(s_start, s_end, "sentence")


def _mentions(value: str) -> list[tuple[int, int]]:
    """The stored mentions JSON ``[[start, end, orig_start, orig_end], ...]``, in text order."""
    return sorted((s, e) for s, e, *_ in json.loads(value))


def _within(spans: list[tuple[int, int]], start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and any(start <= s and e <= end for s, e in spans)


_POST_FIELDS = [f for f in POST.fields if f.export]
_POSTS_SQL = (
    "SELECT p.entity_id, p.name, p.mentions, p.post_mentions, r.span_start, r.span_end, "
    + ", ".join(f"r.{f.stored} AS own_{f.stored}" for f in _POST_FIELDS)
    + " FROM posts r JOIN persons p ON p.id = r.person_id WHERE r.document_id = ? ORDER BY r.id"
)


def _posts(doc: StoredDocument) -> Iterator[Row]:
    orgs = doc.query("SELECT entity_id, name, mentions FROM organizations WHERE document_id = ?")
    places = doc.query("SELECT name, kind, mentions FROM places WHERE document_id = ?")
    for r in doc.query(_POSTS_SQL):
        start, end = r["span_start"], r["span_end"]
        if start is None:  # no mention spells the post: the person's first post or name
            start, end = (_mentions(r["post_mentions"]) or _mentions(r["mentions"]))[0]
        # the organization and the place the post itself names («فرمانده انتظامی استان قم»)
        org = next((o for o in orgs if _within(_mentions(o["mentions"]), start, end)), None)
        named = {
            p["kind"]: p["name"] for p in places if _within(_mentions(p["mentions"]), start, end)
        }
        row: Row = {"person_id": r["entity_id"], "person": r["name"]}
        row |= {f.name: r[f"own_{f.stored}"] for f in _POST_FIELDS}
        row |= {"organization_id": org and org["entity_id"], "organization": org and org["name"]}
        row |= {"province": named.get("province"), "country": named.get("country")}
        yield row | doc.evidence(start, end)


def _named(kind: Kind) -> Callable[[StoredDocument], Iterator[Row]]:
    """The export rows of persons, organizations or places: the entity id, each exported
    field read back from its column (``Field.read``; ``mentions`` counted), a person's
    posts, and the evidence of the first mention."""
    fields = [f for f in kind.fields if f.export]
    columns = ", ".join(f.stored for f in fields)
    sql = f"SELECT id, entity_id, {columns} FROM {kind.table} WHERE document_id = ? ORDER BY id"
    id_column = ENTITY_COLUMNS[kind.table]

    def read(doc: StoredDocument) -> Iterator[Row]:
        posts: dict[int, list[str]] = {}
        if kind is PERSON:
            for r in doc.query(
                "SELECT person_id, post FROM posts WHERE document_id = ? ORDER BY id"
            ):
                posts.setdefault(r["person_id"], []).append(r["post"])
        for r in doc.query(sql):
            spans = _mentions(r[MENTIONS.stored])
            row: Row = {id_column: r["entity_id"]}
            for f in fields:
                if f is MENTIONS:
                    row[f.name] = len(spans)
                else:
                    row[f.name] = f.read(r[f.stored]) if f.read else r[f.stored]
                if kind is PERSON and f.name == "titles":
                    row["posts"] = posts.get(r["id"], [])
            yield row | doc.evidence(*(spans[0] if spans else (None, None)))

    return read


def _facts(kind: Kind) -> Callable[[StoredDocument], Iterator[Row]]:
    """The export rows of a kind of fact that names no entity of its own (``SPAN_FACTS``):
    its exported fields, its evidence, and any other span of it («cue»)."""
    person = " LEFT JOIN persons p ON p.id = x.person_id" if kind.link else ""
    sql = (
        f"SELECT {kind.select('x')} FROM {kind.table} x{person} WHERE x.document_id = ?"
        " ORDER BY x.span_start, x.id"
    )
    fields = [f.name for f in kind.fields if f.export]
    others = [s.name for s in kind.spans if s.name not in ("", "sentence")]
    sentence = next(s for s in kind.spans if s.name == "sentence").stored

    def read(doc: StoredDocument) -> Iterator[Row]:
        for r in doc.query(sql):
            found = (r["sentence_start"], r["sentence_end"]) if sentence else (None, None)
            row = {f: r[f] for f in fields} | doc.evidence(r["span_start"], r["span_end"], found)
            for name in others:
                row |= doc.span(r[f"{name}_start"], r[f"{name}_end"], name)
            yield row

    return read


_READERS: dict[str, Callable[[StoredDocument], Iterator[Row]]] = {
    "persons": _named(PERSON),
    "posts": _posts,
    "organizations": _named(ORGANIZATION),
    "places": _named(PLACE),
    **{kind.table: _facts(kind) for kind in SPAN_FACTS},
}
