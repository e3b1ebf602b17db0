"""The Store: one SQLite file holding documents, their facts, entities and a search index."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.model import Document
from khabar.serialize import upgraded
from khabar.text.offsets import OffsetMap

from . import documents, entities, facets, lists
from .entity_links import relink_all
from .fact_rows import fact_rows, select_documents
from .facts import Rows, insert_rows, rows_for
from .filters import Filters, filters_of
from .query import parse
from .ranking import Memo, ranked_page
from .records import Record, check, content_hash, record_for, steps_from_json
from .schema import VERSION, StoreError, migrate, version
from .search import Hit, hits_of, index_document, unindex_document
from .search import search as _search

# How long a writer waits for another one's transaction (SQLite has one writer at a time; an
# ingest commits a batch every second or so) before it gives up with a message.
BUSY_SECONDS = 60


def locked(path: str, e: sqlite3.OperationalError) -> StoreError | None:
    """The message for a database that another process kept locked, or ``None``."""
    if "locked" not in str(e) and "busy" not in str(e):
        return None
    return StoreError(
        f"{path}: another process is writing to this database and kept it locked for "
        f"{BUSY_SECONDS} s; try again when it has finished"
    )


@dataclass(frozen=True)
class AddResult:
    status: str  # "new" | "new version" | "unchanged"
    document_id: int
    previous_id: int | None = None  # the version this one replaces


class Store:
    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        # a server's: what the searches keep while the store is unchanged (khabar.web.readers)
        self.memo: Memo | None = None

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
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise locked(self.path, e) or e from None
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

    def add_many(self, records: Iterable[Record | Document | Rows]) -> list[AddResult]:
        """Add a batch in one transaction: an error anywhere leaves the store as it was.

        A record is ``record_for(doc)``; a Document is converted with it; ``Rows`` are a
        record made ready for writing (``khabar.store.facts.rows_for``)."""
        known: dict[str, int] = {}  # entity ids by key, for this transaction only
        with self.transaction():
            return [self._add(r, known) for r in records]

    def _add(self, item: Record | Document | Rows, known: dict[str, int]) -> AddResult:
        if isinstance(item, Rows):
            rows, digest = item, item.digest
        else:
            record = upgraded(item) if isinstance(item, dict) else record_for(item)
            check(record)
            rows, digest = None, content_hash(record["text"])
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (digest,)
        ).fetchone()
        if row:  # known already: no rows to make
            return AddResult("unchanged", int(row[0]))
        rows = rows or rows_for(record, digest)
        previous = None
        if rows.url:
            row = self.conn.execute(
                "SELECT id FROM documents WHERE url = ? AND is_current = 1 ORDER BY id DESC",
                (rows.url,),
            ).fetchone()
            previous = int(row[0]) if row else None
        doc_id = insert_rows(self.conn, rows, previous, known)
        return AddResult("new version" if previous else "new", doc_id, previous)

    def delete(self, document_id: int) -> bool:
        """Remove a document, its facts and its index entry; the version it replaced becomes
        current again, and entities left with no record go. False if there is no such id."""
        with self.transaction():
            row = self.conn.execute(
                "SELECT title, text, previous_version_id, is_current FROM documents WHERE id = ?",
                (document_id,),
            ).fetchone()
            if row is None:
                return False
            title, text, previous, current = row
            unindex_document(self.conn, document_id, title, text)
            # a later version points at this one: let it point at what this one replaced
            self.conn.execute(
                "UPDATE documents SET previous_version_id = ? WHERE previous_version_id = ?",
                (previous, document_id),
            )
            self.conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
            if current and previous is not None:
                self.conn.execute("UPDATE documents SET is_current = 1 WHERE id = ?", (previous,))
            self.conn.execute(
                "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM persons"
                " WHERE entity_id IS NOT NULL UNION SELECT entity_id FROM organizations"
                " WHERE entity_id IS NOT NULL UNION SELECT entity_id FROM places"
                " WHERE entity_id IS NOT NULL)"
            )
        return True

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
        filters: Filters | None = None,
        limit: int = 20,
        offset: int = 0,
        markers: tuple[str, str] = ("[", "]"),
        **given: Any,
    ) -> list[Hit]:
        """Documents matching ``query`` (see ``khabar.store.query``), best first; with no
        query, the documents the filters select, newest first. ``filters``, or the same as
        keywords (``person=``, ``org=``, ``place=``, ``source=``, ``since=``, ``until=``:
        ``Filters.parse``; a day that is none raises ``QueryError``)."""
        where = filters_of(filters, given).where(self.conn)
        if self.memo is not None and query and query.strip():
            parsed = parse(query)
            scored = ranked_page(self.conn, self.memo, parsed.fts, query, where, limit, offset)
            return hits_of(self.conn, scored, parsed, markers)
        return _search(self.conn, query, where, limit, offset, markers)

    def unknown_filters(self, filters: Filters) -> list[tuple[str, Any]]:
        """``(filter, value)`` of the ``person``/``org``/``place``/``source`` filters that
        name nothing in the record."""
        return filters.unknown(self.conn)

    def person(self, name: str | int, limit: int = -1) -> dict[str, Any] | None:
        """A person's page: names, titles, posts over time, quotes, commitments, co-mentions,
        articles and articles per month, at most ``limit`` items of each (-1: all; the rest
        through ``entity_part``). ``name`` is any variant, a surname, or an entity id."""
        return entities.person_page(self.conn, name, limit, self.memo)

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """``{id, kind, name, detail}`` of an entity, or None."""
        return entities.entity(self.conn, entity_id)

    def entity_page(self, entity_id: int, limit: int = -1) -> dict[str, Any] | None:
        """The page of an organization or place (persons: ``person``), ``limit`` as there."""
        return entities.entity_page(self.conn, entity_id, limit, self.memo)

    def entity_part(
        self, entity_id: int, part: str, limit: int = -1, offset: int = 0
    ) -> list[Any] | None:
        """One list of an entity's page («documents», «quotes», ... ``entities.PARTS``),
        paged; None for an unknown entity or a list its kind does not have."""
        head = self.entity(entity_id)
        if head is None:
            return None
        return entities.entity_part(self.conn, head, part, limit, offset, self.memo)

    def entities(
        self, kind: str, name: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        return entities.entity_list(self.conn, kind, name, limit, offset)

    def facets(
        self, query: str | None, filters: Filters | None = None, **given: Any
    ) -> dict[str, Any]:
        """Facet counts for a search with the same arguments as ``search``."""
        where = filters_of(filters, given).where(self.conn)
        return facets.facets(self.conn, query, where, self.memo)

    def search_page(
        self,
        query: str | None,
        filters: Filters | None = None,
        limit: int = 20,
        offset: int = 0,
        markers: tuple[str, str] = ("[", "]"),
        **given: Any,
    ) -> tuple[list[Hit], dict[str, Any]]:
        """``search`` and ``facets`` at once, the matches ranked once for both."""
        where = filters_of(filters, given).where(self.conn)
        return facets.search_with_facets(self.conn, query, where, limit, offset, markers, self.memo)

    def document_view(
        self, document_id: int, min_confidence: float | None = None
    ) -> dict[str, Any] | None:
        """A document with both texts and every fact (spans, entity ids), or None;
        ``min_confidence``: only the facts at least this sure."""
        return documents.document_view(self.conn, document_id, min_confidence)

    def quantities(
        self,
        document_id: int | None = None,
        unit: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        return lists.quantities(self.conn, document_id, unit, limit, offset)

    def commitment(self, commitment_id: int) -> dict[str, Any] | None:
        """One commitment and the later reports that mention its action."""
        return lists.commitment(self.conn, commitment_id)

    def quotes(
        self,
        speaker: str | int | None = None,
        query: str | None = None,
        limit: int = 20,
        offset: int = 0,
        kind: str | None = None,
        min_confidence: float | None = None,
    ) -> list[dict[str, Any]]:
        return lists.quotes(self.conn, speaker, query, limit, offset, kind, min_confidence)

    def commitments(
        self,
        open_only: bool = False,
        today: dt.date | None = None,
        limit: int = -1,
        offset: int = 0,
        no_deadline: bool = False,
        min_confidence: float | None = None,
    ) -> list[dict[str, Any]]:
        """``open_only``: deadline not passed on ``today``; ``no_deadline``: announced
        without one (reported apart: never due, so never open); ``min_confidence``: only
        those at least this sure."""
        return lists.commitments(
            self.conn, open_only, today, limit, offset, no_deadline, min_confidence
        )

    def stats(self) -> dict[str, Any]:
        return lists.stats(self.conn)

    def resolve(self) -> int:
        """Rebuild every entity and link in one transaction (after a change of the rules in
        ``khabar.resolve``); returns the number of entities."""
        with self.transaction() as conn:
            return relink_all(conn)

    def facts(
        self, table: str, filters: Filters | None = None, **given: Any
    ) -> list[dict[str, Any]]:
        """The rows of one export table («persons», «posts», «quotes» ... see
        ``khabar.store.fact_rows.TABLES``) for the documents ``search``'s filters select, each
        with its span and sentence: ``pandas.DataFrame(store.facts("posts"))``."""
        chosen = filters_of(filters, given)
        ids = select_documents(self.conn, chosen)
        rows = fact_rows(self.conn, ids, tables=(table,), min_confidence=chosen.min_confidence)
        return [row for _, row in rows]

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


def open_store(path: str | os.PathLike[str], read_only: bool = False) -> Store:
    """Open (creating or migrating) the store at ``path``; ``":memory:"`` for a scratch one.

    ``read_only`` opens an existing store that nothing can write through (the web server's)."""
    path = str(path)
    if read_only:
        return _open_read_only(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        if path != ":memory:":
            # a document row (original + text) spans several 4 KB pages: with 8 KB pages
            # loading costs ~8 % less CPU for a store 3 % bigger, queries as fast; only a new
            # database takes it (a WAL database keeps the page size it was made with)
            conn.execute("PRAGMA page_size = 8192")
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        # the pages of the indexes a write touches stay cached: a large store ingests faster
        conn.execute("PRAGMA cache_size = -65536")
        # a checkpoint every ~40 MB of WAL rather than every 4 MB (about one ingest batch):
        # pages rewritten in between are copied into the database once
        conn.execute("PRAGMA wal_autocheckpoint = 10000")
        migrate(conn)
    except sqlite3.OperationalError as e:
        raise locked(path, e) or StoreError(f"{path}: cannot open as a khabar store: {e}") from None
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: cannot open as a khabar store: {e}") from None
    return Store(conn, path)


def _open_read_only(path: str) -> Store:
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such database")
    file = Path(path).resolve()
    try:
        try:
            conn, found = _connect_read_only(file)
        except sqlite3.OperationalError:
            # a reader of a WAL database makes its «-shm» file beside it; in a directory this
            # process cannot write, and with no writer's «-wal» there, nothing can change the
            # file either: it is read as immutable, which needs no file of its own
            if os.access(file.parent, os.W_OK) or Path(f"{file}-wal").exists():
                raise
            conn, found = _connect_read_only(file, "&immutable=1")
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: cannot open as a khabar store: {e}") from None
    if found != VERSION:
        raise StoreError(
            f"{path}: schema version {found}, this khabar reads {VERSION}; "
            + ("upgrade khabar" if found > VERSION else "open it once with «khabar ingest»")
        )
    return Store(conn, path)


def _connect_read_only(file: Path, options: str = "") -> tuple[sqlite3.Connection, int]:
    uri = file.as_uri() + "?mode=ro" + options
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn, version(conn)
    except sqlite3.DatabaseError:
        conn.close()
        raise
