"""Search facets: the persons, organizations, places, sources and months of the documents a
search matches."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from .query import parse
from .reading import named_in, rows_of
from .search import Hit, hits_of, ranked, search

FACET_DOCUMENTS = 5000  # facets count over at most this many best-ranked hits
FACET_SIZE = 10


def facets(
    conn: sqlite3.Connection, query: str | None, filters: tuple[str, list[Any]]
) -> dict[str, Any]:
    """Counts of persons, organizations, places, sources and months over the matching
    documents (the best ``FACET_DOCUMENTS`` of them), and how many match in all."""
    if query and query.strip():
        return facet_counts(
            conn, ranked(conn, parse(query).fts, query, filters, FACET_DOCUMENTS, 0)
        )
    where, args = filters
    newest = conn.execute(
        f"SELECT d.id FROM documents d WHERE d.is_current = 1{where}"
        f" ORDER BY d.published DESC, d.id DESC LIMIT {FACET_DOCUMENTS}",
        args,
    ).fetchall()
    return facet_counts(conn, newest)


def search_with_facets(
    conn: sqlite3.Connection,
    query: str | None,
    filters: tuple[str, list[Any]],
    limit: int,
    offset: int,
    markers: tuple[str, str],
) -> tuple[list[Hit], dict[str, Any]]:
    """A page of ``search`` and the ``facets`` of the same query, ranked once: the page is
    a slice of the best ``FACET_DOCUMENTS`` that the facets count over."""
    if not (query and query.strip()):
        return search(conn, query, filters, limit, offset, markers), facets(conn, query, filters)
    parsed = parse(query)
    best = ranked(conn, parsed.fts, query, filters, FACET_DOCUMENTS, 0)
    if offset + limit <= len(best) or len(best) < FACET_DOCUMENTS:
        hits = hits_of(conn, best[offset : offset + limit], parsed, markers)
    else:  # a page beyond the best: ranked on its own
        hits = search(conn, query, filters, limit, offset, markers)
    return hits, facet_counts(conn, best)


def facet_counts(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The facets of the documents whose ids lead ``rows``."""
    # the matching documents are found once and handed to each count as a JSON array
    matching = "SELECT value FROM json_each(?)"
    args = [json.dumps([r[0] for r in rows])]
    total = len(rows)
    q = conn.execute
    out: dict[str, Any] = {"total": total, "capped": total >= FACET_DOCUMENTS}
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
