"""Ingest with worker processes: whatever fails in a worker is that article's reported error.

The pool's own threads die on what they cannot pickle or unpickle, which left the run
waiting forever (or ended it, losing the batch). The articles here come from a custom
reader, as a Python caller registers one, and carry what breaks each step of the way.
"""

import sqlite3
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.driver import ingest
from khabar.ingest.base import RawArticle, register_reader, unregister_reader

runner = CliRunner()
TEXTS = [f"وزیر شماره {n} گفت که طرح تا پایان سال در استان انجام می‌شود. " * 12 for n in range(6)]


class Unreadable(Exception):
    """An exception that pickles but does not unpickle: it wants two arguments, gets one."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what}: {why}")


def _explode() -> None:
    raise Unreadable("an extra field", "it breaks as it is unpickled")


class BreaksInTransit:
    """Pickles in the reading process; raises ``Unreadable`` as a worker unpickles it."""

    def __reduce__(self):  # noqa: ANN204
        return (_explode, ())


class BreaksInUse(str):
    """A text that crosses to the worker whole, then raises ``Unreadable`` when measured."""

    def __len__(self) -> int:
        raise Unreadable("the text", "it cannot be measured")


def poisoned(path, options):  # noqa: ANN001, ANN201
    source = str(path)
    yield RawArticle(source, "item 1", TEXTS[0])
    yield RawArticle(source, "item 2", TEXTS[1], extra={"x": BreaksInTransit()})
    yield RawArticle(source, "item 3", BreaksInUse(TEXTS[2]))
    yield RawArticle(source, "item 4", TEXTS[3], extra={"lock": threading.Lock()})  # no pickle
    yield RawArticle(source, "item 5", TEXTS[4])


@pytest.fixture
def poison(tmp_path):  # noqa: ANN201
    register_reader("poisoned", lambda path, head: path.suffix == ".poison", poisoned)
    path = tmp_path / "a.poison"
    path.write_text("read by the reader above", encoding="utf-8")
    yield path
    unregister_reader("poisoned")


def stored(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT locator FROM documents ORDER BY id")]


def test_what_breaks_in_a_worker_is_that_articles_error_and_the_run_ends(tmp_path, poison):
    done: dict[str, object] = {}
    db = tmp_path / "k.db"

    def run() -> None:
        done["summary"] = ingest([poison], db, workers=2, batch_size=2)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(600)  # no timing: a run that works ends in seconds, one that hangs never
    assert not thread.is_alive(), "the run waits forever for a worker's result"
    summary = done["summary"]
    assert (summary.read, summary.new, summary.failed) == (2, 2, 3)  # type: ignore[attr-defined]
    failures = dict(summary.failures)  # type: ignore[attr-defined]
    assert list(failures) == [f"{poison}:item {n}" for n in (2, 3, 4)]
    assert failures[f"{poison}:item 2"].startswith("internal error: Unreadable: an extra field")
    assert failures[f"{poison}:item 3"].startswith("internal error: Unreadable: the text")
    assert failures[f"{poison}:item 4"].startswith(
        "internal error (not passed to a worker): TypeError: cannot pickle"
    )
    assert stored(db) == ["item 1", "item 5"]


def test_the_command_lists_them_and_exits_1_with_workers_or_without(tmp_path, poison):
    db = tmp_path / "k.db"
    command = ["ingest", str(poison), "--db", str(db), "--workers"]
    result = runner.invoke(app, [*command, "2"])
    assert result.exit_code == 1, result.output
    assert "read 2, new 2" in result.stderr and "failed 3" in result.stderr
    assert f"{poison}:item 2: internal error: Unreadable: an extra field" in result.stderr

    db.unlink()  # in one process nothing crosses: only the text that breaks fails
    result = runner.invoke(app, [*command, "1"])
    assert result.exit_code == 1, result.output
    assert "read 4, new 4" in result.stderr and "failed 1" in result.stderr
    assert f"{poison}:item 3: internal error: Unreadable: the text" in result.stderr
    assert stored(db) == ["item 1", "item 2", "item 4", "item 5"]


# An article whose worker dies as it reads it: ``os._exit`` and SIGKILL stand for a crash in
# native code and the out-of-memory kill. Run in a child process, so that a run that waits
# forever is ended and fails here instead of hanging the suite.
DYING_RUN = """
import os, signal, sys
from khabar.cli import app
from khabar.ingest.base import RawArticle, register_reader

class Dies:
    def __init__(self, how): self.how = how
    def __reduce__(self): return self.how

TEXTS = [f"وزیر شماره {n} گفت که طرح تا پایان سال در استان انجام می‌شود. " * 12 for n in range(5)]

def dying(path, options):
    source = str(path)
    yield RawArticle(source, "item 1", TEXTS[0])
    yield RawArticle(source, "item 2", TEXTS[1], extra={"x": Dies((os._exit, (3,)))})
    yield RawArticle(source, "item 3", TEXTS[2])
    kill = (signal.raise_signal, (signal.SIGKILL,))
    yield RawArticle(source, "item 4", TEXTS[3], extra={"x": Dies(kill)})
    yield RawArticle(source, "item 5", TEXTS[4])

register_reader("dying", lambda path, head: path.suffix == ".dying", dying)
app(sys.argv[1:])
"""


def test_an_article_that_kills_its_worker_fails_alone_and_the_run_goes_on(tmp_path):
    path, db = tmp_path / "a.dying", tmp_path / "k.db"
    path.write_text("read by the reader above", encoding="utf-8")
    command = [sys.executable, "-c", DYING_RUN, "ingest", str(path), "--db", str(db)]
    try:
        done = subprocess.run(
            [*command, "--workers", "2", "--batch", "2"],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the run waits forever for the articles a dead worker held")
    assert done.returncode == 1, done.stderr
    assert "read 3, new 3" in done.stderr and "failed 2" in done.stderr, done.stderr
    assert f"{path}:item 2: not processed: its worker process died (exit code 3)" in done.stderr
    killed = "not processed: its worker process died (killed by signal SIGKILL)"
    assert f"{path}:item 4: {killed}" in done.stderr
    assert stored(db) == ["item 1", "item 3", "item 5"]
