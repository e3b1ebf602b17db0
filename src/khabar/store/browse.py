"""Read-side queries for browsing: one document with its facts, lists with
paging, and search facets. The CLI, the JSON API and the web pages all read through these
(and ``pages``), so every view of the record agrees.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from khabar.text.fold import fold

from .kinds import DATE, QUANTITY, QUOTE
from .pages import _IS_CURRENT, commitment_rows, entity_ids, named_in, rows_of
from .query import QueryError, parse
from .search import Hit, hits_of, ranked, search

FACET_DOCUMENTS = 5000  # facets count over at most this many best-ranked hits
FACET_SIZE = 10


def _spans_of_json(mentions_json: str) -> list[dict[str, Any]]:
    return [
        {"start": s, "end": e, "original_start": os_, "original_end": oe}
        for s, e, os_, oe in json.loads(mentions_json)
    ]


def document_view(conn: sqlite3.Connection, document_id: int) -> dict[str, Any] | None:
    """A document's metadata, both texts and every fact with its spans and entity id."""
    cur = conn.execute(
        "SELECT id, url, path, locator, title, surtitle, source, published, original, text,"
        " extract_schema, ingested_at, previous_version_id, is_current,"
        " (SELECT max(id) FROM documents n WHERE n.previous_version_id = documents.id)"
        " AS next_version_id FROM documents WHERE id = ?",
        (document_id,),
    )
    rows = rows_of(cur)
    if not rows:
        return None
    doc = rows[0]
    q = conn.execute
    doc["persons"] = [
        {
            "entity_id": eid,
            "name": name,
            "titles": json.loads(titles),
            "roles": [r[0] for r in q("SELECT post FROM roles WHERE person_id = ?", (pid,))],
            "mentions": _spans_of_json(mentions),
            "role_mentions": _spans_of_json(role_mentions),
        }
        for pid, eid, name, titles, mentions, role_mentions in q(
            "SELECT id, entity_id, name, titles, mentions, role_mentions FROM persons"
            " WHERE document_id = ? ORDER BY id",
            (document_id,),
        ).fetchall()
    ]
    for key, table, extra in (
        ("organizations", "organizations", "aliases"),
        ("places", "places", "kind"),
    ):
        doc[key] = [
            {"entity_id": eid, "name": name, extra: json.loads(x) if extra == "aliases" else x}
            | {"mentions": _spans_of_json(mentions)}
            for eid, name, x, mentions in q(
                f"SELECT entity_id, name, {extra}, mentions FROM {table}"
                " WHERE document_id = ? ORDER BY id",
                (document_id,),
            ).fetchall()
        ]
    for kind in (QUOTE, QUANTITY, DATE):
        person = " LEFT JOIN persons p ON p.id = x.person_id" if kind.link else ""
        doc[kind.table] = rows_of(
            q(
                f"SELECT {kind.view('x')} FROM {kind.table} x{person} WHERE x.document_id = ?"
                " ORDER BY x.span_start",
                (document_id,),
            )
        )
    doc["commitments"] = commitment_rows(conn, "c.document_id = ?", [document_id])
    return doc


def commitment(conn: sqlite3.Connection, commitment_id: int) -> dict[str, Any] | None:
    """One commitment, with later reports whose text shares its action's distinctive words."""
    rows = commitment_rows(conn, "c.id = ?", [commitment_id])
    if not rows:
        return None
    item = rows[0]
    words = sorted({w for w in fold(item["action"]).split() if len(w) > 3}, key=len)[-4:]
    item["later_reports"] = []
    if words:
        try:
            match = parse(" ".join(f'"{w}"' for w in words)).fts
        except QueryError:
            return item
        item["later_reports"] = rows_of(
            conn.execute(
                "SELECT d.id, d.title, d.published, d.source FROM documents_fts"
                " JOIN documents d ON d.id = documents_fts.rowid"
                " WHERE documents_fts MATCH ? AND d.is_current = 1 AND d.id != ?"
                " AND (? IS NULL OR d.published IS NULL OR d.published >= ?)"
                " ORDER BY d.published IS NULL, d.published, d.id LIMIT 50",
                (match, item["document_id"], item["published"], item["published"]),
            )
        )
    return item


def entity_list(
    conn: sqlite3.Connection, kind: str, name: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    """Entities of a kind, most documented first; ``name`` narrows to a folded substring."""
    table = {"person": "persons", "organization": "organizations", "place": "places"}[kind]
    where, args = "e.kind = ?", [kind]
    if name and name.strip():
        where += " AND e.id IN (SELECT entity_id FROM entity_names WHERE instr(name_key, ?) > 0)"
        args.append(fold(name).replace(" ", ""))
    return rows_of(
        conn.execute(
            f"SELECT e.id, e.kind, e.name, e.detail, count(DISTINCT x.document_id) AS documents"
            f" FROM entities e JOIN {table} x ON x.entity_id = e.id"
            f" AND x.document_id {_IS_CURRENT} WHERE {where}"
            " GROUP BY e.id ORDER BY documents DESC, e.id LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
    )


def quantity_rows(
    conn: sqlite3.Connection,
    document_id: int | None,
    unit: str | None,
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    where, args = [f"q.document_id {_IS_CURRENT}"], []
    if document_id is not None:
        where.append("q.document_id = ?")
        args.append(document_id)
    if unit:
        where.append("q.unit = ?")
        args.append(unit)
    return rows_of(
        conn.execute(
            "SELECT q.id, q.document_id, d.title, d.published, q.value, q.min, q.max, q.unit,"
            " q.kind, q.text, q.span_start AS start, q.span_end AS end,"
            " q.orig_start AS original_start, q.orig_end AS original_end,"
            " substr(d.text, q.sentence_start + 1, q.sentence_end - q.sentence_start)"
            " AS sentence FROM quantities q JOIN documents d ON d.id = q.document_id"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY d.published IS NULL, d.published DESC, q.document_id DESC, q.span_start"
            " LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
    )


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


__all__ = [
    "commitment",
    "document_view",
    "entity_ids",
    "entity_list",
    "facets",
    "quantity_rows",
    "search_with_facets",
]
