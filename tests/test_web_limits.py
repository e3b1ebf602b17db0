"""The server under hostile or heavy use: bounded queries, time limits, paging, safe links,
errors that keep the headers, HEAD, read-only directories, caching, workers and SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from khabar.driver import ingest
from khabar.store import QueryError, Store, open_store
from khabar.store.query import MAX_TERMS
from khabar.web import create_app
from khabar.web import readers as readers_module
from khabar.web.app import CSP

TOO_MANY = " ".join(["امنیت", "استان", "فرمانده", "انتظامی", "لرستان"] * 300)  # 1,500 words
BIG = 2**63  # one past SQLite's largest integer


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db))


def busiest(client: TestClient, kind: str) -> dict:
    return client.get("/api/v1/entities", params={"kind": kind, "limit": 1}).json()["items"][0]


# -- bounded queries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, field",
    [("/api/v1/search", "q"), ("/", "q"), ("/api/v1/quotes", "q"), ("/quotes", "q")],
)
def test_a_query_of_too_many_words_is_refused_with_a_message(
    client: TestClient, path: str, field: str
) -> None:
    response = client.get(path, params={field: TOO_MANY})
    assert response.status_code == 400
    assert f"at most {MAX_TERMS}" in response.text
    assert response.headers["content-security-policy"] == CSP


def test_the_word_limit_holds_in_the_store_and_counts_phrase_words(web_db: Path) -> None:
    with open_store(web_db, read_only=True) as store:
        words = ["امنیت"] * MAX_TERMS
        store.search(" ".join(words))  # at the limit: searched
        with pytest.raises(QueryError, match=f"at most {MAX_TERMS}"):
            store.search(" ".join(words[:-1]) + ' "استان لرستان"')
        with pytest.raises(QueryError, match=f"at most {MAX_TERMS}"):
            store.quotes(query=" ".join([*words, "لرستان"]))


def test_a_search_page_is_at_most_a_thousand_hits(client: TestClient) -> None:
    assert client.get("/api/v1/search", params={"q": "امنیت", "limit": 1000}).status_code == 200
    response = client.get("/api/v1/search", params={"q": "امنیت", "limit": 1001})
    assert response.status_code == 400 and "limit" in response.json()["error"]


def test_a_read_past_its_time_limit_answers_503(
    web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers_module, "PROGRESS_STEPS", 50)  # check (almost) every step
    slow = TestClient(create_app(web_db, time_limit=0.0))
    for path, params in (("/api/v1/search", {"q": "امنیت"}), ("/", {"q": "امنیت"})):
        response = slow.get(path, params=params)
        assert response.status_code == 503, path
        assert "longer than 0 s" in response.text
        assert response.headers["content-security-policy"] == CSP
    assert "error" in slow.get("/api/v1/stats").json()
    # the readers are whole again: the same app with time to spare answers
    slow.app.state.readers.time_limit = 60.0
    assert slow.get("/api/v1/search", params={"q": "امنیت"}).status_code == 200


def test_a_read_stops_when_its_client_leaves(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers_module, "PROGRESS_STEPS", 50)
    app = create_app(web_db, time_limit=3600.0)
    sent: list[dict] = []
    asked = False

    async def receive() -> dict:
        nonlocal asked
        if not asked:
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.disconnect"}  # the client has gone at once

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/api/v1/search",
        "raw_path": b"/api/v1/search",
        "root_path": "",
        "query_string": urllib.parse.urlencode({"q": "امنیت", "facets": "true"}).encode(),
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 499  # stopped, not answered


# -- paging ---------------------------------------------------------------------------------


def test_every_list_of_an_entity_pages(client: TestClient) -> None:
    official = client.get("/api/v1/entities", params={"name": "هاشمی فر"}).json()["items"][0]
    org, place = busiest(client, "organization"), busiest(client, "place")
    for entity, part in ((official, "quotes"), (org, "documents"), (place, "documents")):
        path = f"/api/v1/entities/{entity['id']}/{part}"
        everything = client.get(path, params={"limit": 100}).json()["items"]
        assert len(everything) >= 2, (entity, part)
        first = client.get(path, params={"limit": 1}).json()
        second = client.get(path, params={"limit": 1, "offset": 1}).json()
        assert len(first["items"]) == len(second["items"]) == 1 and first["more"]
        assert first["items"][0] == everything[0] and second["items"][0] == everything[1]
    assert (
        len(client.get(f"/api/v1/entities/{org['id']}/documents").json()["items"])
        == (org["documents"])
    )


def test_an_entity_page_holds_the_first_items_of_each_list(web_db: Path) -> None:
    with open_store(web_db, read_only=True) as store:
        place = store.entities("place", limit=1)[0]
        whole, capped = store.entity_page(place["id"]), store.entity_page(place["id"], limit=1)
        assert len(whole["documents"]) >= 2 and len(capped["documents"]) == 1
        assert capped["documents"][0] == whole["documents"][0]
        assert capped["months"] == whole["months"]  # the chart is never cut
        person = store.entities("person", limit=1)[0]
        assert all(
            len(v) <= 1
            for k, v in store.person(person["id"], limit=1).items()
            if isinstance(v, list) and k not in ("months", "others")
        )
        assert store.entity_part(place["id"], "titles") is None  # a place has none
        assert store.entity_part(10**9, "documents") is None


# -- safety ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def links_db(tmp_path_factory: pytest.TempPathFactory, seeds: dict[str, str]) -> Path:
    folder = tmp_path_factory.mktemp("links")
    records = [
        {"text": seeds["001"], "url": "javascript:alert(1)"},
        {"text": seeds["002"], "url": " JavaScript:alert(2)"},
        {"text": seeds["003"], "url": "https://example.org/news/3"},
    ]
    corpus = folder / "links.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    ingest([corpus], folder / "links.db")
    return folder / "links.db"


def test_only_http_urls_are_links(links_db: Path) -> None:
    client = TestClient(create_app(links_db))
    pages = {}
    for hit in client.get("/api/v1/documents").json()["items"]:
        pages[hit["url"].strip()] = client.get(f"/documents/{hit['document_id']}").text
    for url in ("javascript:alert(1)", "JavaScript:alert(2)"):
        assert 'href="javascript' not in pages[url].lower()
        assert url in pages[url]  # shown, as text
    assert 'href="https://example.org/news/3"' in pages["https://example.org/news/3"]


@pytest.mark.parametrize(
    "path, params",
    [
        (f"/api/v1/documents/{BIG}", {}),
        (f"/documents/{BIG}", {}),
        (f"/persons/{BIG}", {}),
        (f"/api/v1/entities/{BIG}/documents", {}),
        ("/api/v1/quotes", {"offset": BIG}),
        ("/api/v1/quantities", {"document": BIG}),
    ],
)
def test_numbers_beyond_sqlite_are_a_bad_parameter(
    client: TestClient, path: str, params: dict
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert response.headers["content-security-policy"] == CSP


def test_an_internal_error_keeps_the_headers(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Store) -> dict:
        raise RuntimeError("a bug")

    monkeypatch.setattr(Store, "stats", broken)
    client = TestClient(create_app(web_db), raise_server_exceptions=False)
    for path in ("/api/v1/stats", "/"):
        response = client.get(path)
        assert response.status_code == 500
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-frame-options"] == "DENY"
        assert "a bug" not in response.text  # nothing of the internals is shown
    assert client.get("/api/v1/stats").json()["error"]


@pytest.mark.parametrize("path", ["/", "/api/v1/stats", "/documents/1", "/static/khabar.css"])
def test_head_is_answered_like_get_without_a_body(client: TestClient, path: str) -> None:
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == CSP


def test_no_redirect_reflects_the_host_header(client: TestClient) -> None:
    for path in ("/static", "/documents/1/", "/api/v1/stats/"):
        response = client.get(path, headers={"Host": "evil.example"}, follow_redirects=False)
        assert "evil.example" not in response.headers.get("location", ""), path
        assert response.headers["content-security-policy"] == CSP


def _in_read_only_directory(web_db: Path) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="khabar-ro-"))
    try:
        shutil.copy(web_db, folder / "k.db")  # closed: no -wal or -shm beside it
        os.chmod(folder / "k.db", 0o444)
        os.chmod(folder, 0o555)
        yield folder / "k.db"
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def test_a_database_in_a_read_only_directory_is_served(web_db: Path) -> None:
    with sqlite3.connect(web_db) as conn:  # fold the WAL into the file the copy takes
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for db in _in_read_only_directory(web_db):
        if os.geteuid() != 0:
            status = TestClient(create_app(db)).get("/api/v1/stats").status_code
        else:  # root writes anywhere: ask as «nobody», in a child process
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover (the child)
                try:
                    os.setgid(65534)
                    os.setuid(65534)
                    answer = TestClient(create_app(db)).get("/api/v1/stats").status_code
                except BaseException as e:  # noqa: BLE001
                    answer = repr(e)
                os.write(write, str(answer).encode())
                os._exit(0)
            os.close(write)
            os.waitpid(pid, 0)
            status = os.read(read, 1000).decode()
            os.close(read)
        assert str(status) == "200", status
        assert sorted(p.name for p in db.parent.iterdir()) == ["k.db"]


# -- caching --------------------------------------------------------------------------------


def test_search_pages_are_cached_until_the_database_changes(
    web_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds: dict[str, str]
) -> None:
    db = tmp_path / "k.db"
    with sqlite3.connect(web_db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    calls: list[str | None] = []
    search_page = Store.search_page

    def counted(self: Store, query: str | None, **kw: object) -> object:
        calls.append(query)
        return search_page(self, query, **kw)

    monkeypatch.setattr(Store, "search_page", counted)
    client = TestClient(create_app(db))
    before = client.get("/", params={"q": "امنیت"}).text
    assert client.get("/", params={"q": "امنیت"}).text == before
    client.get("/")
    client.get("/")
    assert calls == ["امنیت", None]  # each asked once
    from khabar.extract import extract_text
    from khabar.store import record_for

    with open_store(db) as writer:  # an ingest while the server runs
        writer.add(record_for(extract_text("گزارش تازه\n\nامنیت استان فارس پایدار است.")))
    assert client.get("/", params={"q": "امنیت"}).text != before
    assert calls == ["امنیت", None, "امنیت"]


def test_the_landing_page_stays_cached_whatever_else_is_asked(
    web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    search_page = Store.search_page

    def counted(self: Store, query: str | None, **kw: object) -> object:
        calls.append(query)
        return search_page(self, query, **kw)

    monkeypatch.setattr(Store, "search_page", counted)
    app = create_app(web_db)
    app.state.readers.cache.size = 2  # two answers besides the kept ones
    client = TestClient(app)
    landing = client.get("/").text
    for query in ("امنیت", "سپاه", "استان", "پلیس"):
        client.get("/", params={"q": query})
    assert client.get("/").text == landing
    assert calls == [None, "امنیت", "سپاه", "استان", "پلیس"]  # the landing page once
    client.get("/", params={"q": "امنیت"})  # pushed out by the later searches
    assert calls[-1] == "امنیت"


def test_the_counts_are_read_once_for_the_landing_page_and_the_api(
    web_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    stats = Store.stats

    def counted(self: Store) -> dict:
        calls.append(1)
        return stats(self)

    monkeypatch.setattr(Store, "stats", counted)
    client = TestClient(create_app(web_db))
    first = client.get("/api/v1/stats").json()
    client.get("/")
    assert client.get("/api/v1/stats").json() == first and first["documents"] == 6
    assert len(calls) == 1


def test_entity_pages_are_cached(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    person = Store.person

    def counted(self: Store, name: str | int, limit: int = -1) -> object:
        calls.append(int(name))
        return person(self, name, limit)

    monkeypatch.setattr(Store, "person", counted)
    client = TestClient(create_app(web_db))
    official = client.get("/api/v1/entities", params={"name": "هاشمی فر"}).json()["items"][0]
    page = client.get(f"/persons/{official['id']}").text
    assert client.get(f"/persons/{official['id']}").text == page
    assert client.get(f"/api/v1/entities/{official['id']}").json()["name"] == official["name"]
    assert calls == [official["id"]]


# -- the server -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_runs_workers_and_stops_on_sigterm(web_db: Path) -> None:
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1] / "src"))
    command = [sys.executable, "-m", "khabar", "serve", "--db", str(web_db)]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # up to a minute on a busy machine
            try:
                urllib.request.urlopen(base + "/api/v1/stats", timeout=5).read()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.1)
        hostile = (
            base
            + "/api/v1/search?"
            + urllib.parse.urlencode({"q": " OR ".join(TOO_MANY.split()), "facets": "true"})
        )
        answers: list[object] = []

        def ask() -> None:
            try:
                answers.append(urllib.request.urlopen(hostile, timeout=60).status)
            except urllib.error.HTTPError as e:
                answers.append(e.code)
            except OSError as e:
                answers.append(e)

        asking = [threading.Thread(target=ask) for _ in range(4)]
        for thread in asking:
            thread.start()
        idle = socket.create_connection(("127.0.0.1", port))  # a client that says nothing
        server.terminate()
        server.wait(timeout=10)
        idle.close()
        for thread in asking:
            thread.join(timeout=60)
        assert server.returncode == 0
        assert all(a in (400,) or isinstance(a, OSError) for a in answers), answers
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
