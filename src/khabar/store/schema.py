"""The store's schema and its migrations, versioned by ``PRAGMA user_version``.

``MIGRATIONS[n]`` takes a database at version ``n`` to ``n + 1``. Each runs in its own
transaction together with the version bump, so a failed migration leaves the file as it was.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from khabar.errors import KhabarError

from . import kinds


class StoreError(KhabarError):
    """The database cannot be opened, migrated or written as asked."""


_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of the repaired text
    url TEXT,
    path TEXT,
    locator TEXT,
    title TEXT,
    surtitle TEXT,
    source TEXT,
    source_key TEXT,                        -- folded source, for filters
    published TEXT,                         -- ISO date or NULL
    original TEXT NOT NULL,
    text TEXT NOT NULL,                     -- repaired text: every offset below indexes it
    offset_steps TEXT NOT NULL,             -- JSON, see store.records.steps_to_json
    extract_schema TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    previous_version_id INTEGER REFERENCES documents(id),
    is_current INTEGER NOT NULL DEFAULT 1   -- 0 once a newer version of the URL arrived
);
CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source_key);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
    key TEXT NOT NULL UNIQUE,               -- the resolution key (khabar.resolve)
    name TEXT NOT NULL,
    detail TEXT                             -- place kind; 'surname' for a surname-only person
);
CREATE TABLE entity_names (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX entity_names_key ON entity_names(name_key);

-- Per-document records. Mentions are JSON [[start, end, orig_start, orig_end], ...].
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    given_key TEXT,                         -- NULL when no first name is known
    surname_key TEXT NOT NULL,
    titles TEXT NOT NULL,
    mentions TEXT NOT NULL,
    role_mentions TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id)
);
CREATE INDEX persons_document ON persons(document_id);
CREATE INDEX persons_entity ON persons(entity_id);
CREATE INDEX persons_surname ON persons(surname_key);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    post TEXT NOT NULL,
    post_key TEXT NOT NULL,
    span_start INTEGER, span_end INTEGER, orig_start INTEGER, orig_end INTEGER
);
CREATE INDEX roles_person ON roles(person_id);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id)
);
CREATE INDEX organizations_document ON organizations(document_id);
CREATE INDEX organizations_entity ON organizations(entity_id);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mentions TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id)
);
CREATE INDEX places_document ON places(document_id);
CREATE INDEX places_entity ON places(entity_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    speaker TEXT,
    kind TEXT NOT NULL,
    verb TEXT,
    text TEXT NOT NULL,
    text_key TEXT NOT NULL,                 -- folded text, for quote search
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    orig_start INTEGER, orig_end INTEGER,
    cue_start INTEGER, cue_end INTEGER,
    sentence_start INTEGER, sentence_end INTEGER
);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_person ON quotes(person_id);

CREATE TABLE quantities (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value REAL, min REAL, max REAL,
    unit TEXT,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    orig_start INTEGER, orig_end INTEGER,
    sentence_start INTEGER, sentence_end INTEGER
);
CREATE INDEX quantities_document ON quantities(document_id);

CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    iso TEXT,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    orig_start INTEGER, orig_end INTEGER
);
CREATE INDEX dates_document ON dates(document_id);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    announcer TEXT,
    action TEXT NOT NULL,
    deadline TEXT,                          -- as extracted: ISO date or words («ظرف مدت ۲ ماه»)
    deadline_date TEXT,                     -- ISO, from the words and the published date
    cue TEXT,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    orig_start INTEGER, orig_end INTEGER
);
CREATE INDEX commitments_document ON commitments(document_id);

-- Contentless: the text lives in documents; rowid = documents.id. title/body hold fold(),
-- parts holds fold_parts() of title + text (see khabar.text.fold).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, parts, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

# Search joins its ranked matches to this small index instead of the rows, whose texts make
# every row lookup read several pages.
_V2 = """
CREATE INDEX documents_state ON documents(id, is_current, published, source_key);
"""

# FTS5 merges its segments once 4 of a size exist; at 8 a large ingest does about a quarter
# less merging per article, for slightly more segments to read per query.
_V3 = """
INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 8);
"""

# An organization or outlet that makes a statement («وزارت خارجه اعلام کرد»): no person speaks.
_V4 = """
ALTER TABLE quotes ADD COLUMN speaker_organization TEXT;
"""

# What the read pages look up by: the version that replaced a document (an article's page
# scanned every row for it); the few superseded versions (reads keep to the current ones by
# leaving these out: listing the current ones built a set of every document, for each list);
# a person's commitments; the posts in the documents that name a place or organization. The
# entity and document indexes of the mention tables hold both ids, so that co-mentions, an
# entity's documents and the facets of a search never read the rows (mentions, titles).
_V5 = """
CREATE INDEX documents_previous ON documents(previous_version_id)
    WHERE previous_version_id IS NOT NULL;
CREATE INDEX documents_superseded ON documents(id) WHERE is_current = 0;
CREATE INDEX commitments_person ON commitments(person_id);
CREATE INDEX roles_document ON roles(document_id);
DROP INDEX persons_document;
CREATE INDEX persons_document ON persons(document_id, entity_id);
DROP INDEX persons_entity;
CREATE INDEX persons_entity ON persons(entity_id, document_id);
DROP INDEX organizations_document;
CREATE INDEX organizations_document ON organizations(document_id, entity_id);
DROP INDEX organizations_entity;
CREATE INDEX organizations_entity ON organizations(entity_id, document_id);
DROP INDEX places_document;
CREATE INDEX places_document ON places(document_id, entity_id);
DROP INDEX places_entity;
CREATE INDEX places_entity ON places(entity_id, document_id);
"""

# The facets of a search count sources and months over its best hits: with the source in
# ``documents_state`` they are read from the index, not from rows holding whole texts.
_V6 = """
DROP INDEX documents_state;
CREATE INDEX documents_state ON documents(id, is_current, published, source_key, source);
"""

# One word for a person's post: the table ``roles`` becomes ``posts`` (its indexes named
# after it) and the persons' ``role_mentions`` their ``post_mentions``.
_V7 = """
ALTER TABLE roles RENAME TO posts;
DROP INDEX roles_person;
CREATE INDEX posts_person ON posts(person_id);
DROP INDEX roles_document;
CREATE INDEX posts_document ON posts(document_id);
ALTER TABLE persons RENAME COLUMN role_mentions TO post_mentions;
"""

# A confidence on every person, post, organization, place, quote and commitment, as
# ``store.kinds`` declares it; the rows stored before have none (NULL).
_V8 = "".join(kinds.add_column(kind, "confidence") for kind in kinds.CONFIDENT)

# A body that announces a commitment («وزارت نیرو اعلام کرد: ...»), as quotes have their
# ``speaker_organization``: no person announces it.
_V9 = kinds.add_column(kinds.COMMITMENT, "announcer_organization")

# The post of an announcer the article does not name («معاون استاندار گفت: ...»).
_V10 = kinds.add_column(kinds.COMMITMENT, "announcer_post")

Migration = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10]
VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> int:
    """Bring ``conn`` (autocommit mode) to the latest version; returns the version reached."""
    migrations = MIGRATIONS if migrations is None else migrations
    current = version(conn)
    if current > len(migrations):
        raise StoreError(
            f"database schema version {current} is newer than this khabar supports "
            f"({len(migrations)}); upgrade khabar to open it"
        )
    for n in range(current, len(migrations)):
        step = migrations[n]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if isinstance(step, str):
                # execute() per statement: executescript() would commit the transaction
                for statement in _statements(step):
                    conn.execute(statement)
            else:
                step(conn)
            conn.execute(f"PRAGMA user_version = {n + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(migrations)


def _statements(script: str) -> list[str]:
    """Split a script at the ends of complete statements (no triggers in our schema)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return [s for s in out if s.strip(" ;\n")]
