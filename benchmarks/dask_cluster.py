"""Distributed benchmark: ``khabar process`` on 1 then 2 local workers, ``khabar load``, and
the time of 1M articles extrapolated from the run.

Usage: python benchmarks/dask_cluster.py NEWS_PATH... --docs 20000 [--work /tmp/khabar-dask]

Builds a JSON Lines corpus of ``--docs`` articles from the news files (as
``benchmarks/ingest.py`` does: real articles, then numbered copies), processes it with a
LocalCluster of each ``--workers`` count (single-threaded processes), loads the last run's
shards into a fresh database, and prints: articles/s of each run and the speed-up over one
worker, each worker's peak RSS (measured in the task), the cores the workers obtained (task
CPU time / wall time: on a shared machine, fewer than the workers), the load time, and the
1M estimate (process with the most workers + load, scaled linearly); then it runs process
and load together, as ``khabar process --db`` does, and scales that time. With Hazm importable it
also times, in this process over the same articles, the pipeline per core against Hazm's
normalizer alone. ``--db-only`` runs only ``process --db`` (with the most ``--workers``);
``--no-model`` extracts with the rules alone, as ``khabar process --no-model`` does.
Machines here are shared: compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest import build_corpus  # noqa: E402

from khabar.distributed import (  # noqa: E402
    LoadSummary,
    dask_client,
    load,
    plan,
    prepare_out,
    process,
    process_partitions,
)
from khabar.distributed.load import InOrderLoader  # noqa: E402
from khabar.distributed.task import run_partition  # noqa: E402
from khabar.ingest.base import ReaderOptions  # noqa: E402
from khabar.store import open_store  # noqa: E402


def per_core_vs_hazm(corpus: Path, limit: int) -> None:
    try:
        from hazm import Normalizer
    except ImportError:
        print("hazm not importable: no per-core comparison with Hazm's normalizer")
        return
    import json

    from khabar.extract import extract
    from khabar.text import repair

    with corpus.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(limit), f, strict=False)]
    normalizer = Normalizer()
    timings = {}
    for label, fn in (
        ("khabar repair + extract", lambda t: extract(repair(t))),
        ("hazm Normalizer.normalize", normalizer.normalize),
    ):
        fn(texts[0])  # lexicons load before the clock starts
        start = time.perf_counter()
        for t in texts:
            fn(t)
        timings[label] = time.perf_counter() - start
        print(f"{label:28} {len(texts) / timings[label]:8.1f} articles/s on one core")
    ratio = timings["hazm Normalizer.normalize"] / timings["khabar repair + extract"]
    print(f"pipeline speed vs hazm normalizer alone: x{ratio:.2f} (above 1 = faster)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/khabar-dask"))
    ap.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="e.g. 1 2 1 2 on a busy machine"
    )
    ap.add_argument("--partition-mb", type=float, default=4.0)
    ap.add_argument("--hazm-docs", type=int, default=1000, help="articles for the Hazm ratio")
    ap.add_argument(
        "--db-only", action="store_true", help="only process --db, with the most --workers"
    )
    ap.add_argument("--no-model", action="store_true", help="rules alone, without the tagger")
    args = ap.parse_args()
    args.task = partial(run_partition, use_model=not args.no_model)
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / f"corpus-{args.docs}.jsonl"
    if not corpus.exists():
        build_corpus(args.paths, args.docs, corpus)
    print(f"{args.docs} articles, {corpus.stat().st_size / 1e6:.0f} MB of JSON Lines")
    if not args.db_only:
        process_then_load(corpus, args)
    most = max(args.workers)
    both_s, both = process_and_load(corpus, args, most)
    print(
        f"process --db (each shard loaded as it comes), {most} workers: {both.read} articles "
        f"in {both_s:.1f} s = {both.read / both_s:.0f} articles/s; 1M articles, "
        f"extrapolated: {1_000_000 / (both.read / both_s) / 60:.1f} min (target: under 30)"
    )


def process_then_load(corpus: Path, args: argparse.Namespace) -> None:
    """Hazm's ratio, ``process`` with each worker count, then ``load`` of the last run."""
    per_core_vs_hazm(corpus, args.hazm_docs)

    rates: dict[int, float] = {}
    out = args.work
    for n in args.workers:
        out = args.work / f"shards-{n}"
        shutil.rmtree(out, ignore_errors=True)
        with dask_client(workers=n) as client:
            start = time.perf_counter()
            summary = process(
                [str(corpus)],
                out,
                client,
                target_bytes=int(args.partition_mb * (1 << 20)),
                task=args.task,
            )
            seconds = time.perf_counter() - start
        rate = summary.read / seconds
        rates[n] = max(rates.get(n, 0.0), rate)  # a repeated count keeps its best run
        peaks: dict[str, float] = {}
        for t in summary.tasks:
            peaks[t["worker"]] = max(peaks.get(t["worker"], 0.0), t["peak_rss_mb"])
        speedup = f" (x{rate / rates[1]:.2f} of 1 worker)" if 1 in rates else ""
        # Cores the workers actually got: on a shared machine, fewer than the workers.
        cpu = sum(t.get("cpu_seconds", 0.0) for t in summary.tasks)
        print(
            f"process, {n} worker(s): {summary.read} articles in {summary.partitions} partitions "
            f"in {seconds:.1f} s = {rate:.0f} articles/s{speedup}; crashed "
            f"{len(summary.crashed)}; peak RSS per worker (MB): "
            + ", ".join(f"{v:.0f}" for v in sorted(peaks.values()))
            + f"; cores obtained {cpu / seconds:.2f}"
            + f", CPU {cpu / summary.read * 1000:.1f} ms/article"
        )

    if 1 in rates:
        print(
            "scaling, best run of each: "
            + ", ".join(f"{n} workers x{rates[n] / rates[1]:.2f}" for n in sorted(rates) if n > 1)
        )
    db = args.work / "load.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    loaded = load(out, db)
    load_s = time.perf_counter() - start
    print(
        f"load: {loaded.new} new of {loaded.read} in {load_s:.1f} s = "
        f"{loaded.read / load_s:.0f} articles/s (one process, SQLite)"
    )
    most = max(args.workers)
    process_1m = 1_000_000 / rates[most]
    load_1m = 1_000_000 / (loaded.read / load_s)
    print(
        f"1M articles, extrapolated: process {process_1m / 60:.0f} min with {most} workers "
        f"+ load {load_1m / 60:.0f} min = {(process_1m + load_1m) / 60:.0f} min"
    )


def process_and_load(
    corpus: Path, args: argparse.Namespace, workers: int
) -> tuple[float, LoadSummary]:
    """What ``khabar process --db`` does: the client loads each shard while workers go on."""
    out, db = args.work / "shards-db", args.work / "both.db"
    shutil.rmtree(out, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    target = int(args.partition_mb * (1 << 20))
    start = time.perf_counter()
    with open_store(db) as store, dask_client(workers=workers) as client:
        partitions = plan([str(corpus)], ReaderOptions(), target)  # planned once, as the CLI
        prepare_out(out)
        loader = InOrderLoader(out, store, partitions)
        process_partitions(partitions, out, client, task=args.task, settled=loader.settle)
    return time.perf_counter() - start, loader.summary


if __name__ == "__main__":
    main()
