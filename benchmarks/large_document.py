"""One large document: time and peak memory per MB as it grows, through the whole ingest path.

Usage: python benchmarks/large_document.py NEWS_PATH... [--sizes 1 4 16] [--lines] [--keep DIR]

Builds documents of the given sizes (MB of UTF-8) on ONE line, real articles of the news
files (ir_news_dataset .txt / farsnews .json) joined with spaces, each a prefix of the next
(``--lines``: a line per paragraph instead),
and ingests each as one record in a fresh process: read and decode the file, repair with
the offset map, segment, extract, resolve and store in a new SQLite database (the steps of
``khabar.driver``, timed one by one). Each size runs in its own process after a small
warm-up document, so its peak RSS (ru_maxrss) less the RSS after warm-up is what the large
document cost. Time and memory per MB are printed with their ratio to the smallest size,
measured in the same run: a linear pipeline keeps the ratios near 1. Times are CPU seconds
of the process (``time.process_time``): on a shared machine, wall time mostly measures the
neighbours.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_zwnj_lexicon import news_articles  # noqa: E402

MB = 1_000_000
STAGES = ("read", "repair", "extract", "record", "rows", "store")


def build_documents(
    paths: list[Path], sizes: list[float], out: Path, lines: bool = False
) -> list[Path]:
    """Documents of ``sizes`` MB, each a prefix of the next (cut between articles): one
    line, or with ``lines`` a line per paragraph of each article."""
    targets = sorted(sizes)
    files, parts, size = [], [], 0
    articles = (art for p in paths for art in news_articles(p))
    sep = "\n" if lines else " "
    for target in targets:
        while size < target * MB:
            art = next(articles, None)
            if art is None:
                raise SystemExit(f"the news files hold less than {target} MB of text")
            text = sep.join(" ".join(s.split()) for s in art if s.strip())
            if text:
                parts.append(text)
                size += len(text.encode("utf-8")) + 1
        path = out / f"document-{target:g}mb{'-lines' if lines else ''}.txt"
        path.write_text(sep.join(parts), encoding="utf-8")
        files.append(path)
    return files


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: Path, db: Path) -> dict[str, float]:
    """Ingest ``path`` (after a warm-up document) and report each step's time and memory."""
    from khabar.extract import extract
    from khabar.ingest import read_paths
    from khabar.ingest.prepare import prepared
    from khabar.model import Document
    from khabar.store import open_store
    from khabar.store.facts import rows_for
    from khabar.store.records import content_hash, record_for, with_search_index

    def one(file: Path, store, clock: dict[str, float]) -> None:  # noqa: ANN001
        marks = [time.process_time()]
        (item,) = list(read_paths([file]))
        marks.append(time.process_time())
        doc = prepared(item)  # what every command does: repair, or a reason not to
        assert isinstance(doc, Document), doc
        marks.append(time.process_time())
        extract(doc)
        marks.append(time.process_time())
        record = with_search_index(record_for(doc))
        marks.append(time.process_time())
        rows = rows_for(record, content_hash(doc.text))
        marks.append(time.process_time())
        del doc, record
        (result,) = store.add_many([rows])
        assert result.status == "new", result
        marks.append(time.process_time())
        for name, a, b in zip(STAGES, marks, marks[1:], strict=False):
            clock[name] = b - a

    warm = db.with_name(f"{db.stem}-warm-up.txt")
    warm.write_text(
        "سردار محمدرضا هاشمی‌فر فرمانده انتظامی استان لرستان گفت: ۲۰ نفر دستگیر شدند.",
        encoding="utf-8",
    )
    with open_store(warm.with_suffix(".db")) as store:
        one(warm, store, {})
    base = rss_mb()
    clock: dict[str, float] = {}
    with open_store(db) as store:
        one(path, store, clock)
    return {**clock, "seconds": sum(clock.values()), "base_mb": base, "peak_mb": rss_mb()}


def measure(path: Path, tmp: Path) -> dict[str, float]:
    db = tmp / f"{path.stem}.db"
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path), str(db)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--sizes", nargs="+", type=float, default=[1, 4, 16], help="MB")
    ap.add_argument("--keep", type=Path, help="write the documents and databases here")
    ap.add_argument("--lines", action="store_true", help="a line per paragraph, not one line")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.paths)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        files = build_documents(args.paths, args.sizes, tmp, args.lines)
        rows = []
        for path in files:
            mb = path.stat().st_size / MB
            r = measure(path, tmp)
            rows.append((mb, r))
            steps = "  ".join(f"{s} {r[s]:.2f}" for s in STAGES)
            print(f"{mb:6.2f} MB: {r['seconds']:7.2f} s ({steps})", flush=True)
    mb0, r0 = rows[0]
    time0 = r0["seconds"] / mb0
    mem0 = (r0["peak_mb"] - r0["base_mb"]) / mb0
    header = ("MB", "s", "s/MB", "ratio", "peak RSS", "+MB/MB", "ratio")
    print("\n" + " ".join(f"{h:>{w}}" for h, w in zip(header, (6, 8, 7, 6, 9, 7, 6), strict=True)))
    for mb, r in rows:
        per_mb = r["seconds"] / mb
        mem = (r["peak_mb"] - r["base_mb"]) / mb
        print(
            f"{mb:6.2f} {r['seconds']:8.2f} {per_mb:7.2f} {per_mb / time0:6.2f} "
            f"{r['peak_mb']:8.0f}M {mem:7.1f} {mem / mem0:6.2f}"
        )
    print(
        "s/MB: CPU seconds per MB of input; +MB/MB: peak RSS above the warmed-up process, per MB; "
        "ratios against the smallest size"
    )


if __name__ == "__main__":
    main()
