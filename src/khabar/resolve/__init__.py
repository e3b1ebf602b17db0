"""Cross-document entities: per-document persons, organizations and places linked to
entities by key (``khabar.resolve.keys``).

* persons join across documents only when given name and surname agree (folded); a surname
  alone joins the full name it belongs to *in the same document* (when exactly one person
  there has that surname), and otherwise stays an entity of that document;
* organizations join on the canonical name the extractor gives (the data file's aliases);
* places join on name and kind.

Every rule compares keys, so the grouping does not depend on the order documents arrive in:
``resolve_document`` runs at add time and ``resolve`` rebuilds all links from scratch
(after a change of rules) with the same result.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from khabar.text.fold import fold_key

from .keys import full_person_key, organization_key, partial_person_key, place_key

if TYPE_CHECKING:
    from khabar.store import Store

__all__ = ["resolve", "resolve_document"]


def _entity(conn: sqlite3.Connection, kind: str, key: str, name: str, detail: str | None) -> int:
    row = conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO entities (kind, key, name, detail) VALUES (?,?,?,?)", (kind, key, name, detail)
    )
    return int(cur.lastrowid or 0)


def _names(entity_id: int, names: list[str]) -> list[tuple[int, str, str]]:
    """Rows of ``entity_names``; keyed by (entity, name), so their order does not matter."""
    return [(entity_id, n, fold_key(n)) for n in dict.fromkeys(names) if n and n.strip()]


def _mention_texts(text: str, mentions_json: str) -> list[str]:
    return [text[s:e] for s, e, *_ in json.loads(mentions_json)]


def resolve_document(conn: sqlite3.Connection, document_id: int) -> None:
    """Link the records of one document to entities (creating those it is the first of)."""
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    persons = conn.execute(
        "SELECT id, name, given_key, surname_key, mentions FROM persons"
        " WHERE document_id = ? ORDER BY id",
        (document_id,),
    ).fetchall()
    full_by_surname: dict[str, list[int]] = {}
    linked: dict[int, int] = {}
    for pid, name, given, surname, _ in persons:
        key = full_person_key(given, surname)
        if key:
            linked[pid] = _entity(conn, "person", key, name, None)
            full_by_surname.setdefault(surname, []).append(linked[pid])
    for pid, name, _, surname, _ in persons:
        if pid in linked:
            continue
        owners = sorted(set(full_by_surname.get(surname, [])))
        if len(owners) == 1:  # the surname of the one full name of this document
            linked[pid] = owners[0]
        else:
            key = partial_person_key(document_id, surname)
            linked[pid] = _entity(conn, "person", key, name, "surname")
    # The links and names are written once per table at the end: only the entities' own
    # inserts (above and below) must keep their order, which fixes their ids.
    names: list[tuple[int, str, str]] = []
    for pid, name, _, _, mentions in persons:
        names += _names(linked[pid], [name, *_mention_texts(text, mentions)])
    links = [(linked[pid], pid) for pid, *_ in persons]
    conn.executemany("UPDATE persons SET entity_id = ? WHERE id = ?", links)

    links = []
    for oid, name, mentions in conn.execute(
        "SELECT id, name, mentions FROM organizations WHERE document_id = ? ORDER BY id",
        (document_id,),
    ).fetchall():
        eid = _entity(conn, "organization", organization_key(name), name, None)
        links.append((eid, oid))
        names += _names(eid, [name, *_mention_texts(text, mentions)])
    conn.executemany("UPDATE organizations SET entity_id = ? WHERE id = ?", links)

    links = []
    for lid, name, kind, mentions in conn.execute(
        "SELECT id, name, kind, mentions FROM places WHERE document_id = ? ORDER BY id",
        (document_id,),
    ).fetchall():
        eid = _entity(conn, "place", place_key(name, kind), name, kind)
        links.append((eid, lid))
        names += _names(eid, [name, *_mention_texts(text, mentions)])
    conn.executemany("UPDATE places SET entity_id = ? WHERE id = ?", links)
    conn.executemany(
        "INSERT OR IGNORE INTO entity_names (entity_id, name, name_key) VALUES (?,?,?)", names
    )


def resolve(store: Store) -> int:
    """Rebuild every entity and link in one transaction; returns the number of entities."""
    conn = store.conn
    with store.transaction():
        for table in ("persons", "organizations", "places"):
            conn.execute(f"UPDATE {table} SET entity_id = NULL")
        conn.execute("DELETE FROM entity_names")
        conn.execute("DELETE FROM entities")
        for (doc_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
            resolve_document(conn, doc_id)
    return int(conn.execute("SELECT count(*) FROM entities").fetchone()[0])
