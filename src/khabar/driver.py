"""The driver of a run: ``process_article`` takes one article from what a reader gave to a
record ready to store (``khabar ingest`` and the Dask workers both call it); ``ingest`` runs
it over the inputs and stores the records in atomic batches.

Streams: one batch of records in memory at a time, however large the corpus. A batch is one
transaction, so a run killed at any moment leaves the last committed batch; the next run
repairs each article again, finds its content hash stored and skips extraction, so it resumes
with no duplicate and no loss.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import ReadError
from khabar.extract import extract
from khabar.ingest.base import Item, ReaderOptions, ReadNote
from khabar.ingest.prepare import NotArticle, prepared, where_of
from khabar.safetext import printable
from khabar.store import open_store
from khabar.store.facts import Rows, rows_for
from khabar.store.records import content_hash, record_for, with_search_index


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # articles kept, but changed
    undated: int = 0  # articles read whose date neither the input nor its URL gives
    skipped: list[tuple[str, str]] = field(default_factory=list)  # not articles: where, why

    def count(self, status: str) -> None:
        if status == "new":
            self.new += 1
        elif status == "new version":
            self.versions += 1
        else:
            self.unchanged += 1


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    options: ReaderOptions | None = None,
    strict: bool = False,
    batch_size: int = 200,
    progress: Callable[[Summary], None] | None = None,
    workers: int = 1,
    use_model: bool = True,
) -> Summary:
    """Ingest ``paths`` into the store at ``db``; bad inputs are counted, not fatal
    (unless ``strict``: then the first one raises its ``ReadError``). With ``workers`` > 1,
    repair and extraction run in that many processes; this process reads and stores.
    ``use_model=False``: the rules alone find people, places and organizations."""
    from khabar.ingest import read_paths

    summary = Summary()
    batch: list[dict[str, Any] | Rows] = []
    pending: set[str] = set()  # hashes in the batch not yet committed
    with open_store(db) as store:

        def flush() -> None:
            for result in store.add_many(batch):
                summary.count(result.status)
            batch.clear()
            pending.clear()

        options = options or ReaderOptions()
        items = read_paths([str(p) for p in paths], options)
        outcomes = _outcomes(
            items, store, str(db), workers, batch_size, options.keep_all, use_model
        )
        for outcome in outcomes:
            kind, where, value = outcome
            if kind == "error":
                if strict:
                    raise ReadError(where, value)
                summary.failed += 1
                summary.failures.append((where, value))
            elif kind == "note":
                summary.notes.append((where, value))
            elif kind == "skipped":
                summary.skipped.append((where, value))
            else:
                summary.read += 1
                summary.undated += not _published(kind, value)
                digest = None if kind == "unchanged" else _digest(value)
                if digest is None or digest in pending:
                    summary.unchanged += 1
                else:
                    pending.add(digest)
                    batch.append(value)
                if len(batch) >= batch_size:
                    flush()
            if progress:
                progress(summary)
        if batch:
            flush()
        if progress:
            progress(summary)
    return summary


# ("error"|"note"|"skipped", where, reason) | ("unchanged", where, published)
# | ("record", where, record); where is printable
Outcome = tuple[str, str, Any]


def _outcomes(  # noqa: ANN201
    items,  # noqa: ANN001
    store,  # noqa: ANN001
    db: str,
    workers: int,
    window: int,
    keep_all: bool,
    use_model: bool = True,
):
    """Outcomes in input order. With workers, at most ``2 * window * workers`` articles are
    read ahead of the one being stored, so memory stays flat however long the input; within
    that bound the workers never wait for this process to ask for more. A duplicate the
    workers cannot see yet (its first copy is not committed) is still caught when stored.
    An article whose worker dies is that article's error (``khabar.pool``).
    """
    items = _guarded(items)
    if workers <= 1:
        for item in items:
            yield process_article(item, store.has_content, keep_all, use_model)
        return
    from khabar.pool import ordered_results

    tasks = (_task(item) for item in items)
    init = (db, keep_all, use_model)
    ahead, chunk = 2 * window * workers, max(1, window // 8)
    outcomes = ordered_results(
        tasks, _worker_outcomes, _died, workers, _worker_init, init, ahead, chunk
    )
    for where, outcome in outcomes:
        yield _unpickled(where, outcome)


# Items go to the workers and outcomes come back pickled by the code below, not by the pool:
# a pool's threads die on what they cannot pickle or unpickle (an exception whose class
# needs more arguments than it pickles, say), and the run then waits forever for a result
# that never comes, or loses its batch. Here such a failure is that one item's error.


def _guarded(items: Iterable[Item]) -> Iterator[Item]:
    """``items``, and what stops them as a last error (otherwise it would end the run and
    lose the articles already processed but not yet stored)."""
    try:
        yield from items
    except Exception as e:
        yield ReadError("(input)", internal_error(e, "nothing after it is read"))


def _task(item: Item) -> tuple[str, bytes]:
    """Where ``item`` is from, and the item pickled (or its error, if it cannot be)."""
    where = _where(item)
    try:
        return where, pickle.dumps(item)
    except Exception as e:
        return where, pickle.dumps(ReadError(where, internal_error(e, "not passed to a worker")))


def _unpickled(where: str, outcome: bytes) -> Outcome:
    try:
        return pickle.loads(outcome)
    except Exception as e:
        return ("error", printable(where), internal_error(e, "its outcome not read back"))


def internal_error(e: BaseException, step: str = "") -> str:
    """What a bug says in the report: ``internal error: TypeError: ...``, even when its
    message cannot be had."""
    try:
        said = str(e)
    except Exception:
        said = "(its message cannot be read)"
    step = f" ({step})" if step else ""
    return printable(f"internal error{step}: {type(e).__name__}: {said}")


_worker_has_content: Callable[[str], bool] | None = None
_worker_keeps_all = False
_worker_uses_model = True


def _worker_init(db: str, keep_all: bool, use_model: bool = True) -> None:
    import sqlite3

    global _worker_has_content, _worker_keeps_all, _worker_uses_model
    _worker_keeps_all, _worker_uses_model = keep_all, use_model
    conn = sqlite3.connect(db)  # a reader: WAL lets it run beside the writer

    def has_content(digest: str) -> bool:
        sql = "SELECT 1 FROM documents WHERE content_hash = ?"
        return conn.execute(sql, (digest,)).fetchone() is not None

    _worker_has_content = has_content


def _died(task: tuple[str, bytes], how: str) -> tuple[str, bytes]:
    """The outcome of an article whose worker died as it processed it."""
    where = printable(task[0])
    return where, pickle.dumps(("error", where, f"not processed: {how}"))


def _worker_outcomes(tasks: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    return [_worker_outcome(task) for task in tasks]


def _worker_outcome(task: tuple[str, bytes]) -> tuple[str, bytes]:
    """``process_article`` on a pickled item, its outcome pickled; never raises."""
    assert _worker_has_content is not None
    where, item = task
    try:
        kind, where_, value = process_article(
            pickle.loads(item), _worker_has_content, _worker_keeps_all, _worker_uses_model
        )
        if kind == "record":  # the writer then only inserts (``Rows``)
            value = rows_for(value, value.pop("_hash"))
        return where, pickle.dumps((kind, where_, value))
    except (Exception, SystemExit) as e:  # SystemExit too: it would end the worker
        return where, pickle.dumps(("error", printable(where), internal_error(e)))


def _published(kind: str, value: Any) -> str | None:
    if kind == "unchanged":
        return value
    return value.published if isinstance(value, Rows) else value.get("published")


def _digest(value: dict[str, Any] | Rows) -> str:
    return value.digest if isinstance(value, Rows) else value.pop("_hash")


def process_article(
    item: Item, has_content: Callable[[str], bool], keep_all: bool = False, use_model: bool = True
) -> Outcome:
    """What becomes of one item a reader gave: a note or an error passed on, an input left
    out as no article, an article whose text ``has_content`` already (by its hash), or the
    record of a new one. Never raises: a bug on one article must not lose the others."""
    try:
        return _processed(item, has_content, keep_all, use_model)
    except Exception as e:
        return ("error", printable(_where(item)), internal_error(e))


def _where(item: Item) -> str:
    return item.source if isinstance(item, ReadError | ReadNote) else where_of(item)


def _processed(
    item: Item, has_content: Callable[[str], bool], keep_all: bool, use_model: bool
) -> Outcome:
    if isinstance(item, ReadNote):
        return ("note", printable(item.source), printable(item.note))
    if isinstance(item, ReadError):
        return ("error", printable(item.source), printable(item.reason))
    doc = prepared(item, keep_all)
    if isinstance(doc, ReadError):
        return ("error", printable(doc.source), printable(doc.reason))
    if isinstance(doc, NotArticle):
        return ("skipped", printable(doc.source), printable(doc.reason))
    where = printable(where_of(item))
    digest = content_hash(doc.text)
    if has_content(digest):
        return ("unchanged", where, doc.meta.get("published"))
    record = with_search_index(record_for(extract(doc, use_model=use_model)))
    record["_hash"] = digest
    return ("record", where, record)
