"""Exports (FollowTheMoney, JSON Lines, CSV, Parquet) of a store holding the seed articles."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from followthemoney import model
from followthemoney.types import registry
from typer.testing import CliRunner

import khabar
from khabar.calendars import gregorian_day
from khabar.cli import app
from khabar.export import ExportError, write
from khabar.export.csv_files import COLUMNS
from khabar.export.files import replacing
from khabar.extract import extract_text
from khabar.store import Store, open_store, record_for
from khabar.store.fact_rows import TABLES, fact_rows, select_documents

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
OFFICIAL = "محمدرضا هاشمی‌فر"  # seed 001, «فرمانده انتظامی استان لرستان», 2025-11-26
POST = "فرمانده انتظامی استان لرستان"
runner = CliRunner()


def seed_record(prefix: str, **meta: Any) -> dict[str, Any]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    return record_for(extract_text(meta.pop("text", text), {"path": path.name, **meta}))


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [seed_record(f"00{i}") for i in range(5)]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, Any]]) -> Path:
    path = tmp_path_factory.mktemp("store") / "k.db"
    with open_store(path) as store:
        store.add_many(records)
    return path


def export(db: Path, fmt: str, out: Path | None, *args: str) -> Any:
    result = runner.invoke(
        app,
        ["export", "--format", fmt, "--db", str(db), *args] + (["--out", str(out)] if out else []),
    )
    assert result.exit_code == 0, result.output
    return result


def jsonl_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- rows: evidence ---------------------------------------------------------------------------


def test_every_fact_row_carries_its_span_and_sentence(db: Path) -> None:
    with open_store(db) as store:
        docs = {
            d["document_id"]: store.document(d["document_id"]) for d in store.facts("documents")
        }
        seen = set()
        for table, row in fact_rows(store.conn, select_documents(store.conn)):
            assert set(row) == set(TABLES[table])
            if table == "documents":
                continue
            seen.add(table)
            doc = docs[row["document_id"]]
            text, original = doc["text"], doc["original"]
            assert text[row["start"] : row["end"]] == row["text"]
            assert text[row["sentence_start"] : row["sentence_end"]] == row["sentence"]
            if table == "quotes":  # the extractor's sentence: the one that attributes it
                continue
            assert row["sentence_start"] <= row["start"] < row["sentence_end"]
            assert row["sentence_original_start"] <= row["original_start"]
            assert row["original_start"] < row["sentence_original_end"] <= len(original)
    assert seen == set(TABLES) - {"documents"}


def test_original_offsets_point_into_the_file_as_read(db: Path) -> None:
    with open_store(db) as store:
        (quote,) = [
            q for q in store.facts("quotes") if q["text"].startswith("حضور فعال پلیس در اتفاقات را")
        ]
        original = store.document(quote["document_id"])["original"]
    assert original[quote["original_start"] : quote["original_end"]].startswith("حضور فعال")
    sentence = original[quote["sentence_original_start"] : quote["sentence_original_end"]]
    assert sentence.startswith("فدائی استاندار کرمان") and sentence.endswith("خواهد بود.")


def test_posts_name_their_organization_and_province(db: Path) -> None:
    with open_store(db) as store:
        posts = {p["post"]: p for p in store.facts("posts")}
    assert posts[POST]["person"] == OFFICIAL and posts[POST]["province"] == "لرستان"
    qom = posts["فرمانده نیروی انتظامی استان قم"]
    assert qom["organization"] == "فرماندهی انتظامی جمهوری اسلامی ایران"
    assert qom["province"] == "قم"


def test_filters_select_documents(db: Path) -> None:
    with open_store(db) as store:

        def docs(**filters: Any) -> set[str]:
            return {Path(d["path"]).name[:3] for d in store.facts("documents", **filters)}

        assert docs() == {"000", "001", "002", "003", "004"}
        assert docs(person=OFFICIAL) == {"001"}
        assert docs(place="کرمان") == {"004"}
        assert docs(since="2025-11-01") == {"001"}
        assert docs(since="1404/09/01") == docs(since="2025-11-22") == {"001"}
        assert docs(until="2025-11-01") == set()


# -- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_has_the_extract_contract(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    export(db, "jsonl", out)
    lines = jsonl_lines(out)
    assert {line["schema"] for line in lines} == {"khabar.export/1"}
    doc_id = next(
        x["document_id"] for x in lines if x["fact"] == "document" and x["path"].startswith("004")
    )
    quotes = [x for x in lines if x["fact"] == "quote" and x["document_id"] == doc_id]
    extracted = json.loads(
        runner.invoke(app, ["extract", str(next(SEEDS.glob("004_*.txt")))]).stdout
    )[0]
    keys = ("speaker", "kind", "verb", "start", "end", "text", "original_start", "original_end")
    assert [{k: q[k] for k in keys} for q in quotes] == [
        {k: q[k] for k in keys} for q in sorted(extracted["quotes"], key=lambda q: q["start"])
    ]
    assert [q["sentence"] for q in quotes] == [
        q["sentence"] for q in sorted(extracted["quotes"], key=lambda q: q["start"])
    ]
    assert all(
        q["cue"]["text"] == extracted["text"][q["cue"]["start"] : q["cue"]["end"]] for q in quotes
    )


def test_jsonl_goes_to_stdout_by_default(db: Path) -> None:
    result = export(db, "jsonl", None, "--since", "1404/09/01")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["path"][:3] for x in lines if x["fact"] == "document"] == ["001"]
    (person,) = [x for x in lines if x["fact"] == "person" and x["name"] == OFFICIAL]
    assert person["posts"] == [POST] and person["published"] == "2025-11-26"
    assert OFFICIAL in person["sentence"]["text"]


# -- CSV and Parquet --------------------------------------------------------------------------


def test_csv_files_open_in_spreadsheets(db: Path, tmp_path: Path) -> None:
    export(db, "csv", tmp_path)
    for table in ("persons", "posts", "quotes", "quantities", "commitments"):
        data = (tmp_path / f"{table}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), table  # the BOM spreadsheet programs look for
    with (tmp_path / "posts.csv").open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == COLUMNS["posts"]
        (post,) = [r for r in reader if r["person"] == OFFICIAL]
    assert post["post"] == POST and post["province"] == "لرستان"
    assert post["published"] == "2025-11-26" and post["organization"] == ""
    assert POST in post["sentence"]
    with (tmp_path / "persons.csv").open(encoding="utf-8-sig", newline="") as fh:
        (person,) = [r for r in csv.DictReader(fh) if r["name"] == OFFICIAL]
    assert person["titles"] == "سردار" and person["posts"] == POST
    assert "text" not in COLUMNS["documents"]


def test_parquet_round_trips(db: Path, tmp_path: Path) -> None:
    export(db, "parquet", tmp_path)
    with open_store(db) as store:
        for table in TABLES:
            assert pq.read_table(tmp_path / f"{table}.parquet").to_pylist() == store.facts(table)
    schema = pq.read_schema(tmp_path / "persons.parquet")
    assert str(schema.field("start").type) == "int64"
    assert str(schema.field("titles").type) == "list<element: string>"
    assert str(pq.read_schema(tmp_path / "quantities.parquet").field("value").type) == "double"


def test_an_empty_selection_still_writes_every_table(db: Path, tmp_path: Path) -> None:
    export(db, "parquet", tmp_path, "--since", "2099-01-01")  # selects no document
    for table, columns in TABLES.items():
        t = pq.read_table(tmp_path / f"{table}.parquet")
        assert t.num_rows == 0 and tuple(t.column_names) == columns


# -- FollowTheMoney ---------------------------------------------------------------------------


def ftm_entities(directory: Path) -> dict[str, dict[str, Any]]:
    lines = jsonl_lines(directory / "entities.ftm.json")
    return {e["id"]: e for e in lines}


def ftm_problems(path: Path, tmp_path: Path) -> list[str]:
    """What is wrong with an FtM file: ``ftm validate`` (the followthemoney CLI) fails or
    changes a value on re-parsing it (a Jalali date cut to its year ...), a required
    property is missing, or a reference points to no entity of the right schema."""
    ftm = Path(sys.executable).with_name("ftm")
    validated = tmp_path / "validated.json"
    run = subprocess.run(
        [str(ftm), "validate", "-i", str(path), "-o", str(validated)],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        return [f"ftm validate: {run.stderr.strip().splitlines()[-1]}"]
    problems = []
    given = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in validated.read_text(encoding="utf-8").splitlines()]
    by_id = {e["id"]: e for e in given}
    for entity, clean in zip(given, after, strict=True):
        if entity["properties"] != clean["properties"]:
            problems.append(f"{entity['id']}: changed by ftm validate")
        schema = model.get(entity["schema"])
        problems += [
            f"{entity['id']}: no {p}" for p in schema.required if not entity["properties"].get(p)
        ]
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            if prop is None:
                problems.append(f"{entity['id']}: {entity['schema']} has no property {name}")
            elif prop.type == registry.entity:
                for ref in values:
                    target = by_id.get(ref)
                    if target is None or not model.get(target["schema"]).is_a(prop.range):
                        problems.append(f"{entity['id']}: {name} -> {ref}")
    return problems


@pytest.fixture(scope="module")
def ftm_dir(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ftm")
    export(db, "ftm", out)
    return out


def test_ftm_export_passes_ftm_validate(ftm_dir: Path, tmp_path: Path) -> None:
    assert ftm_problems(ftm_dir / "entities.ftm.json", tmp_path) == []


@pytest.mark.parametrize(
    "tamper",
    [
        lambda e: e["schema"] == "Article" and e["properties"].update(publishedAt=["1404/09/05"]),
        lambda e: e["schema"] == "Person" and e["properties"].update(shoeSize=["44"]),
        lambda e: e["schema"] == "Occupancy" and e["properties"].update(holder=["nobody"]),
        lambda e: e["schema"] == "Position" and e["properties"].pop("name"),
    ],
    ids=["jalali date", "unknown property", "dangling reference", "no name"],
)
def test_the_validity_check_catches_broken_files(ftm_dir: Path, tmp_path: Path, tamper) -> None:
    entities = jsonl_lines(ftm_dir / "entities.ftm.json")
    for e in entities:
        tamper(e)
    broken = tmp_path / "broken.ftm.json"
    broken.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities))
    assert ftm_problems(broken, tmp_path)


def test_ftm_person_post_and_occupancy(ftm_dir: Path) -> None:
    entities = ftm_entities(ftm_dir)
    by_schema: dict[str, list[dict[str, Any]]] = {}
    for e in entities.values():
        by_schema.setdefault(e["schema"], []).append(e)
    # FtM removes invisible characters, the ZWNJ included, from every value
    name = registry.name.clean(OFFICIAL)
    (person,) = [p for p in by_schema["Person"] if p["properties"]["name"] == [name]]
    assert person["properties"]["title"] == ["سردار"]
    assert person["properties"]["position"] == [POST]
    (position,) = [p for p in by_schema["Position"] if p["properties"]["name"] == [POST]]
    assert position["properties"]["country"] == ["ir"]
    assert position["properties"]["subnationalArea"] == ["لرستان"]
    (occupancy,) = [
        o for o in by_schema["Occupancy"] if o["properties"]["holder"] == [person["id"]]
    ]
    assert occupancy["properties"]["post"] == [position["id"]]
    assert occupancy["properties"]["date"] == ["2025-11-26"]
    (article_id,) = occupancy["properties"]["proof"]
    article = entities[article_id]["properties"]
    assert article["publishedAt"] == ["2025-11-26"] and article["language"] == ["fas"]
    assert article["publisher"] == ["صدا و سیمای مرکز لرستان"]
    assert name in article["peopleMentioned"]
    (doc,) = [d for d in by_schema["Documentation"] if d["properties"]["entity"] == [person["id"]]]
    assert doc["properties"]["document"] == [article_id]
    assert name in doc["properties"]["summary"][0]
    police = [
        o
        for o in by_schema["PublicBody"]
        if o["properties"]["name"] == ["فرماندهی انتظامی جمهوری اسلامی ایران"]
    ]
    assert len(police) == 1 and "فراجا" in police[0]["properties"]["weakAlias"]


def test_ftm_side_file_holds_quotes_and_commitments(ftm_dir: Path) -> None:
    entities = ftm_entities(ftm_dir)
    side = jsonl_lines(ftm_dir / "quotes_commitments.jsonl")
    assert {s["fact"] for s in side} == {"quote", "commitment"}
    assert len({s["id"] for s in side}) == len(side)
    for s in side:
        assert entities[s["article"]]["schema"] == "Article"
        assert s["person"] is None or entities[s["person"]]["schema"] == "Person"
        assert s["sentence"]["text"] and s["text"]
    said = [s for s in side if s["fact"] == "quote" and s["speaker"] == OFFICIAL]
    assert said and entities[said[0]["person"]]["properties"]["name"] == [
        registry.name.clean(OFFICIAL)
    ]


def test_ftm_ids_are_stable_across_exports_and_stores(
    db: Path, ftm_dir: Path, tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    export(db, "ftm", tmp_path / "again")
    for name in ("entities.ftm.json", "quotes_commitments.jsonl"):
        assert (tmp_path / "again" / name).read_bytes() == (ftm_dir / name).read_bytes()
    # the same articles stored in another order get other store ids, and the same FtM ids
    with open_store(tmp_path / "reversed.db") as store:
        store.add_many(list(reversed(records)))
    export(tmp_path / "reversed.db", "ftm", tmp_path / "reversed")
    assert set(ftm_entities(tmp_path / "reversed")) == set(ftm_entities(ftm_dir))


def test_a_new_version_updates_its_article(tmp_path: Path) -> None:
    url = "https://example.ir/news/1"
    first = seed_record("001", url=url)
    second = seed_record("001", url=url, text=first["original"] + "\nاین خبر به‌روز شد.")
    db = tmp_path / "k.db"
    with open_store(db) as store:
        store.add(first)
        export(db, "ftm", tmp_path / "v1")
        assert store.add(second).status == "new version"
        export(db, "ftm", tmp_path / "v2")
        assert len(store.facts("documents")) == 1  # only the current version
    v1, v2 = ftm_entities(tmp_path / "v1"), ftm_entities(tmp_path / "v2")
    (a1,) = [e for e in v1.values() if e["schema"] == "Article"]
    (a2,) = [e for e in v2.values() if e["schema"] == "Article"]
    assert a1["id"] == a2["id"] and a1["properties"]["sourceUrl"] == [url]
    assert "به‌روز" not in a1["properties"]["bodyText"][0]
    assert set(v1) == set(v2)


def test_jalali_dates_reach_ftm_as_gregorian(tmp_path: Path) -> None:
    record = seed_record("001")
    record["published"] = "1404-09-05"  # stored as given: a Solar Hijri day
    db = tmp_path / "k.db"
    with open_store(db) as store:
        store.add(record)
    export(db, "ftm", tmp_path / "out")
    entities = ftm_entities(tmp_path / "out").values()
    (article,) = [e for e in entities if e["schema"] == "Article"]
    assert article["properties"]["publishedAt"] == ["2025-11-26"]
    assert {d for e in entities if e["schema"] == "Occupancy" for d in e["properties"]["date"]} == {
        "2025-11-26"
    }
    assert ftm_problems(tmp_path / "out" / "entities.ftm.json", tmp_path) == []


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("1404/09/05", "2025-11-26"),
        ("۱۴۰۴/۰۹/۰۵", "2025-11-26"),
        ("1404-09-05", "2025-11-26"),
        ("2025-11-26", "2025-11-26"),
        ("2025-11-26T23:10:00+03:30", "2025-11-26"),
        ("Wed, 26 Nov 2025 10:00:00 +0330", "2025-11-26"),
        ("1404/12/31", None),  # Esfand has 29 or 30 days
        ("دیروز", None),
        (None, None),
    ],
)
def test_gregorian_day(value: str | None, day: str | None) -> None:
    assert gregorian_day(value) == day


# -- errors and the Python API ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml", "--out", "x"], "'xml' is not one of"),
        (["--format", "csv"], "give --out DIRECTORY"),
        (["--format", "jsonl", "--since", "soon"], "since wants a date"),
    ],
)
def test_bad_options_exit_2(db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_missing_db_and_unwritable_out_exit_2(db: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "a_file"
    a_file.write_text("")
    cases = [
        (
            ["--format", "csv", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path)],
            "no such database",
        ),
        (["--format", "ftm", "--db", str(db), "--out", str(a_file)], "not a directory"),
        (["--format", "csv", "--db", str(db), "--out", str(a_file / "sub")], "cannot create"),
        (["--format", "jsonl", "--db", str(db), "--out", str(tmp_path)], "a directory"),
        (["--format", "jsonl", "--db", str(db), "--out", str(a_file / "x.jsonl")], "cannot write"),
    ]
    for args, message in cases:
        result = runner.invoke(app, ["export", *args])
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "persons.csv"
    path.write_text("previous")
    with pytest.raises(RuntimeError), replacing(path) as tmp:
        tmp.write_text("half")
        raise RuntimeError("stopped")
    assert path.read_text() == "previous" and list(tmp_path.iterdir()) == [path]
    with pytest.raises(ExportError, match="unknown export format"):
        write(Store(None, ""), "xml", tmp_path)  # type: ignore[arg-type]


def test_out_through_a_fifo_or_a_symlink_is_not_replaced(db: Path, tmp_path: Path) -> None:
    import os
    import stat
    import threading

    fifo, same = tmp_path / "pipe", tmp_path / "same-pipe"
    os.mkfifo(fifo)
    os.link(fifo, same)  # to reach the FIFO if the export replaced it
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(same.read_bytes()))
    reader.start()
    export(db, "jsonl", fifo)
    if reader.is_alive():  # nothing was written to it: end the read
        same.write_bytes(b"")
    reader.join()
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO is still a FIFO"
    assert len(received[0].splitlines()) == len(export(db, "jsonl", None).stdout.splitlines())

    target, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    target.write_text("old")
    link.symlink_to(target)
    export(db, "jsonl", link)
    assert link.is_symlink() and json.loads(target.read_text().splitlines()[0])["schema"]

    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "persons.csv").symlink_to(target)  # a table file linked elsewhere
    export(db, "csv", folder)
    assert (folder / "persons.csv").is_symlink() and target.read_text().startswith("\ufeff")


def test_a_killed_exports_temporaries_are_removed_by_the_next(db: Path, tmp_path: Path) -> None:
    import os
    import time

    from khabar import atomic

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid, hex_ = int(gone.stdout), "0123456789abcdef" * 2
    folder = tmp_path / "csv"
    folder.mkdir()
    dead = folder / f".persons.csv.{atomic._HOST}.{pid}.{hex_}.tmp"  # its writer was killed
    mine = folder / f".persons.csv.{atomic._HOST}.{os.getpid()}.{hex_}.tmp"  # a writer at work
    old, fresh = folder / f".quotes.csv.{hex_}.tmp", folder / f".places.csv.{hex_[::-1]}.tmp"
    for path in (dead, mine, old, fresh):
        path.write_text("half")
    os.utime(old, (time.time() - 2 * atomic.STALE_SECONDS,) * 2)
    export(db, "csv", folder)
    assert not dead.exists() and not old.exists()  # left by writers that are gone
    assert mine.exists() and fresh.exists()  # perhaps still written
    assert (folder / "persons.csv").exists()


def test_python_api(db: Path) -> None:
    with khabar.open(db) as store:
        assert isinstance(store, Store)
        posts = store.facts("posts", place="لرستان")
        page = store.person(OFFICIAL)
    assert {p["post"] for p in posts} >= {POST} and page["posts"][0]["post"] == POST
    assert khabar.extract.extract_text is extract_text
    with pytest.raises(AttributeError):
        khabar.nothing  # noqa: B018
