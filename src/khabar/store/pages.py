"""Read-side queries: entities by name, quotes, commitments and counts.

Only current documents (the latest version of each URL) are counted or shown.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from khabar.text.fold import fold, fold_key

from .query import check_terms

# What a fact's document_id must be to count: not one of the few superseded versions (read
# from their partial index), rather than among the current ids, a set of every document
_IS_CURRENT = (
    "NOT IN (SELECT id FROM documents INDEXED BY documents_superseded WHERE is_current = 0)"
)


def rows_of(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    """The rows of a query as dicts keyed by column name."""
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def named_in(table: str, documents: str, where: str = "1") -> str:
    """SQL of the entities that ``table``'s rows name in ``documents`` (a subquery of ids),
    each with how many of them name it, most first; ``where`` is on the entity ``e``. The
    counts are made on the (document_id, entity_id) index before any entity is read."""
    return (
        "SELECT e.id, e.name, n.documents FROM (SELECT entity_id, count(DISTINCT document_id)"
        f" AS documents FROM {table} WHERE document_id IN ({documents})"
        " AND entity_id IS NOT NULL GROUP BY entity_id) n JOIN entities e ON e.id = n.entity_id"
        f" WHERE {where} ORDER BY n.documents DESC, e.id"
    )


def entity_ids(conn: sqlite3.Connection, kind: str, name: str | int) -> list[int]:
    """Entities of ``kind`` called ``name`` (any variant, folded); an int is an entity id.

    One word also finds every person with that surname («رضایی»), named in full or not.
    """
    if isinstance(name, int):
        return [name]
    key = fold_key(name)
    ids = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT n.entity_id FROM entity_names n JOIN entities e ON e.id = n.entity_id"
            " WHERE n.name_key = ? AND e.kind = ?",
            (key, kind),
        )
    }
    if kind == "person" and len(fold(name).split()) == 1:
        ids |= {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT entity_id FROM persons WHERE surname_key = ? AND entity_id"
                " IS NOT NULL",
                (key,),
            )
        }
    return sorted(ids)


def quotes(
    conn: sqlite3.Connection,
    speaker: str | int | None = None,
    query: str | None = None,
    limit: int = 20,
    offset: int = 0,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """Quotes, newest first; ``query`` words must all occur in the quote (folded); ``kind``
    is «direct» or «indirect»."""
    sql = [f"q.document_id {_IS_CURRENT}"]
    args: list[Any] = []
    if kind:
        sql.append("q.kind = ?")
        args.append(kind)
    if speaker is not None:
        ids = entity_ids(conn, "person", speaker)
        sql.append(f"p.entity_id IN ({','.join('?' * len(ids)) or 'NULL'})")
        args += ids
    words = fold(query or "").split()
    check_terms(len(words))
    for word in words:
        # spaces out: «رئیس‌جمهور» (folded «رییسجمهور») also finds «رئیس جمهور»
        sql.append("instr(replace(q.text_key, ' ', ''), ?) > 0")
        args.append(word)
    cur = conn.execute(
        "SELECT q.id, q.document_id, d.published, d.title, q.speaker, p.entity_id AS speaker_id,"
        " q.speaker_organization,"
        " q.kind, q.verb, q.text, q.span_start AS start, q.span_end AS end,"
        " q.orig_start AS original_start, q.orig_end AS original_end"
        " FROM quotes q JOIN documents d ON d.id = q.document_id"
        " LEFT JOIN persons p ON p.id = q.person_id"
        f" WHERE {' AND '.join(sql)}"
        " ORDER BY d.published IS NULL, d.published DESC, q.document_id DESC, q.span_start"
        " LIMIT ? OFFSET ?",
        [*args, limit, offset],
    )
    return rows_of(cur)


def commitment_rows(
    conn: sqlite3.Connection, where: str, args: list[Any], limit: int = -1, offset: int = 0
) -> list[dict[str, Any]]:
    """Commitments with their document's title and date, newest first, where ``where``."""
    return rows_of(
        conn.execute(
            "SELECT c.id, c.document_id, d.title, d.published, c.announcer,"
            " p.entity_id AS announcer_id, c.action, c.deadline, c.deadline_date, c.cue,"
            " c.span_start AS start, c.span_end AS end, c.orig_start AS original_start,"
            " c.orig_end AS original_end FROM commitments c"
            " JOIN documents d ON d.id = c.document_id"
            " LEFT JOIN persons p ON p.id = c.person_id"
            f" WHERE {where}"
            " ORDER BY d.published IS NULL, d.published DESC, c.document_id DESC, c.span_start"
            " LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
    )


def commitments(
    conn: sqlite3.Connection,
    open_only: bool = False,
    today: dt.date | None = None,
    limit: int = -1,
    offset: int = 0,
    no_deadline: bool = False,
) -> list[dict[str, Any]]:
    """Announced commitments. ``open_only``: those whose deadline has not passed on ``today``;
    ``no_deadline``: those without a deadline date, which are never due and so never open.
    Each row's ``status`` is ``open``, ``due``, ``no deadline`` or ``undated deadline`` (a
    duration in an article of unknown date)."""
    today_iso = (today or dt.date.today()).isoformat()
    where, args = "d.is_current = 1", []
    if open_only:
        where += " AND c.deadline_date >= ?"
        args.append(today_iso)
    if no_deadline:
        where += " AND c.deadline_date IS NULL"
    rows = commitment_rows(conn, where, args, limit, offset)
    for r in rows:
        due = r["deadline_date"]
        r["open"] = due is not None and due >= today_iso
        if due is None:
            r["status"] = "undated deadline" if r["deadline"] else "no deadline"
        else:
            r["status"] = "open" if r["open"] else "due"
    return rows


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    def current(table: str) -> int:
        return one(f"SELECT count(*) FROM {table} WHERE document_id {_IS_CURRENT}")

    def entities(table: str) -> int:
        return one(f"SELECT count(DISTINCT entity_id) FROM {table} WHERE document_id {_IS_CURRENT}")

    return {
        "documents": one("SELECT count(*) FROM documents WHERE is_current = 1"),
        "versions": one("SELECT count(*) FROM documents"),
        "persons": entities("persons"),
        "organizations": entities("organizations"),
        "places": entities("places"),
        "quotes": current("quotes"),
        "quantities": current("quantities"),
        "commitments": current("commitments"),
        "by_source": dict(
            conn.execute(
                "SELECT coalesce(source, ''), count(*) FROM documents WHERE is_current = 1"
                " GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
        ),
        "by_month": dict(
            conn.execute(
                "SELECT coalesce(substr(published, 1, 7), ''), count(*) FROM documents"
                " WHERE is_current = 1 GROUP BY 1 ORDER BY 1"
            ).fetchall()
        ),
    }
