"""One document: its metadata, both texts and every fact with its spans."""

from __future__ import annotations

import sqlite3
from typing import Any

from .kinds import DATE, DOCUMENT_PARTS, ORGANIZATION, PERSON, PLACE, QUANTITY, QUOTE, Kind
from .lists import commitment_rows
from .reading import rows_of


def document_view(
    conn: sqlite3.Connection, document_id: int, min_confidence: float | None = None
) -> dict[str, Any] | None:
    """A document's metadata, both texts and every fact with its spans and entity id;
    ``min_confidence``: only the facts at least this sure (``sure_only``)."""
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
    posts: dict[int, list[tuple[str, float | None]]] = {}
    for pid, post, confidence in q(
        "SELECT person_id, post, confidence FROM posts WHERE document_id = ? ORDER BY id",
        (document_id,),
    ):
        posts.setdefault(pid, []).append((post, confidence))
    doc["persons"] = [
        person | {"posts": [p for p, _ in held], "post_confidences": [c for _, c in held]}
        for pid, person in named_rows(conn, PERSON, document_id)
        for held in [posts.get(pid, [])]
    ]
    doc["organizations"] = [row for _, row in named_rows(conn, ORGANIZATION, document_id)]
    doc["places"] = [row for _, row in named_rows(conn, PLACE, document_id)]
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
    return doc if min_confidence is None else sure_only(doc, min_confidence)


def sure(fact: dict[str, Any], floor: float) -> bool:
    """A fact at least ``floor`` sure; one stored without a confidence is not known to be."""
    confidence = fact.get("confidence")
    return confidence is not None and confidence >= floor


def sure_only(view: dict[str, Any], floor: float) -> dict[str, Any]:
    """A document's view without the facts less sure than ``floor``, persons' posts too."""
    out = dict(view)
    for part in (*DOCUMENT_PARTS, "commitments"):
        if isinstance(out.get(part), list):
            out[part] = [f for f in out[part] if "confidence" not in f or sure(f, floor)]
    out["persons"] = [_sure_posts(p, floor) for p in out.get("persons", [])]
    return out


def _sure_posts(person: dict[str, Any], floor: float) -> dict[str, Any]:
    kept = [
        (post, c)
        for post, c in zip(person["posts"], person["post_confidences"], strict=True)
        if c is not None and c >= floor
    ]
    return person | {"posts": [p for p, _ in kept], "post_confidences": [c for _, c in kept]}


def named_rows(
    conn: sqlite3.Connection, kind: Kind, document_id: int
) -> list[tuple[int, dict[str, Any]]]:
    """(row id, view) of a document's persons, organizations or places, as ``kind``
    declares its view: the columns it shows, each read back from its stored form."""
    read = {f.name: f.read for f in kind.fields if f.view and f.read}
    out = []
    for row in rows_of(
        conn.execute(
            f"SELECT {kind.view('x')} FROM {kind.table} x WHERE x.document_id = ? ORDER BY x.id",
            (document_id,),
        )
    ):
        row_id = row.pop("id")
        out.append((row_id, {k: read[k](v) if k in read else v for k, v in row.items()}))
    return out
