"""The declaration of the fact kinds (``khabar.store.kinds``) and the store agree."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from khabar.extract import extract_text
from khabar.store import kinds, open_store, record_for
from khabar.store.fact_rows import TABLES, fact_rows
from khabar.store.schema import migrate


def _shape(conn: sqlite3.Connection, table: str) -> dict[str, object]:
    """A table's columns (name, type, not null, key), foreign keys and indexes, as sets:
    column order is the history of its migrations, not part of the declaration."""
    columns = {r[1:4] + (r[5],) for r in conn.execute(f"PRAGMA table_info({table})")}
    keys = {r[2:6] + (r[6],) for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
    indexes = {
        (r[1], tuple(c[2] for c in conn.execute(f"PRAGMA index_info({r[1]})")))
        for r in conn.execute(f"PRAGMA index_list({table})")
    }
    return {"columns": columns, "foreign keys": keys, "indexes": indexes}


@pytest.mark.parametrize("kind", kinds.KINDS, ids=lambda k: k.name)
def test_migrated_table_is_the_declared_one(kind: kinds.Kind) -> None:
    migrated = sqlite3.connect(":memory:", isolation_level=None)
    migrate(migrated)
    declared = sqlite3.connect(":memory:")
    declared.executescript(kinds.ddl(kind))
    assert _shape(declared, kind.table) == _shape(migrated, kind.table)


def test_a_field_added_to_a_kind_needs_only_its_migration() -> None:
    """A new field's column comes from its declaration: the migration that ``add_column``
    writes gives the table the declared shape."""
    reviewed = kinds.Field("reviewed", "INTEGER")
    quote = replace(kinds.QUOTE, fields=(*kinds.QUOTE.fields, reviewed))
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    conn.executescript(kinds.add_column(quote, "reviewed"))
    declared = sqlite3.connect(":memory:")
    declared.executescript(kinds.ddl(quote))
    assert _shape(declared, "quotes") == _shape(conn, "quotes")
    assert "reviewed" in quote.export
    item = {"speaker": "علی لاریجانی", "kind": "direct", "text": "ما آماده‌ایم", "start": 3}
    item |= {"end": 15, "confidence": 0.75, "reviewed": 1}
    conn.execute(
        "INSERT INTO documents (id, content_hash, original, text, offset_steps,"
        " extract_schema, ingested_at) VALUES (1, 'h', '', '', '[]', 's', 't')"
    )
    conn.execute(quote.insert, (1, None, *quote.row(item)))
    assert conn.execute(
        "SELECT reviewed, confidence, span_start, text_key FROM quotes"
    ).fetchone() == (1, 0.75, 3, "ما امادهایم")


def test_extraction_dates_the_deadline_and_the_store_keeps_it(tmp_path: Path) -> None:
    """The deadline's day is a fact of the extraction (a duration counted from the
    article's day), stored as found: the store does not compute it again."""
    text = (
        "date 2025-12-01\nبه گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور گفت:"
        " این طرح ظرف مدت ۳ ماه در همه استان‌ها اجرا خواهد شد."
    )
    record = record_for(extract_text(text))
    (found,) = record["commitments"]
    assert found["deadline"].startswith("ظرف") and found["deadline_date"] == "2026-03-01"
    found["deadline_date"] = "2026-04-01"
    with open_store(tmp_path / "k.db") as store:
        store.add(record)
        (stored,) = store.commitments()
    assert stored["deadline_date"] == "2026-04-01"


def test_a_post_exports_its_declared_fields_and_what_it_names(tmp_path: Path) -> None:
    """The posts' export rows read their kind's exported fields from the table (the post,
    its confidence), beside the person and the organization and province the post names."""
    text = "سردار قاسم رضایی فرمانده انتظامی استان قم در نشست خبری گفت: طرح جدید اجرا می‌شود."
    with open_store(tmp_path / "k.db") as store:
        store.add(record_for(extract_text(text)))
        (stored,) = store.conn.execute("SELECT post, confidence FROM posts").fetchall()
        rows = [row for table, row in fact_rows(store.conn, [1]) if table == "posts"]
    (row,) = rows
    declared = [f.name for f in kinds.POST.fields if f.export]
    assert declared == ["post", "confidence"]
    assert tuple(row[name] for name in declared) == tuple(stored)
    assert row["post"] == "فرمانده انتظامی استان قم" and row["person"] == "قاسم رضایی"
    assert row["province"] == "قم"
    assert set(row) == set(TABLES["posts"])  # the columns of the export files
