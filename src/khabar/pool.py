"""Tasks run in worker processes, their results back in task order, and nothing waits forever.

A worker that dies (a crash in native code, the kernel's out-of-memory kill, ``os._exit``)
breaks the pool: every task it held or queued would be lost. Here the chunks that were
answered before the break keep their results; the tasks of the others run again in a fresh
pool, one task at a time on each worker, ``workers`` at once. When the pool breaks again,
only the tasks running then are suspects: each of those runs alone, so one task that kills
its worker takes no other with it, and becomes ``died(task, how)``; the run goes on.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


class _Watched(SpawnContext):
    """The spawn context, remembering the processes the pool starts through it: how a worker
    ended is asked of them (the pool itself tells no one)."""

    def __init__(self) -> None:
        super().__init__()
        self.started: list[SpawnProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> SpawnProcess:  # type: ignore[override]  # noqa: N802
        process = SpawnProcess(*args, **kwargs)
        self.started.append(process)
        return process


class _Pool(Generic[Task, Result]):
    """A process pool that is replaced by a fresh one when a worker dies."""

    def __init__(
        self,
        run: Callable[[list[Task]], list[Result]],
        workers: int,
        init: Callable[..., None],
        initargs: tuple[Any, ...],
    ) -> None:
        self.run, self.workers, self.init, self.initargs = run, workers, init, initargs
        self._start()

    def _start(self) -> None:
        self.context = _Watched()
        self.executor = ProcessPoolExecutor(self.workers, self.context, self.init, self.initargs)

    def submit(self, tasks: list[Task]) -> Future[list[Result]]:
        """``run(tasks)``'s future; one that failed already if the pool has broken (a task
        running killed its worker), so that it is run again with the others the pool held."""
        try:
            return self.executor.submit(self.run, tasks)
        except BrokenProcessPool as e:
            broken = e
        except OSError as e:
            # Python 3.11 marks a pool broken outside the lock submit takes, then closes the
            # pipe submit and shutdown write to: a call between the two meets a closed pipe.
            broken = BrokenProcessPool(f"the pool broke as a task was submitted: {e}")
        failed: Future[list[Result]] = Future()
        failed.set_exception(broken)
        return failed

    def replace(self) -> str:
        """Start a fresh pool; how the broken one's dead worker ended (the pool ends the
        others with SIGTERM once one has died)."""
        self.shutdown()
        codes = [p.exitcode for p in self.context.started]
        self._start()
        ended = [c for c in codes if c not in (None, 0, -signal.SIGTERM)] or [
            c for c in codes if c not in (None, 0)
        ]
        if not ended:
            return "its worker process died"
        code = ended[0]
        if code < 0:
            return f"its worker process died (killed by signal {signal.Signals(-code).name})"
        return f"its worker process died (exit code {code})"

    def shutdown(self) -> None:
        try:
            self.executor.shutdown(wait=True, cancel_futures=True)
        except OSError:
            # the race submit meets: the pipe closed after the check; now that it is marked
            # closed, shutting down again only waits for the pool's own thread to end
            self.executor.shutdown(wait=True, cancel_futures=True)


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
    queued: deque[tuple[list[Task], Future[list[Result]]]] = deque()
    pool = _Pool(run, workers, init, initargs)
    try:
        while True:
            while len(queued) * chunk < ahead:
                some = list(islice(tasks, chunk))
                if not some:
                    break
                queued.append((some, pool.submit(some)))
            if not queued:
                return
            try:
                results = queued[0][1].result()
            except BrokenProcessPool:
                broken = list(queued)
                queued.clear()
                pool.replace()
                yield from _recovered(broken, pool, died)
                continue
            queued.popleft()
            yield from results
    finally:
        pool.shutdown()


def _answered(future: Future[list[Result]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _recovered(
    chunks: list[tuple[list[Task], Future[list[Result]]]],
    pool: _Pool[Task, Result],
    died: Callable[[Task, str], Result],
) -> Iterator[Result]:
    """The results of the chunks a broken pool held, in order: those it answered before it
    broke as they are, the tasks of the others run again one per worker, ``workers`` at
    once; when that breaks the pool, the tasks running then run alone."""
    entries: list[tuple[bool, Any]] = []  # (answered, its result) or (not, the task to run)
    for some, future in chunks:
        if _answered(future):
            entries += [(True, r) for r in future.result()]
        else:
            entries += [(False, task) for task in some]
    running: deque[tuple[Task, Future[list[Result]]]] = deque()
    at = 0
    while at < len(entries) or running:
        while at < len(entries) and entries[at][0] and not running:
            yield entries[at][1]
            at += 1
        while at < len(entries) and not entries[at][0] and len(running) < pool.workers:
            running.append((entries[at][1], pool.submit([entries[at][1]])))
            at += 1
        if not running:
            continue
        try:
            running[0][1].result()
        except BrokenProcessPool:
            suspects = list(running)
            running.clear()
            pool.replace()
            for task, future in suspects:
                yield future.result()[0] if _answered(future) else _alone(task, pool, died)
            continue
        yield running.popleft()[1].result()[0]


def _alone(task: Task, pool: _Pool[Task, Result], died: Callable[[Task, str], Result]) -> Result:
    """``task``'s result, run with nothing beside it (a fresh pool if it kills its worker)."""
    try:
        return pool.submit([task]).result()[0]
    except BrokenProcessPool:
        return died(task, pool.replace())
