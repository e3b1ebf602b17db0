"""The server's read-only connections: one per request in flight, each read bounded in time.

A request borrows a ``Reader`` (a read-only Store) from the pool and returns it when it is
answered, so no connection is ever used by two requests at once. SQLite's progress handler
stops a reader's statement when its request's time is up or its client has gone away (the
statement then raises ``sqlite3.OperationalError: interrupted``, answered 503). What does not
change between ingests (the landing page's counts, search pages, a word's ranking, the facet
arrays) is cached until one connection kept open for it sees ``PRAGMA data_version`` change.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from khabar.store import Store, open_store
from khabar.store.ranking import facet_index

TIME_LIMIT = 3.0  # seconds of database work per request, by default
# SQLite VM steps between checks, a few ms of work: each check takes the GIL from the
# threads rendering pages, so checking every thousand steps would slow every statement down
PROGRESS_STEPS = 100_000
CACHE_SIZE = 512  # answers kept per process
# matches of the rankings and documents of the filters kept per process: 16 bytes each, so
# about 32 MB, some thirty rankings of a word found in every article of 100,000
MATCHES_KEPT = 2_000_000
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
        store.conn.set_progress_handler(self._stop, PROGRESS_STEPS)

    def _stop(self) -> bool:
        return time.monotonic() > self.deadline or (self.gone is not None and self.gone.is_set())


class Cache:
    """A small LRU of answers, emptied whenever the database changes; ``size`` bounds the
    sum of their ``weigh``t (1 each by default)."""

    def __init__(self, size: int = CACHE_SIZE, weigh: Callable[[Any], int] | None = None) -> None:
        self.size = size
        self.weigh = weigh or (lambda value: 1)
        self.weight = 0
        self.items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        # answers kept until the database changes, whatever else is asked: the landing page
        # is asked most and counts the whole store; pushed out by searches, it took seconds
        self.kept: dict[Hashable, Any] = {}
        self.lock = threading.Lock()
        self.computing: dict[Hashable, threading.Lock] = {}  # one request computes a key

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.kept.clear()
            self.weight = 0

    def _known(self, key: Hashable) -> tuple[bool, Any]:
        if key in self.kept:
            return True, self.kept[key]
        if key in self.items:
            self.items.move_to_end(key)
            return True, self.items[key][0]
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
                weight = self.weigh(value)
                if key in self.items:  # computed again meanwhile (after a clear)
                    self.weight -= self.items.pop(key)[1]
                self.items[key] = value, weight
                self.weight += weight
                while self.weight > self.size and len(self.items) > 1:
                    self.weight -= self.items.popitem(last=False)[1][1]
        return value


class Readers:
    """The pool of readers of one database, and the cache of its answers."""

    def __init__(self, db: str, time_limit: float = TIME_LIMIT) -> None:
        self.lock = threading.Lock()
        # fail at start-up, not on the first request; this connection stays open to see the
        # database change: its data_version moves when another connection commits (a new
        # connection cannot tell what changed before it opened, and would empty the caches)
        self.watcher = open_store(db, read_only=True)
        self.version = self._data_version()
        self.db = db
        self.time_limit = time_limit
        self.cache = Cache()
        self.rankings = Cache(MATCHES_KEPT, weigh=len)  # rankings and filters' documents
        self.indexes = Cache()  # what the store builds once per state (the facet arrays)
        self.idle: list[Reader] = []
        self.busy: set[Reader] = set()

    def acquire(self, gone: threading.Event | None = None) -> Reader:
        """A reader for one request, its time starting now."""
        with self.lock:
            reader = self.idle.pop() if self.idle else None
        if reader is None:
            reader = Reader(open_store(self.db, read_only=True))
        reader.gone, reader.deadline = gone, float("inf")
        version = self._data_version()
        if version != self.version:  # an ingest has committed
            self.version = version
            self.cache.clear()
            self.rankings.clear()
            self.indexes.clear()
        reader.store.memo = Memo(self, reader)
        reader.deadline = time.monotonic() + self.time_limit
        with self.lock:
            self.busy.add(reader)
        return reader

    def _data_version(self) -> int:
        with self.lock:
            return int(self.watcher.conn.execute("PRAGMA data_version").fetchone()[0])

    def release(self, reader: Reader) -> None:
        reader.gone, reader.deadline = None, float("inf")
        reader.store.memo = None
        with self.lock:
            self.busy.discard(reader)
            self.idle.append(reader)

    def warm(self) -> None:
        """Build what every search shares before the first request asks (the facet arrays:
        about a second of CPU for 100,000 articles, which the first search would wait for)."""
        reader = self.acquire()
        try:
            assert reader.store.memo is not None
            facet_index(reader.store.conn, reader.store.memo)
        except sqlite3.OperationalError as e:
            if not interrupted(e):  # out of time: the first search builds them
                raise
        finally:
            self.release(reader)

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
            self.watcher.close()


class Memo:
    """What a reader's store keeps while the database is unchanged (``khabar.store``'s
    ``Memo``): the matches of a word and the documents of a filter in the weighed cache,
    the rest with the answers; ``lasting`` (the facet arrays): the same for every reader,
    computed with ``PATIENCE`` times the time limit and kept until the database changes."""

    def __init__(self, readers: Readers, reader: Reader) -> None:
        self.readers, self.reader = readers, reader

    def __call__(self, key: tuple[Any, ...], compute: Callable[[], T], lasting: bool = False) -> T:
        readers = self.readers
        if lasting:
            return readers.indexes.get(key, lambda: readers.patient(self.reader, compute), True)
        cache = readers.rankings if key[0] in ("ranking", "documents") else readers.cache
        return cache.get(key, compute)
