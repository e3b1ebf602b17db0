"""khabar.pool: a task that kills its worker fails alone; the others it stranded run again side
by side, not one at a time; the dead worker's exit code is reported."""

from __future__ import annotations

import os
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from khabar.pool import _Pool, ordered_results

KILLER = 3
_folder: Path | None = None


def _init(folder: str) -> None:
    global _folder
    _folder = Path(folder)


def _run(tasks: list[int]) -> list[tuple[int, bool]]:
    """Each task: kills its worker if it is ``KILLER``; otherwise notes that it runs, looks
    for another task running at the same time (for at most half a second), and answers
    ``(task, whether it saw one)``."""
    assert _folder is not None
    out = []
    for task in tasks:
        if task == KILLER:
            os._exit(3)
        mine = _folder / f"running-{task}-{os.getpid()}"
        mine.touch()
        seen, until = False, time.monotonic() + 0.5
        while not seen and time.monotonic() < until:
            seen = any(p != mine for p in _folder.glob("running-*"))
            time.sleep(0.01)
        mine.unlink()
        with (_folder / "runs").open("a") as log:
            log.write(f"{task}\n")
        out.append((task, seen))
    return out


def _died(task: int, how: str) -> tuple[int, str]:
    return task, how


def test_a_task_that_kills_its_worker_fails_alone_and_the_others_rerun_side_by_side(tmp_path):
    tasks = list(range(24))
    # one chunk holds every task: the killer breaks it, and all its tasks must run again
    results = list(ordered_results(iter(tasks), _run, _died, 2, _init, (str(tmp_path),), 24, 24))
    assert [r[0] for r in results] == tasks
    assert results[KILLER] == (KILLER, "its worker process died (exit code 3)")
    rerun = [r for r in results if r[0] > KILLER]
    assert all(isinstance(seen, bool) for _, seen in rerun)
    # run again one at a time, no task would ever see another running
    assert sum(seen for _, seen in rerun) >= len(rerun) // 2
    runs = [int(line) for line in (tmp_path / "runs").read_text().split()]
    # the tasks before the killer ran in the broken chunk and again; none runs more than
    # three times (in the chunk, beside a suspect, alone), and the killer's result is its own
    assert max(runs.count(t) for t in tasks if t != KILLER) <= 3
    assert KILLER not in runs


def test_a_submit_that_meets_the_pipe_of_a_pool_breaking_fails_as_a_broken_pool(monkeypatch):
    pool = _Pool(_run, 1, _init, ("/nonexistent",))
    try:

        def closed(*args, **kwargs):
            raise OSError("handle is closed")

        monkeypatch.setattr(pool.executor, "submit", closed)
        future = pool.submit([1])
        assert isinstance(future.exception(), BrokenProcessPool)
        assert "handle is closed" in str(future.exception())
    finally:
        pool.shutdown()


def test_a_shutdown_that_meets_the_closed_pipe_waits_for_the_pool_to_end(monkeypatch):
    pool = _Pool(_run, 1, _init, ("/nonexistent",))
    real, calls = pool.executor.shutdown, []

    def closed_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise OSError("handle is closed")
        real(*args, **kwargs)

    monkeypatch.setattr(pool.executor, "shutdown", closed_once)
    pool.shutdown()
    assert len(calls) == 2
    assert pool.executor._shutdown_thread
