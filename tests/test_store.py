from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.errors import KhabarError
from khabar.extract import extract_text
from khabar.serialize import SCHEMA
from khabar.store import (
    VERSION,
    BadDay,
    Filters,
    QueryError,
    Store,
    StoreError,
    open_store,
    record_for,
)
from khabar.store.schema import MIGRATIONS, migrate, version

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def seed_records() -> dict[str, dict[str, Any]]:
    return {
        p.name[:3]: record_for(extract_text(p.read_text(encoding="utf-8"), {"path": p.name}))
        for p in sorted(SEEDS.glob("*.txt"))
    }


@pytest.fixture
def store(tmp_path: Path, seed_records: dict[str, dict[str, Any]]) -> Store:
    s = open_store(tmp_path / "k.db")
    s.add_many(seed_records.values())
    return s


def plain(text: str, **meta: Any) -> dict[str, Any]:
    """A record of ``text`` as is (no repair, no facts): to index spellings repair would fix."""
    empty: dict[str, Any] = {k: [] for k in ("persons", "organizations", "places", "quotes")}
    empty |= {k: [] for k in ("quantities", "dates", "commitments")}
    return {"schema": SCHEMA, "text": text, "original": text, "offset_steps": [], **empty, **meta}


def ids(hits: list) -> set[int]:
    return {h.document_id for h in hits}


# -- schema ---------------------------------------------------------------------------------


def test_new_file_is_at_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")  # an empty file is an empty database
    with open_store(path) as s:
        assert version(s.conn) == VERSION == len(MIGRATIONS)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA page_size").fetchone()[0] == 8192
        assert s.stats()["documents"] == 0


def test_a_store_made_with_other_pages_keeps_them(tmp_path: Path, seed_records) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("PRAGMA journal_mode = WAL")  # fixes the page size
    conn.close()
    with open_store(path) as s:
        s.add_many(seed_records.values())
        assert s.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    with open_store(path) as s:
        assert s.stats()["documents"] == len(seed_records)
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_migrations_run_in_order_and_newer_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    open_store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, [*MIGRATIONS, "CREATE TABLE later (x INTEGER);"]) == VERSION + 1
    assert version(conn) == VERSION + 1
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    bad = "CREATE TABLE half (x INTEGER);\nCREATE TABLE broken (;"
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, [*MIGRATIONS, bad])
    assert version(conn) == VERSION
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchall()


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is not sqlite " * 200)
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(path)


# -- adding ---------------------------------------------------------------------------------


def test_re_adding_is_a_no_op(store: Store, seed_records: dict[str, dict[str, Any]]) -> None:
    before = store.stats()
    results = store.add_many(seed_records.values())
    assert [r.status for r in results] == ["unchanged"] * len(seed_records)
    assert [r.document_id for r in results] == [1, 2, 3, 4, 5]
    doc = extract_text((SEEDS / "000_f0b984d5eeadea7b.txt").read_text(encoding="utf-8"))
    assert store.add(doc).status == "unchanged"  # a Document goes through record_for
    assert store.stats() == before


def test_changed_article_at_the_same_url_is_a_new_version(tmp_path: Path) -> None:
    url = "https://example.ir/news/1"
    with open_store(tmp_path / "k.db") as s:
        first = s.add(plain("نسخه نخست خبر درباره سیل", url=url))
        second = s.add(plain("نسخه اصلاح‌شده خبر درباره سیل", url=url))
        assert (first.status, second.status) == ("new", "new version")
        assert second.previous_id == first.document_id
        assert s.document(first.document_id)["is_current"] == 0
        assert s.document(second.document_id)["previous_version_id"] == first.document_id
        assert ids(s.search("سیل")) == {second.document_id}  # old versions are not searched
        assert s.stats()["documents"] == 1 and s.stats()["versions"] == 2
        assert s.add(plain("نسخه نخست خبر درباره سیل", url=url)).status == "unchanged"


def test_delete_removes_a_document_its_facts_index_and_lone_entities(store: Store) -> None:
    (hit,) = store.search("هاشمی‌فر")
    person = store.person("محمدرضا هاشمی‌فر")
    shared = store.entities("organization", "سپاه پاسداران")[0]
    before = store.stats()
    assert store.delete(hit.document_id) is True
    assert store.search("هاشمی‌فر") == [] and store.search("لرستان") == []
    assert store.person("محمدرضا هاشمی‌فر") is None and store.entity(person["id"]) is None
    assert store.entity(shared["id"]) is not None  # still named in other articles
    after = store.stats()
    assert after["documents"] == before["documents"] - 1
    assert after["quotes"] == before["quotes"] - len(person["quotes"])
    assert store.document_view(hit.document_id) is None
    assert store.delete(hit.document_id) is False
    assert store.search("سپاه")  # the rest of the index is intact


def test_deleting_the_current_version_restores_the_previous(tmp_path: Path) -> None:
    url = "https://example.ir/news/2"
    with open_store(tmp_path / "k.db") as s:
        first = s.add(plain("نسخه نخست خبر درباره زلزله", url=url)).document_id
        second = s.add(plain("نسخه دوم خبر درباره زلزله", url=url)).document_id
        third = s.add(plain("نسخه سوم خبر درباره زلزله", url=url)).document_id
        s.delete(second)
        assert s.document(third)["previous_version_id"] == first
        s.delete(third)
        assert s.document(first)["is_current"] == 1
        assert ids(s.search("زلزله")) == {first}


def test_index_values_computed_by_a_worker_index_the_same(
    tmp_path: Path, seed_records: dict[str, dict[str, Any]]
) -> None:
    from khabar.store.records import with_search_index

    with open_store(tmp_path / "a.db") as plain_store, open_store(tmp_path / "b.db") as given:
        plain_store.add_many(seed_records.values())
        given.add_many(with_search_index(dict(r)) for r in seed_records.values())
        for query in ("هاشمی فر", "میشود", '"نیروی انتظامی"', "استاندار*"):
            assert plain_store.search(query, limit=50) == given.search(query, limit=50)
        bad = with_search_index(dict(seed_records["000"]))
        bad["search_index"] = ["only two", "strings"]
        with pytest.raises(StoreError, match="search_index"):
            given.add(bad)


def test_a_batch_is_atomic(store: Store) -> None:
    before = store.stats()

    def batch():
        yield plain("خبر اول دسته")
        yield plain("خبر دوم دسته")
        raise RuntimeError("crash in the middle of a batch")

    with pytest.raises(RuntimeError):
        store.add_many(batch())
    with pytest.raises(StoreError, match="schema"):
        store.add_many([plain("خبر سوم دسته"), {**plain("خبر بد"), "schema": "other/9"}])
    assert store.stats() == before
    assert store.search("دسته") == []


def test_offset_map_round_trip(store: Store, seed_records: dict[str, dict[str, Any]]) -> None:
    doc = extract_text((SEEDS / "000_f0b984d5eeadea7b.txt").read_text(encoding="utf-8"))
    stored = store.document(1)
    assert stored["text"] == doc.text and stored["original"] == doc.original
    back = store.offset_map(1)
    for s in doc.sentences:
        assert back.to_original(s.start, s.end) == doc.offset_map.to_original(s.start, s.end)


# -- search ---------------------------------------------------------------------------------


@pytest.fixture
def spellings(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "spell.db")
    s.add_many(
        [
            plain("الف: این کار انجام می‌شود."),  # 1
            plain("ب: این کار انجام می شود."),  # 2
            plain("پ: این کار انجام میشود."),  # 3
            plain("رئیس سازمان در سال ۱۴۰۳ به كشور آمد."),  # 4: Arabic kaf, Persian digits
            plain("رييس سازمان در سال 1403 به کشور آمد."),  # 5: Arabic yeh, Latin digits
            plain("رییس سازمان در سال ١٤٠٣ به کِشوَر آمد."),  # 6: Arabic-Indic digits, harakat
        ]
    )
    return s


@pytest.mark.parametrize("query", ["می‌شود", "می شود", "میشود", "مي‌شود", '"انجام می شود"'])
def test_zwnj_space_and_glued_spellings_meet(spellings: Store, query: str) -> None:
    assert ids(spellings.search(query)) == {1, 2, 3}


def test_a_part_of_a_zwnj_word_is_found(spellings: Store) -> None:
    assert {1, 2} <= ids(spellings.search("شود"))


@pytest.mark.parametrize(
    "query", ["1403", "۱۴۰۳", "١٤٠٣", "كشور", "کشور", "کِشوَر", "رئیس", "رييس", "رییس"]
)
def test_letters_digits_and_diacritics_fold(spellings: Store, query: str) -> None:
    assert ids(spellings.search(query)) == {4, 5, 6}


def test_snippets_show_the_real_text(spellings: Store) -> None:
    (hit,) = spellings.search("میشود الف")
    assert "[می‌شود]" in hit.snippet and "[الف]" in hit.snippet
    text = spellings.document(1)["text"]
    assert [text[a:b] for a, b in hit.matches] == ["الف", "می‌شود"]
    by_id = {h.document_id: h for h in spellings.search("1403 کشور", markers=("<b>", "</b>"))}
    assert "<b>۱۴۰۳</b>" in by_id[4].snippet and "<b>كشور</b>" in by_id[4].snippet
    assert "<b>١٤٠٣</b>" in by_id[6].snippet and "<b>کِشوَر</b>" in by_id[6].snippet


def test_words_are_and_and_phrases_keep_order(store: Store) -> None:
    assert ids(store.search('"نیروی انتظامی"')) == {1, 4, 5}
    assert ids(store.search('"انتظامی نیروی"')) == set()
    assert ids(store.search("جمیری میرحیدری")) == {1}
    assert ids(store.search("جمیری OR رضایی")) == {1, 3}
    assert 1 not in ids(store.search("فراجا NOT جمیری"))
    assert ids(store.search("پهپا*")) == {5}


def test_ranking_and_paging(store: Store) -> None:
    hits = store.search("فراجا")
    assert [h.score for h in hits] == sorted(h.score for h in hits)
    page = store.search("فراجا", limit=2, offset=1)
    assert [h.document_id for h in page] == [h.document_id for h in hits[1:3]]


def test_filters(store: Store) -> None:
    assert ids(store.search(None, person="قاسم رضایی")) == {3}
    assert ids(store.search(None, person="رضایی")) == {3}  # a surname finds its full names
    assert ids(store.search("فراجا", person="جمیری")) == {1}
    assert ids(store.search(None, org="ناجا")) == ids(store.search(None, org="فراجا"))
    assert ids(store.search(None, place="قم")) == {1}
    assert ids(store.search(None, source="سپاه نیوز")) == {1}
    assert ids(store.search(None, since="2025-11-01")) == {2}
    assert ids(store.search(None, since=dt.date(2025, 11, 27))) == set()
    assert ids(store.search(None, until="2025-11-26")) == {2}
    assert ids(store.search(None, since="1404/08/10")) == {2}  # Jalali for 2025-11-01
    assert ids(store.search(None, since="۱۴۰۴/۰۹/۰۶")) == set()  # 2025-11-27
    assert ids(store.search(None, until="1404-09-05")) == {2}
    assert store.search("فراجا", person="کسی که نیست") == []


@pytest.mark.parametrize("best", [5000, 2])  # all matches ranked; fewer than the pages ask
def test_search_page_ranks_once_for_the_hits_and_the_facets(
    store: Store, best: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.store import facets as facet_module

    monkeypatch.setattr(facet_module, "FACET_DOCUMENTS", best)
    for query, filters in (("فراجا", {}), ("استان", {"org": "فراجا"}), (None, {"place": "قم"})):
        for offset in (0, 1, 3):
            hits, facets = store.search_page(query, limit=2, offset=offset, **filters)
            assert hits == store.search(query, limit=2, offset=offset, **filters)
            assert facets == store.facets(query, **filters)
    assert len(store.search_page("فراجا", limit=2)[0]) == 2
    assert store.search_page("فراجا")[1]["total"] == min(best, len(store.search("فراجا")))


def test_filters_are_parsed_once_and_read_the_same_as_keywords(store: Store) -> None:
    parsed = Filters.parse(place="لرستان", since="۱۴۰۴/۰۹/۰۱", until=dt.date(2025, 12, 31))
    assert parsed == Filters(place="لرستان", since="2025-11-22", until="2025-12-31")
    assert {parsed: 1}[Filters.parse(place="لرستان", since="2025-11-22", until="2025-12-31")]
    by_keywords = store.search(None, place="لرستان", since="۱۴۰۴/۰۹/۰۱", until="2025-12-31")
    assert by_keywords and store.search(None, filters=parsed) == by_keywords
    assert store.facts("posts", filters=parsed) == store.facts("posts", place="لرستان")
    with pytest.raises(TypeError, match="not both"):
        store.search(None, filters=parsed, source="ایسنا")
    with pytest.raises(BadDay) as bad:
        Filters.parse(since="2025-11-01", until="1404/13/01")
    assert (bad.value.name, bad.value.value) == ("until", "1404/13/01")


@pytest.mark.parametrize("value", ["soon", "1404/13/01", "2025-02-30", ""])
def test_a_date_filter_that_is_no_date_raises(store: Store, value: str) -> None:
    with pytest.raises(QueryError, match="until wants a date"):
        store.search(None, until=value)


@pytest.mark.parametrize(
    "query", ['"نیروی انتظامی', "AND", "فراجا OR", "OR فراجا", "(فراجا", "فراجا)", "!!!", '""']
)
def test_malformed_queries_raise_query_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError) as e:
        store.search(query)
    assert isinstance(e.value, KhabarError) and str(e.value)


def test_punctuation_is_not_syntax(store: Store) -> None:
    store.search("فراجا: -پلیس ^ {x} [y] +")  # no traceback, just words


# -- pages ----------------------------------------------------------------------------------


def test_quotes_and_commitments(tmp_path: Path) -> None:
    text = (
        "date 2025-12-01\nبه گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت:"
        " طرح جدید اجرا می‌شود.\nوی افزود: این طرح ظرف مدت ۳ ماه در همه استان‌ها اجرا خواهد شد."
    )
    with open_store(tmp_path / "k.db") as s:
        s.add(record_for(extract_text(text)))
        quotes = s.quotes(speaker="قاسم رضایی")
        assert [q["verb"] for q in quotes] == ["گفت", "افزود"]
        assert [q["verb"] for q in s.quotes(query="استان ها")] == ["افزود"]
        (c,) = s.commitments()
        assert c["deadline_date"] == "2026-03-01" and c["announcer"] == "قاسم رضایی"
        assert s.commitments(open_only=True, today=dt.date(2026, 1, 1))
        assert not s.commitments(open_only=True, today=dt.date(2026, 6, 1))


def test_commitments_without_a_deadline_are_reported_apart(tmp_path: Path) -> None:
    """Never due, so never open: «--open» lists only deadlines not yet passed."""
    text = (
        "date 2025-12-01\nبه گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور گفت:"
        " این طرح ظرف مدت ۳ ماه در همه استان‌ها اجرا خواهد شد.\nوی افزود: مرکز جدید پلیس"
        " به زودی افتتاح خواهد شد."
    )
    with open_store(tmp_path / "k.db") as s:
        s.add(record_for(extract_text(text)))
        today = dt.date(2026, 1, 1)
        assert [c["status"] for c in s.commitments(today=today)] == ["open", "no deadline"]
        (c,) = s.commitments(open_only=True, today=today)
        assert c["deadline_date"] == "2026-03-01" and c["open"]
        (c,) = s.commitments(no_deadline=True, today=today)
        assert c["cue"] == "به زودی" and c["deadline_date"] is None and not c["open"]
        assert [c["status"] for c in s.commitments(today=dt.date(2026, 6, 1))] == [
            "due",
            "no deadline",
        ]


def test_stats(store: Store) -> None:
    st = store.stats()
    assert st["documents"] == 5 and st["quotes"] > 40 and st["commitments"] >= 3
    assert st["by_source"]["سپاه نیوز"] == 1 and st["by_month"]["2025-11"] == 1
    assert sum(st["by_month"].values()) == 5


_QUERY_PIECES = st.sampled_from(
    ['"', "(", ")", "*", "AND", "OR", "NOT", "NEAR", ":", "-", "^", "+", " ", "فراجا", "می", "شود"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_QUERY_PIECES, st.text(max_size=3)), max_size=8).map(" ".join))
def test_any_query_gives_hits_or_query_error(query: str) -> None:
    with open_store(":memory:") as s:
        s.add(plain("فراجا اعلام کرد که این کار انجام می‌شود."))
        try:
            s.search(query)
        except QueryError:
            pass
