"""Entities: who a name means, the entities of a kind, and each entity's page.

A page holds the first ``limit`` items of every list; ``entity_part`` pages through one of
them. A place named in thousands of articles would otherwise be answered in one piece that
grows with the corpus.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

import numpy as np

from khabar.text.fold import fold

from .lists import commitment_rows, quotes
from .ranking import Memo, facet_index
from .reading import IS_CURRENT, entity_ids, named_in, rows_of


def entity_list(
    conn: sqlite3.Connection, kind: str, name: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    """Entities of a kind, most documented first; ``name`` narrows to a folded substring."""
    table = _TABLE[kind]
    where, args = "e.kind = ?", [kind]
    if name and name.strip():
        where += " AND e.id IN (SELECT entity_id FROM entity_names WHERE instr(name_key, ?) > 0)"
        args.append(fold(name).replace(" ", ""))
    return rows_of(
        conn.execute(
            f"SELECT e.id, e.kind, e.name, e.detail, count(DISTINCT x.document_id) AS documents"
            f" FROM entities e JOIN {table} x ON x.entity_id = e.id"
            f" AND x.document_id {IS_CURRENT} WHERE {where}"
            " GROUP BY e.id ORDER BY documents DESC, e.id LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
    )


PART_LIMIT = 50  # items of each list on an entity's page


_TABLE = {"person": "persons", "organization": "organizations", "place": "places"}


PARTS = {
    "person": (
        "variants",
        "titles",
        "posts",
        "quotes",
        "commitments",
        "co_persons",
        "co_organizations",
        "documents",
        "months",
    ),
    "organization": (
        "variants",
        "posts",
        "co_persons",
        "co_organizations",
        "co_places",
        "documents",
        "months",
    ),
}
PARTS["place"] = PARTS["organization"]
ALL_PARTS = tuple(dict.fromkeys(part for parts in PARTS.values() for part in parts))


WHOLE = {"months"}  # bounded by the calendar, not the corpus: a page's chart shows them all


Part = Callable[[sqlite3.Connection, dict[str, Any], int, int], list[Any]]


def entity(conn: sqlite3.Connection, entity_id: int) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT id, kind, name, detail FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    return None if row is None else dict(zip(("id", "kind", "name", "detail"), row, strict=True))


def _docs(head: dict[str, Any]) -> str:
    """The current documents that name the entity (its id is the query's argument)."""
    table = _TABLE[head["kind"]]
    return f"SELECT document_id FROM {table} WHERE entity_id = ? AND document_id {IS_CURRENT}"


def _variants(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    sql = "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, (head["id"], limit, offset))]


def _titles(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    titles: dict[str, int] = {}
    for (t,) in conn.execute(
        f"SELECT titles FROM persons WHERE entity_id = ? AND document_id {IS_CURRENT}",
        (head["id"],),
    ):
        for title in json.loads(t):
            titles[title] = titles.get(title, 0) + 1
    ranked = sorted(titles, key=lambda t: (-titles[t], t))
    return ranked[offset:] if limit < 0 else ranked[offset : offset + limit]


def _posts(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    if head["kind"] == "person":
        return rows_of(
            conn.execute(
                "SELECT r.post, r.document_id, d.published, r.span_start AS start,"
                " r.span_end AS end, r.orig_start AS original_start,"
                " r.orig_end AS original_end,"
                " substr(d.text, r.span_start + 1, r.span_end - r.span_start) AS text,"
                " r.confidence"
                " FROM posts r JOIN persons p ON p.id = r.person_id"
                " JOIN documents d ON d.id = r.document_id"
                " WHERE p.entity_id = ? AND d.is_current = 1"
                " ORDER BY d.published IS NULL, d.published, d.id, r.id LIMIT ? OFFSET ?",
                (head["id"], limit, offset),
            )
        )
    # the posts that name an organization or a place: «فرمانده انتظامی استان لرستان»
    variants = _variants(conn, head, -1, 0)
    keys = sorted({fold(v).replace(" ", "") for v in variants if len(v) > 2})
    if not keys:
        return []
    like = " OR ".join("instr(replace(r.post_key, ' ', ''), ?) > 0" for _ in keys)
    return rows_of(
        conn.execute(
            "SELECT r.post, e.id AS person_id, e.name AS person, r.document_id, d.published,"
            " r.span_start AS start, r.span_end AS end, r.confidence FROM posts r"
            " JOIN persons p ON p.id = r.person_id JOIN entities e ON e.id = p.entity_id"
            f" JOIN documents d ON d.id = r.document_id WHERE ({like})"
            f" AND r.document_id IN ({_docs(head)})"
            " ORDER BY d.published IS NULL, d.published, r.document_id, r.id LIMIT ? OFFSET ?",
            [*keys, head["id"], limit, offset],
        )
    )


def _quotes(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    return quotes(conn, speaker=head["id"], limit=limit, offset=offset)


def _commitments(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    where = "p.entity_id = ? AND d.is_current = 1"
    return commitment_rows(conn, where, [head["id"]], limit, offset)


def _co(table: str) -> Part:
    def co_mentioned(
        conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int
    ) -> list:
        # a surname-only person is not the same person from one article to the next (as in
        # the facets of a search), whatever the page
        alone = "e.id != ? AND (e.kind != 'person' OR e.detail IS NULL)"
        return rows_of(
            conn.execute(
                named_in(table, _docs(head), alone) + " LIMIT ? OFFSET ?",
                (head["id"], head["id"], limit, offset),
            )
        )

    return co_mentioned


def _documents(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    """The documents that name the entity, newest first (as every list of the store)."""
    by = "published IS NULL, published DESC, id DESC"
    # ordered in the index, then the page's rows read (the rows hold the texts)
    return rows_of(
        conn.execute(
            "SELECT d.id, d.title, d.published, d.source, d.url, d.path FROM"
            f" (SELECT id FROM documents INDEXED BY documents_state WHERE id IN ({_docs(head)})"
            f" ORDER BY {by} LIMIT ? OFFSET ?) page JOIN documents d ON d.id = page.id"
            f" ORDER BY d.{by.replace(', ', ', d.')}",
            (head["id"], limit, offset),
        )
    )


def _months(conn: sqlite3.Connection, head: dict[str, Any], limit: int, offset: int) -> list:
    """Articles per month (``YYYY-MM``), undated ones under ``""``."""
    return rows_of(
        conn.execute(
            "SELECT coalesce(substr(published, 1, 7), '') AS month, count(*) AS documents"
            f" FROM documents INDEXED BY documents_state WHERE id IN ({_docs(head)})"
            " GROUP BY 1 ORDER BY 1"
            " LIMIT ? OFFSET ?",
            (head["id"], limit, offset),
        )
    )


_PART: dict[str, Part] = {
    "variants": _variants,
    "titles": _titles,
    "posts": _posts,
    "quotes": _quotes,
    "commitments": _commitments,
    "co_persons": _co("persons"),
    "co_organizations": _co("organizations"),
    "co_places": _co("places"),
    "documents": _documents,
    "months": _months,
}


def _co_counted(
    conn: sqlite3.Connection, memo: Memo, head: dict[str, Any], table: str, limit: int, offset: int
) -> list[Any]:
    """``_co(table)``'s rows, counted on a server's facet arrays: the co-mentions of a place
    in 36,000 articles took half a second of SQL."""
    documents = [r[0] for r in conn.execute(_docs(head), (head["id"],))]
    index = facet_index(conn, memo)
    if not index.covers(documents):  # the store changed since the arrays were built
        return _PART[f"co_{table}"](conn, head, limit, offset)
    docs = np.unique(np.asarray(documents, dtype=np.int64))
    return index.named(conn, table, docs, limit, offset, skip=head["id"])


def entity_part(
    conn: sqlite3.Connection,
    head: dict[str, Any],
    part: str,
    limit: int = -1,
    offset: int = 0,
    memo: Memo | None = None,
) -> list[Any] | None:
    """One list of an entity's page, ``limit`` items from ``offset`` (-1: all); None when
    the entity's kind has no such list."""
    if part not in PARTS[head["kind"]]:
        return None
    return _part(conn, head, part, limit, offset, memo)


def _part(
    conn: sqlite3.Connection,
    head: dict[str, Any],
    part: str,
    limit: int,
    offset: int,
    memo: Memo | None,
) -> list[Any]:
    if memo is not None and part.startswith("co_"):
        return _co_counted(conn, memo, head, part[3:], limit, offset)
    return _PART[part](conn, head, limit, offset)


def entity_page(
    conn: sqlite3.Connection, entity_id: int, limit: int = -1, memo: Memo | None = None
) -> dict[str, Any] | None:
    """An organization's or place's page: names, posts that name it, co-mentions, articles;
    each list holds at most ``limit`` items (-1: all)."""
    head = entity(conn, entity_id)
    if head is None or head["kind"] == "person":
        return None
    return head | _parts(conn, head, limit, memo)


def _parts(
    conn: sqlite3.Connection, head: dict[str, Any], limit: int, memo: Memo | None = None
) -> dict[str, list[Any]]:
    return {
        part: _part(conn, head, part, -1 if part in WHOLE else limit, 0, memo)
        for part in PARTS[head["kind"]]
    }


def person_page(
    conn: sqlite3.Connection, name: str | int, limit: int = -1, memo: Memo | None = None
) -> dict[str, Any] | None:
    """A person's page: names, titles, posts over time, quotes, commitments, co-mentions,
    articles and articles per month, at most ``limit`` of each (-1: all). ``name`` is any
    variant, a surname, or an entity id."""
    ids = entity_ids(conn, "person", name)
    if not ids:
        return None
    marks = ",".join("?" * len(ids))
    # a full name before a surname-only entity, then the most documented, then the oldest
    ranked = conn.execute(
        f"SELECT e.id, e.name, e.detail FROM entities e LEFT JOIN persons p ON p.entity_id = e.id"
        f" AND p.document_id {IS_CURRENT} WHERE e.id IN ({marks}) AND e.kind = 'person'"
        " GROUP BY e.id ORDER BY e.detail IS NOT NULL, count(DISTINCT p.document_id) DESC, e.id",
        ids,
    ).fetchall()
    if not ranked:
        return None
    eid, ename, detail = ranked[0]
    head = {"id": eid, "kind": "person", "name": ename, "detail": detail}
    return {
        "id": eid,
        "name": ename,
        "surname_only": detail == "surname",
        "others": [r[0] for r in ranked[1:]],  # other entities the name could mean
        **_parts(conn, head, limit, memo),
    }
