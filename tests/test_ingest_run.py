"""`khabar ingest` end to end: idempotent, bad files reported, a killed run resumes."""

import json
import signal
import sqlite3
import subprocess
import sys
import time

from typer.testing import CliRunner

from khabar.cli import app
from khabar.driver import ingest

runner = CliRunner()


def corpus(tmp_path, seeds, copies):
    """JSON Lines of the seeds, each copy made distinct by a numbered last paragraph."""
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for key, text in sorted(seeds.items()):
                body = f"{text}\nاین نسخه شماره {n} از گزارش {key} است."
                f.write(json.dumps({"text": body, "url": f"https://x.ir/{key}/{n}"}) + "\n")
    return path


def count(db):
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not created yet, or the file is locked
        return 0


def test_ingest_twice_stores_once_and_reports_bad_files(tmp_path, seeds):
    folder = tmp_path / "in"
    folder.mkdir()
    for key, text in seeds.items():
        (folder / f"{key}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    db = tmp_path / "k.db"
    first = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert first.exit_code == 1  # the broken file
    assert "read 5, new 5" in first.stderr and "failed 1" in first.stderr
    assert "broken.txt: binary file" in first.stderr
    summary = ingest([folder / "000.txt", folder / "001.txt"], db)
    assert (summary.new, summary.unchanged) == (0, 2)
    assert count(db) == 5
    found = runner.invoke(app, ["search", "میشود", "--db", str(db), "--json"])
    assert found.exit_code == 0
    assert json.loads(found.stdout), "ZWNJ-less query finds «می‌شود»"
    for limit, expected in (("--until", {"2025-11-26"}), ("--since", set())):
        day = "1404/09/05" if limit == "--until" else "1404/09/06"  # 2025-11-26, 2025-11-27
        dated = runner.invoke(app, ["search", "لرستان", limit, day, "--db", str(db), "--json"])
        assert {h["published"] for h in json.loads(dated.stdout)} == expected, limit
    late = runner.invoke(app, ["search", "لرستان", "--since", "later", "--db", str(db)])
    assert late.exit_code == 2 and "since wants a date" in late.stderr
    bad = runner.invoke(app, ["search", '"بی', "--db", str(db)])
    assert bad.exit_code == 2 and "unbalanced" in bad.stderr and "Traceback" not in bad.output


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path, seeds):
    path = corpus(tmp_path, seeds, copies=240)  # 1,200 articles
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "khabar", "ingest", str(path), "--db", str(db), "--batch", "20"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists() and count(db) >= 40:
            break
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = count(db)
    assert 0 < stored < 1200
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = ingest([path], db)
    assert summary.unchanged == stored and summary.new == 1200 - stored
    assert count(db) == 1200
    with sqlite3.connect(db) as conn:
        distinct = conn.execute("SELECT count(DISTINCT content_hash) FROM documents").fetchone()[0]
    assert distinct == 1200


def test_two_workers_store_what_one_stores(tmp_path, seeds):
    path = corpus(tmp_path, seeds, copies=8)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert ingest([path], one).new == 40
    summary = ingest([path], two, workers=2, batch_size=7)
    assert (summary.read, summary.new) == (40, 40)
    query = "SELECT content_hash, title, source FROM documents ORDER BY id"
    with sqlite3.connect(one) as a, sqlite3.connect(two) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        facts = "SELECT speaker, kind, text FROM quotes ORDER BY id"
        assert a.execute(facts).fetchall() == b.execute(facts).fetchall()
    again = ingest([path], two, workers=2)
    assert (again.new, again.unchanged) == (0, 40)
