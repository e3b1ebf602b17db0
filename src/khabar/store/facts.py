"""Writing one record: the document row, its per-document fact tables and its index entry."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from khabar import jsontext
from khabar.extract.numbers import find_numbers
from khabar.resolve.keys import person_keys
from khabar.text.fold import fold, fold_key

from .entity_links import add_names, link_document
from .records import Record, content_hash
from .search import index_document, index_values

_json = jsontext.dumps


def _spans_json(spans: list[dict[str, Any]]) -> str:
    return _json(
        [[s["start"], s["end"], s.get("original_start"), s.get("original_end")] for s in spans]
    )


def _texts(text: str, spans: list[dict[str, Any]]) -> list[str]:
    return [text[s["start"] : s["end"]] for s in spans]


def _pos(span: dict[str, Any] | None) -> tuple[Any, Any, Any, Any]:
    if not span:
        return None, None, None, None
    return span["start"], span["end"], span.get("original_start"), span.get("original_end")


def _insert(
    conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple[Any, ...]]
) -> None:
    if not rows:  # most articles have no rows for some tables: spare the statement
        return
    marks = ",".join("?" * len(columns.split(",")))
    conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


@dataclass(frozen=True, slots=True)
class Rows:
    """A record as the rows it becomes, but for the ids the writer assigns.

    ``rows_for`` is pure: ingest workers run it, so the single writer only inserts, and
    flat tuples of strings cross the process boundary far cheaper than the record's nested
    dicts. Persons, organizations and places come with the texts of their mentions (entity
    names); quotes and commitments start with the name of their speaker or announcer.
    """

    digest: str  # content hash of the repaired text
    url: str | None
    document: tuple[Any, ...]  # the ``documents`` row, content_hash ... extract_schema
    persons: list[tuple[Any, ...]]  # name, name_key, given_key, surname_key, titles, ...
    person_texts: list[list[str]]
    roles: list[list[tuple[Any, ...]]]  # per person: post, post_key, span
    organizations: list[tuple[Any, ...]]  # name, aliases, mentions
    organization_texts: list[list[str]]
    places: list[tuple[Any, ...]]  # name, kind, mentions
    place_texts: list[list[str]]
    quotes: list[tuple[Any, ...]]
    quantities: list[tuple[Any, ...]]
    dates: list[tuple[Any, ...]]
    commitments: list[tuple[Any, ...]]
    search_index: list[str]

    @property
    def title(self) -> str | None:
        return self.document[2]

    @property
    def published(self) -> str | None:
        return self.document[6]

    @property
    def text(self) -> str:
        return self.document[8]


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
        persons=[
            (p["name"], fold_key(p["name"]), *person_keys(p["name"]))
            + (
                _json(p.get("titles", [])),
                _spans_json(p["mentions"]),
                _spans_json(p["role_mentions"]),
            )
            for p in persons
        ],
        person_texts=[_texts(text, p["mentions"]) for p in persons],
        roles=[_roles(p) for p in persons],
        organizations=[
            (o["name"], _json(o.get("aliases", [])), _spans_json(o["mentions"])) for o in orgs
        ],
        organization_texts=[_texts(text, o["mentions"]) for o in orgs],
        places=[(p["name"], p.get("kind", ""), _spans_json(p["mentions"])) for p in places],
        place_texts=[_texts(text, p["mentions"]) for p in places],
        quotes=[
            (q["speaker"], q["kind"], q.get("verb"), q["text"], fold(q["text"]), *_pos(q))
            + _pos(q.get("cue"))[:2]
            + _pos(q.get("sentence"))[:2]
            + (q.get("speaker_organization"),)
            for q in record.get("quotes", [])
        ],
        quantities=[
            (q.get("value"), q.get("min"), q.get("max"), q.get("unit"), q.get("kind"))
            + (q["text"], *_pos(q), *_pos(q.get("sentence"))[:2])
            for q in record.get("quantities", [])
        ],
        dates=[(d.get("iso"), d["text"], *_pos(d)) for d in record.get("dates", [])],
        commitments=[
            (c["announcer"], c["action"], c.get("deadline"))
            + (deadline_date(c.get("deadline"), record.get("published")), c.get("cue"), *_pos(c))
            for c in record.get("commitments", [])
        ],
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
    links = link_document(
        conn,
        doc_id,
        [(p[0], p[2], p[3], t) for p, t in zip(rows.persons, rows.person_texts, strict=True)],
        [(o[0], t) for o, t in zip(rows.organizations, rows.organization_texts, strict=True)],
        [(p[0], p[1], t) for p, t in zip(rows.places, rows.place_texts, strict=True)],
        known,
    )
    person_ids: dict[str, int] = {}  # quotes and commitments name their speaker
    for person, roles, eid in zip(rows.persons, rows.roles, links.persons, strict=True):
        cur = conn.execute(
            "INSERT INTO persons (document_id, name, name_key, given_key, surname_key, titles,"
            " mentions, role_mentions, entity_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (doc_id, *person, eid),
        )
        pid = person_ids.setdefault(person[0], int(cur.lastrowid or 0))
        _insert(conn, "roles", _ROLE, [(pid, doc_id, *r) for r in roles])
    _insert(
        conn,
        "organizations",
        "document_id, name, aliases, mentions, entity_id",
        [(doc_id, *o, eid) for o, eid in zip(rows.organizations, links.organizations, strict=True)],
    )
    _insert(
        conn,
        "places",
        "document_id, name, kind, mentions, entity_id",
        [(doc_id, *p, eid) for p, eid in zip(rows.places, links.places, strict=True)],
    )
    add_names(conn, links.names)
    _insert(
        conn,
        "quotes",
        _QUOTE,
        [(doc_id, person_ids.get(q[0] or ""), *q) for q in rows.quotes],
    )
    _insert(conn, "quantities", _QUANTITY, [(doc_id, *q) for q in rows.quantities])
    _insert(conn, "dates", _DATE, [(doc_id, *d) for d in rows.dates])
    _insert(
        conn,
        "commitments",
        _COMMITMENT,
        [(doc_id, person_ids.get(c[0] or ""), *c) for c in rows.commitments],
    )
    index_document(conn, doc_id, rows.title, rows.text, rows.search_index)
    return doc_id


_SPAN = "span_start, span_end, orig_start, orig_end"
_ROLE = f"person_id, document_id, post, post_key, {_SPAN}"
_QUOTE = (
    f"document_id, person_id, speaker, kind, verb, text, text_key, {_SPAN},"
    " cue_start, cue_end, sentence_start, sentence_end, speaker_organization"
)
_QUANTITY = f"document_id, value, min, max, unit, kind, text, {_SPAN}, sentence_start, sentence_end"
_COMMITMENT = f"document_id, person_id, announcer, action, deadline, deadline_date, cue, {_SPAN}"
_DATE = f"document_id, iso, text, {_SPAN}"


def _roles(person: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The ``roles`` rows of a person: each post with its evidence, the role mention that
    spells it (folded), else the first one that starts it. The mentions are folded once and
    looked up by key, where a scan per post was quadratic for a person named often."""
    mentions = person.get("role_mentions", [])
    first: dict[str, dict[str, Any]] = {}  # folded text -> its first mention
    for m in mentions:
        first.setdefault(fold_key(m.get("text", "")) or "\0", m)
    order = {id(m): n for n, m in enumerate(first.values())}
    rows = []
    for post in person["roles"]:
        key = fold_key(post)
        evidence = first.get(key or "\0")
        if evidence is None:  # the earliest mention whose text begins the post
            starting = [m for n in range(len(key) + 1) if (m := first.get(key[:n]))]
            evidence = min(starting, key=lambda m: order[id(m)], default=None)
        rows.append((post, key, *_pos(evidence)))
    return rows


_UNIT_DAYS = {"روز": 1, "هفته": 7, "ماه": 30, "سال": 365}
_UNIT_RE = re.compile(r"\s*(روز|هفته|ماه|سال)")


def deadline_date(deadline: str | None, published: str | None) -> str | None:
    """ISO date of a deadline: as given, or a duration («ظرف مدت ۲ ماه») after publication."""
    if not deadline:
        return None
    try:
        return dt.date.fromisoformat(deadline[:10]).isoformat()
    except ValueError:
        pass
    if not published:
        return None
    try:
        start = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    text = fold(deadline)
    for _, end, value in find_numbers(text):
        unit = _UNIT_RE.match(text, end)
        if unit:
            return (start + dt.timedelta(days=round(value * _UNIT_DAYS[unit.group(1)]))).isoformat()
    return None
