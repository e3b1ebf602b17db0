"""The Store: one SQLite file holding documents, their facts, entities and a search index."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.model import Document
from khabar.resolve import resolve_document
from khabar.text.offsets import OffsetMap

from . import pages
from .facts import insert_document
from .records import Record, check, content_hash, record_for, steps_from_json
from .schema import StoreError, migrate
from .search import Hit, index_document
from .search import search as _search


@dataclass(frozen=True)
class AddResult:
    status: str  # "new" | "new version" | "unchanged"
    document_id: int
    previous_id: int | None = None  # the version this one replaces


class Store:
    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; nested use joins the outer transaction."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def has_content(self, digest: str) -> bool:
        """Whether a document with this content hash (of its repaired text) is stored."""
        sql = "SELECT 1 FROM documents WHERE content_hash = ?"
        return self.conn.execute(sql, (digest,)).fetchone() is not None

    def add(self, record: Record | Document) -> AddResult:
        return self.add_many([record])[0]

    def add_many(self, records: Iterable[Record | Document]) -> list[AddResult]:
        """Add a batch in one transaction: an error anywhere leaves the store as it was.

        A record is ``record_for(doc)``; a Document is converted with it."""
        with self.transaction():
            return [self._add(r if isinstance(r, dict) else record_for(r)) for r in records]

    def _add(self, record: Record) -> AddResult:
        check(record)
        digest = content_hash(record["text"])
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (digest,)
        ).fetchone()
        if row:
            return AddResult("unchanged", int(row[0]))
        previous = None
        if record.get("url"):
            row = self.conn.execute(
                "SELECT id FROM documents WHERE url = ? AND is_current = 1 ORDER BY id DESC",
                (record["url"],),
            ).fetchone()
            previous = int(row[0]) if row else None
        doc_id = insert_document(self.conn, record, digest, previous)
        index_document(self.conn, doc_id, record.get("title"), record["text"])
        resolve_document(self.conn, doc_id)
        return AddResult("new version" if previous else "new", doc_id, previous)

    def reindex(self) -> None:
        """Rebuild the search index (after a change of ``khabar.text.fold``)."""
        with self.transaction():
            self.conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
            for doc_id, title, text in self.conn.execute("SELECT id, title, text FROM documents"):
                index_document(self.conn, doc_id, title, text)

    # -- reading ---------------------------------------------------------------------------

    def search(
        self,
        query: str | None,
        person: str | int | None = None,
        org: str | int | None = None,
        place: str | int | None = None,
        source: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int = 20,
        offset: int = 0,
        markers: tuple[str, str] = ("[", "]"),
    ) -> list[Hit]:
        """Documents matching ``query`` (see ``khabar.store.query``), best first; with no
        query, the documents the filters select, newest first."""
        where = pages.filters(
            self.conn, person=person, org=org, place=place, source=source, since=since, until=until
        )
        return _search(self.conn, query, where, limit, offset, markers)

    def person(self, name: str | int) -> dict[str, Any] | None:
        return pages.person_page(self.conn, name)

    def quotes(
        self,
        speaker: str | int | None = None,
        query: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        return pages.quotes(self.conn, speaker, query, limit, offset)

    def commitments(
        self, open_only: bool = False, today: dt.date | None = None
    ) -> list[dict[str, Any]]:
        return pages.commitments(self.conn, open_only, today)

    def stats(self) -> dict[str, Any]:
        return pages.stats(self.conn)

    def facts(self, table: str, **filters: Any) -> list[dict[str, Any]]:
        """The rows of one export table («persons», «posts», «quotes» ... see
        ``khabar.export.rows.TABLES``) for the documents ``search``'s filters select, each
        with its span and sentence: ``pandas.DataFrame(store.facts("posts"))``."""
        from khabar.export.rows import fact_rows, select_documents

        ids = select_documents(self.conn, **filters)
        return [row for _, row in fact_rows(self.conn, ids, tables=(table,))]

    def document(self, document_id: int) -> dict[str, Any] | None:
        cur = self.conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,))
        row = cur.fetchone()
        if row is None:
            return None
        out = dict(zip([c[0] for c in cur.description], row, strict=True))
        out["offset_steps"] = json.loads(out["offset_steps"])
        return out

    def offset_map(self, document_id: int) -> OffsetMap:
        row = self.conn.execute(
            "SELECT offset_steps FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no document {document_id}")
        return steps_from_json(json.loads(row[0]))


def open_store(path: str | Path) -> Store:
    """Open (creating or migrating) the store at ``path``; ``":memory:"`` for a scratch one."""
    path = str(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 5000")
        migrate(conn)
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: cannot open as a khabar store: {e}") from None
    return Store(conn, path)
