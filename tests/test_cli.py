import json
from pathlib import Path

from typer.testing import CliRunner

from khabar.cli import app

INGEST = Path(__file__).parent / "fixtures" / "ingest"

runner = CliRunner()


def test_extract_prints_the_contract(tmp_path, seeds):
    path = tmp_path / "004.txt"
    path.write_text(seeds["004"], encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["schema"] == "khabar.extract/2"
    assert record["source"] == "پایگاه اطلاع‌رسانی وزارت کشور"
    quote = record["quotes"][0]
    assert record["text"][quote["start"] : quote["end"]] == quote["text"]
    original = seeds["004"]
    assert original[quote["original_start"] : quote["original_end"]].startswith("حضور فعال")
    names = {p["name"] for p in record["persons"]}
    assert names == {"محمدجواد فدائی", "عبدالرضا ناظری‌زاده"}


def test_bad_files_are_reported_and_the_rest_processed(tmp_path, seeds):
    good = tmp_path / "good.txt"
    good.write_text(seeds["000"], encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = runner.invoke(app, ["extract", "--jsonl", str(empty), str(good), str(binary)])
    assert result.exit_code == 1
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1 and json.loads(lines[0])["path"] == str(good)
    assert "empty.txt: empty file" in result.stderr
    assert "image.txt: binary file (a PNG image)" in result.stderr
    assert "Traceback" not in result.output


def test_repair_prints_text_and_offsets(tmp_path, seeds):
    path = tmp_path / "001.txt"
    path.write_text(seeds["001"], encoding="utf-8")
    result = runner.invoke(app, ["repair", "--json", str(path)])
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert record["published"] == "2025-11-26"
    (s, e), (os_, oe) = record["sentences"][0], record["original_sentences"][0]
    assert record["text"][s:e] == seeds["001"][os_:oe].strip()


def test_extract_and_repair_read_what_ingest_reads(tmp_path):
    """An HTML page is its article, a feed is one article per item, a JSON file one per
    record: the readers of «ingest», not the file taken as plain text."""
    page = runner.invoke(app, ["extract", str(INGEST / "page_fa.html")])
    assert page.exit_code == 0, page.output
    (record,) = json.loads(page.stdout)
    assert not record["text"].lstrip().startswith("<")
    assert record["title"] == "ساخت ۱۲ پاسگاه‌ی جدید در مرزهای شرقی"
    feed = runner.invoke(app, ["extract", "--jsonl", str(INGEST / "feed_fa.rss")])
    items = [json.loads(line) for line in feed.stdout.splitlines()]
    assert [r["locator"] for r in items] == ["item 1", "item 2"]
    assert items[1]["title"] == "نشست خبری سخنگوی دولت برگزار شد"
    fars = runner.invoke(app, ["repair", "--json", str(INGEST / "fars-news-excerpt.json")])
    assert fars.exit_code == 0, fars.output
    records = json.loads(fars.stdout)
    assert [r["locator"] for r in records] == ["item 1", "item 2", "item 3"]
    assert records[0]["url"] == "https://www.farsnews.ir/news/8203150021"
    assert "<" not in runner.invoke(app, ["repair", str(INGEST / "page_fa.html")]).stdout


def test_extract_takes_ingest_format_and_field_options(tmp_path):
    path = tmp_path / "articles.txt"  # JSON Lines with field names of their own
    body = "به گزارش ایسنا، سیل در استان گلستان دو روستا را فرا گرفت."
    record = {"matn": body, "sar": "سیل در گلستان"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    unnamed = runner.invoke(app, ["extract", str(path)])
    assert unnamed.exit_code == 1 and "no article text (looked for" in unnamed.stderr
    given = ["extract", "--field", "text=matn", "--field", "title=sar", str(path)]
    (record,) = json.loads(runner.invoke(app, given).stdout)
    assert record["text"] == body and record["title"] == "سیل در گلستان"
    (as_text,) = json.loads(runner.invoke(app, ["extract", "--format", "text", str(path)]).stdout)
    assert as_text["text"].startswith('{"matn"')
    wrong = runner.invoke(app, ["repair", "--format", "pdf", str(path)])
    assert wrong.exit_code == 2 and "unknown input format 'pdf'" in wrong.stderr


def test_delete_command(tmp_path):
    from khabar.store import open_store

    db = tmp_path / "k.db"
    article = tmp_path / "a.txt"
    article.write_text("خبر آزمایشی درباره سیل در استان گلستان.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    with open_store(db) as store:
        (hit,) = store.search("سیل")
    result = runner.invoke(app, ["delete", str(hit.document_id), "999", "--db", str(db)])
    assert result.exit_code == 1 and "no document 999" in result.output
    with open_store(db) as store:
        assert store.search("سیل") == [] and store.stats()["documents"] == 0
