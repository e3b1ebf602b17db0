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
from khabar.ingest.base import RawArticle, ReaderOptions
from khabar.store import open_store
from khabar.store.records import content_hash, record_for
from khabar.text import repair


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def count(self, status: str) -> None:
        if status == "new":
            self.new += 1
        elif status == "new version":
            self.versions += 1
        else:
            self.unchanged += 1


def meta_of(raw: RawArticle) -> dict[str, Any]:
    meta: dict[str, Any] = {"path": raw.source, "locator": raw.locator or None}
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
) -> Summary:
    """Ingest ``paths`` into the store at ``db``; bad inputs are counted, not fatal
    (unless ``strict``: then the first one raises its ``ReadError``)."""
    from khabar.ingest import read_paths

    summary = Summary()
    batch: list[dict[str, Any]] = []
    pending: set[str] = set()  # hashes in the batch not yet committed
    with open_store(db) as store:

        def flush() -> None:
            for result in store.add_many(batch):
                summary.count(result.status)
            batch.clear()
            pending.clear()

        for item in read_paths([str(p) for p in paths], options or ReaderOptions()):
            if isinstance(item, ReadError):
                if strict:
                    raise item
                summary.failed += 1
                summary.failures.append((item.source, item.reason))
            else:
                summary.read += 1
                try:
                    record = _record(item, store, pending)
                except ReadError as e:
                    if strict:
                        raise
                    summary.failed += 1
                    summary.failures.append((e.source, e.reason))
                    record = None
                except Exception as e:  # a bug on one article must not lose the others
                    if strict:
                        raise
                    where = f"{item.source}:{item.locator}" if item.locator else item.source
                    summary.failed += 1
                    summary.failures.append((where, f"internal error: {type(e).__name__}: {e}"))
                    record = None
                if record == "unchanged":
                    summary.unchanged += 1
                elif record is not None:
                    batch.append(record)
                if len(batch) >= batch_size:
                    flush()
            if progress:
                progress(summary)
        if batch:
            flush()
        if progress:
            progress(summary)
    return summary


def _record(raw: RawArticle, store: Any, pending: set[str]) -> dict[str, Any] | str:
    """The record to store, or "unchanged" when the same repaired text is already stored."""
    where = f"{raw.source}:{raw.locator}" if raw.locator else raw.source
    doc = repair(raw.text, meta_of(raw))
    if not doc.text.strip():
        raise ReadError(where, "no article text after repair")
    digest = content_hash(doc.text)
    if digest in pending or store.has_content(digest):
        return "unchanged"
    pending.add(digest)
    return record_for(extract(doc))
