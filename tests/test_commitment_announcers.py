"""A commitment announced by an organization, or by someone the article names only by a post,
keeps its announcer through the extract contract, the store, the API, every export and the
UI; and who announces it, read on real sentences."""

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
POST = "معاون هماهنگی امور اقتصادی استاندار ایلام"
TEXT = (
    "به گزارش ایرنا، وزارت نیرو روز شنبه در بیانیه‌ای اعلام کرد: طرح آبرسانی به روستاهای"
    " سیستان تا پایان سال جاری اجرا خواهد شد.\n"
    "سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت: طرح جدید ظرف مدت دو ماه در همه"
    " استان‌ها اجرا خواهد شد."
)
# an article of its own: with a person named, coreference may give them the post
POST_TEXT = f"ایلام - {POST} گفت: ساخت نیروگاه برق در منطقه ویژه اقتصادی مهران به زودی آغاز می‌شود."


def by_action(rows: list[dict]) -> dict[str, dict]:
    return {r["action"].split()[1]: r for r in rows}  # «آبرسانی», «جدید», «نیروگاه»


def test_the_extract_contract_names_the_body_and_no_person() -> None:
    records = [document_to_dict(extract_text(t)) for t in (TEXT, POST_TEXT)]
    found = by_action([c for r in records for c in r["commitments"]])
    assert found["آبرسانی"]["announcer"] is None
    assert found["آبرسانی"]["announcer_organization"] == BODY
    assert found["جدید"]["announcer"] == "قاسم رضایی"
    assert found["جدید"]["announcer_organization"] is None
    assert found["نیروگاه"]["announcer"] is None
    assert found["نیروگاه"]["announcer_organization"] is None
    assert found["نیروگاه"]["announcer_post"] == POST
    assert found["جدید"]["announcer_post"] is None  # a person is named: no post alone


def test_a_body_announcing_is_no_decision_in_nobodys_voice() -> None:
    # the same sentence with no one announcing it is no commitment (only decisions are)
    bare = extract_text("طرح آبرسانی به روستاهای سیستان تا پایان سال جاری اجرا خواهد شد.")
    assert bare.commitments == []


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("body") / "k.db"
    with open_store(path) as s:
        s.add(record_for(extract_text(TEXT)))
        s.add(record_for(extract_text(POST_TEXT)))
    return path


def test_the_store_and_the_api_give_the_announcing_body(db: Path) -> None:
    with open_store(db) as s:
        rows = by_action(s.commitments())
    assert rows["آبرسانی"]["announcer"] is None
    assert rows["آبرسانی"]["announcer_organization"] == BODY
    assert rows["جدید"]["announcer_organization"] is None
    assert rows["نیروگاه"]["announcer_post"] == POST
    client = TestClient(create_app(db))
    listed = by_action(client.get("/api/v1/commitments").json()["items"])
    assert listed["آبرسانی"]["announcer_organization"] == BODY
    assert listed["نیروگاه"]["announcer_post"] == POST
    one = client.get(f"/api/v1/commitments/{listed['آبرسانی']['id']}").json()
    assert one["announcer_organization"] == BODY
    part = [
        c for n in (1, 2) for c in client.get(f"/api/v1/documents/{n}/commitments").json()["items"]
    ]
    assert by_action(part)["آبرسانی"]["announcer_organization"] == BODY
    assert by_action(part)["نیروگاه"]["announcer_post"] == POST


def test_the_pages_name_the_body_not_an_unknown_announcer(db: Path) -> None:
    client = TestClient(create_app(db))
    marks = {
        "آبرسانی": f'<span class="organization">{BODY}</span>',
        "نیروگاه": f'<span class="post">{POST}</span>',
    }
    listed = client.get("/commitments").text
    document = client.get("/documents/1").text + client.get("/documents/2").text
    with open_store(db) as s:
        ids = {k: r["id"] for k, r in by_action(s.commitments()).items()}
    for action, mark in marks.items():
        assert mark in listed and mark in document
        page = client.get(f"/commitments/{ids[action]}").text
        assert mark in page and "نامعلوم" not in page


def test_the_command_lists_the_body_as_announcer(db: Path) -> None:
    result = CliRunner().invoke(app, ["commitments", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert BODY in result.output
    assert all(word in result.output for word in POST.split())  # the table wraps it
    as_json = CliRunner().invoke(app, ["commitments", "--db", str(db), "--json"])
    rows = by_action(json.loads(as_json.output))
    assert rows["آبرسانی"]["announcer"] is None  # the JSON keeps the two apart
    assert rows["آبرسانی"]["announcer_organization"] == BODY
    assert rows["نیروگاه"]["announcer"] is None and rows["نیروگاه"]["announcer_post"] == POST


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
    assert [rows[k]["announcer_post"] for k in ("نیروگاه", "جدید")] == [POST, ""]
    export(db, "parquet", tmp_path / "parquet")
    table = pq.read_table(tmp_path / "parquet/commitments.parquet").to_pylist()
    assert by_action(table)["آبرسانی"]["announcer_organization"] == BODY
    assert by_action(table)["نیروگاه"]["announcer_post"] == POST
    export(db, "ftm", tmp_path / "ftm")
    side = (tmp_path / "ftm/quotes_commitments.jsonl").open(encoding="utf-8")
    kept = [r for r in map(json.loads, side) if r["fact"] == "commitment"]
    assert by_action(kept)["آبرسانی"]["announcer_organization"] == BODY
    assert by_action(kept)["آبرسانی"]["person"] is None
    assert by_action(kept)["نیروگاه"]["announcer_post"] == POST


def test_a_store_of_version_8_gains_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:8])
    columns = {r[1] for r in conn.execute("PRAGMA table_info(commitments)")}
    assert not {"announcer_organization", "announcer_post"} & columns
    conn.close()
    with open_store(path) as s:
        s.add(record_for(extract_text(TEXT)))
        s.add(record_for(extract_text(POST_TEXT)))
        assert {c["announcer_organization"] for c in s.commitments()} == {None, BODY}
        assert {c["announcer_post"] for c in s.commitments()} == {None, POST}


def announcers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.announcer, c.announcer_organization, c.announcer_post)
        for c in extract_text(text).commitments
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the post opens the clause, past the source cited
        (
            "به گزارش ایرنا، مدیرکل راه و شهرسازی استان گفت: این جاده ظرف مدت دو ماه"
            " بازگشایی خواهد شد.",
            "مدیرکل راه و شهرسازی استان",
        ),
        # past a frame and its comma, right before the verb
        (
            "در جلسه شورای اداری، معاون استاندار اعلام کرد: این طرح ظرف مدت دو ماه اجرا خواهد شد.",
            "معاون استاندار",
        ),
    ],
)
def test_a_post_that_is_the_subject_announces(text: str, post: str) -> None:
    assert announcers(text) == [(None, None, post)]


def test_a_pronoun_goes_on_with_the_post_before_only() -> None:
    led = "معاون استاندار گفت: ساخت نیروگاه برق به زودی آغاز می‌شود.\n"
    then = "وی افزود: این طرح ظرف مدت دو ماه اجرا خواهد شد."
    assert announcers(led + then) == [(None, None, "معاون استاندار")] * 2
    # after a speaker the article does not name, «وی» is not the post
    unknown = led + "یک منبع آگاه در وزارت نفت گفت: این کار انجام شده است.\n"
    assert announcers(unknown + then) == [(None, None, "معاون استاندار")]


@pytest.mark.parametrize(
    "text",
    [
        # the minister is in the speaker's words, not the speaker
        "پورمحمدی با اشاره به سخنان وزیر کشور افزود: این طرح ظرف مدت دو ماه اجرا خواهد شد.",
        # an analyst forecasts; no one announces
        "کارشناس روس افزود: در واقع حکومت قزاقستان در آینده نزدیک تغییر خواهد کرد.",
    ],
)
def test_no_post_announces_where_none_is_the_subject(text: str) -> None:
    assert all(post is None for *_, post in announcers(text))


def test_a_family_name_alone_announces_by_name() -> None:
    # «پورمحمدی» opens the reporting clause: the person (lone_surnames.py), not the minister
    text = "پورمحمدی با اشاره به سخنان وزیر کشور افزود: این طرح ظرف مدت دو ماه اجرا خواهد شد."
    assert announcers(text) == [("پورمحمدی", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "رئیس اتحادیه گفت: با اجرای این مصوبه به زودی شاهد ریزش قیمت خودرو در بازار خواهیم بود.",
        "استاندار گیلان گفت: به زودی در تولید کیت‌های آزمایشگاهی به خودکفایی می‌رسیم.",
        "استاندار گیلان گفت: این حرکت به زودی زمینه نابودی دشمنان را فراهم می‌کند.",
        "استاندار گیلان گفت: به‌زودی این استان یکی از قطب‌های صنعتی کشور خواهد شد.",
    ],
)
def test_what_comes_about_soon_is_no_act(text: str) -> None:
    assert announcers(text) == []


def test_what_one_can_do_by_a_deadline_is_no_act() -> None:
    # dated, so that «تا پایان سال جاری» is a deadline
    said = "date 2005-11-06\nبانک مرکزی اعلام کرد: بانک‌های کشور تا پایان سال جاری "
    can = said + "می‌توانند سه چهارم ظرفیت خودپردازها را با اسکناس ۲۰ هزار ریالی پر کنند."
    assert announcers(can) == []
    will = said + "سه چهارم ظرفیت خودپردازها را با اسکناس ۲۰ هزار ریالی پر می‌کنند."
    assert announcers(will) == [(None, "بانک مرکزی جمهوری اسلامی ایران", None)]


def test_an_act_soon_is_still_one() -> None:
    text = "استاندار گیلان گفت: خط جدید تولید ماسک به‌زودی در گیلان راه‌اندازی می‌شود."
    assert len(announcers(text)) == 1
