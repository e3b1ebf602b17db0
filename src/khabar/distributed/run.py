"""``khabar process``: partitions to shards on a Dask cluster, and ``khabar load``.

The client plans the partitions, submits one task per partition not yet done, and follows
them with ``as_completed``; each task writes its shard and returns a small summary. A task
that raises is retried (``retries``); one that still fails is reported at the end and its
shard is simply missing, so a rerun does only that partition.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import KhabarError
from khabar.ingest.base import ReaderOptions

from .load import shard_manifest
from .partition import DEFAULT_TARGET_BYTES, Partition, plan
from .shards import PLAN, write_json
from .task import run_partition

CONNECT_TIMEOUT = "10s"
# A worker's statistical profiler (every 10 ms), event-loop check (20 ms) and system monitor
# (500 ms) take the GIL from the pipeline, which is pure Python: together about 4 % of the
# worker's CPU. Nobody reads them on the local cluster (its dashboard is on a random port).
_LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}


class ClusterError(KhabarError):
    """Dask is missing, or the scheduler cannot be reached."""


@dataclass
class ProcessSummary:
    partitions: int = 0
    skipped: int = 0  # done by an earlier run
    done: int = 0
    read: int = 0
    failed: int = 0  # articles or files that could not be read
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # articles kept, but changed
    left_out: list[tuple[str, str]] = field(default_factory=list)  # not articles: where, why
    undated: int = 0  # articles read with no date in the record, its text or its URL
    crashed: list[tuple[str, str]] = field(default_factory=list)  # partition, error
    tasks: list[dict[str, Any]] = field(default_factory=list)  # the tasks' summaries


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a new LocalCluster of ``workers``
    single-threaded processes (extraction is pure Python: threads would share one core)."""
    try:
        import logging

        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("Dask is not installed: pip install 'khabar[dask]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        with client:
            yield client
        return
    with (
        dask.config.set(_LOCAL_CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: other clusters may run here
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def process(
    paths: Iterable[str],
    out: str | Path,
    client: Any,
    fmt: str = "parquet",
    options: ReaderOptions | None = None,
    target_bytes: int = DEFAULT_TARGET_BYTES,
    retries: int = 2,
    progress: Callable[[ProcessSummary], None] | None = None,
    task: Callable[..., dict[str, Any]] = run_partition,
    settled: Callable[[str], None] | None = None,
) -> ProcessSummary:
    """Write the shards of ``paths`` into ``out`` using the Dask ``client``."""
    options = options or ReaderOptions()
    partitions = plan(paths, options, target_bytes)
    prepare_out(Path(out))
    return process_partitions(
        partitions, out, client, fmt, options, retries, progress, task, settled
    )


def process_partitions(
    partitions: list[Partition],
    out: str | Path,
    client: Any,
    fmt: str = "parquet",
    options: ReaderOptions | None = None,
    retries: int = 2,
    progress: Callable[[ProcessSummary], None] | None = None,
    task: Callable[..., dict[str, Any]] = run_partition,
    settled: Callable[[str], None] | None = None,
) -> ProcessSummary:
    """``process`` once the partitions are planned and ``out`` is prepared. ``settled`` is
    called with the name of each partition once it is done or given up (those done by an
    earlier run first), while the others run: ``khabar process --db`` loads there."""
    from distributed import as_completed

    out = Path(out)
    options = options or ReaderOptions()
    write_json(out / PLAN, {"format": fmt, "partitions": [p.to_json() for p in partitions]})
    summary = ProcessSummary(partitions=len(partitions))
    todo = []
    for p in partitions:
        manifest = shard_manifest(out, p)
        if manifest is None:
            todo.append(p)
        else:  # done by an earlier run: its failures are still failures
            summary.skipped += 1
            add_counts(summary, manifest)
    run = uuid.uuid4().hex[:8]
    futures = client.map(
        task,
        [p.to_json() for p in todo],
        out=str(out.resolve()),
        fmt=fmt,
        options=options,
        cwd=os.getcwd(),
        key=[f"khabar-{p.name}-{run}" for p in todo],
        retries=retries,
        pure=False,
    )
    names = {f.key: p.name for f, p in zip(futures, todo, strict=True)}
    if settled:  # after the submission: the workers start while this loads
        running = set(names.values())
        for p in partitions:
            if p.name not in running:
                settled(p.name)
    for future in as_completed(futures):
        if future.status == "finished":
            result = future.result()
            summary.done += 1
            add_counts(summary, result)
            summary.tasks.append({k: v for k, v in result.items() if k != "failures"})
        else:
            error = future.exception()
            summary.crashed.append((names[future.key], f"{type(error).__name__}: {error}"))
        future.release()
        if progress:
            progress(summary)
        if settled:
            settled(names[future.key])
    summary.crashed.sort()
    return summary


def add_counts(summary: ProcessSummary, manifest: dict[str, Any]) -> None:
    """Count a partition's manifest (or its task's summary) into ``summary``."""
    summary.read += manifest["read"]
    summary.failed += manifest["failed"]
    summary.failures.extend(map(tuple, manifest["failures"]))
    summary.notes.extend(map(tuple, manifest.get("notes", [])))
    summary.left_out.extend(map(tuple, manifest.get("left_out", [])))
    summary.undated += manifest.get("undated", 0)


def prepare_out(out: Path) -> None:
    """Create ``out``; a folder that cannot be written is a ``KhabarError`` before any work."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise KhabarError(f"{out}: cannot write shards there: {e.strerror or e}") from None
