"""The reads behind one page (an article, a person, an organization, a place, a speaker's
quotes) look up what they need through indexes: no statement reads a whole table, so a page
costs the same on a store of a hundred articles as on one of a million."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from khabar.extract import extract_text
from khabar.store import Store, open_store, record_for
from khabar.store.entities import PARTS

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
URL = "https://example.ir/news/lorestan"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The seeds, the one on Lorestan in two versions at one URL (the first superseded)."""
    s = open_store(tmp_path_factory.mktemp("reads") / "k.db")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    (lorestan,) = [t for t in texts if "لرستان" in t]
    s.add(record_for(extract_text(lorestan, {"url": URL})))
    s.add(record_for(extract_text(lorestan + "\n\nاین خبر به‌روز شد.", {"url": URL})))
    s.add_many(record_for(extract_text(t)) for t in texts if t != lorestan)
    return s


def whole_table_reads(store: Store, read: Callable[[], Any]) -> list[str]:
    """The plan lines of ``read``'s statements that go through every row of a table."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        read()
    finally:
        store.conn.set_trace_callback(None)
    found = []
    for sql in statements:
        plan = [line for *_, line in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        # a subquery's own rows (a few counts) are no table
        made = {line.split()[-1] for line in plan if line.startswith(("MATERIALIZE", "CO-ROUTINE"))}
        for line in plan:
            # «SEARCH t» without an index walks the table too (max(id) WHERE an unindexed
            # column matches); the superseded versions are few and have an index of their own
            scan = line.startswith("SCAN ") or re.fullmatch(r"SEARCH \w+", line)
            if scan and line.split()[1] not in made and "json_each" not in line:
                if "documents_superseded" not in line:
                    found.append(f"{line}: {sql}")
    return found


def entity_id(store: Store, kind: str, name: str) -> int:
    (row,) = [e for e in store.entities(kind, name) if e["name"] == name]
    return int(row["id"])


def test_an_article_page_reads_no_whole_table(store: Store) -> None:
    for document_id in (1, 2, 3):
        assert store.document_view(document_id) is not None
        assert whole_table_reads(store, lambda i=document_id: store.document_view(i)) == []
    assert store.document_view(1)["next_version_id"] == 2  # found through its index


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("person", "محمدرضا هاشمی‌فر"),
        ("organization", "فرماندهی انتظامی جمهوری اسلامی ایران"),
        ("place", "لرستان"),
    ],
)
def test_an_entity_page_and_its_lists_read_no_whole_table(
    store: Store, kind: str, name: str
) -> None:
    eid = entity_id(store, kind, name)
    page = store.person if kind == "person" else store.entity_page
    assert whole_table_reads(store, lambda: page(eid, 50)) == []
    for part in PARTS[kind]:
        assert whole_table_reads(store, lambda p=part: store.entity_part(eid, p, 50, 0)) == []
    assert whole_table_reads(store, lambda: store.quotes(speaker=eid)) == []


def test_a_superseded_version_counts_nowhere(store: Store) -> None:
    eid = entity_id(store, "person", "محمدرضا هاشمی‌فر")
    person = store.person(eid, 50)
    assert [d["id"] for d in person["documents"]] == [2]  # not the first version, 1
    assert {q["document_id"] for q in person["quotes"]} == {2}
    place = store.entity_page(entity_id(store, "place", "لرستان"), 50)
    assert [d["id"] for d in place["documents"]] == [2]
    assert all(c["documents"] == 1 for c in place["co_persons"])
    assert store.stats()["documents"] == 5 and store.stats()["versions"] == 6


def test_reads_of_a_store_at_the_last_version_before_these_indexes(tmp_path: Path) -> None:
    """A store made before the indexes gets them when it is opened for writing."""
    from khabar.store.schema import MIGRATIONS, migrate

    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(conn, MIGRATIONS[:4])
    conn.close()
    with open_store(tmp_path / "old.db") as s:
        names = {
            r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"documents_previous", "documents_superseded", "commitments_person"} <= names
        assert s.document_view(1) is None and s.person("کسی") is None


def test_facets_count_the_sources_and_months_of_the_matches(tmp_path: Path) -> None:
    from collections import Counter

    from khabar.serialize import SCHEMA

    def plain(i: int) -> dict[str, Any]:
        empty = {k: [] for k in ("persons", "organizations", "places", "quotes")}
        empty |= {k: [] for k in ("quantities", "dates", "commitments")}
        text = f"گزارش شماره {i} درباره سیل" + (" و زلزله" if i % 3 else "")
        meta = {"source": f"خبرگزاری {i % 13}"} if i % 5 else {}  # some have no source
        if i % 7:
            meta["published"] = f"20{10 + i % 12}-{1 + i % 12:02}-0{1 + i % 9}"
        return {"schema": SCHEMA, "text": text, "original": text, "offset_steps": []} | {
            **empty,
            **meta,
        }

    records = [plain(i) for i in range(120)]
    with open_store(tmp_path / "f.db") as s:
        s.add_many(records)
        for query in ("سیل", "زلزله"):
            matching = [r for r in records if query in r["text"]]
            sources = Counter(r["source"] for r in matching if "source" in r)
            months = Counter(r["published"][:7] for r in matching if "published" in r)
            facets = s.facets(query)
            s.memo = KeptForever()  # a server's: the facet arrays count the same
            assert s.facets(query) == facets
            s.memo = None
            assert facets["total"] == len(matching)
            assert facets["sources"] == [
                {"value": v, "documents": n}
                for v, n in sorted(sources.items(), key=lambda x: (-x[1], x[0]))[:10]
            ]
            assert facets["months"] == [
                {"value": v, "documents": months[v]} for v in sorted(months, reverse=True)[:10]
            ]
        # with no query: newest first, the undated last, then the latest added first
        order = sorted(
            range(1, len(records) + 1),
            key=lambda i: (
                "published" not in records[i - 1],
                [-ord(c) for c in records[i - 1].get("published", "")],
                -i,
            ),
        )
        assert [h.document_id for h in s.search(None, limit=30, offset=80)] == order[80:110]
        source = [i for i in order if records[i - 1].get("source") == "خبرگزاری 4"]
        assert [h.document_id for h in s.search(None, source="خبرگزاری 4")] == source
        assert s.search(None, limit=1)[0].snippet.startswith(records[order[0] - 1]["text"][:20])


def _named(store: Store, documents: list[int], key: str, skip: int | None = None) -> list:
    """``[{id, name, documents}]`` of the entities ``documents`` name in their ``key`` list,
    counted from each document's own view, most named first."""
    counts: dict[int, int] = {}
    for doc in map(store.document_view, documents):
        for eid in {x["entity_id"] for x in doc[key] if x["entity_id"] not in (None, skip)}:
            counts[eid] = counts.get(eid, 0) + 1
    ranked = sorted(counts, key=lambda e: (-counts[e], e))
    return [{"id": e, "name": store.entity(e)["name"], "documents": counts[e]} for e in ranked]


def test_co_mentions_and_facets_count_what_each_article_names(store: Store) -> None:
    police = entity_id(store, "organization", "فرماندهی انتظامی جمهوری اسلامی ایران")
    page = store.entity_page(police, 50)
    documents = [d["id"] for d in page["documents"]]
    assert len(documents) == 5
    for key in ("persons", "organizations", "places"):
        expected = _named(store, documents, key, skip=police)
        if key == "persons":  # a surname alone is not the same person across articles
            expected = [e for e in expected if store.entity(e["id"])["detail"] is None]
        assert page[f"co_{key}"] == expected
        assert store.entity_part(police, f"co_{key}", 2, 1) == expected[1:3]
    views = [store.document_view(i) for i in documents]
    newest = sorted(
        views,
        key=lambda d: (d["published"] is None, [-ord(c) for c in d["published"] or ""], -d["id"]),
    )
    assert documents == [d["id"] for d in newest]  # newest first, the undated last
    assert store.entity_part(police, "documents", 2, 1) == page["documents"][1:3]
    months: dict[str, int] = {}
    for d in views:
        months[(d["published"] or "")[:7]] = months.get((d["published"] or "")[:7], 0) + 1
    assert page["months"] == [{"month": m, "documents": months[m]} for m in sorted(months)]
    facets = store.facets("استان")
    matching = [h.document_id for h in store.search("استان", limit=50)]
    for key in ("persons", "organizations", "places"):
        expected = _named(store, matching, key)
        if key == "persons":
            expected = [e for e in expected if store.entity(e["id"])["detail"] is None]
        assert facets[key] == expected[:10]


class KeptForever:
    """A ``khabar.store.ranking.Memo`` that keeps everything (a server keeps them until the
    store changes)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[Any, ...], Any] = {}

    def __call__(self, key: tuple[Any, ...], compute: Callable[[], Any], lasting: bool = False):  # noqa: ANN204
        if key not in self.kept:
            self.kept[key] = compute()
        return self.kept[key]


def test_kept_rankings_and_facet_arrays_answer_as_sql_does(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.store import Filters, ranking

    queries = ["استان", "امنیت", "گفت", '"استان لرستان"', "فرمانده*", "سیل OR امنیت", "نیست‌اصلا"]
    filters = [
        Filters(),
        Filters.parse(place="لرستان"),
        Filters.parse(org="فرماندهی انتظامی جمهوری اسلامی ایران"),
        Filters.parse(since="2020-01-01"),
    ]

    police = entity_id(store, "organization", "فرماندهی انتظامی جمهوری اسلامی ایران")
    people = [e["id"] for e in store.entities("person", limit=5)]
    places = [e["id"] for e in store.entities("place", limit=5)]

    def answers() -> list[Any]:
        out: list[Any] = [store.entity_page(police, 50), store.entity_page(places[0], 2)]
        out += [store.person(p, 3) for p in people]
        for part in ("co_persons", "co_organizations", "co_places"):
            out += [store.entity_part(e, part, 2, 1) for e in [police, *places, *people]]
        for query in queries:
            for f in filters:
                out.append(store.search(query, filters=f, limit=3, offset=1))
                out.append(store.search_page(query, filters=f, limit=2, offset=0))
                out.append(store.search_page(query, filters=f, limit=2, offset=2))
                out.append(store.facets(query, filters=f))
        return out

    plain = answers()
    assert plain[0]["co_persons"] and plain[0]["co_places"]
    store.memo = KeptForever()
    try:
        assert answers() == plain
        assert answers() == plain  # and again, from what was kept
        assert any(key[0] == "ranking" for key in store.memo.kept)
        # pages beyond the best matches kept for the first pages: all of them are ranked
        monkeypatch.setattr(ranking, "BEST", 1)
        store.memo = KeptForever()
        assert answers() == plain
        assert ("ranking", '"استان"', -1) in store.memo.kept
    finally:
        store.memo = None
