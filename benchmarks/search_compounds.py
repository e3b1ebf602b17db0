"""What searching every spelling of a compound costs: the time to match and rank (FTS5 and
bm25, the part the alternatives change; snippets cost the same per hit either way) with the
alternatives (``khabar.store.query``: ``spellings``, ``cuts``, ``_glued_pairs``) against the
same queries with only the spelling as typed, in alternating rounds on the same store, and
the matches each finds.

Usage: python benchmarks/search_compounds.py STORE.db [--rounds 10]
(a store of ``benchmarks/ingest.py``, e.g. /tmp/khabar-bench.db, or any ingested news)
"""

from __future__ import annotations

import argparse
import statistics
import time
from contextlib import contextmanager
from pathlib import Path

from khabar.store import open_store, query
from khabar.store.search import ranked

QUERIES = {
    "compounds": ["رئیس‌جمهور", "جمهوری‌اسلامی", "هاشمی‌رفسنجانی", "وزارت‌خارجه"],
    "glued": ["رئیسجمهور", "جمهوریاسلامی", "هاشمیرفسنجانی", "هوشمندسازی"],
    "phrases": ['"رئیس جمهور"', '"نیروی انتظامی"', '"مجلس شورای اسلامی"', '"وزارت کشور"'],
    "words": ["نیلفروشان", "پهپاد", "امنیت", "مردم", "دولت", "ایران"],
    "two words": ["رئیس جمهور", "نیروی انتظامی", "وزارت کشور", "امنیت مردم"],
}


@contextmanager
def as_typed():  # noqa: ANN201
    """Only the spelling as typed: what search did before compounds were expanded."""
    spellings, cuts, glued = query.spellings, query.cuts, query._glued_pairs
    query.spellings = lambda words: [tuple("".join(w) for w in words)]
    query.cuts = lambda word: [(word,)]
    query._glued_pairs = lambda run: []
    try:
        yield
    finally:
        query.spellings, query.cuts, query._glued_pairs = spellings, cuts, glued


def timed(store, queries: list[str]) -> tuple[list[float], int]:  # noqa: ANN001
    """Milliseconds to match and rank each query (all matches), and the matches found."""
    times, found = [], 0
    for q in queries:
        t = time.perf_counter()
        found += len(ranked(store.conn, query.parse(q).fts, q, ("", []), -1, 0))
        times.append((time.perf_counter() - t) * 1000)
    return times, found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    with open_store(args.db) as store:
        docs = store.stats()["documents"]
        print(f"{args.db}: {docs} documents, {args.rounds} rounds")
        for kind, queries in QUERIES.items():
            new: list[float] = []
            old: list[float] = []
            for _ in range(args.rounds):
                times, found_new = timed(store, queries)
                new += times
                with as_typed():
                    times, found_old = timed(store, queries)
                old += times
            p95 = int(len(new) * 0.95) - 1
            new.sort()
            old.sort()
            print(
                f"{kind:10} all spellings p50 {statistics.median(new):6.1f} ms p95 {new[p95]:6.1f}"
                f" | as typed p50 {statistics.median(old):6.1f} p95 {old[p95]:6.1f}"
                f" | ratio p50 {statistics.median(new) / statistics.median(old):.2f}"
                f" | matches {found_new} vs {found_old}"
            )


if __name__ == "__main__":
    main()
