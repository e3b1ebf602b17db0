"""The server's read-only connections: one per request in flight, each read bounded in time.

A request borrows a ``Reader`` (a read-only Store) from the pool and returns it when it is
answered, so no connection is ever used by two requests at once. SQLite's progress handler
stops a reader's statement when its request's time is up or its client has gone away (the
statement then raises ``sqlite3.OperationalError: interrupted``, answered 503). What does not
change between ingests (the landing page's counts, search pages) is cached, keyed by the
store's ``PRAGMA data_version``.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from khabar.store import Store, open_store

TIME_LIMIT = 3.0  # seconds of database work per request, by default
# SQLite VM steps between checks, a few ms of work: each check takes the GIL from the
# threads rendering pages, so checking every thousand steps would slow every statement down
PROGRESS_STEPS = 100_000
CACHE_SIZE = 512  # answers kept per process
PATIENCE = 10  # times the time limit for what is computed once per ingest (cached pages)
T = TypeVar("T")


def interrupted(error: BaseException) -> bool:
    """Whether ``error`` is a statement stopped by a reader's progress handler."""
    return (
        isinstance(error, sqlite3.OperationalError)
        and error.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT
    )


class Reader:
    """A read-only store whose statements stop at ``deadline`` or when ``gone`` is set."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.deadline = float("inf")
        self.gone: threading.Event | None = None
        self.data_version: int | None = None
        store.conn.set_progress_handler(self._stop, PROGRESS_STEPS)

    def _stop(self) -> bool:
        return time.monotonic() > self.deadline or (self.gone is not None and self.gone.is_set())


class Cache:
    """A small LRU of answers, emptied whenever a reader sees the database changed."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self.items: OrderedDict[Hashable, Any] = OrderedDict()
        # answers kept until the database changes, whatever else is asked: the landing page
        # is asked most and counts the whole store; pushed out by searches, it took seconds
        self.kept: dict[Hashable, Any] = {}
        self.lock = threading.Lock()
        self.computing: dict[Hashable, threading.Lock] = {}  # one request computes a key

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.kept.clear()

    def _known(self, key: Hashable) -> tuple[bool, Any]:
        if key in self.kept:
            return True, self.kept[key]
        if key in self.items:
            self.items.move_to_end(key)
            return True, self.items[key]
        return False, None

    def get(self, key: Hashable, compute: Callable[[], T], keep: bool = False) -> T:
        """``compute()``'s answer for ``key``, computed once; ``keep``: never pushed out by
        other answers (for the few pages every reader asks)."""
        with self.lock:
            known, value = self._known(key)
            if known:
                return value
            turn = self.computing.setdefault(key, threading.Lock())
        with turn:  # the requests asking the same thing wait for the first one's answer
            with self.lock:
                known, value = self._known(key)
                if known:
                    return value
            try:
                value = compute()
            finally:
                with self.lock:
                    self.computing.pop(key, None)
            with self.lock:
                if keep:
                    self.kept[key] = value
                    return value
                self.items[key] = value
                while len(self.items) > self.size:
                    self.items.popitem(last=False)
        return value


class Readers:
    """The pool of readers of one database, and the cache of its answers."""

    def __init__(self, db: str, time_limit: float = TIME_LIMIT) -> None:
        open_store(db, read_only=True).close()  # fail at start-up, not on the first request
        self.db = db
        self.time_limit = time_limit
        self.cache = Cache()
        self.idle: list[Reader] = []
        self.busy: set[Reader] = set()
        self.lock = threading.Lock()

    def acquire(self, gone: threading.Event | None = None) -> Reader:
        """A reader for one request, its time starting now."""
        with self.lock:
            reader = self.idle.pop() if self.idle else None
        if reader is None:
            reader = Reader(open_store(self.db, read_only=True))
        reader.gone, reader.deadline = gone, float("inf")
        # data_version changes when another connection (an ingest) has committed; a new
        # connection cannot tell what changed before it opened, so it empties the cache too
        version = reader.store.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != reader.data_version:
            self.cache.clear()
            reader.data_version = version
        reader.deadline = time.monotonic() + self.time_limit
        with self.lock:
            self.busy.add(reader)
        return reader

    def release(self, reader: Reader) -> None:
        reader.gone, reader.deadline = None, float("inf")
        with self.lock:
            self.busy.discard(reader)
            self.idle.append(reader)

    def patient(self, reader: Reader, compute: Callable[[], T]) -> T:
        """``compute()`` with ``PATIENCE`` times the time limit: a page computed once per
        ingest (the landing counts, an entity's page) that a busy store takes long to count."""
        reader.deadline = time.monotonic() + self.time_limit * PATIENCE
        return compute()

    def stop_all(self) -> None:
        """Interrupt every statement running now (the server is shutting down)."""
        with self.lock:
            for reader in self.busy:
                reader.deadline = 0.0
                reader.store.conn.interrupt()

    def close(self) -> None:
        self.stop_all()
        with self.lock:
            for reader in self.idle:
                reader.store.close()
            self.idle.clear()
