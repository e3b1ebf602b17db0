"""The ``khabar`` command line."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand

from khabar import __version__
from khabar.cli_distributed import load, process
from khabar.cli_shared import (
    DB,
    FIELDS,
    FILTERS,
    INPUT_FORMAT,
    KEEP_ALL,
    NO_MODEL,
    PATHS,
    err,
    fail,
    filter_options,
    left_out,
    reader_options,
    report,
)
from khabar.cli_store import (
    commitments,
    delete,
    known_filters,
    open_existing,
    person,
    quotes,
    search,
    stats,
)
from khabar.errors import KhabarError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from khabar.model import Document
    from khabar.store import Filters

app = typer.Typer(
    help="Persian news to an evidence-linked knowledge base.",
    no_args_is_help=True,
    add_completion=False,
)


class Command(TyperCommand):
    """Usage lines as ``khabar ingest [OPTIONS] PATH...`` (Typer writes ``{paths}...``)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.metavar or (param.name or "").upper()
                if param.nargs != 1 and not name.endswith("..."):
                    name += "..."
                pieces.append(name if param.required else f"[{name}]")
        return pieces


def _version(value: bool) -> None:
    if value:
        print(f"khabar {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Persian news to an evidence-linked knowledge base."""


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


@dataclass
class Failures:
    count: int = 0


def _documents(
    paths: list[str], fmt: str | None, field: list[str], keep_all: bool, failures: Failures
) -> Iterator[Document]:
    """The repaired articles of ``paths``, read as ``ingest`` reads them; problems and inputs
    left out are reported on stderr (problems are counted)."""
    from khabar.ingest.base import ReadNote
    from khabar.ingest.prepare import documents
    from khabar.model import Document  # noqa: F811  (needed at run time, not only for types)
    from khabar.safetext import printable

    options = reader_options(fmt, field)
    options.keep_all = keep_all
    for doc in documents(paths, options):
        if isinstance(doc, Document):
            yield doc
            continue
        if isinstance(doc, ReadNote):
            label, where, reason = "[yellow]changed[/]", doc.source, doc.note
        else:
            label, where, reason = "[yellow]left out[/]", doc.source, doc.reason
            if isinstance(doc, KhabarError):
                label = "[red]skipped[/]"
                failures.count += 1
        report([(printable(where), printable(reason))], label)


def _output(as_json: bool, jsonl: bool, default: OutputFormat) -> OutputFormat:
    if as_json and jsonl:
        fail("--json and --jsonl exclude each other")
    return OutputFormat.json if as_json else OutputFormat.jsonl if jsonl else default


@app.command()
def repair(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs to read (as ingest)."),
    fmt: str | None = INPUT_FORMAT,
    field: list[str] = FIELDS,
    as_json: bool = typer.Option(False, "--json", help="JSON array: text, sentences, offsets."),
    jsonl: bool = typer.Option(False, "--jsonl", help="One JSON object per line."),
    keep_all: bool = KEEP_ALL,
) -> None:
    """Print the repaired text of each article (or JSON with its paragraphs and sentences)."""
    out = _output(as_json, jsonl, OutputFormat.text)
    records = []
    failures = Failures()
    for doc in _documents(paths, fmt, field, keep_all, failures):
        if out is OutputFormat.text:
            sys.stdout.write(doc.text + "\n")
            continue
        meta = doc.meta
        record = {
            "path": meta.get("path"),
            "locator": meta.get("locator"),
            "encoding": meta.get("encoding"),
            "title": meta.get("title"),
            "url": meta.get("url"),
            "source": meta.get("source"),
            "published": meta.get("published"),
            "text": doc.text,
            "paragraphs": [[p.start, p.end] for p in doc.paragraphs],
            "sentences": [[s.start, s.end] for s in doc.sentences],
            "original_sentences": [
                list(doc.offset_map.to_original(s.start, s.end)) for s in doc.sentences
            ],
        }
        if out is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if out is OutputFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if failures.count:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs to read (as ingest)."),
    fmt: str | None = INPUT_FORMAT,
    field: list[str] = FIELDS,
    jsonl: bool = typer.Option(False, "--jsonl", help="One JSON object per line."),
    keep_all: bool = KEEP_ALL,
    no_model: bool = NO_MODEL,
) -> None:
    """Print the facts of each article with their spans (see README, "Output contract")."""
    from khabar.extract import extract as extract_facts
    from khabar.serialize import document_to_dict

    records = []
    failures = Failures()
    for doc in _documents(paths, fmt, field, keep_all, failures):
        record = document_to_dict(extract_facts(doc, use_model=not no_model))
        if doc.meta.get("locator"):  # which record of the file
            record["locator"] = doc.meta["locator"]
        if jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if not jsonl:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if failures.count:
        raise typer.Exit(1)


# Starting worker processes costs about a second; below this many articles one process wins.
PARALLEL_FROM = 200


@app.command()
def ingest(
    paths: list[str] = PATHS,
    db: Path = DB,
    fmt: str | None = INPUT_FORMAT,
    field: list[str] = FIELDS,
    keep_all: bool = KEEP_ALL,
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad input."),
    batch: int = typer.Option(200, "--batch", min=1, help="Articles per transaction."),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help=f"Processes for repair/extract (default: one per core; one below {PARALLEL_FROM}"
        " articles).",
    ),
    no_model: bool = NO_MODEL,
) -> None:
    """Read articles, repair and extract them, and store them in the database."""
    import time

    from khabar.cli_progress import progress_bar
    from khabar.driver import ingest as run_ingest
    from khabar.ingest.count import count_items
    from khabar.ingest.readers import iter_files
    from khabar.safetext import printable

    options = reader_options(fmt, field)
    options.keep_all = keep_all
    started = time.perf_counter()
    files = list(iter_files(paths))
    if not any(isinstance(f, Path) for f in files):  # nothing to read: create no database
        failed = [(printable(e.source), e.reason) for e in files if not isinstance(e, Path)]
        report(failed, "[red]failed[/]")
        fail("no input to read", code=1)
    with err.status("counting the articles", spinner="dots"):
        total = count_items(files, options)
    if workers is None:
        small = total is not None and total < PARALLEL_FROM
        workers = 1 if small else os.cpu_count() or 1
    extra = "new {task.fields[new]}  errors {task.fields[err]}"
    with progress_bar(err, total, "articles", extra) as bar:
        task = bar.add_task("ingest", total=total, new=0, err=0)

        def show(s) -> None:  # noqa: ANN001
            done = s.read + s.failed + len(s.skipped)
            bar.update(task, completed=done, new=s.new + s.versions, err=s.failed)

        try:
            summary = run_ingest(
                paths,
                db,
                options,
                strict=strict,
                batch_size=batch,
                progress=show,
                workers=workers,
                use_model=not no_model,
            )
        except KhabarError as e:
            fail(str(e))
    seconds = time.perf_counter() - started
    err.print(
        f"read {summary.read}, new {summary.new}, new versions {summary.versions}, "
        f"unchanged {summary.unchanged}, failed {summary.failed} "
        f"in {seconds:.1f} s ({workers} {'process' if workers == 1 else 'processes'}) "
        f"-> {escape(str(db))}",
        highlight=False,
    )
    report(summary.notes, "[yellow]changed[/]")
    left_out(summary.skipped, summary.undated)
    report(summary.failures, "[red]failed[/]")
    if summary.failed:
        raise typer.Exit(1)


def serve(
    db: Path = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(
        os.cpu_count() or 1, "--workers", min=1, help="Server processes (default: one per core)."
    ),
    time_limit: float = typer.Option(
        3.0, "--time-limit", min=0.01, help="Seconds of database work a request may take (503)."
    ),
) -> None:
    """Serve the read-only web UI and JSON API (/api/v1) over the database."""
    import uvicorn

    from khabar.web import create_app

    if not db.exists():
        fail(f"{db}: no such database; run «khabar ingest ... --db {db}» first")
    try:
        create_app(db, time_limit)  # refuse a database that cannot be read before forking
    except KhabarError as e:
        fail(str(e))
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]serving on {escape(host)}: other machines can read this record[/]")
    Console(stderr=True).print(
        f"khabar: http://{host}:{port}/  ({workers} worker(s); Ctrl+C stops)", markup=False
    )
    # each worker process builds its own app (khabar.web.app.from_environment)
    os.environ["KHABAR_DB"] = str(db.resolve())
    os.environ["KHABAR_TIME_LIMIT"] = str(time_limit)
    uvicorn.run(
        "khabar.web.app:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        # requests still running at shutdown get this long; then their statements stop
        timeout_graceful_shutdown=5,
    )


class ExportFormat(StrEnum):
    ftm = "ftm"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@filter_options
def export(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="ftm, jsonl, csv or parquet"),
    db: Path = DB,
    out: str | None = typer.Option(
        None, "--out", "-o", help="Directory (ftm, csv, parquet); file for jsonl (default stdout)."
    ),
    filters: Filters = FILTERS,
) -> None:
    """Export facts with their evidence: FollowTheMoney, JSON Lines, CSV or Parquet."""
    from khabar.cli_progress import progress_bar
    from khabar.export import write

    with open_existing(db) as store, progress_bar(err, 0, "documents") as bar:
        known_filters(store, db, filters)
        task = bar.add_task("export", total=None)
        try:
            counts = write(
                store,
                fmt.value,
                out,
                lambda done, total: bar.update(task, completed=done, total=total),
                filters,
            )
        except KhabarError as e:
            fail(str(e))
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    err.print(f"exported {summary} -> {escape(out or 'stdout')}", highlight=False)


for _read_command in (search, person, quotes, commitments, stats, delete):  # cli_store.py
    app.command()(_read_command)
app.command()(serve)
app.command()(export)
app.command()(process)  # on a Dask cluster: cli_distributed.py
app.command()(load)

for _info in app.registered_commands:  # every command's usage line names its arguments
    _info.cls = Command


def main() -> None:  # pragma: no cover - console entry
    app()
