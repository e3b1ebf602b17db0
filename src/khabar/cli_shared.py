"""What the commands share: the error console, options that mean the same everywhere, and
the lines that report a run's problems."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from khabar.ingest.base import ReaderOptions

err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


INPUT_FORMAT = typer.Option(
    None, "--format", help="text, html, json, jsonl, warc, feed or irnews (default: sniff)"
)
FIELDS = typer.Option(
    [], "--field", help="Record field names for JSON input, e.g. --field text=body."
)
KEEP_ALL = typer.Option(
    False, "--keep-all", help="Keep licence and readme files and text that is not Persian."
)
NO_MODEL = typer.Option(
    False, "--no-model", help="Rules only: leave out the learned people/place/organization tagger."
)
DB = typer.Option(Path("khabar.db"), "--db", help="SQLite database file.")
JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")
PATHS = typer.Argument(..., help="Files, folders or globs to read.", metavar="PATH...")


def reader_options(fmt: str | None, field: list[str]) -> ReaderOptions:
    """``ReaderOptions`` from the format option and the ``--field NAME=FIELD`` options."""
    from khabar.ingest.base import ReaderOptions, readers
    from khabar.ingest.readers import read_paths  # noqa: F401  (registers the readers)

    fields = {}
    for f in field:
        name, sep, value = f.partition("=")
        if not sep or not name or not value:
            fail(f"--field wants NAME=FIELD, got {f!r}")
        fields[name] = value
    names = [r.name for r in readers()]
    if fmt and fmt not in names:
        fail(f"unknown input format {fmt!r}; known: {', '.join(names)}")
    return ReaderOptions(format=fmt, fields=fields)


def report(items: list[tuple[str, str]], label: str) -> None:
    """The first 50 ``(where, reason)`` of a run, one line each: both are ``printable``, and
    escaped here so that brackets in a file name are not taken for markup."""
    for source, reason in items[:50]:
        err.print(f"  {label} {escape(source)}: {escape(reason)}", highlight=False)
    if len(items) > 50:
        err.print(f"  ... and {len(items) - 50} more", highlight=False)


def left_out(skipped: list[tuple[str, str]], undated: int) -> None:
    """The summary's lines on inputs left out as no article, and on articles without date."""
    if skipped:
        err.print(f"left out {len(skipped)} that are not articles (--keep-all keeps them):")
        report(skipped, "[yellow]left out[/]")
    if undated:
        err.print(f"undated {undated}: no date in the record, its text or its URL")


FILTERS: Any = None  # the default of a ``filters`` parameter, which ``filter_options`` replaces
MIN_CONFIDENCE_HELP = (
    "Only facts at least this sure (0 to 1): a person, organization or place filtered on, and"
    " what is exported or listed."
)
_FILTERS = {
    "person": typer.Option(
        None,
        "--person",
        help="Only documents naming this person (a name as written, or a surname).",
    ),
    "org": typer.Option(None, "--org", help="Only documents naming this organization."),
    "place": typer.Option(None, "--place", help="Only documents naming this place."),
    "source": typer.Option(None, "--source", help="Only documents of this outlet («ایسنا»)."),
    "since": typer.Option(
        None, "--since", help="From this day on: 2025-11-26 or Jalali 1404/09/05."
    ),
    "until": typer.Option(None, "--until", help="Up to this day: 2025-11-26 or Jalali 1404/09/05."),
    "min_confidence": typer.Option(None, "--min-confidence", help=MIN_CONFIDENCE_HELP),
}


def filter_options(command: Callable[..., None]) -> Callable[..., None]:
    """A command that takes ``filters: Filters`` gets the options --person, --org, --place,
    --source, --since, --until and --min-confidence where that parameter stands, declared
    here once; a day that is none, or a confidence out of [0, 1], stops the command with its
    message (exit code 2)."""
    params = []
    for param in inspect.signature(command).parameters.values():
        if param.name != "filters":
            params.append(param)
            continue
        for name, option in _FILTERS.items():
            kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
            params.append(inspect.Parameter(name, kind, default=option, annotation=str | None))

    @functools.wraps(command)
    def parsing(**given: Any) -> None:
        from khabar.store.filters import (  # the store loads when a command runs
            BadConfidence,
            BadDay,
            Filters,
        )

        try:
            filters = Filters.parse(**{name: given.pop(name) for name in _FILTERS})
        except (BadDay, BadConfidence) as e:
            fail(str(e))
        command(filters=filters, **given)

    parsing.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    parsing.__annotations__ = {p.name: p.annotation for p in params}  # Typer reads both
    return parsing
