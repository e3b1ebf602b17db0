"""The web UI and JSON API over a store of the seeds and one article full of markup."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.store import StoreError, open_store
from khabar.web import create_app
from khabar.web.app import CSP
from khabar.web.highlight import Mark, render

OFFICIAL = "محمدرضا هاشمی‌فر"


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db))


@pytest.fixture(scope="module")
def official(client: TestClient) -> dict:
    items = client.get("/api/v1/entities", params={"kind": "person", "name": "هاشمی فر"}).json()
    (entity,) = [e for e in items["items"] if e["name"] == OFFICIAL]
    return client.get(f"/api/v1/entities/{entity['id']}").json()


def hostile_id(client: TestClient) -> int:
    hits = client.get("/api/v1/search", params={"q": "احمدی‌نیا"}).json()["items"]
    (hit,) = hits
    return hit["document_id"]


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# -- safety ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/quotes", "/api/v1/stats", "/nowhere", "/static/khabar.css"]
)
def test_every_response_carries_the_policy(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'none'" in CSP and "default-src 'none'" in CSP
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_nothing_can_be_written(client: TestClient, web_db: Path, method: str) -> None:
    before = sqlite3.connect(web_db).execute("SELECT count(*) FROM documents").fetchone()
    for path in ("/", "/api/v1/documents/1", "/api/v1/search"):
        response = client.request(method, path)
        assert response.status_code == 405
        assert response.headers["allow"] == "GET, HEAD"
    after = sqlite3.connect(web_db).execute("SELECT count(*) FROM documents").fetchone()
    assert before == after


def test_the_server_store_is_read_only(web_db: Path, tmp_path: Path) -> None:
    store = open_store(web_db, read_only=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM documents")
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.db", read_only=True)
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.db")


def test_article_markup_is_shown_as_text(client: TestClient) -> None:
    doc_id = hostile_id(client)
    for path in (f"/documents/{doc_id}", f"/documents/{doc_id}?view=original", "/?q=alert"):
        page = client.get(path).text
        assert "<script" not in page and "<img" not in page and "<b>" not in page, path
        assert "&lt;script&gt;" in page, path
    page = client.get("/quotes", params={"speaker": "احمدی‌نیا"}).text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page


def test_pages_are_persian_rtl_and_fetch_nothing_elsewhere(client: TestClient) -> None:
    page = client.get("/").text
    assert '<html lang="fa" dir="rtl">' in page
    for url in re.findall(r'(?:src|href)="([^"]*)"', page):
        assert url.startswith(("/", "?", "#", "data:")), url
    css = client.get("/static/khabar.css").text
    fonts = re.findall(r'url\("([^"]+)"\)', css)
    assert fonts and all(not f.startswith(("http", "//")) for f in fonts)
    for font in fonts:
        response = client.get(f"/static/{font}")
        assert response.status_code == 200 and response.content[:4] == b"wOF2"


# -- pages ----------------------------------------------------------------------------------


def test_search_page_ranks_highlights_and_facets(client: TestClient, official: dict) -> None:
    page = client.get("/", params={"q": "هاشمی فر"}).text
    assert "<mark>هاشمی‌فر</mark>" in page
    assert f'href="/persons/{official["id"]}"' in page  # the person facet links to the page
    assert "بسیج؛ ستون استوار امنیت" in page  # seed 001's title
    filtered = client.get("/", params={"q": "سپاه", "person": official["id"]}).text
    assert f"فرد: {OFFICIAL}" in filtered  # the active filter shows the name, not the id
    assert filtered.count('class="title"') == 1


def test_facets_follow_the_filters(client: TestClient, official: dict) -> None:
    everything = client.get("/api/v1/search", params={"facets": True}).json()["facets"]
    narrowed = client.get(
        "/api/v1/search", params={"facets": True, "person": official["id"]}
    ).json()["facets"]
    assert everything["total"] == 6 and narrowed["total"] == 1
    assert narrowed["months"] == [{"value": "2025-11", "documents": 1}]
    # the seed of 2025-11-26 (۵ آذر ۱۴۰۴) is found by a Jalali range as by a Gregorian one
    for since, until in (("2025-11-26", "2025-11-26"), ("۱۴۰۴/۰۹/۰۵", "1404-09-05")):
        dated = client.get("/api/v1/search", params={"since": since, "until": until}).json()
        assert [h["published"] for h in dated["items"]] == ["2025-11-26"], since
    assert OFFICIAL in [p["name"] for p in narrowed["persons"]]


def test_article_page_marks_every_quote_on_both_texts(client: TestClient, official: dict) -> None:
    doc_id = official["documents"][0]["id"]
    doc = client.get(f"/api/v1/documents/{doc_id}").json()
    assert len(doc["quotes"]) == 8
    for view, text, start in (
        ("text", doc["text"], "start"),
        ("original", doc["original"], "original_start"),
    ):
        page = client.get(f"/documents/{doc_id}", params={"view": view}).text
        body = page.split('id="text">', 1)[1].split("</div>", 1)[0]
        assert text_of(body) == text  # the marks add elements, never characters
        for q in doc["quotes"]:
            opened = body.index(f'id="quote-{q["id"]}"')
            assert text_of(body[:opened].rsplit("<q", 1)[0]) == text[: q[start]]
    page = client.get(f"/documents/{doc_id}").text
    assert f'<a href="/persons/{official["id"]}" class="person"' in page
    assert "?view=original" in page


def test_person_page(client: TestClient, official: dict) -> None:
    page = client.get(f"/persons/{official['id']}").text
    assert OFFICIAL in page and "فرمانده انتظامی استان لرستان" in page
    assert 'class="timeline"' in page and "<svg" in page
    assert page.count('class="quote-item"') == 8
    narrowed = client.get(f"/persons/{official['id']}", params={"q": "لرستان"}).text
    assert 0 < narrowed.count('class="quote-item"') < 8
    direct = client.get(f"/persons/{official['id']}", params={"kind": "direct"}).text
    assert direct.count('class="quote-item"') == 7  # one of the eight is indirect


def test_organization_place_and_list_pages(client: TestClient) -> None:
    places = client.get("/api/v1/entities", params={"kind": "place", "name": "لرستان"}).json()
    (lorestan,) = [p for p in places["items"] if p["name"] == "لرستان"]
    page = client.get(f"/places/{lorestan['id']}").text
    assert "فرمانده انتظامی استان لرستان" in page  # a post that names the place
    assert client.get(f"/persons/{lorestan['id']}").status_code == 404  # not a person
    assert (
        client.get(f"/entities/{lorestan['id']}", follow_redirects=False).headers["location"]
        == f"/places/{lorestan['id']}"
    )
    orgs = client.get("/entities", params={"kind": "organization"}).text
    assert "سپاه پاسداران انقلاب اسلامی" in orgs
    assert "ظرف مدت ۲ ماه" in client.get("/commitments").text
    apart = client.get("/commitments", params={"no_deadline": "true"}).text
    assert "بی‌مهلت" in apart and "ظرف مدت ۲ ماه" in apart  # its article has no date
    assert (
        client.get("/commitments", params={"open": "true", "no_deadline": "true"}).status_code
        == 400
    )
    both = {"open": "true", "no_deadline": "true"}
    assert client.get("/api/v1/commitments", params=both).status_code == 400
    rows = client.get("/api/v1/commitments", params={"no_deadline": "true"}).json()["items"]
    assert rows and all(r["deadline_date"] is None for r in rows)
    assert not client.get("/api/v1/commitments", params={"open": "true"}).json()["items"]
    assert client.get("/api").status_code == 200


# -- API ------------------------------------------------------------------------------------


def test_api_pages_and_the_openapi_document(client: TestClient) -> None:
    first = client.get("/api/v1/quotes", params={"limit": 2}).json()
    second = client.get("/api/v1/quotes", params={"limit": 2, "offset": 2}).json()
    assert first["more"] and len(first["items"]) == 2
    assert {q["id"] for q in first["items"]}.isdisjoint(q["id"] for q in second["items"])
    spec = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/search",
        "/api/v1/documents/{document_id}",
        "/api/v1/entities",
        "/api/v1/quotes",
        "/api/v1/quantities",
        "/api/v1/commitments",
    ):
        assert path in spec["paths"]
    quantities = client.get("/api/v1/quantities", params={"unit": "ماه"}).json()["items"]
    assert any(q["text"] == "۲ ماه" and "ظرف مدت" in q["sentence"] for q in quantities)


@pytest.mark.parametrize(
    "path, params, status",
    [
        ("/api/v1/quotes", {"limit": 0}, 400),
        ("/api/v1/search", {"since": "1404/13/05"}, 400),
        ("/api/v1/search", {"since": "yesterday"}, 400),
        ("/api/v1/search", {"q": '"unclosed'}, 400),
        ("/api/v1/entities", {"kind": "ship"}, 400),
        ("/api/v1/documents/99999", {}, 404),
        ("/api/v1/entities/99999", {}, 404),
        ("/api/v1/commitments/99999", {}, 404),
        ("/", {"q": "AND"}, 400),
        ("/documents/abc", {}, 400),
        ("/documents/99999", {}, 404),
        ("/persons/1", {"kind": "both"}, 400),
    ],
)
def test_bad_parameters_and_unknown_ids(
    client: TestClient, path: str, params: dict, status: int
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status
    if path.startswith("/api/"):
        assert response.json()["error"]
    else:
        assert 'class="error"' in response.text


def test_lists_download_as_csv_with_a_bom(client: TestClient, official: dict) -> None:
    response = client.get("/api/v1/quotes", params={"speaker": official["id"], "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert len(rows) == 8 and {r["speaker"] for r in rows} == {OFFICIAL}
    posts = client.get(f"/api/v1/entities/{official['id']}/posts", params={"format": "csv"})
    assert "فرمانده انتظامی استان لرستان" in posts.text
    page = client.get(f"/persons/{official['id']}").text
    assert f"/api/v1/entities/{official['id']}/posts?format=csv" in page


def test_csv_cells_are_those_of_the_csv_export(client: TestClient, official: dict) -> None:
    """One writer of CSV cells: a list of names is joined with « | » (it was JSON in the
    API and « | » in the export), nested values are JSON."""
    doc_id = official["documents"][0]["id"]
    view = client.get(f"/api/v1/documents/{doc_id}").json()
    (person,) = [p for p in view["persons"] if p["entity_id"] == official["id"]]
    assert len(person["titles"]) + len(person["posts"]) > 1
    response = client.get(f"/api/v1/documents/{doc_id}/persons", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    (row,) = [r for r in rows if r["entity_id"] == str(official["id"])]
    assert row["titles"] == " | ".join(person["titles"])
    assert row["posts"] == " | ".join(person["posts"])
    assert json.loads(row["mentions"]) == person["mentions"]


# -- highlighting ---------------------------------------------------------------------------

marks = st.lists(
    st.tuples(
        st.integers(0, 40), st.integers(1, 12), st.sampled_from(["person", "quote"]), st.booleans()
    ),
    max_size=8,
)


@given(st.text(max_size=40), marks)
def test_marks_wrap_exact_characters(text: str, specs: list) -> None:
    given_marks = [
        Mark(a, a + n, kind, href="/x" if link else None, anchor=f"m{i}")
        for i, (a, n, kind, link) in enumerate(specs)
    ]
    out = str(render(text, given_marks))
    assert text_of(out) == text
    assert out.count("<a ") == out.count("</a>")
    assert not re.search(r"<a [^>]*>(?:(?!</a>).)*<a ", out, re.S)  # no link inside a link
    for i, m in enumerate(given_marks):
        if 0 <= m.start < m.end <= len(text):
            before = out.split(f'id="m{i}"', 1)[0].rsplit("<", 1)[0]
            assert text_of(before) == text[: m.start]


def test_serve_refuses_a_missing_or_foreign_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from khabar.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("PRAGMA user_version = 99")
    result = runner.invoke(app, ["serve", "--db", str(foreign)])
    assert result.exit_code == 2 and "schema version 99" in result.output


junk = st.one_of(st.text(max_size=30), st.integers(-5, 10**6).map(str), st.just(""))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(
        [
            "/",
            "/quotes",
            "/entities",
            "/commitments",
            "/api/v1/search",
            "/api/v1/quotes",
            "/api/v1/entities",
            "/api/v1/quantities",
            "/api/v1/commitments",
            "/api/v1/documents",
        ]
    ),
    st.dictionaries(
        st.sampled_from(
            [
                "q",
                "person",
                "org",
                "place",
                "source",
                "since",
                "until",
                "limit",
                "offset",
                "p",
                "kind",
                "name",
                "speaker",
                "unit",
                "open",
                "format",
            ]
        ),
        junk,
        max_size=4,
    ),
)
def test_any_parameters_give_an_answer_or_a_clear_400(
    client: TestClient, path: str, params: dict
) -> None:
    response = client.get(path, params=params)
    assert response.status_code in (200, 400), (path, params, response.text[:300])
    if response.status_code == 400:
        message = response.json()["error"] if path.startswith("/api/") else response.text
        assert message
