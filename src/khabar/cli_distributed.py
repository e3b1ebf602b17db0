"""``khabar process`` and ``khabar load``: the pipeline on a Dask cluster (see README)."""

from __future__ import annotations

import time
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from khabar.cli_progress import progress_bar
from khabar.cli_shared import (
    DB,
    KEEP_ALL,
    NO_MODEL,
    PATHS,
    err,
    fail,
    left_out,
    reader_options,
    report,
)
from khabar.errors import KhabarError

if TYPE_CHECKING:
    from khabar.distributed import LoadSummary


class ShardFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"


def process(
    paths: list[str] = PATHS,
    out: Path = typer.Option(..., "--out", help="Folder for the shards (shared by the workers)."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Address of a running Dask scheduler, e.g. tcp://host:8786."
    ),
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="Processes of a local cluster (default: one per core)."
    ),
    fmt: ShardFormat = typer.Option(ShardFormat.parquet, "--format", help="parquet or jsonl"),
    input_format: str | None = typer.Option(
        None, "--input-format", help="Reader to use instead of sniffing (as ingest --format)."
    ),
    field: list[str] = typer.Option([], "--field", help="As ingest: --field text=body."),
    keep_all: bool = KEEP_ALL,
    partition_mb: float = typer.Option(4.0, "--partition-mb", min=0.01, help="Input per task."),
    retries: int = typer.Option(2, "--retries", min=0, help="Retries of a failed partition."),
    db: Path | None = typer.Option(
        None, "--db", help="Also load the shards into this database, in input order, as they come."
    ),
    no_model: bool = NO_MODEL,
) -> None:
    """Read, repair and extract on a Dask cluster; the workers write Parquet or JSONL shards.

    With --db, this process loads each shard while the workers go on (as «khabar load»
    would afterwards: same database)."""
    import os
    from contextlib import ExitStack

    from khabar.distributed import dask_client, plan, prepare_out, process_partitions
    from khabar.distributed.task import run_partition

    if scheduler and workers:
        fail("give --scheduler or --workers, not both")
    options = reader_options(input_format, field)
    options.keep_all = keep_all
    started = time.perf_counter()
    try:  # inputs and --out first: no cluster is started for a typo
        partitions = plan(paths, options, int(partition_mb * (1 << 20)))
        prepare_out(out)
        with ExitStack() as stack:
            loader = None
            if db is not None:
                from khabar.distributed.load import InOrderLoader
                from khabar.store import open_store

                store = stack.enter_context(open_store(db))
                loader = InOrderLoader(out, store, partitions)
            client = stack.enter_context(dask_client(scheduler, workers or os.cpu_count() or 1))
            bar = stack.enter_context(progress_bar(err, len(partitions), "partitions"))
            task = bar.add_task("process", total=len(partitions))

            def show(s) -> None:  # noqa: ANN001
                bar.update(task, total=s.partitions - s.skipped, completed=s.done + len(s.crashed))

            summary = process_partitions(
                partitions,
                out,
                client,
                fmt.value,
                options,
                retries,
                progress=show,
                task=partial(run_partition, use_model=not no_model),
                settled=loader.settle if loader else None,
            )
    except KhabarError as e:
        fail(str(e))
    err.print(
        f"partitions {summary.partitions} (done {summary.done}, skipped {summary.skipped} "
        f"already done, crashed {len(summary.crashed)}), read {summary.read}, "
        f"failed {summary.failed} in {time.perf_counter() - started:.1f} s -> {escape(str(out))}",
        highlight=False,
    )
    report(summary.notes, "[yellow]changed[/]")
    left_out(summary.left_out, summary.undated)
    report(summary.failures, "[red]failed[/]")
    report(summary.crashed, "[red]crashed[/]")
    if loader is not None and db is not None:  # one is made with the other
        _loaded(loader.summary, db, started)
    if summary.crashed:
        err.print("rerun the same command to process the crashed partitions", highlight=False)
    if (
        summary.failed
        or summary.crashed
        or (loader and (loader.summary.failed or loader.summary.missing))
    ):
        raise typer.Exit(1)


def load(
    out: Path = typer.Argument(..., help="The --out folder of «khabar process».", metavar="DIR"),
    db: Path = DB,
    batch: int = typer.Option(500, "--batch", min=1, help="Articles per transaction."),
    partial: bool = typer.Option(False, "--partial", help="Load although shards are missing."),
) -> None:
    """Load the shards into the database: documents, facts, search index and entities."""
    from khabar.distributed import load as run_load
    from khabar.distributed.load import articles_in

    if not out.is_dir():
        fail(f"{out}: no such folder")
    started = time.perf_counter()
    try:
        total = articles_in(out)
        with progress_bar(err, total, "articles") as bar:
            task = bar.add_task("load", total=total)
            summary = run_load(
                out, db, batch, partial, lambda s: bar.update(task, completed=s.read)
            )
    except KhabarError as e:
        fail(str(e))
    _loaded(summary, db, started)
    report(summary.notes, "[yellow]changed[/]")
    report(summary.failures, "[red]failed[/]")
    if summary.failed or summary.missing:
        raise typer.Exit(1)


def _loaded(summary: LoadSummary, db: Path, started: float) -> None:
    err.print(
        f"shards {summary.shards}, read {summary.read}, new {summary.new}, new versions "
        f"{summary.versions}, unchanged {summary.unchanged}, failed {summary.failed} "
        f"in {time.perf_counter() - started:.1f} s -> {escape(str(db))}",
        highlight=False,
    )
    if summary.missing:
        err.print(f"  [red]missing[/] {len(summary.missing)} shards", highlight=False)
