"""A quote said by an organization keeps it through the store, the API, the exports and the UI."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khabar.cli import app
from khabar.extract import extract_text
from khabar.store import open_store, record_for
from khabar.store.schema import MIGRATIONS, migrate
from khabar.web import create_app

TEXT = (
    "به گزارش ایرنا، روز گذشته وزارت بهداشت در بیانیه‌ای اعلام کرد: "
    "دو نفر در قم به علت ابتلا به ویروس کرونا جان باختند.\n"
    "سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت: طرح جدید اجرا می‌شود."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("org") / "k.db"
    with open_store(path) as s:
        s.add(record_for(extract_text(TEXT)))
    return path


def test_the_store_and_the_api_give_the_speaking_organization(db: Path) -> None:
    with open_store(db) as s:
        rows = {q["verb"]: q for q in s.quotes()}
    assert rows["اعلام کرد"]["speaker"] is None
    assert rows["اعلام کرد"]["speaker_organization"] == "وزارت بهداشت، درمان و آموزش پزشکی"
    assert rows["گفت"]["speaker_organization"] is None
    api = TestClient(create_app(db)).get("/api/v1/quotes").json()
    assert {q["speaker_organization"] for q in api["items"]} == {
        None,
        "وزارت بهداشت، درمان و آموزش پزشکی",
    }


def test_the_document_page_names_the_organization_not_an_unknown_speaker(db: Path) -> None:
    page = TestClient(create_app(db)).get("/documents/1").text
    assert '<span class="organization">وزارت بهداشت، درمان و آموزش پزشکی</span>' in page


def test_the_quotes_export_has_the_organization(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = CliRunner().invoke(
        app, ["export", "--format", "csv", "--db", str(db), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    with (out / "quotes.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["speaker_organization"] for r in rows] == ["وزارت بهداشت، درمان و آموزش پزشکی", ""]


def test_a_store_of_the_previous_version_gains_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:3])
    conn.close()
    with open_store(path) as s:
        s.add(record_for(extract_text(TEXT)))
        assert {q["speaker_organization"] for q in s.quotes()} == {
            None,
            "وزارت بهداشت، درمان و آموزش پزشکی",
        }
