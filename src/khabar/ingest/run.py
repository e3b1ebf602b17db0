"""``khabar ingest``: read, repair, extract and store, in atomic batches.

Streams: one batch of records in memory at a time, however large the corpus. A batch is one
transaction, so a run killed at any moment leaves the last committed batch; the next run
repairs each article again, finds its content hash stored and skips extraction, so it resumes
with no duplicate and no loss.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import ReadError
from khabar.extract import extract
from khabar.ingest.base import Item, RawArticle, ReaderOptions, ReadNote
from khabar.safetext import printable
from khabar.store import open_store
from khabar.store.facts import Rows, rows_for
from khabar.store.records import content_hash, record_for, with_search_index
from khabar.text import repair


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # articles kept, but changed

    def count(self, status: str) -> None:
        if status == "new":
            self.new += 1
        elif status == "new version":
            self.versions += 1
        else:
            self.unchanged += 1


def meta_of(raw: RawArticle) -> dict[str, Any]:
    # a file name that is not UTF-8 or holds control characters is stored as printed
    meta: dict[str, Any] = {
        "path": printable(raw.source),
        "locator": printable(raw.locator) or None,
    }
    for key, value in (
        ("title", raw.title),
        ("published", raw.published),
        ("url", raw.url),
        ("source", raw.source_name),
    ):
        if value:
            meta[key] = value
    return meta


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    options: ReaderOptions | None = None,
    strict: bool = False,
    batch_size: int = 200,
    progress: Callable[[Summary], None] | None = None,
    workers: int = 1,
) -> Summary:
    """Ingest ``paths`` into the store at ``db``; bad inputs are counted, not fatal
    (unless ``strict``: then the first one raises its ``ReadError``). With ``workers`` > 1,
    repair and extraction run in that many processes; this process reads and stores."""
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

        items = read_paths([str(p) for p in paths], options or ReaderOptions())
        for outcome in _outcomes(items, store, str(db), workers, batch_size):
            kind, where, value = outcome
            if kind == "error":
                if strict:
                    raise ReadError(where, value)
                summary.failed += 1
                summary.failures.append((where, value))
            elif kind == "note":
                summary.notes.append((where, value))
            else:
                summary.read += 1
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


# ("error"|"note", where, reason) | ("unchanged"|"record", where, record); where is printable
Outcome = tuple[str, str, Any]


def _outcomes(items, store, db: str, workers: int, window: int):  # noqa: ANN001, ANN202
    """Outcomes in input order. With workers, at most ``2 * window * workers`` articles are
    read ahead of the one being stored, so memory stays flat however long the input; within
    that bound the workers never wait for this process to ask for more. A duplicate the
    workers cannot see yet (its first copy is not committed) is still caught when stored.
    """
    if workers <= 1:
        for item in items:
            yield _outcome(item, store.has_content)
        return
    import multiprocessing
    import threading

    ahead = threading.Semaphore(2 * window * workers)
    stop = threading.Event()

    def bounded():  # runs in the pool's feeder thread
        for item in items:
            while not ahead.acquire(timeout=0.1):
                if stop.is_set():  # the run ended early: let the pool shut down
                    return
            yield item

    with multiprocessing.get_context("spawn").Pool(workers, _worker_init, (db,)) as pool:
        try:
            chunk = max(1, window // 8)
            for outcome in pool.imap(_worker_outcome, bounded(), chunksize=chunk):
                ahead.release()
                yield outcome
        finally:
            stop.set()


_worker_has_content: Callable[[str], bool] | None = None


def _worker_init(db: str) -> None:
    import sqlite3

    global _worker_has_content
    conn = sqlite3.connect(db)  # a reader: WAL lets it run beside the writer

    def has_content(digest: str) -> bool:
        sql = "SELECT 1 FROM documents WHERE content_hash = ?"
        return conn.execute(sql, (digest,)).fetchone() is not None

    _worker_has_content = has_content


def _worker_outcome(item: Item) -> Outcome:
    assert _worker_has_content is not None
    kind, where, value = _outcome(item, _worker_has_content)
    if kind == "record":  # the writer then only inserts (``Rows``)
        value = rows_for(value, value.pop("_hash"))
    return kind, where, value


def _digest(value: dict[str, Any] | Rows) -> str:
    return value.digest if isinstance(value, Rows) else value.pop("_hash")


def _outcome(item: Item, has_content: Callable[[str], bool]) -> Outcome:
    if isinstance(item, ReadError):
        return ("error", printable(item.source), printable(item.reason))
    if isinstance(item, ReadNote):
        return ("note", printable(item.source), printable(item.note))
    where = printable(f"{item.source}:{item.locator}" if item.locator else item.source)
    try:
        doc = repair(item.text, meta_of(item))
        if not doc.text.strip():
            return ("error", where, "no article text after repair")
        digest = content_hash(doc.text)
        if has_content(digest):
            return ("unchanged", where, None)
        record = with_search_index(record_for(extract(doc)))
    except Exception as e:  # a bug on one article must not lose the others
        return ("error", where, printable(f"internal error: {type(e).__name__}: {e}"))
    record["_hash"] = digest
    return ("record", where, record)
