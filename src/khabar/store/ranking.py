"""A search ranked once while the store is unchanged, for a server that keeps it (a ``Memo``).

``search.ranked`` scores every match of the query with bm25 for each page and each filter:
a common word's 50,000 matches cost 30 to 90 ms each time. With a memo, a query's current
matches are ranked once (``Ranking``, best first, as ``ranked`` orders them): its best
``BEST`` for the pages asked without a filter, and all of them once a filter or a page
beyond those asks; a page is a slice of it, and a filter keeps the matches among the
documents it selects (themselves kept), in the same order: the answers are ``ranked``'s
exactly (a test compares both), since bm25 reads statistics of the whole index, whatever
the filter.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from .facet_index import FacetIndex
from .search import ranked

T = TypeVar("T")
BEST = 5000  # matches kept of a query asked without a filter (the facets count over them)


class Memo(Protocol):
    """Keeps ``compute()``'s answer for ``key`` while the store is unchanged; ``lasting``:
    the same for every reader, worth a longer time to compute, kept until the store changes."""

    def __call__(
        self, key: tuple[Any, ...], compute: Callable[[], T], lasting: bool = False
    ) -> T: ...


@dataclass(frozen=True)
class Ranking:
    ids: npt.NDArray[np.int64]  # every current match, best first (bm25, then id)
    scores: npt.NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.ids)

    def page(
        self, allowed: npt.NDArray[np.int64] | None, limit: int, offset: int
    ) -> list[tuple[int, float]]:
        """``(id, score)`` of the matches ``offset`` to ``offset + limit`` among ``allowed``
        (sorted document ids; None: all)."""
        ids, scores = self.ids, self.scores
        if allowed is not None:
            keep = np.isin(ids, allowed, assume_unique=True)
            ids, scores = ids[keep], scores[keep]
        end = len(ids) if limit < 0 else offset + limit
        return list(zip(ids[offset:end].tolist(), scores[offset:end].tolist(), strict=True))


def ranking(conn: sqlite3.Connection, memo: Memo, fts: str, query: str, limit: int) -> Ranking:
    """The query's current matches, best first: the best ``limit`` (-1: all), or more."""

    def compute(limit: int) -> Callable[[], Ranking]:
        def ranks() -> Ranking:
            rows = ranked(conn, fts, query, ("", []), limit, 0)
            ids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
            return Ranking(ids, np.fromiter((r[1] for r in rows), np.float64, len(rows)))

        return ranks

    if 0 <= limit <= BEST:  # the first pages: bm25 reads every match, Python only the best
        return memo(("ranking", fts, BEST), compute(BEST))
    return memo(("ranking", fts, -1), compute(-1))


class _Selected:
    """The current documents a filter selects, sorted (weighed by their number)."""

    def __init__(self, ids: npt.NDArray[np.int64]) -> None:
        self.ids = ids

    def __len__(self) -> int:
        return len(self.ids)


def selected(
    conn: sqlite3.Connection, memo: Memo, filters: tuple[str, list[Any]]
) -> npt.NDArray[np.int64] | None:
    """The current documents the filters select, sorted; None with no filter."""
    where, args = filters
    if not where:
        return None

    def compute() -> _Selected:
        rows = conn.execute(
            "SELECT d.id FROM documents d INDEXED BY documents_state"
            f" WHERE d.is_current = 1{where} ORDER BY d.id",
            args,
        ).fetchall()
        return _Selected(np.fromiter((r[0] for r in rows), np.int64, len(rows)))

    return memo(("documents", where, *args), compute).ids


def ranked_page(
    conn: sqlite3.Connection,
    memo: Memo,
    fts: str,
    query: str,
    filters: tuple[str, list[Any]],
    limit: int,
    offset: int,
) -> list[tuple[int, float]]:
    """``search.ranked``'s answer, from the query's kept ranking."""
    allowed = selected(conn, memo, filters)
    end = -1 if allowed is not None or limit < 0 else offset + limit
    return ranking(conn, memo, fts, query, end).page(allowed, limit, offset)


def facet_index(conn: sqlite3.Connection, memo: Memo) -> FacetIndex:
    return memo(("facet index",), lambda: FacetIndex.build(conn), lasting=True)
