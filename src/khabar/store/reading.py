"""What every read of the store shares: only current documents count (the latest version of
each URL), rows come as dicts keyed by column name, the entities named in a set of documents
are counted one way (``named_in``), and a name means the entities ``entity_ids`` finds.

The reads themselves are kept by subject: ``documents`` (one document and its facts),
``entities`` (lists of entities, an entity's page), ``lists`` (facts across documents, and
the counts), ``facets`` (of a search); ``filters`` says which documents a read selects.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from khabar.text.fold import fold, fold_key

# What a fact's document_id must be to count: not one of the few superseded versions (read
# from their partial index), rather than among the current ids, a set of every document
IS_CURRENT = (
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


def spans_of(mentions: str) -> list[dict[str, Any]]:
    """Stored mentions (JSON ``[[start, end, orig_start, orig_end], ...]``) as spans."""
    return [
        {"start": s, "end": e, "original_start": os_, "original_end": oe}
        for s, e, os_, oe in json.loads(mentions)
    ]
