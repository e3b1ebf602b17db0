"""One document: its metadata, both texts and every fact with its spans."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .kinds import DATE, QUANTITY, QUOTE
from .lists import commitment_rows
from .reading import rows_of, spans_of


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
            "posts": [r[0] for r in q("SELECT post FROM posts WHERE person_id = ?", (pid,))],
            "mentions": spans_of(mentions),
            "post_mentions": spans_of(post_mentions),
        }
        for pid, eid, name, titles, mentions, post_mentions in q(
            "SELECT id, entity_id, name, titles, mentions, post_mentions FROM persons"
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
            | {"mentions": spans_of(mentions)}
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
