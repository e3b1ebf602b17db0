"""The command line as a user meets it: help, messages, exit codes and what it prints."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import khabar
from khabar.cli import app

FIXTURES = Path(__file__).parent / "fixtures"

runner = CliRunner()
README = Path(__file__).parent.parent / "README.md"


def readme_commands() -> list[str]:
    """The commands the README's «Commands» list documents (``khabar NAME ...`` lines)."""
    section = README.read_text(encoding="utf-8").split("## Commands", 1)[1]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return sorted({m for m in re.findall(r"^khabar (\w+)", block, re.M)})


def test_the_readme_lists_every_command():
    names = {c.name for c in typer.main.get_command(app).commands.values()}
    assert set(readme_commands()) == names
    assert len(names) >= 13


@pytest.mark.parametrize("name", readme_commands())
def test_every_command_has_help_and_every_option_a_description(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    usage = result.output.split("Usage:", 1)[1].split("\n", 1)[0]
    assert "{" not in usage, usage  # PATH..., not {paths}...
    command = typer.main.get_command(app).commands[name]
    for param in command.params:
        assert (param.help or "").strip(), f"khabar {name}: {param.name} has no description"


def test_usage_names_the_arguments():
    result = runner.invoke(app, ["ingest", "--help"])
    assert re.search(r"ingest \[OPTIONS\] PATH\.\.\. *\n", result.output)
    result = runner.invoke(app, ["quotes", "--help"])
    assert re.search(r"quotes \[OPTIONS\] \[QUERY\] *\n", result.output)


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"khabar {khabar.__version__}"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "seeds.db"
    result = runner.invoke(app, ["ingest", str(FIXTURES / "seeds"), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_an_install_hint_is_printed_whole(db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    result = runner.invoke(
        app, ["export", "--format", "parquet", "--db", str(db), "--out", str(tmp_path / "p")]
    )
    assert result.exit_code == 2
    assert "pip install 'khabar[parquet]'" in result.stderr


def test_an_empty_query_is_an_error(db):
    for query in ("", "   "):
        result = runner.invoke(app, ["search", query, "--db", str(db)])
        assert result.exit_code == 2
        assert "empty query" in result.stderr
        assert "document_id" not in result.stdout


@pytest.mark.parametrize(
    ("option", "value", "kind"),
    [
        ("--person", "کسی‌که‌نیست", "person"),
        ("--org", "سازمان ناموجود", "organization"),
        ("--place", "آتلانتیس", "place"),
        ("--source", "خبرگزاری ناموجود", "source"),
    ],
)
def test_an_unknown_filter_is_named_with_exit_1(db, option, value, kind):
    result = runner.invoke(app, ["search", "امنیت", option, value, "--db", str(db)])
    assert result.exit_code == 1
    assert f"no {kind} named «{value}»" in result.stderr
    result = runner.invoke(app, ["export", "-f", "jsonl", option, value, "--db", str(db)])
    assert result.exit_code == 1 and f"no {kind} named «{value}»" in result.stderr


def test_known_filters_still_search(db):
    result = runner.invoke(
        app, ["search", "امنیت", "--person", "هاشمی‌فر", "--place", "لرستان", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["quotes", "--speaker", "ناشناس", "--db", str(db)])
    assert result.exit_code == 1 and "no person named «ناشناس»" in result.stderr


def test_stats_shows_sources_and_months(db):
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0
    assert "documents per source" in result.stdout and "سپاه نیوز" in result.stdout
    assert "documents per month" in result.stdout and "2025-11" in result.stdout


def test_commitments_without_a_deadline_are_listed_apart(db):
    result = runner.invoke(app, ["commitments", "--no-deadline", "--json", "--db", str(db)])
    rows = json.loads(result.stdout)
    assert result.exit_code == 0 and rows
    assert all(r["deadline_date"] is None and not r["open"] for r in rows)
    assert {r["status"] for r in rows} == {"no deadline", "undated deadline"}
    result = runner.invoke(app, ["commitments", "--open", "--db", str(db)])
    assert f"{len(rows)} more announced without a deadline" in result.stdout
    result = runner.invoke(app, ["commitments", "--open", "--no-deadline", "--db", str(db)])
    assert result.exit_code == 2 and "exclude each other" in result.stderr


def test_person_is_a_readable_summary(db):
    result = runner.invoke(app, ["person", "هاشمی‌فر", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("محمدرضا هاشمی‌فر\n")
    assert "titles: سردار" in out
    assert re.search(r"2025-11-26 +فرمانده انتظامی استان لرستان +\(صدا و سیمای", out)
    assert "quotes (8, the latest 3)" in out
    assert "named with: " in out and "نعمت‌الله باقری (1)" in out
    assert "start:" not in out and "original_start" not in out and ";" not in out
    # a quote is cut between words, never inside one
    quote_lines = [line for line in out.splitlines() if line.startswith("  2025") and "…" in line]
    assert quote_lines and all(" …" in line for line in quote_lines)
    as_json = runner.invoke(app, ["person", "هاشمی‌فر", "--json", "--db", str(db)])
    assert '"original_start"' in as_json.stdout


def test_ingest_of_nothing_creates_no_database(tmp_path):
    db = tmp_path / "k.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "nonexistent"), "--db", str(db)])
    assert result.exit_code == 1
    assert "no such file or directory" in result.stderr
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_ingest_uses_every_core_by_default(tmp_path, monkeypatch):
    import khabar.driver
    import khabar.ingest.count

    used = []

    def fake_ingest(paths, db, options, workers, **kwargs):
        used.append(workers)
        return khabar.driver.Summary()

    monkeypatch.setattr(khabar.driver, "ingest", fake_ingest)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    article = FIXTURES / "ingest" / "article_fa.txt"
    db = str(tmp_path / "k.db")
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    monkeypatch.setattr(khabar.ingest.count, "count_items", lambda files, options: 5000)
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(article), "--db", db, "--workers", "2"]).exit_code == 0
    assert used == [1, 3, 2]  # a handful of articles is not worth starting workers


def test_ingest_progress_has_a_total_rate_and_eta(tmp_path, terminal):
    screen = terminal
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(FIXTURES / "ingest" / "fars-news-excerpt.json", inputs)
    shutil.copy(FIXTURES / "ingest" / "article_fa.txt", inputs)
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 0, screen.getvalue()
    shown = screen.getvalue()
    assert "100%" in shown and "4/4" in shown  # 3 records of the JSON array and a text file
    assert re.search(r"[\d,]+ articles/s", shown)
    assert re.search(r"\d+:\d\d:\d\d", shown)  # time left


def test_ingest_progress_without_a_total_counts(tmp_path, terminal):
    screen = terminal
    feed = FIXTURES / "ingest" / "feed_fa.rss"  # a feed is counted only by reading it
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 0, screen.getvalue()
    shown = screen.getvalue()
    assert "%" not in shown and re.search(r"\d+ articles ", shown)


def test_export_progress(db, tmp_path, terminal):
    screen = terminal
    result = runner.invoke(
        app, ["export", "-f", "csv", "--db", str(db), "--out", str(tmp_path / "csv")]
    )
    assert result.exit_code == 0, screen.getvalue()
    assert "100%" in screen.getvalue() and "5/5" in screen.getvalue()
    assert "documents/s" in screen.getvalue()


def test_counting_json_records(tmp_path):
    from khabar.ingest.base import ReaderOptions
    from khabar.ingest.count import count_items
    from khabar.ingest.readers import iter_files

    (tmp_path / "a.jsonl").write_text('{"text": "یک"}\n\n{"text": "دو"}\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"text": "یک", "tags": [1, 2]}, {"text": "دو"}]')
    (tmp_path / "c.json").write_text('{"text": "یک"} {"text": "دو"} {"text": "سه"}')
    (tmp_path / "d.txt").write_text("یک خبر", encoding="utf-8")
    options = ReaderOptions()
    assert count_items(iter_files([tmp_path]), options) == 2 + 2 + 3 + 1
    assert count_items(iter_files([tmp_path / "missing.txt"]), options) == 1
    assert count_items(iter_files([FIXTURES / "ingest" / "feed_fa.rss"]), options) is None
