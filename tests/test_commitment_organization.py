"""A commitment announced by an organization keeps it through the extract contract, the
store, the API, every export and the UI."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.cli import app
from khabar.extract import extract_text
from khabar.serialize import document_to_dict
from khabar.store import open_store, record_for
from khabar.store.schema import MIGRATIONS, migrate
from khabar.web import create_app

BODY = "وزارت نیرو"
TEXT = (
    "به گزارش ایرنا، وزارت نیرو روز شنبه در بیانیه‌ای اعلام کرد: طرح آبرسانی به روستاهای"
    " سیستان تا پایان سال جاری اجرا خواهد شد.\n"
    "سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت: طرح جدید ظرف مدت دو ماه در همه"
    " استان‌ها اجرا خواهد شد."
)


def by_action(rows: list[dict]) -> dict[str, dict]:
    return {r["action"].split()[1]: r for r in rows}  # «آبرسانی», «جدید»


def test_the_extract_contract_names_the_body_and_no_person() -> None:
    record = document_to_dict(extract_text(TEXT))
    found = by_action(record["commitments"])
    assert found["آبرسانی"]["announcer"] is None
    assert found["آبرسانی"]["announcer_organization"] == BODY
    assert found["جدید"]["announcer"] == "قاسم رضایی"
    assert found["جدید"]["announcer_organization"] is None


def test_a_body_announcing_is_no_decision_in_nobodys_voice() -> None:
    # the same sentence with no one announcing it is no commitment (only decisions are)
    bare = extract_text("طرح آبرسانی به روستاهای سیستان تا پایان سال جاری اجرا خواهد شد.")
    assert bare.commitments == []


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("body") / "k.db"
    with open_store(path) as s:
        s.add(record_for(extract_text(TEXT)))
    return path


def test_the_store_and_the_api_give_the_announcing_body(db: Path) -> None:
    with open_store(db) as s:
        rows = by_action(s.commitments())
    assert rows["آبرسانی"]["announcer"] is None
    assert rows["آبرسانی"]["announcer_organization"] == BODY
    assert rows["جدید"]["announcer_organization"] is None
    client = TestClient(create_app(db))
    listed = by_action(client.get("/api/v1/commitments").json()["items"])
    assert listed["آبرسانی"]["announcer_organization"] == BODY
    one = client.get(f"/api/v1/commitments/{listed['آبرسانی']['id']}").json()
    assert one["announcer_organization"] == BODY
    part = client.get("/api/v1/documents/1/commitments").json()["items"]
    assert by_action(part)["آبرسانی"]["announcer_organization"] == BODY


def test_the_pages_name_the_body_not_an_unknown_announcer(db: Path) -> None:
    client = TestClient(create_app(db))
    mark = f'<span class="organization">{BODY}</span>'
    assert mark in client.get("/commitments").text
    assert mark in client.get("/documents/1").text
    with open_store(db) as s:
        body_id = by_action(s.commitments())["آبرسانی"]["id"]
    page = client.get(f"/commitments/{body_id}").text
    assert mark in page and "نامعلوم" not in page


def test_the_command_lists_the_body_as_announcer(db: Path) -> None:
    result = CliRunner().invoke(app, ["commitments", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert BODY in result.output
    as_json = CliRunner().invoke(app, ["commitments", "--db", str(db), "--json"])
    rows = by_action(json.loads(as_json.output))
    assert rows["آبرسانی"]["announcer"] is None  # the JSON keeps the two apart
    assert rows["آبرسانی"]["announcer_organization"] == BODY


def export(db: Path, fmt: str, out: Path) -> None:
    args = ["export", "--format", fmt, "--db", str(db), "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output


def test_every_export_has_the_body(db: Path, tmp_path: Path) -> None:
    export(db, "jsonl", tmp_path / "facts.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "facts.jsonl").open(encoding="utf-8")]
    facts = [f for f in lines if f["fact"] == "commitment"]
    assert by_action(facts)["آبرسانی"]["announcer_organization"] == BODY
    export(db, "csv", tmp_path / "csv")
    with (tmp_path / "csv/commitments.csv").open(encoding="utf-8-sig") as f:
        rows = by_action(list(csv.DictReader(f)))
    assert [rows[k]["announcer_organization"] for k in ("آبرسانی", "جدید")] == [BODY, ""]
    export(db, "parquet", tmp_path / "parquet")
    table = pq.read_table(tmp_path / "parquet/commitments.parquet").to_pylist()
    assert by_action(table)["آبرسانی"]["announcer_organization"] == BODY
    export(db, "ftm", tmp_path / "ftm")
    side = (tmp_path / "ftm/quotes_commitments.jsonl").open(encoding="utf-8")
    kept = [r for r in map(json.loads, side) if r["fact"] == "commitment"]
    assert by_action(kept)["آبرسانی"]["announcer_organization"] == BODY
    assert by_action(kept)["آبرسانی"]["person"] is None


def test_a_store_of_the_previous_version_gains_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:-1])
    assert "announcer_organization" not in {
        r[1] for r in conn.execute("PRAGMA table_info(commitments)")
    }
    conn.close()
    with open_store(path) as s:
        s.add(record_for(extract_text(TEXT)))
        assert {c["announcer_organization"] for c in s.commitments()} == {None, BODY}
