"""The facets of a search counted in memory: which entities each document names, its source
and its month, as arrays read once per state of the store.

Counting a search's facets in SQL looks up each of its (at most ``FACET_DOCUMENTS``) hits in
four indexes, about 40 ms for a common word in 100,000 articles; with these arrays it is a
gather and a count, about a millisecond. A server builds one per process each time the store
changes (about a second of CPU for 100,000 articles, some 10 MB); the counts are those of
``facets.facet_counts`` exactly (a test compares both).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .reading import rows_of

Ids = npt.NDArray[np.int64]
FACET_TABLES = ("persons", "organizations", "places")
# the entities a facet lists: a person named by surname alone is not one (as in facets.py)
_LISTED = "e.kind != 'person' OR e.detail IS NULL"
_SLICE = 50_000  # rows read at a time while building


@dataclass(frozen=True)
class _Links:
    """For each document id ``d``, ``entities[starts[d]:starts[d + 1]]`` are the entities
    its rows of one table name, each once."""

    starts: Ids
    entities: Ids

    def count(self, docs: Ids) -> tuple[Ids, Ids]:
        """``(entity ids, documents naming each)`` among ``docs`` (distinct document ids)."""
        begin, end = self.starts[docs], self.starts[docs + 1]
        lengths = end - begin
        total = int(lengths.sum())
        if not total:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        # the positions begin..end of every document, end to end, without a Python loop
        shift = np.repeat(begin - np.cumsum(lengths) + lengths, lengths)
        found = self.entities[shift + np.arange(total)]
        return np.unique(found, return_counts=True)


@dataclass(frozen=True)
class FacetIndex:
    top: int  # the largest document id indexed: the store as it was when built
    links: dict[str, _Links]
    sources: Ids  # by document id: the index into source_names, -1 for none
    source_names: list[str]
    months: Ids  # by document id: the index into month_names, -1 for none
    month_names: list[str]

    @classmethod
    def build(cls, conn: sqlite3.Connection) -> FacetIndex:
        top = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
        links = {table: _links(conn, table, top) for table in FACET_TABLES}
        sources = np.full(top + 2, -1, np.int64)
        months = np.full(top + 2, -1, np.int64)
        source_names: dict[str, int] = {}
        month_names: dict[str, int] = {}
        for doc_id, source, month in conn.execute(
            "SELECT id, source, substr(published, 1, 7) FROM documents INDEXED BY documents_state"
        ):
            if source is not None:
                sources[doc_id] = source_names.setdefault(source, len(source_names))
            if month is not None:
                months[doc_id] = month_names.setdefault(month, len(month_names))
        return cls(top, links, sources, list(source_names), months, list(month_names))

    def covers(self, ids: list[int]) -> bool:
        """Whether every one of ``ids`` was in the store when this was built."""
        return not ids or (min(ids) >= 1 and max(ids) <= self.top)

    def counts(
        self, conn: sqlite3.Connection, ids: list[int], size: int
    ) -> dict[str, list[dict[str, Any]]]:
        """The ``size`` entities most named in the documents ``ids`` (distinct) by each
        table, and their sources and months, as ``facets.facet_counts`` gives them."""
        docs = np.asarray(ids, dtype=np.int64)
        out: dict[str, list[dict[str, Any]]] = {
            table: self.named(conn, table, docs, size) for table in self.links
        }
        sources = np.bincount(self.sources[docs] + 1, minlength=len(self.source_names) + 1)[1:]
        found = [(self.source_names[i], int(n)) for i, n in enumerate(sources) if n]
        out["sources"] = [
            {"value": v, "documents": n} for v, n in sorted(found, key=lambda s: (-s[1], s[0]))
        ][:size]
        months = np.bincount(self.months[docs] + 1, minlength=len(self.month_names) + 1)[1:]
        found = [(self.month_names[i], int(n)) for i, n in enumerate(months) if n]
        out["months"] = [{"value": v, "documents": n} for v, n in sorted(found)[::-1][:size]]
        return out

    def named(
        self,
        conn: sqlite3.Connection,
        table: str,
        docs: Ids,
        limit: int,
        offset: int = 0,
        skip: int | None = None,
    ) -> list[dict[str, Any]]:
        """``{id, name, documents}`` of the entities ``table``'s rows name in ``docs``
        (distinct ids), most named first, then by id, but ``skip``; ``limit`` of them from
        ``offset`` (-1: all): ``reading.named_in``'s rows."""
        entity_ids, documents = self.links[table].count(docs)
        if skip is not None:
            keep = entity_ids != skip
            entity_ids, documents = entity_ids[keep], documents[keep]
        order = np.lexsort((entity_ids, -documents))
        order = order[offset:] if limit < 0 else order[offset : offset + limit]
        return _named(conn, entity_ids[order].tolist(), documents[order].tolist())


def _links(conn: sqlite3.Connection, table: str, top: int) -> _Links:
    # the (document_id, entity_id) index holds both, in order: no row is read; taken a
    # slice at a time, so that the rows as Python tuples never all exist at once
    cursor = conn.execute(
        f"SELECT DISTINCT t.document_id, t.entity_id FROM {table} t"
        f" JOIN entities e ON e.id = t.entity_id WHERE {_LISTED}"
        " ORDER BY t.document_id, t.entity_id"
    )
    slices = [np.empty((0, 2), np.int64)]
    while rows := cursor.fetchmany(_SLICE):
        slices.append(np.array(rows, dtype=np.int64).reshape(-1, 2))
    pairs = np.concatenate(slices)
    per_document = np.bincount(pairs[:, 0], minlength=top + 2)[: top + 2]
    starts = np.concatenate(([0], np.cumsum(per_document)))
    return _Links(starts, pairs[:, 1].copy())


def _named(conn: sqlite3.Connection, ids: list[int], documents: list[int]) -> list[dict[str, Any]]:
    """``{id, name, documents}`` of each entity, in the order given."""
    if not ids:
        return []
    names = {
        r["id"]: r["name"]
        for r in rows_of(
            conn.execute(
                f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(ids))})", ids
            )
        )
    }
    return [
        {"id": i, "name": names[i], "documents": n} for i, n in zip(ids, documents, strict=True)
    ]
