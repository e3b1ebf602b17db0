"""Tasks run in worker processes, their results back in task order, and nothing waits forever.

A worker that dies (a crash in native code, the kernel's out-of-memory kill, ``os._exit``)
breaks the pool: every task it held or queued would be lost. Here those tasks run again, one
at a time in a fresh pool, so one task that kills its worker takes no other with it; a task
that kills its worker alone becomes ``died(task, how)`` and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


def ordered_results(
    tasks: Iterator[Task],
    run: Callable[[list[Task]], list[Result]],
    died: Callable[[Task, str], Result],
    workers: int,
    init: Callable[..., None],
    initargs: tuple[Any, ...],
    ahead: int,
    chunk: int,
) -> Iterator[Result]:
    """``run`` over ``tasks`` in chunks of ``chunk`` on ``workers`` processes (each calls
    ``init(*initargs)`` once), results in task order; at most ``ahead`` tasks are taken from
    ``tasks`` beyond the result last given."""

    def fresh() -> ProcessPoolExecutor:
        spawn = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(workers, spawn, init, initargs)

    queued: deque[tuple[list[Task], Future[list[Result]]]] = deque()
    pool = fresh()
    try:
        while True:
            while len(queued) * chunk < ahead:
                some = list(islice(tasks, chunk))
                if not some:
                    break
                queued.append((some, pool.submit(run, some)))
            if not queued:
                return
            try:
                results = queued[0][1].result()
            except BrokenProcessPool:
                stranded = [task for some, _ in queued for task in some]
                queued.clear()
                pool = _replaced(pool, fresh)
                for task in stranded:
                    result, pool = _alone(task, pool, run, died, fresh)
                    yield result
                continue
            queued.popleft()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(
    task: Task,
    pool: ProcessPoolExecutor,
    run: Callable[[list[Task]], list[Result]],
    died: Callable[[Task, str], Result],
    fresh: Callable[[], ProcessPoolExecutor],
) -> tuple[Result, ProcessPoolExecutor]:
    """``task``'s result, run with nothing beside it; the pool to go on with."""
    try:
        return pool.submit(run, [task]).result()[0], pool
    except BrokenProcessPool:
        how = _how_it_died(pool)
        return died(task, how), _replaced(pool, fresh)


def _replaced(pool: ProcessPoolExecutor, fresh: Callable[[], ProcessPoolExecutor]):  # noqa: ANN202
    pool.shutdown(wait=True, cancel_futures=True)
    return fresh()


def _how_it_died(pool: ProcessPoolExecutor) -> str:
    """The dead worker's exit: the pool ends the others with SIGTERM once one has died."""
    processes = dict(pool._processes or {})  # no public way to ask; shutdown forgets them
    pool.shutdown(wait=True, cancel_futures=True)
    codes = [p.exitcode for p in processes.values()]
    ended = [c for c in codes if c not in (None, 0, -signal.SIGTERM)] or [
        c for c in codes if c not in (None, 0)
    ]
    if not ended:
        return "its worker process died"
    code = ended[0]
    if code < 0:
        return f"its worker process died (killed by signal {signal.Signals(-code).name})"
    return f"its worker process died (exit code {code})"
