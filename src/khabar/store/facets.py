"""Search facets: the persons, organizations, places, sources and months of the documents a
search matches.

With a ``Memo`` (a server's), the matches come from the query's kept ranking and the counts
from the in-memory ``FacetIndex``; without one, both are read in SQL. The answers are the same.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from .query import parse
from .ranking import BEST, Memo, facet_index, ranked_page
from .reading import named_in, rows_of
from .search import Hit, hits_of, ranked, search

FACET_DOCUMENTS = BEST  # facets count over at most this many best-ranked hits (5000)
FACET_SIZE = 10


def facets(
    conn: sqlite3.Connection,
    query: str | None,
    filters: tuple[str, list[Any]],
    memo: Memo | None = None,
) -> dict[str, Any]:
    """Counts of persons, organizations, places, sources and months over the matching
    documents (the best ``FACET_DOCUMENTS`` of them), and how many match in all."""
    if query and query.strip():
        return facet_counts(conn, _best(conn, parse(query).fts, query, filters, memo), memo)
    where, args = filters
    newest = conn.execute(
        f"SELECT d.id FROM documents d WHERE d.is_current = 1{where}"
        f" ORDER BY d.published DESC, d.id DESC LIMIT {FACET_DOCUMENTS}",
        args,
    ).fetchall()
    return facet_counts(conn, newest, memo)


def _best(
    conn: sqlite3.Connection,
    fts: str,
    query: str,
    filters: tuple[str, list[Any]],
    memo: Memo | None,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[int, float]]:
    """The matches ``limit`` (the ``FACET_DOCUMENTS`` best) from ``offset``."""
    limit = FACET_DOCUMENTS if limit is None else limit
    if memo is None:
        return ranked(conn, fts, query, filters, limit, offset)
    return ranked_page(conn, memo, fts, query, filters, limit, offset)


def search_with_facets(
    conn: sqlite3.Connection,
    query: str | None,
    filters: tuple[str, list[Any]],
    limit: int,
    offset: int,
    markers: tuple[str, str],
    memo: Memo | None = None,
) -> tuple[list[Hit], dict[str, Any]]:
    """A page of ``search`` and the ``facets`` of the same query, ranked once: the page is
    a slice of the best ``FACET_DOCUMENTS`` that the facets count over."""
    if not (query and query.strip()):
        return (
            search(conn, query, filters, limit, offset, markers),
            facets(conn, query, filters, memo),
        )
    parsed = parse(query)
    best = _best(conn, parsed.fts, query, filters, memo)
    if offset + limit <= len(best) or len(best) < FACET_DOCUMENTS:
        page = best[offset : offset + limit]
    else:  # a page beyond the best: ranked on its own
        page = _best(conn, parsed.fts, query, filters, memo, limit, offset)
    hits = hits_of(conn, page, parsed, markers)
    if memo is None:
        return hits, facet_counts(conn, best)
    # the facets of every page of a query are those of its best matches: counted once
    where, args = filters
    return hits, memo(("facets", parsed.fts, where, *args), lambda: facet_counts(conn, best, memo))


def facet_counts(
    conn: sqlite3.Connection, rows: list[tuple[Any, ...]], memo: Memo | None = None
) -> dict[str, Any]:
    """The facets of the documents whose ids lead ``rows``."""
    total = len(rows)
    out: dict[str, Any] = {"total": total, "capped": total >= FACET_DOCUMENTS}
    ids = [r[0] for r in rows]
    index = facet_index(conn, memo) if memo is not None else None
    if index is not None and index.covers(ids):
        return out | index.counts(conn, ids, FACET_SIZE)
    # the matching documents are found once and handed to each count as a JSON array
    matching = "SELECT value FROM json_each(?)"
    args = [json.dumps(ids)]
    q = conn.execute
    for key, table in (
        ("persons", "persons"),
        ("organizations", "organizations"),
        ("places", "places"),
    ):
        where = "e.kind != 'person' OR e.detail IS NULL"
        out[key] = rows_of(q(named_in(table, matching, where) + f" LIMIT {FACET_SIZE}", args))
    # sources and months in one pass over the index that holds both (the rows hold texts)
    sources: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for source, month in q(
        "SELECT source, substr(published, 1, 7) FROM documents INDEXED BY documents_state"
        f" WHERE id IN ({matching})",
        args,
    ):
        if source is not None:
            sources[source] += 1
        if month is not None:
            months[month] += 1
    out["sources"] = [
        {"value": v, "documents": n}
        for v, n in sorted(sources.items(), key=lambda s: (-s[1], s[0]))[:FACET_SIZE]
    ]
    out["months"] = [
        {"value": v, "documents": months[v]} for v in sorted(months)[::-1][:FACET_SIZE]
    ]
    return out
