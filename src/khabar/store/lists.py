"""Lists of facts across documents, newest first: quotes, commitments, quantities; and the
record's counts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from khabar.text.fold import fold

from .query import QueryError, check_terms, parse
from .reading import IS_CURRENT, entity_ids, rows_of


def quotes(
    conn: sqlite3.Connection,
    speaker: str | int | None = None,
    query: str | None = None,
    limit: int = 20,
    offset: int = 0,
    kind: str | None = None,
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """Quotes, newest first; ``query`` words must all occur in the quote (folded); ``kind``
    is «direct» or «indirect»; ``min_confidence``: those at least this sure."""
    sql = [f"q.document_id {IS_CURRENT}"]
    args: list[Any] = []
    if min_confidence is not None:
        sql.append("q.confidence >= ?")
        args.append(min_confidence)
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
        " q.orig_start AS original_start, q.orig_end AS original_end, q.confidence"
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
            " p.entity_id AS announcer_id, c.announcer_organization,"
            " c.announcer_post, c.action, c.deadline,"
            " c.deadline_date, c.cue,"
            " c.span_start AS start, c.span_end AS end, c.orig_start AS original_start,"
            " c.orig_end AS original_end, c.confidence FROM commitments c"
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
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """Announced commitments. ``open_only``: those whose deadline has not passed on ``today``;
    ``no_deadline``: those without a deadline date, which are never due and so never open;
    ``min_confidence``: those at least this sure.
    Each row's ``status`` is ``open``, ``due``, ``no deadline`` or ``undated deadline`` (a
    duration in an article of unknown date)."""
    today_iso = (today or dt.date.today()).isoformat()
    where, args = "d.is_current = 1", list[Any]()
    if open_only:
        where += " AND c.deadline_date >= ?"
        args.append(today_iso)
    if no_deadline:
        where += " AND c.deadline_date IS NULL"
    if min_confidence is not None:
        where += " AND c.confidence >= ?"
        args.append(min_confidence)
    rows = commitment_rows(conn, where, args, limit, offset)
    for r in rows:
        due = r["deadline_date"]
        r["open"] = due is not None and due >= today_iso
        if due is None:
            r["status"] = "undated deadline" if r["deadline"] else "no deadline"
        else:
            r["status"] = "open" if r["open"] else "due"
    return rows


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


def quantities(
    conn: sqlite3.Connection,
    document_id: int | None,
    unit: str | None,
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    where = [f"q.document_id {IS_CURRENT}"]
    args: list[Any] = []
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


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    def current(table: str) -> int:
        return one(f"SELECT count(*) FROM {table} WHERE document_id {IS_CURRENT}")

    def entities(table: str) -> int:
        return one(f"SELECT count(DISTINCT entity_id) FROM {table} WHERE document_id {IS_CURRENT}")

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
