"""Writing one record: the document row and its per-document fact tables."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from typing import Any

from khabar.extract.numbers import find_numbers
from khabar.resolve import add_names, link_document
from khabar.resolve.keys import person_keys
from khabar.text.fold import fold, fold_key

from .records import Record

# One encoder for every row: ``json.dumps`` with options builds a new one per call.
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _spans(spans: list[dict[str, Any]]) -> str:
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


def insert_document(
    conn: sqlite3.Connection,
    record: Record,
    digest: str,
    previous: int | None,
    known: dict[str, int] | None = None,
) -> int:
    """Write the document and its facts, linked to their entities; ``known``: entity ids by
    key already seen in this transaction (``khabar.resolve.link_document``)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    source = record.get("source")
    cur = conn.execute(
        "INSERT INTO documents (content_hash, url, path, locator, title, surtitle, source,"
        " source_key, published, original, text, offset_steps, extract_schema, ingested_at,"
        " previous_version_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            digest,
            record.get("url"),
            record.get("path"),
            record.get("locator"),
            record.get("title"),
            record.get("surtitle"),
            source,
            fold_key(source) if source else None,
            record.get("published"),
            record["original"],
            record["text"],
            _json(record["offset_steps"]),
            record["schema"],
            now,
            previous,
        ),
    )
    doc_id = int(cur.lastrowid or 0)
    if previous is not None:
        conn.execute("UPDATE documents SET is_current = 0 WHERE id = ?", (previous,))
    _insert_facts(conn, doc_id, record, {} if known is None else known)
    return doc_id


def _insert_facts(conn: sqlite3.Connection, doc_id: int, r: Record, known: dict[str, int]) -> None:
    # the records are linked to their entities first, so each row is written once
    text = r["text"]
    persons = r.get("persons", [])
    orgs = r.get("organizations", [])
    places = r.get("places", [])
    person_rows = [
        (p["name"], *person_keys(p["name"]), _texts(text, p["mentions"])) for p in persons
    ]
    links = link_document(
        conn,
        doc_id,
        person_rows,  # type: ignore[arg-type]
        [(o["name"], _texts(text, o["mentions"])) for o in orgs],
        [(p["name"], p.get("kind", ""), _texts(text, p["mentions"])) for p in places],
        known,
    )
    person_ids: dict[str, int] = {}  # quotes and commitments name their speaker
    for p, (_, given, surname, _), eid in zip(persons, person_rows, links.persons, strict=True):
        cur = conn.execute(
            "INSERT INTO persons (document_id, name, name_key, given_key, surname_key, titles,"
            " mentions, role_mentions, entity_id) VALUES (?,?,?,?,?,?,?,?,?)",
            (doc_id, p["name"], fold_key(p["name"]), given, surname)
            + (_json(p.get("titles", [])), _spans(p["mentions"]), _spans(p["role_mentions"]), eid),
        )
        pid = person_ids.setdefault(p["name"], int(cur.lastrowid or 0))
        rows = [
            (pid, doc_id, post, fold_key(post), *_pos(_evidence(post, p))) for post in p["roles"]
        ]
        _insert(conn, "roles", _ROLE, rows)
    _insert(
        conn,
        "organizations",
        "document_id, name, aliases, mentions, entity_id",
        [
            (doc_id, o["name"], _json(o.get("aliases", [])), _spans(o["mentions"]), eid)
            for o, eid in zip(orgs, links.organizations, strict=True)
        ],
    )
    _insert(
        conn,
        "places",
        "document_id, name, kind, mentions, entity_id",
        [
            (doc_id, p["name"], p.get("kind", ""), _spans(p["mentions"]), eid)
            for p, eid in zip(places, links.places, strict=True)
        ],
    )
    add_names(conn, links.names)
    _insert(
        conn,
        "quotes",
        _QUOTE,
        [
            (doc_id, person_ids.get(q["speaker"] or ""), q["speaker"], q["kind"], q.get("verb"))
            + (q["text"], fold(q["text"]), *_pos(q), *_pos(q.get("cue"))[:2])
            + _pos(q.get("sentence"))[:2]
            for q in r.get("quotes", [])
        ],
    )
    _insert(
        conn,
        "quantities",
        _QUANTITY,
        [
            (doc_id, q.get("value"), q.get("min"), q.get("max"), q.get("unit"), q.get("kind"))
            + (q["text"], *_pos(q), *_pos(q.get("sentence"))[:2])
            for q in r.get("quantities", [])
        ],
    )
    _insert(
        conn,
        "dates",
        "document_id, iso, text, span_start, span_end, orig_start, orig_end",
        [(doc_id, d.get("iso"), d["text"], *_pos(d)) for d in r.get("dates", [])],
    )
    _insert(
        conn,
        "commitments",
        _COMMITMENT,
        [
            (doc_id, person_ids.get(c["announcer"] or ""), c["announcer"], c["action"])
            + (
                c.get("deadline"),
                deadline_date(c.get("deadline"), r.get("published")),
                c.get("cue"),
            )
            + _pos(c)
            for c in r.get("commitments", [])
        ],
    )


_SPAN = "span_start, span_end, orig_start, orig_end"
_ROLE = f"person_id, document_id, post, post_key, {_SPAN}"
_QUOTE = (
    f"document_id, person_id, speaker, kind, verb, text, text_key, {_SPAN},"
    " cue_start, cue_end, sentence_start, sentence_end"
)
_QUANTITY = f"document_id, value, min, max, unit, kind, text, {_SPAN}, sentence_start, sentence_end"
_COMMITMENT = f"document_id, person_id, announcer, action, deadline, deadline_date, cue, {_SPAN}"


def _evidence(post: str, person: dict[str, Any]) -> dict[str, Any] | None:
    """The role mention that spells ``post`` (folded), else the first one that starts it."""
    key = fold_key(post)
    mentions = person.get("role_mentions", [])
    for m in mentions:
        if fold_key(m.get("text", "")) == key:
            return m
    return next((m for m in mentions if key.startswith(fold_key(m.get("text", "")) or "\0")), None)


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
