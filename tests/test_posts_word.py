"""A person's post has one name: ``posts`` in the extract contract, the store and the views.

Records of contract version 1 (``roles``, ``role_mentions``) are still taken, and a database
of the schema before (table ``roles``) is migrated with its rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from khabar.extract import extract_text
from khabar.serialize import SCHEMA, upgraded
from khabar.store import kinds, open_store, record_for
from khabar.store.schema import MIGRATIONS, migrate

TEXT = (
    "به گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت: طرح جدید اجرا می‌شود.\n"
    "رئیس پلیس کشور افزود: این طرح ظرف مدت ۳ ماه در همه استان‌ها اجرا خواهد شد."
)
POST = "رئیس پلیس کشور"


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    return record_for(extract_text(TEXT))


def _as_version_1(record: dict[str, Any]) -> dict[str, Any]:
    renamed = {"posts": "roles", "post_mentions": "role_mentions"}
    persons = [{renamed.get(k, k): v for k, v in p.items()} for p in record["persons"]]
    return record | {"schema": "khabar.extract/1", "persons": persons}


def _views(path: Path) -> dict[str, Any]:
    with open_store(path) as store:
        (person,) = store.entities("person")
        # the time of writing differs between the two stores, whatever the record
        document = {k: v for k, v in store.document_view(1).items() if k != "ingested_at"}
        return {
            "document": document,
            "posts": store.facts("posts"),
            "persons": store.facts("persons"),
            "person's posts": store.entity_part(person["id"], "posts"),
        }


def test_the_contract_says_posts(record: dict[str, Any]) -> None:
    (person,) = record["persons"]
    assert record["schema"] == SCHEMA == "khabar.extract/2"
    assert person["posts"] == [POST] and "roles" not in person
    assert [m["text"] for m in person["post_mentions"]] == [POST, POST]  # the lead, «افزود»


def test_a_record_of_version_1_is_read_as_the_current_one(
    record: dict[str, Any], tmp_path: Path
) -> None:
    old = _as_version_1(record)
    assert upgraded(old) == record
    assert old["persons"][0]["roles"] == [POST]  # the record given is left as it was
    with open_store(tmp_path / "new.db") as store:
        store.add(record)
    with open_store(tmp_path / "old.db") as store:
        store.add(old)
    assert _views(tmp_path / "old.db") == _views(tmp_path / "new.db")


def test_a_database_of_the_schema_before_keeps_its_posts(
    record: dict[str, Any], tmp_path: Path
) -> None:
    """The rows of a database at version 6 (``roles``, ``persons.role_mentions``), copied
    from one the current writer made, read back the same once migrated."""
    with open_store(tmp_path / "new.db") as store:
        store.add(record)
    old = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(old, MIGRATIONS[:6])
    assert {"roles", "persons"} <= {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    old.execute("ATTACH ? AS new", (str(tmp_path / "new.db"),))
    for kind in (*kinds.KINDS, "documents", "entities", "entity_names"):
        table = kind.table if isinstance(kind, kinds.Kind) else kind
        before = "roles" if table == "posts" else table
        # the columns a version-6 table has (no confidence yet), under today's names
        names = [r[1] for r in old.execute(f"PRAGMA main.table_info({before})")]
        now = ", ".join("post_mentions" if c == "role_mentions" else c for c in names)
        old.execute(f"INSERT INTO main.{before} SELECT {now} FROM new.{table}")
    assert old.execute("SELECT role_mentions FROM persons").fetchone()[0].startswith("[[")
    old.close()
    with open_store(tmp_path / "old.db") as store:
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(persons)")}
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "post_mentions" in columns and "role_mentions" not in columns
    assert "posts" in tables and "roles" not in tables
    views = _views(tmp_path / "old.db")
    # the rows stored before confidences existed have none
    assert _confidences(views) and not any(c is not None for c in _confidences(views))
    assert _without_confidences(views) == _without_confidences(_views(tmp_path / "new.db"))
    assert [p["post"] for p in views["posts"]] == [POST]
    assert views["document"]["persons"][0]["posts"] == [POST]


def _confidences(value: Any) -> list[Any]:
    """Every confidence in a view, nested ones included."""
    if isinstance(value, dict):
        found = [value[k] for k in ("confidence",) if k in value]
        found += value.get("post_confidences") or []
        return found + [c for v in value.values() for c in _confidences(v)]
    if isinstance(value, list):
        return [c for v in value for c in _confidences(v)]
    return []


def _without_confidences(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_confidences(v)
            for k, v in value.items()
            if k not in ("confidence", "post_confidences")
        }
    if isinstance(value, list):
        return [_without_confidences(v) for v in value]
    return value
