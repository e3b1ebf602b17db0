import json

from typer.testing import CliRunner

from khabar.cli import app

runner = CliRunner()


def test_extract_prints_the_contract(tmp_path, seeds):
    path = tmp_path / "004.txt"
    path.write_text(seeds["004"], encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["schema"] == "khabar.extract/1"
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
    result = runner.invoke(
        app, ["extract", "--format", "jsonl", str(empty), str(good), str(binary)]
    )
    assert result.exit_code == 1
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1 and json.loads(lines[0])["path"] == str(good)
    assert "empty.txt: empty file" in result.stderr
    assert "image.txt: binary file (a PNG image)" in result.stderr
    assert "Traceback" not in result.output


def test_repair_prints_text_and_offsets(tmp_path, seeds):
    path = tmp_path / "001.txt"
    path.write_text(seeds["001"], encoding="utf-8")
    result = runner.invoke(app, ["repair", "--format", "json", str(path)])
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert record["published"] == "2025-11-26"
    (s, e), (os_, oe) = record["sentences"][0], record["original_sentences"][0]
    assert record["text"][s:e] == seeds["001"][os_:oe].strip()


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
