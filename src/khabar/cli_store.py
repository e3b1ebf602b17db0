"""The commands that read a store: ``search``, ``person``, ``quotes``, ``commitments``,
``stats`` and ``delete`` (registered in cli.py, in the order ``--help`` lists them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from khabar.cli_shared import DB, FILTERS, JSON, fail, filter_options
from khabar.cli_show import person_summary, print_json, print_rows, print_stats
from khabar.errors import KhabarError

if TYPE_CHECKING:
    from khabar.store import Filters, Store


def open_existing(db: Path):  # noqa: ANN202
    """The store at ``db``; exit 2 when there is none (nothing is created)."""
    from khabar.store import open_store  # the store loads when a command runs

    if not db.exists():
        fail(f"{db}: no such database; run «khabar ingest ... --db {db}» first")
    return open_store(db)


_FILTER_NAMES = {"person": "person", "org": "organization", "place": "place", "source": "source"}


def known_filters(store: Store, db: Path, filters: Filters) -> None:
    """Exit 1 naming the filters that match nothing (as ``khabar person`` does for a name)."""
    unknown = store.unknown_filters(filters)
    if unknown:
        named = "; ".join(f"no {_FILTER_NAMES[k]} named «{v}»" for k, v in unknown)
        fail(f"{named} in {db}", code=1)


@filter_options
def search(
    query: str = typer.Argument(
        ..., help='Words (all must occur), "a phrase", prefix*, AND/OR/NOT.', metavar="QUERY"
    ),
    db: Path = DB,
    filters: Filters = FILTERS,
    limit: int = typer.Option(20, "--limit", min=1, help="Show at most this many documents."),
    as_json: bool = JSON,
) -> None:
    """Ranked full-text search with highlighted snippets."""
    from dataclasses import asdict

    if not query.strip():
        fail("empty query: give the words to search for")
    with open_existing(db) as store:
        known_filters(store, db, filters)
        try:
            hits = store.search(query, filters=filters, limit=limit)
        except KhabarError as e:
            fail(str(e))
    rows = [asdict(h) for h in hits]
    print_rows(rows, as_json, ["document_id", "published", "source", "title", "snippet"], query)


def person(
    name: str = typer.Argument(..., help="A name as written, or a surname.", metavar="NAME"),
    db: Path = DB,
    as_json: bool = typer.Option(
        False, "--json", help="Print the whole record as JSON, with every offset."
    ),
) -> None:
    """What the record holds on a person: names, posts over time, quotes, co-mentions."""
    with open_existing(db) as store:
        page = store.person(name)
    if page is None:
        fail(f"no person named «{name}» in {db}", code=1)
    if as_json:
        print_json(page)
        return
    out = Console(soft_wrap=True)  # a quote line stays one line, whatever the width
    for line in person_summary(page):
        out.print(line, highlight=False)


MIN_CONFIDENCE = typer.Option(
    None, "--min-confidence", min=0.0, max=1.0, help="Only those at least this sure (0 to 1)."
)


def quotes(
    query: str | None = typer.Argument(
        None, help="Words that must all occur in the quote.", metavar="QUERY"
    ),
    speaker: str | None = typer.Option(
        None, "--speaker", help="Only quotes of this person (a name as written, or a surname)."
    ),
    db: Path = DB,
    limit: int = typer.Option(50, "--limit", min=1, help="Show at most this many quotes."),
    min_confidence: float | None = MIN_CONFIDENCE,
    as_json: bool = JSON,
) -> None:
    """Quotes with their speakers, optionally by speaker and/or words."""
    from khabar.store import Filters

    with open_existing(db) as store:
        known_filters(store, db, Filters(person=speaker))
        try:
            rows = store.quotes(
                speaker=speaker, query=query, limit=limit, min_confidence=min_confidence
            )
        except KhabarError as e:
            fail(str(e))
    print_rows(rows, as_json, ["speaker", "kind", "verb", "text", "published", "document_id"])


def commitments(
    open_only: bool = typer.Option(
        False, "--open", help="Only those whose deadline has not passed."
    ),
    no_deadline: bool = typer.Option(
        False, "--no-deadline", help="Only those announced without a deadline."
    ),
    db: Path = DB,
    min_confidence: float | None = MIN_CONFIDENCE,
    as_json: bool = JSON,
) -> None:
    """Announced commitments with announcer, deadline and status (open, due, no deadline)."""
    if open_only and no_deadline:
        raise typer.BadParameter("--open and --no-deadline exclude each other (see --help)")
    with open_existing(db) as store:
        sure = min_confidence
        rows = store.commitments(open_only=open_only, no_deadline=no_deadline, min_confidence=sure)
        undated = len(store.commitments(no_deadline=True, min_confidence=sure)) if open_only else 0
    columns = ["announcer", "action", "deadline", "status", "published", "document_id"]
    if not as_json:  # the body or the post that announced, where no person is named
        who = ("announcer", "announcer_organization", "announcer_post")
        rows = [r | {"announcer": next(filter(None, map(r.get, who)), None)} for r in rows]
    print_rows(rows, as_json, columns)
    if undated and not as_json:  # never open, never due: reported apart
        print(f"{undated} more announced without a deadline: khabar commitments --no-deadline")


def stats(db: Path = DB, as_json: bool = JSON) -> None:
    """Counts of documents and facts, per source and per month."""
    with open_existing(db) as store:
        data = store.stats()
    if as_json:
        print_json(data)
    else:
        print_stats(data)


def delete(
    ids: list[int] = typer.Argument(
        ..., help="Document ids (from search or the web UI).", metavar="ID..."
    ),
    db: Path = DB,
) -> None:
    """Remove documents with their facts; the version a document replaced becomes current."""
    missing = []
    with open_existing(db) as store:
        for document_id in ids:
            if not store.delete(document_id):
                missing.append(document_id)
    if missing:
        fail(f"no document {', '.join(map(str, missing))} in {db}", code=1)
