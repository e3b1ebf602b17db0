"""What every command reads the same way (``khabar.ingest.prepare``): articles, and the
inputs that are clearly no article; titles, sources and dates."""

import json
import shutil
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from khabar.cli import app
from khabar.driver import ingest

runner = CliRunner()
INGEST = Path(__file__).parent / "fixtures" / "ingest"


def dataset_folder(tmp_path: Path) -> Path:
    """A data set as it is shipped: its records beside its licence and readmes."""
    folder = tmp_path / "farsnews"
    folder.mkdir()
    shutil.copy(INGEST / "fars-news-excerpt.json", folder / "fars-news-1.json")
    shutil.copy(INGEST / "farsnews_LICENSE_excerpt.txt", folder / "LICENSE")
    shutil.copy(INGEST / "farsnews_README.md", folder / "README.md")
    shutil.copy(INGEST / "farsnews_README.md", folder / "REPO_README.md")
    shutil.copy(INGEST / "farsnews_README.md", folder / "notes.md")  # English, any name
    return folder


def titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM documents ORDER BY id")]


def test_licence_readme_and_non_persian_files_are_left_out(tmp_path: Path) -> None:
    folder = dataset_folder(tmp_path)
    db = tmp_path / "k.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "read 3, new 3" in result.stderr
    assert "left out 4 that are not articles (--keep-all keeps them)" in result.stderr
    assert "LICENSE: a licence, readme or similar file by its name" in result.stderr
    assert "notes.md: not Persian text (0% of its letters are Persian)" in result.stderr
    assert "Apache License" not in titles(db) and len(titles(db)) == 3
    kept = tmp_path / "all.db"
    summary = ingest([folder], kept, options=None)
    assert len(summary.skipped) == 4
    everything = runner.invoke(app, ["ingest", str(folder), "--db", str(kept), "--keep-all"])
    # the three copies of the readme are one text, stored once
    assert "read 7, new 2, new versions 0, unchanged 5" in everything.stderr
    assert "left out" not in everything.stderr and "Apache License" in titles(kept)


def test_extract_leaves_out_what_ingest_leaves_out(tmp_path: Path) -> None:
    folder = dataset_folder(tmp_path)
    result = runner.invoke(app, ["extract", "--jsonl", str(folder)])
    assert result.exit_code == 0, result.output
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == [str(folder / "fars-news-1.json")] * 3
    assert "left out" in result.stderr and "README.md" in result.stderr
    kept = runner.invoke(app, ["repair", "--jsonl", "--keep-all", str(folder / "LICENSE")])
    assert json.loads(kept.stdout)["text"].startswith("Apache License")


ARABIC_LETTERS = ("ي", "ك", "ة")


def test_titles_and_source_names_are_repaired_as_the_text_is(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    ingest([INGEST / "fars-news-excerpt.json"], db)
    stored = titles(db)
    assert stored[0] == "اول باید سلاح‌های کشتار جمعی آمریکا، انگلیس، فرانسه و روسیه منهدم شود"
    assert not any(c in title for title in stored for c in ARABIC_LETTERS)
    # a feed's name is the source of its items: written with Arabic letters and odd spaces
    feed = (INGEST / "feed_fa.rss").read_text(encoding="utf-8")
    feed = feed.replace("<title>خبرگزاری نمونه - سیاسی</title>", "<title>خبرگزاري  نمونه</title>")
    feed = feed.replace("ساخت ۱۲ پاسگاه‌ی جدید", "ساخت ۱۲ پاسگاه\u200c\u200cي جديد")
    path = tmp_path / "feed.rss"
    path.write_text(feed, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    first = json.loads(result.stdout)[0]
    assert first["source"] == "خبرگزاری نمونه"
    assert first["title"] == "ساخت ۱۲ پاسگاه‌ی جدید در مرزهای شرقی"
    repaired = json.loads(runner.invoke(app, ["repair", "--json", str(path)]).stdout)[0]
    assert (repaired["title"], repaired["source"]) == (first["title"], first["source"])


def test_the_day_comes_from_the_record_else_from_the_outlets_url(tmp_path: Path) -> None:
    """Fars records have no date field; their URLs carry the Solar Hijri day."""
    result = runner.invoke(app, ["repair", "--jsonl", str(INGEST / "fars-news-excerpt.json")])
    days = [json.loads(line)["published"] for line in result.stdout.splitlines()]
    # /news/8203150021 is 1382/03/15, /news/13911222000865/... 1391/12/22
    assert days == ["2003-06-05", "2013-03-12", "2013-03-16"]
    records = tmp_path / "dated.jsonl"
    lines = [
        {"text": "خبر آزمایشی درباره سیل در استان گلستان.", "date": "1398/10/17",
         "url": "https://www.farsnews.ir/news/8203150021"},
        {"text": "خبر دوم درباره زلزله در استان کرمان.", "url": "https://example.ir/n/1"},
    ]  # fmt: skip
    records.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    db = tmp_path / "k.db"
    summary = runner.invoke(app, ["ingest", str(records), "--db", str(db)])
    assert "read 2, new 2" in summary.stderr
    assert "undated 1: no date in the record, its text or its URL" in summary.stderr
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT published FROM documents ORDER BY id").fetchall()
    assert stored == [("2020-01-07",), (None,)]  # the record's own date comes first


def irnews_file(tmp_path: Path, agency: str, url: str) -> Path:
    """The Tabnak fixture under another header: the data set names some outlets by a code
    such as ``asriran_1_data`` rather than ``tabnak_data``."""
    lines = (INGEST / "irnews_tabnak_data_833.txt").read_text(encoding="utf-8").split("\n")
    fields = lines[0].split("###")
    fields[0], fields[2] = agency, url
    path = tmp_path / f"{agency}_0.txt"
    path.write_text("\n".join(["###".join(fields), *lines[1:]]), encoding="utf-8")
    return path


def test_irnews_source_is_the_outlets_name_never_its_code(tmp_path: Path) -> None:
    cases = [
        (INGEST / "irnews_tabnak_data_833.txt", "تابناک"),
        (INGEST / "irnews_sobhane1_0.txt", "صبحانه"),
        (irnews_file(tmp_path, "asriran_1_data", "https://www.asriran.com/fa/news/1"), "عصر ایران"),
        # an unknown code on a known host: the host names the outlet
        (irnews_file(tmp_path, "site_2_data", "https://www.mashreghnews.ir/news/2"), "مشرق"),
    ]
    records = [
        json.loads(runner.invoke(app, ["repair", "--jsonl", str(path)]).stdout) for path, _ in cases
    ]
    assert [r["source"] for r in records] == [name for _, name in cases]
    assert {r["encoding"] for r in records} == {"utf-8"}
    unknown = irnews_file(tmp_path, "other_3_data", "https://unknown.example/news/3")
    (record,) = json.loads(runner.invoke(app, ["extract", str(unknown)]).stdout)
    assert record["source"] != "other_3_data"  # the text's «به گزارش ...», or none
