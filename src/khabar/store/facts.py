"""Writing one record: the document row, its per-document fact tables and its index entry."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from khabar import jsontext
from khabar.text.fold import fold_key

from .entity_links import add_names, link_document
from .kinds import ORGANIZATION, PERSON, PLACE, POST, SPAN_FACTS, Kind
from .records import Record, content_hash
from .search import index_document, index_values

_json = jsontext.dumps


def _texts(text: str, spans: list[dict[str, Any]]) -> list[str]:
    return [text[s["start"] : s["end"]] for s in spans]


def _pos(span: dict[str, Any] | None) -> tuple[Any, Any, Any, Any]:
    if not span:
        return None, None, None, None
    return span["start"], span["end"], span.get("original_start"), span.get("original_end")


@dataclass(frozen=True, slots=True)
class Rows:
    """A record as the rows it becomes, but for the ids the writer assigns.

    ``rows_for`` is pure: ingest workers run it, so the single writer only inserts, and
    flat tuples of strings cross the process boundary far cheaper than the record's nested
    dicts. Each fact's tuple holds the values of its kind's ``Kind.row`` (``store.kinds``);
    persons, organizations and places come with the texts of their mentions (entity names).
    """

    digest: str  # content hash of the repaired text
    url: str | None
    document: tuple[Any, ...]  # the ``documents`` row, ``DOCUMENT_COLUMNS``
    persons: list[tuple[Any, ...]]
    person_texts: list[list[str]]
    posts: list[list[tuple[Any, ...]]]  # per person: post, post_key, confidence, span
    organizations: list[tuple[Any, ...]]
    organization_texts: list[list[str]]
    places: list[tuple[Any, ...]]
    place_texts: list[list[str]]
    facts: dict[str, list[tuple[Any, ...]]]  # quotes, quantities ... by table
    search_index: list[str]

    @property
    def title(self) -> str | None:
        return self.document[_TITLE]

    @property
    def published(self) -> str | None:
        return self.document[_PUBLISHED]

    @property
    def text(self) -> str:
        return self.document[_TEXT]


DOCUMENT_COLUMNS: tuple[str, ...] = ("path", "locator", "title", "surtitle", "source")
DOCUMENT_COLUMNS += ("source_key", "published", "original", "text", "offset_steps")
DOCUMENT_COLUMNS += ("extract_schema",)
_TITLE, _PUBLISHED, _TEXT = (DOCUMENT_COLUMNS.index(c) for c in ("title", "published", "text"))


def rows_for(record: Record, digest: str | None = None) -> Rows:
    """The rows of a checked record (``khabar.store.records.check``); ``digest``: the content
    hash of its text, when known."""
    text = record["text"]
    source = record.get("source")
    persons = record.get("persons", [])
    orgs = record.get("organizations", [])
    places = record.get("places", [])
    return Rows(
        digest=digest or content_hash(text),
        url=record.get("url"),
        document=(
            record.get("path"),
            record.get("locator"),
            record.get("title"),
            record.get("surtitle"),
            source,
            fold_key(source) if source else None,
            record.get("published"),
            record["original"],
            text,
            _json(record["offset_steps"]),
            record["schema"],
        ),
        persons=[PERSON.row(p) for p in persons],
        person_texts=[_texts(text, p["mentions"]) for p in persons],
        posts=[_posts(p) for p in persons],
        organizations=[ORGANIZATION.row(o) for o in orgs],
        organization_texts=[_texts(text, o["mentions"]) for o in orgs],
        places=[PLACE.row(p) for p in places],
        place_texts=[_texts(text, p["mentions"]) for p in places],
        facts={k.table: [k.row(item) for item in record.get(k.table, [])] for k in SPAN_FACTS},
        search_index=record.get("search_index") or index_values(record.get("title"), text),
    )


def insert_rows(
    conn: sqlite3.Connection, rows: Rows, previous: int | None, known: dict[str, int]
) -> int:
    """Write the document, its facts linked to their entities, and its index entry;
    ``known``: entity ids by key already seen in this transaction (``link_document``)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO documents (content_hash, url, path, locator, title, surtitle, source,"
        " source_key, published, original, text, offset_steps, extract_schema, ingested_at,"
        " previous_version_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (rows.digest, rows.url, *rows.document, now, previous),
    )
    doc_id = int(cur.lastrowid or 0)
    if previous is not None:
        conn.execute("UPDATE documents SET is_current = 0 WHERE id = ?", (previous,))
    # the records are linked to their entities first, so each row is written once
    name, given, surname = (PERSON.position(f) for f in ("name", "given_key", "surname_key"))
    persons = zip(rows.persons, rows.person_texts, strict=True)
    links = link_document(
        conn,
        doc_id,
        [(p[name], p[given], p[surname], t) for p, t in persons],
        [(o[0], t) for o, t in zip(rows.organizations, rows.organization_texts, strict=True)],
        [(p[0], p[1], t) for p, t in zip(rows.places, rows.place_texts, strict=True)],
        known,
    )
    person_ids: dict[str, int] = {}  # quotes and commitments name their speaker
    for person, posts, eid in zip(rows.persons, rows.posts, links.persons, strict=True):
        cur = conn.execute(
            PERSON.insert,
            (doc_id, *person, eid),
        )
        pid = person_ids.setdefault(person[name], int(cur.lastrowid or 0))
        _insert(conn, POST, [(doc_id, pid, *r) for r in posts])
    _insert(
        conn,
        ORGANIZATION,
        [(doc_id, *o, eid) for o, eid in zip(rows.organizations, links.organizations, strict=True)],
    )
    _insert(
        conn, PLACE, [(doc_id, *p, eid) for p, eid in zip(rows.places, links.places, strict=True)]
    )
    add_names(conn, links.names)
    for kind in SPAN_FACTS:
        if kind.link:
            at = kind.position(kind.link.link)
            facts = [(doc_id, person_ids.get(f[at] or ""), *f) for f in rows.facts[kind.table]]
        else:
            facts = [(doc_id, *f) for f in rows.facts[kind.table]]
        _insert(conn, kind, facts)
    index_document(conn, doc_id, rows.title, rows.text, rows.search_index)
    return doc_id


def _insert(conn: sqlite3.Connection, kind: Kind, rows: list[tuple[Any, ...]]) -> None:
    if rows:  # most articles have no rows for some tables: spare the statement
        conn.executemany(kind.insert, rows)


def _posts(person: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The ``posts`` rows of a person: each post with its evidence, the post mention that
    spells it (folded), else the first one that starts it. The mentions are folded once and
    looked up by key, where a scan per post was quadratic for a person named often."""
    mentions = person.get("post_mentions", [])
    first: dict[str, dict[str, Any]] = {}  # folded text -> its first mention
    for m in mentions:
        first.setdefault(fold_key(m.get("text", "")) or "\0", m)
    order = {id(m): n for n, m in enumerate(first.values())}
    rows = []
    confidences = person.get("post_confidences") or []  # none in records made before them
    for n, post in enumerate(person["posts"]):
        key = fold_key(post)
        evidence = first.get(key or "\0")
        if evidence is None:  # the earliest mention whose text begins the post
            starting = [m for n in range(len(key) + 1) if (m := first.get(key[:n]))]
            evidence = min(starting, key=lambda m: order[id(m)], default=None)
        confidence = confidences[n] if n < len(confidences) else None
        rows.append((post, key, confidence, *_pos(evidence)))
    return rows
