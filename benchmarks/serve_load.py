"""Load benchmark of ``khabar serve``: many concurrent readers over a store of 100,000 articles.

Usage: python benchmarks/serve_load.py NEWS_PATH... [--docs 100000] [--store /tmp/serve.db]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest import build_corpus  # noqa: E402

from khabar.ingest.run import ingest  # noqa: E402
from khabar.store import open_store  # noqa: E402


def build_store(paths: list[Path], docs: int, db: Path) -> None:
    """The store of ``docs`` articles (real ones, then numbered copies), built once and kept."""
    if db.exists():
        with open_store(db, read_only=True) as store:
            if store.stats()["documents"] >= docs:
                return
    corpus = db.with_suffix(".jsonl")
    build_corpus(paths, docs, corpus)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    ingest([corpus], db, batch_size=500, workers=2)
    corpus.unlink()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--store", type=Path, default=Path("/tmp/khabar-serve-load.db"))
    args = ap.parse_args()
    build_store(args.paths, args.docs, args.store)


if __name__ == "__main__":
    main()
