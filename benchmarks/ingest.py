"""Ingest and query benchmark: docs/s, database size, peak RSS, query latency p50/p95.

Usage: python benchmarks/ingest.py NEWS_PATH... --docs 100000 [--db /tmp/bench.db]

Builds a JSON Lines corpus of ``--docs`` articles from the news files (real articles, then
copies with a numbered closing line so that every copy is a distinct document), ingests it
with ``khabar.driver.ingest`` and times queries of five kinds: rare terms, common terms,
phrases, queries filtered by date (articles are dated over 2019-2025), and the facet counts
the web search page computes. Peak RSS is read from the process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_zwnj_lexicon import news_articles  # noqa: E402

from khabar.driver import ingest  # noqa: E402
from khabar.store import open_store  # noqa: E402


def build_corpus(paths: list[Path], n: int, out: Path) -> None:
    base = ["\n".join(s for s in art if s) for p in paths for art in news_articles(p)]
    base = [t for t in base if t.strip()]
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = base[i % len(base)]
            if i >= len(base):
                text += f"\nنسخه {i // len(base)} این گزارش."
            # dates spread over 2019-2025 so that date filters select a real share
            day = dt.date(2019, 1, 1) + dt.timedelta(days=(i * 7919) % 2555)
            record = {"text": text, "url": f"https://bench.example/{i}", "date": day.isoformat()}
            f.write(json.dumps(record) + "\n")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/khabar-bench.db"))
    ap.add_argument("--workers", type=int, default=1, help="processes for repair/extract")
    args = ap.parse_args()
    corpus = args.db.with_suffix(".jsonl")
    build_corpus(args.paths, args.docs, corpus)
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    marks: list[tuple[int, float]] = []
    start = time.perf_counter()

    def progress(s) -> None:  # noqa: ANN001
        done = s.read + s.failed
        if done % 1000 == 0:
            marks.append((done, rss_mb()))

    summary = ingest([corpus], args.db, batch_size=500, progress=progress, workers=args.workers)
    seconds = time.perf_counter() - start
    size = sum(
        os.path.getsize(str(args.db) + s) for s in ("", "-wal") if Path(str(args.db) + s).exists()
    )
    print(
        f"ingested {summary.new} new of {summary.read} in {seconds:.1f} s: "
        f"{summary.read / seconds:.0f} docs/s with {args.workers} worker(s); "
        f"db {size / 1e6:.0f} MB ({size / max(summary.new, 1) / 1024:.1f} KB/doc)"
    )
    print(
        "RSS (MB) after N docs: "
        + ", ".join(f"{d}: {m:.0f}" for d, m in marks[:: max(1, len(marks) // 8)])
    )
    queries = {
        "rare": ["نیلفروشان", "پهپاد", "پلاسکو", "هوشمندسازی"],
        "common": ["امنیت", "مردم", "دولت", "ایران"],
        "phrase": ['"نیروی انتظامی"', '"مجلس شورای اسلامی"', '"وزارت کشور"'],
        "filtered": ["امنیت", "مردم", "نیلفروشان", '"نیروی انتظامی"'],
        "facets": ["امنیت", "دولت"],
    }
    random.seed(1)
    with open_store(args.db) as store:
        for kind, qs in queries.items():
            times = []
            for _ in range(20):
                q = random.choice(qs)
                t = time.perf_counter()
                if kind == "filtered":  # half a year: about a fourteenth of the corpus
                    store.search(q, since="2020-01-01", until="2020-06-30", limit=20)
                elif kind == "facets":  # what the web search page adds to each query
                    store.facets(q)
                else:
                    store.search(q, limit=20)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"query {kind:8} p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
