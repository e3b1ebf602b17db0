from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from khabar.extract import extract_text
from khabar.resolve.keys import person_keys
from khabar.store import Store, open_store, record_for
from khabar.store.reading import entity_ids

SEEDS = Path(__file__).parent / "fixtures" / "seeds"

REZAEI_AGAIN = (
    "date 2025-12-01\nبه گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت:"
    " طرح جدید از هفته آینده اجرا می‌شود."
)
BAGHERI_ALONE = "date 2025-10-01\nسردار باقری در جمع خبرنگاران گفت: امنیت مرزها برقرار است."
BAGHERI_AGAIN = "date 2025-10-02\nسردار باقری در بازدید از مرز گفت: مرزبانان آماده‌اند."
HASHEMIFAR_SPACED = "سردار محمد رضا هاشمی فر فرمانده انتظامی لرستان گفت: کار ادامه دارد."


@pytest.fixture(scope="session")
def seed_records() -> list[dict[str, Any]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [record_for(extract_text(t)) for t in texts]


def rec(text: str) -> dict[str, Any]:
    return record_for(extract_text(text))


@pytest.fixture
def store(tmp_path: Path, seed_records: list[dict[str, Any]]) -> Store:
    s = open_store(tmp_path / "k.db")
    s.add_many(seed_records)
    return s


def person_entities(store: Store, where: str = "1", args: tuple = ()) -> set[int]:
    sql = f"SELECT DISTINCT entity_id FROM persons WHERE {where}"
    return {r[0] for r in store.conn.execute(sql, args)}


def grouping(store: Store) -> set[frozenset[tuple[str, str]]]:
    """Entities as sets of (document hash, record name): independent of ids and order."""
    rows = store.conn.execute(
        "SELECT x.entity_id, d.content_hash, x.name FROM (SELECT entity_id, document_id, name"
        " FROM persons UNION ALL SELECT entity_id, document_id, name FROM organizations"
        " UNION ALL SELECT entity_id, document_id, name || '/' || kind FROM places) x"
        " JOIN documents d ON d.id = x.document_id"
    ).fetchall()
    groups: dict[int, set[tuple[str, str]]] = {}
    for eid, digest, name in rows:
        groups.setdefault(eid, set()).add((digest, name))
    return {frozenset(g) for g in groups.values()}


def test_the_three_mohammadrezas_stay_three(store: Store) -> None:
    assert len(person_entities(store, "given_key = ?", ("محمدرضا",))) == 3
    assert entity_ids(store.conn, "person", "محمدرضا") == []  # a first name alone finds nobody


def test_one_person_in_two_documents_is_one_entity(store: Store) -> None:
    store.add(rec(REZAEI_AGAIN))
    assert len(person_entities(store, "name_key = ?", ("قاسمرضایی",))) == 1
    page = store.person("قاسم رضایی")
    assert page is not None and not page["surname_only"]
    # dated posts in date order, undated ones (seed 002 has no date) last
    assert [p["document_id"] for p in page["posts"]] == [6, 3]
    assert {p["post"] for p in page["posts"]} == {
        "جانشین فرمانده\u200cکل انتظامی",
        "رئیس پلیس کشور",
    }
    later = page["posts"][0]
    assert later["published"] == "2025-12-01" and later["text"] == "رئیس پلیس کشور"
    assert [d["id"] for d in page["documents"]] == [6, 3]
    assert len(page["quotes"]) > 5
    assert "رضایی" in page["variants"] and "سردار" in page["titles"]
    co_orgs = {o["name"]: o["documents"] for o in page["co_organizations"]}
    assert co_orgs["فرماندهی انتظامی جمهوری اسلامی ایران"] == 2  # «پلیس» in both


def test_spacing_of_a_name_does_not_split_it(store: Store) -> None:
    store.add(rec(HASHEMIFAR_SPACED))
    assert len(person_entities(store, "surname_key = ?", ("هاشمیفر",))) == 1
    page = store.person("محمدرضا هاشمی‌فر")
    assert page is not None and len(page["documents"]) == 2


def test_a_surname_alone_never_joins_across_documents(store: Store) -> None:
    store.add_many([rec(BAGHERI_ALONE), rec(BAGHERI_AGAIN)])
    full = person_entities(store, "name_key = ?", ("نعمتاللهباقری",))
    alone = person_entities(store, "name_key = ?", ("باقری",))
    assert len(full) == 1 and len(alone) == 2 and not full & alone
    kinds = {
        r[0] for r in store.conn.execute("SELECT detail FROM entities WHERE id IN (?, ?)", [*alone])
    }
    assert kinds == {"surname"}
    page = store.person("باقری")  # the full name first, the others listed
    assert page is not None and page["name"] == "نعمت‌الله باقری"
    assert set(page["others"]) == alone


def _with_person(record: dict[str, Any], name: str) -> dict[str, Any]:
    extra = {"name": name, "titles": [], "posts": [], "mentions": [], "post_mentions": []}
    return {**record, "text": record["text"] + " ", "persons": [*record["persons"], extra]}


def test_a_surname_joins_the_full_name_of_its_own_document(
    tmp_path: Path, seed_records: list[dict[str, Any]]
) -> None:
    with open_store(tmp_path / "k.db") as s:
        s.add(_with_person(seed_records[2], "رضایی"))
        assert len(person_entities(s, "surname_key = ?", ("رضایی",))) == 1
        # two full names with that surname: the bare surname could be either, so it is neither
        two = _with_person(_with_person(rec(REZAEI_AGAIN), "علی رضایی"), "رضایی")
        s.add(two)
        assert len(person_entities(s, "surname_key = ?", ("رضایی",))) == 3


def test_organizations_join_on_the_canonical_name(store: Store) -> None:
    police = entity_ids(store.conn, "organization", "فراجا")
    assert len(police) == 1
    assert police == entity_ids(store.conn, "organization", "ناجا")
    assert police == entity_ids(store.conn, "organization", "نیروی انتظامی")
    assert (
        len(
            {
                r[0]
                for r in store.conn.execute(
                    "SELECT document_id FROM organizations WHERE entity_id = ?", police
                )
            }
        )
        == 5
    )


def test_places_join_on_name_and_kind(tmp_path: Path, seed_records: list[dict[str, Any]]) -> None:
    with open_store(tmp_path / "k.db") as s:
        s.add(seed_records[0])  # قم, the province
        city = {"name": "قم", "kind": "city", "mentions": []}
        s.add({**seed_records[1], "places": [*seed_records[1]["places"], city]})
        kinds = s.conn.execute("SELECT detail FROM entities WHERE name = 'قم' ORDER BY detail")
        assert [r[0] for r in kinds] == ["city", "province"]


def test_resolution_is_deterministic(tmp_path: Path, seed_records: list[dict[str, Any]]) -> None:
    records = [*seed_records, rec(REZAEI_AGAIN), rec(BAGHERI_ALONE), rec(HASHEMIFAR_SPACED)]
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        a.add_many(records)
        b.add_many(reversed(records))
        assert grouping(a) == grouping(b)
        before = grouping(a)
        assert a.resolve() == a.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        assert grouping(a) == before


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("فتح‌الله جمیری", ("فتحالله", "جمیری")),
        ("فتح الله جمیری", ("فتحالله", "جمیری")),
        ("محمد رضا هاشمی فر", ("محمدرضا", "هاشمیفر")),
        ("جمشیدی‌پور", (None, "جمشیدیپور")),
        ("محمدرضا", (None, "محمدرضا")),
        ("محمدجواد فدائی", ("محمدجواد", "فدایی")),
        ("امید حسینی", ("امید", "حسینی")),  # a first name that is also a word
        ("صوفی آبادی", (None, "صوفیابادی")),
    ],
)
def test_person_keys(name: str, keys: tuple[str | None, str]) -> None:
    assert person_keys(name) == keys


def test_a_listed_foreign_figure_joins_across_articles_by_surname(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as s:
        s.add(rec("ترامپ گفت: ایران باید مذاکره کند."))
        s.add(rec("دونالد ترامپ رئیس جمهور آمریکا در نشست خبری گفت: تحریم‌ها ادامه دارد."))
        s.add(rec("سردار باقری گفت: مذاکره ادامه دارد."))
        s.add(rec("سردار باقری افزود: تحریم‌ها اثری ندارد."))
        trump = person_entities(s, "name IN (?, ?)", ("ترامپ", "دونالد ترامپ"))
        assert len(trump) == 1
        # a Persian surname alone still stays in its own article
        assert len(person_entities(s, "name = ?", ("باقری",))) == 2


def test_a_persons_page_lists_documents_newest_first_and_no_surname_alone(
    tmp_path: Path,
) -> None:
    """One answer per question: an entity's documents are newest first whatever its kind,
    and its co-mentions leave out surname-only persons, as the facets of a search do."""
    earlier = (
        "date 2025-10-01\nبه گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور گفت: طرح جدید اجرا"
        " می‌شود.\nسردار باقری در جمع خبرنگاران گفت: امنیت مرزها برقرار است."
    )
    with open_store(tmp_path / "k.db") as store:
        store.add_many([rec(earlier), rec(REZAEI_AGAIN)])
        surname_only = store.conn.execute(
            "SELECT id FROM entities WHERE detail = 'surname'"
        ).fetchall()
        assert surname_only  # «سردار باقری»: a surname alone, in the earlier article
        page = store.person("قاسم رضایی")
        assert page is not None
        assert [d["published"] for d in page["documents"]] == ["2025-12-01", "2025-10-01"]
        assert page["co_persons"] == []
