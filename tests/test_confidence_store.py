"""Confidences in the store, its migration, the API's ``min_confidence`` and the exports."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from khabar.export import write
from khabar.extract import extract_text
from khabar.store import Filters, kinds, open_store, record_for
from khabar.store.filters import BadConfidence
from khabar.store.schema import MIGRATIONS
from khabar.store.schema import migrate as migrate_to
from khabar.web import create_app

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = ("tabnak_31", "fars-1_156", "tabnak_1259", "roozno_631")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("confidence") / "k.db"
    with open_store(path) as store:
        for stem in ARTICLES:
            text = (FIXTURES / "news" / f"{stem}.txt").read_text(encoding="utf-8")
            store.add(record_for(extract_text(text)))
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _confidences(conn: sqlite3.Connection) -> dict[str, list[float | None]]:
    return {
        k.table: [r[0] for r in conn.execute(f"SELECT confidence FROM {k.table}")]
        for k in kinds.CONFIDENT
    }


def test_every_fact_is_stored_with_its_confidence(db: Path) -> None:
    with open_store(db) as store:
        found = _confidences(store.conn)
    for table, values in found.items():
        assert values, table
        assert all(v is not None and 0.0 <= v <= 1.0 for v in values), table
    assert len(set(found["quotes"])) > 1  # the evidence tells quotes apart


def test_a_database_of_the_schema_before_gains_an_empty_confidence(
    db: Path, tmp_path: Path
) -> None:
    """Version 7 had no confidence: its rows keep their facts, with none, and read as not
    known to be sure; facts added after the migration have theirs."""
    old = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate_to(old, MIGRATIONS[:7])
    old.execute("ATTACH ? AS new", (str(db),))
    for table in (*(k.table for k in kinds.KINDS), "documents", "entities", "entity_names"):
        names = [r[1] for r in old.execute(f"PRAGMA main.table_info({table})")]
        assert "confidence" not in names
        columns = ", ".join(names)
        old.execute(f"INSERT INTO main.{table} SELECT {columns} FROM new.{table}")
    old.close()
    with open_store(tmp_path / "old.db") as store:
        before = _confidences(store.conn)
        assert all(v is None for values in before.values() for v in values)
        assert store.quotes(limit=100)
        assert store.quotes(limit=100, min_confidence=0.0) == []
        text = (FIXTURES / "news" / "tabnak_32.txt").read_text(encoding="utf-8")
        store.add(record_for(extract_text(text)))
        after = _confidences(store.conn)
    assert any(v is not None for v in after["quotes"])


def test_the_api_leaves_out_what_is_less_sure(client: TestClient) -> None:
    every = client.get("/api/v1/quotes", params={"limit": 1000}).json()["items"]
    floor = sorted(q["confidence"] for q in every)[len(every) // 2]
    sure = client.get("/api/v1/quotes", params={"limit": 1000, "min_confidence": floor})
    kept = sure.json()["items"]
    assert 0 < len(kept) < len(every)
    assert all(q["confidence"] >= floor for q in kept)
    assert {q["id"] for q in kept} == {q["id"] for q in every if q["confidence"] >= floor}
    view = client.get("/api/v1/documents/1", params={"min_confidence": 0.9}).json()
    for part in ("persons", "organizations", "places", "quotes", "commitments"):
        assert all(f["confidence"] >= 0.9 for f in view[part]), part
    for person in view["persons"]:
        assert all(c >= 0.9 for c in person["post_confidences"])
    whole = client.get("/api/v1/documents/1").json()
    assert len(view["places"]) + len(view["organizations"]) < len(whole["places"]) + len(
        whole["organizations"]
    )
    part = client.get("/api/v1/documents/1/organizations", params={"min_confidence": 0.9})
    assert part.json()["items"] == view["organizations"]


@pytest.mark.parametrize("value", ["1.5", "-0.1", "abc", "nan"])
def test_a_confidence_out_of_bounds_is_refused(client: TestClient, value: str) -> None:
    for path in ("/api/v1/quotes", "/api/v1/documents/1", "/api/v1/search", "/api/v1/commitments"):
        answer = client.get(path, params={"min_confidence": value})
        assert answer.status_code == 400, (path, value)
        assert "min_confidence" in answer.text


def test_search_by_a_person_found_at_least_so_sure(db: Path) -> None:
    with open_store(db) as store:
        (row,) = store.conn.execute(
            "SELECT entity_id, confidence FROM persons WHERE name = 'حمیدرضا دهقانی‌نیا'"
        ).fetchall()
        person, confidence = row
        assert store.search(None, filters=Filters.parse(person=person))
        assert store.search(None, filters=Filters.parse(person=person, min_confidence=confidence))
        above = min(1.0, confidence + 0.001)
        assert not store.search(None, filters=Filters.parse(person=person, min_confidence=above))
    with pytest.raises(BadConfidence):
        Filters.parse(min_confidence="2")


def test_exports_carry_the_confidence_and_its_floor(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        write(store, "csv", tmp_path / "all")
        write(store, "csv", tmp_path / "sure", filters=Filters.parse(min_confidence=0.9))
    for table in ("persons", "posts", "organizations", "places", "quotes", "commitments"):
        with (tmp_path / "all" / f"{table}.csv").open(encoding="utf-8-sig") as f:
            every = list(csv.DictReader(f))
        with (tmp_path / "sure" / f"{table}.csv").open(encoding="utf-8-sig") as f:
            sure = list(csv.DictReader(f))
        assert every and all(0.0 <= float(r["confidence"]) <= 1.0 for r in every), table
        assert sure == [r for r in every if float(r["confidence"]) >= 0.9], table


def test_pages_mark_the_less_sure_facts_and_one_switch_hides_them(client: TestClient) -> None:
    import re

    from khabar.web.marks import LOW_CONFIDENCE, LOW_LABEL

    unsure = re.compile(r'class="[a-z ]*low-confidence"[^>]*title="[^"]*' + LOW_LABEL)
    for doc_id in range(1, len(ARTICLES) + 1):
        view = client.get(f"/api/v1/documents/{doc_id}").json()
        low = [f for part in ("organizations", "places") for f in view[part]]
        if any(f["confidence"] < LOW_CONFIDENCE for f in low):
            break
    else:
        pytest.fail("no article with a fact below the threshold")
    page = client.get(f"/documents/{doc_id}", params={"view": "original"}).text
    assert unsure.search(page)
    switch = re.search(r'<span class="confidence-switch">\s*<a href="([^"]+)"', page)
    assert switch is not None
    href = switch.group(1).replace("&amp;", "&")
    assert f"min_confidence={LOW_CONFIDENCE}" in href and "view=original" in href
    hidden = client.get(f"/documents/{doc_id}{href}").text
    assert not unsure.search(hidden) and "low-confidence" not in hidden.split('id="text"')[1]
    back = re.search(r'<span class="confidence-switch">\s*<a href="([^"]+)"', hidden)
    assert back is not None and "min_confidence" not in back.group(1)
    assert "view=original" in back.group(1)
    quotes = client.get("/quotes", params={"min_confidence": 1.5})
    assert quotes.status_code == 400
