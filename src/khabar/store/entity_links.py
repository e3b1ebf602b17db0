"""Links of each document's persons, organizations and places to the store's entities, by
the keys of ``khabar.resolve``: ``link_document`` runs at add time and ``relink_all`` rebuilds
all links from scratch (after a change of rules) with the same result.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from khabar.resolve.keys import full_person_key, organization_key, partial_person_key, place_key
from khabar.text.fold import fold_key

__all__ = ["Links", "add_names", "link_document", "relink_all", "resolve_document"]


def _entity(
    conn: sqlite3.Connection,
    kind: str,
    key: str,
    name: str,
    detail: str | None,
    known: dict[str, int],
) -> int:
    """The id of the entity with ``key``, created if new. ``known`` remembers keys already
    seen in the same transaction (the same places and organizations recur in every batch)."""
    eid = known.get(key)
    if eid is not None:
        return eid
    row = conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
    if row:
        eid = int(row[0])
    else:
        cur = conn.execute(
            "INSERT INTO entities (kind, key, name, detail) VALUES (?,?,?,?)",
            (kind, key, name, detail),
        )
        eid = int(cur.lastrowid or 0)
    known[key] = eid
    return eid


def _names(entity_id: int, names: list[str]) -> list[tuple[int, str, str]]:
    """Rows of ``entity_names``; keyed by (entity, name), so their order does not matter."""
    return [(entity_id, n, fold_key(n)) for n in dict.fromkeys(names) if n and n.strip()]


def _mention_texts(text: str, mentions_json: str) -> list[str]:
    return [text[s:e] for s, e, *_ in json.loads(mentions_json)]


PersonRow = tuple[str, str | None, str, list[str]]  # name, given key, surname key, mentions
OrganizationRow = tuple[str, list[str]]  # name, mention texts
PlaceRow = tuple[str, str, list[str]]  # name, kind, mention texts


@dataclass
class Links:
    """The entity of each record of one document (in the order given) and the
    ``entity_names`` rows they add."""

    persons: list[int]
    organizations: list[int]
    places: list[int]
    names: list[tuple[int, str, str]]


def link_document(
    conn: sqlite3.Connection,
    document_id: int,
    persons: list[PersonRow],
    organizations: list[OrganizationRow],
    places: list[PlaceRow],
    known: dict[str, int] | None = None,
) -> Links:
    """The entities of one document's records, creating those it is the first of.

    Entities are created in a fixed order (full names, surnames, organizations, places),
    which fixes their ids: adding a document and rebuilding with ``resolve`` agree.
    ``known``: entity ids by key, valid for the current transaction only (see ``_entity``).
    """
    known = {} if known is None else known
    full_by_surname: dict[str, list[int]] = {}
    linked: dict[int, int] = {}
    for k, (name, given, surname, _) in enumerate(persons):
        key = full_person_key(given, surname)
        if key:
            linked[k] = _entity(conn, "person", key, name, None, known)
            full_by_surname.setdefault(surname, []).append(linked[k])
    for k, (name, _, surname, _) in enumerate(persons):
        if k in linked:
            continue
        owners = sorted(set(full_by_surname.get(surname, [])))
        if len(owners) == 1:  # the surname of the one full name of this document
            linked[k] = owners[0]
        else:
            key = partial_person_key(document_id, surname)
            linked[k] = _entity(conn, "person", key, name, "surname", known)
    links = Links([linked[k] for k in range(len(persons))], [], [], [])
    for (name, *_, mentions), eid in zip(persons, links.persons, strict=True):
        links.names += _names(eid, [name, *mentions])
    for name, mentions in organizations:
        eid = _entity(conn, "organization", organization_key(name), name, None, known)
        links.organizations.append(eid)
        links.names += _names(eid, [name, *mentions])
    for name, kind, mentions in places:
        eid = _entity(conn, "place", place_key(name, kind), name, kind, known)
        links.places.append(eid)
        links.names += _names(eid, [name, *mentions])
    return links


def add_names(conn: sqlite3.Connection, names: list[tuple[int, str, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO entity_names (entity_id, name, name_key) VALUES (?,?,?)", names
    )


def resolve_document(
    conn: sqlite3.Connection, document_id: int, known: dict[str, int] | None = None
) -> None:
    """Link the stored records of one document to entities (``resolve`` rebuilds with it;
    a new document is linked before its records are written: ``khabar.store.facts``)."""
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    rows = {
        table: conn.execute(
            f"SELECT id, {columns}, mentions FROM {table} WHERE document_id = ? ORDER BY id",
            (document_id,),
        ).fetchall()
        for table, columns in (
            ("persons", "name, given_key, surname_key"),
            ("organizations", "name"),
            ("places", "name, kind"),
        )
    }
    links = link_document(
        conn,
        document_id,
        [(n, g, s, _mention_texts(text, m)) for _, n, g, s, m in rows["persons"]],
        [(n, _mention_texts(text, m)) for _, n, m in rows["organizations"]],
        [(n, k, _mention_texts(text, m)) for _, n, k, m in rows["places"]],
        known,
    )
    for table, eids in (
        ("persons", links.persons),
        ("organizations", links.organizations),
        ("places", links.places),
    ):
        ids = [r[0] for r in rows[table]]
        conn.executemany(
            f"UPDATE {table} SET entity_id = ? WHERE id = ?", zip(eids, ids, strict=True)
        )
    add_names(conn, links.names)


def relink_all(conn: sqlite3.Connection) -> int:
    """Rebuild every entity and link (inside the caller's transaction); returns the number of
    entities."""
    for table in ("persons", "organizations", "places"):
        conn.execute(f"UPDATE {table} SET entity_id = NULL")
    conn.execute("DELETE FROM entity_names")
    conn.execute("DELETE FROM entities")
    known: dict[str, int] = {}
    for (doc_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        resolve_document(conn, doc_id, known)
    return int(conn.execute("SELECT count(*) FROM entities").fetchone()[0])
