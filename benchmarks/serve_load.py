"""Load benchmark of ``khabar serve``: concurrent readers over a store of 100,000 articles.

Usage: python benchmarks/serve_load.py NEWS_PATH... [--docs 100000] [--store PATH]
                                       [--clients 50] [--seconds 60] [--workers N]

Builds the store once (real articles from the news sets, then numbered copies, as
``benchmarks/ingest.py`` does; kept at ``--store`` for the next run), starts ``khabar serve``
with its default workers on a free loopback port and runs two phases of ``--seconds`` each:
``--clients`` keep-alive clients asking a mix of search pages (common and rare words,
phrases, facets, filters, further pages), article, person, organization and place pages and
API calls, picked at random from the store's own words and ids; then the same with two
hostile clients beside them, one sending 1,500-word queries and one the longest query
allowed (32 common words joined by OR, with facets). It prints latency percentiles, errors
(5xx or a failed connection), throughput, the server's memory (RSS of all its
processes) and CPU time per request, and the machine's load average before each phase.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest import build_corpus  # noqa: E402

from khabar.driver import ingest  # noqa: E402
from khabar.store import open_store  # noqa: E402

COMMON = ["امنیت", "مردم", "دولت", "ایران", "کشور", "استان", "مجلس", "وزیر", "رئیس", "اقتصاد"]


def build_store(paths: list[Path], docs: int, db: Path) -> None:
    """The store of ``docs`` articles (real ones, then numbered copies), built once and kept:
    ``DB.built`` records the count it was built for (ingest leaves out a few articles, so
    the store's own count is a little lower). The rules alone extract (``--no-model``): the
    load does not depend on how good the facts are, and the tagger would triple the build."""
    built = db.with_suffix(".built")
    if db.exists() and built.exists() and built.read_text().strip() == str(docs):
        open_store(db).close()  # a store built by older code is migrated (the server only reads)
        return
    corpus = db.with_suffix(".jsonl")
    build_corpus(paths, docs, corpus)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    ingest([corpus], db, batch_size=500, workers=2, use_model=False)
    corpus.unlink()
    built.write_text(str(docs))


def request_mix(db: Path, seed: int = 1) -> list[tuple[str, list[str]]]:
    """``(kind, paths)``: the requests of each kind, drawn from the store."""
    rnd = random.Random(seed)
    with open_store(db, read_only=True) as store:
        conn = store.conn
        top_id = conn.execute("SELECT max(id) FROM documents").fetchone()[0]
        doc_ids = [rnd.randint(1, top_id) for _ in range(2000)]
        words, phrases = [], []
        for doc_id in doc_ids[:300]:
            row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            tokens = [t for t in (row[0].split() if row else []) if len(t) >= 4 and t.isalpha()]
            if len(tokens) >= 2:
                words.append(rnd.choice(tokens))
                i = rnd.randrange(len(tokens) - 1)
                phrases.append(f'"{tokens[i]} {tokens[i + 1]}"')
        ids = {
            kind: [e["id"] for e in store.entities(kind, limit=500)]
            for kind in ("person", "organization", "place")
        }

    def q(path: str, **params: object) -> str:
        return path + "?" + urllib.parse.urlencode(params)

    def some(n: int, make: object) -> list[str]:
        return [make() for _ in range(n)]  # type: ignore[operator]

    pick = rnd.choice
    return [
        ("home", ["/"]),
        ("search common", some(200, lambda: q("/", q=pick(COMMON), p=rnd.randint(1, 5)))),
        ("search rare", some(300, lambda: q("/", q=pick(words)))),
        ("search phrase", some(300, lambda: q("/", q=pick(phrases)))),
        ("search filtered", some(200, lambda: q("/", q=pick(COMMON), place=pick(ids["place"])))),
        ("api search facets", some(300, lambda: q("/api/v1/search", q=pick(words), facets=1))),
        ("document", some(1000, lambda: f"/documents/{pick(doc_ids)}")),
        ("api document", some(1000, lambda: f"/api/v1/documents/{pick(doc_ids)}")),
        ("person", some(500, lambda: f"/persons/{pick(ids['person'])}")),
        ("organization", some(300, lambda: f"/organizations/{pick(ids['organization'])}")),
        ("place", some(300, lambda: f"/places/{pick(ids['place'])}")),
        (
            "api entity documents",
            some(
                300,
                lambda: q(
                    f"/api/v1/entities/{pick(ids['place'])}/documents",
                    limit=50,
                    offset=50 * rnd.randint(0, 4),
                ),
            ),
        ),
        ("api quotes", some(300, lambda: q("/api/v1/quotes", speaker=pick(ids["person"])))),
    ]


def hostile_paths() -> list[tuple[str, list[str]]]:
    long = " ".join(COMMON * 150)  # 1,500 words
    widest = " OR ".join((COMMON * 4)[:32])
    return [
        ("hostile 1500 words", ["/?" + urllib.parse.urlencode({"q": long})]),
        (
            "hostile 32 ORs",
            ["/api/v1/search?" + urllib.parse.urlencode({"q": widest, "facets": 1})],
        ),
    ]


async def get(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str
) -> tuple[int, bool]:
    """One GET on a keep-alive connection: (status, whether the connection stays open)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
    await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers.get("connection") != "close"


async def client(
    port: int,
    mix: list[tuple[str, list[str]]],
    until: float,
    seed: int,
    results: list[tuple[str, int, float]],
) -> None:
    rnd = random.Random(seed)
    conn = None
    while time.monotonic() < until:
        kind, paths = rnd.choice(mix)
        path = rnd.choice(paths)
        start = time.perf_counter()
        try:
            if conn is None:
                conn = await asyncio.open_connection("127.0.0.1", port)
            status, alive = await asyncio.wait_for(get(*conn, path), timeout=60)
            if not alive:
                conn[1].close()
                conn = None
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            status, conn = 0, None
        results.append((kind, status, time.perf_counter() - start))
    if conn is not None:
        conn[1].close()


async def ready(port: int, connections: int) -> None:
    """Wait until ``connections`` connections at once have each had an answer."""

    async def one() -> None:
        conn = await asyncio.open_connection("127.0.0.1", port)
        try:
            await asyncio.wait_for(get(*conn, "/api/v1/stats"), timeout=120)
        finally:
            conn[1].close()

    await asyncio.gather(*(one() for _ in range(connections)))


def server_processes(pid: int) -> list[int]:
    """``pid`` and its children (the server's workers)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [pid, *(int(p) for p in children.read_text().split())] if children.exists() else [pid]


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children, MB."""
    total = 0
    for p in server_processes(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) spent so far by ``pid`` and its children: divided by the
    requests answered, what a request costs however busy the machine is."""
    ticks = 0
    for p in server_processes(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


async def phase(
    port: int, pid: int, mix: list, hostile: list, clients: int, seconds: float
) -> tuple[list, list[float], float]:
    results: list[tuple[str, int, float]] = []
    memory: list[float] = []
    cpu = cpu_seconds(pid)
    until = time.monotonic() + seconds
    tasks = [asyncio.ensure_future(client(port, mix, until, i, results)) for i in range(clients)]
    tasks += [
        asyncio.ensure_future(client(port, [h], until, 1000 + i, results))
        for i, h in enumerate(hostile)
    ]
    while time.monotonic() < until:
        memory.append(rss_mb(pid))
        await asyncio.sleep(1)
    await asyncio.gather(*tasks)
    memory.append(rss_mb(pid))
    return results, memory, cpu_seconds(pid) - cpu


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


def report(title: str, results: list, memory: list[float], cpu: float, seconds: float) -> None:
    normal = [r for r in results if not r[0].startswith("hostile")]
    errors = sum(1 for _, s, _ in normal if s == 0 or s >= 500)
    times = [t * 1000 for _, _, t in normal]
    rate = len(normal) / seconds
    print(f"\n== {title}: {len(normal)} requests in {seconds:.0f} s ({rate:.0f}/s)")
    print(
        f"   errors {errors}; p50 {statistics.median(times):.0f} ms, p95"
        f" {percentile(times, 0.95):.0f} ms, p99 {percentile(times, 0.99):.0f} ms,"
        f" max {max(times):.0f} ms"
    )
    print(
        f"   server RSS: start {memory[0]:.0f} MB, end {memory[-1]:.0f} MB,"
        f" max {max(memory):.0f} MB"
    )
    print(
        f"   server CPU: {cpu:.1f} s of {os.cpu_count()} cores' {seconds * os.cpu_count():.0f},"
        f" {1000 * cpu / max(len(results), 1):.0f} ms a request (hostile ones included)"
    )
    kinds = sorted({r[0] for r in results})
    for kind in kinds:
        mine = [r for r in results if r[0] == kind]
        ms = [t * 1000 for _, _, t in mine]
        statuses = sorted({s for _, s, _ in mine})
        print(
            f"   {kind:22} n={len(mine):6}  p50 {statistics.median(ms):6.0f}  p95"
            f" {percentile(ms, 0.95):6.0f}  p99 {percentile(ms, 0.99):6.0f} ms  status {statuses}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--store", type=Path, default=Path("/tmp/khabar-serve-load.db"))
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workers", type=int, help="server processes (default: khabar's)")
    args = ap.parse_args()
    build_store(args.paths, args.docs, args.store)
    mix = request_mix(args.store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "khabar", "serve", "--db", str(args.store), "--port"]
    command.append(str(port))
    if args.workers:
        command += ["--workers", str(args.workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.monotonic()
        for _ in range(1200):  # up to two minutes to start
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        # the port opens before the workers have built what the searches share: answers to
        # a few connections at once (spread over the workers) say they are ready
        asyncio.run(ready(port, 2 * (args.workers or os.cpu_count() or 1)))
        print(
            f"serving {args.store} on port {port}; {os.cpu_count()} cores;"
            f" ready in {time.monotonic() - started:.1f} s"
        )
        for title, hostile in (("mix", []), ("mix + 2 hostile clients", hostile_paths())):
            print(f"\nload average before «{title}»: {os.getloadavg()}")
            results, memory, cpu = asyncio.run(
                phase(port, server.pid, mix, hostile, args.clients, args.seconds)
            )
            report(title, results, memory, cpu, args.seconds)
        start = time.monotonic()
        server.terminate()
        server.wait(timeout=60)
        print(f"\nSIGTERM to exit: {time.monotonic() - start:.1f} s")
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
