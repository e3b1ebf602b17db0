"""What one request of each kind of ``benchmarks/serve_load.py``'s mix costs, alone.

Usage: python benchmarks/page_costs.py STORE [--requests 8]

Answers ``--requests`` requests of each kind, drawn from the store as the load benchmark
draws them, one at a time through the application in this process, the caches of answers
and rankings emptied before each (what the server builds once per state of the store, the
facet arrays, is built first and its cost printed apart), and prints the median and the
largest CPU time (user + system of this process, so a busy machine changes it little) and
wall time of each kind, and the median CPU time of the same requests asked again with only
the answers emptied (a query's ranking kept, as for the words a server is asked often). To
compare with other code, run it with that code's ``src`` on
``PYTHONPATH`` (and a store of the schema that code reads).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from serve_load import request_mix  # noqa: E402

from khabar.web import create_app  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store", type=Path)
    ap.add_argument("--requests", type=int, default=8)
    args = ap.parse_args()
    app = create_app(args.store, time_limit=60)
    client = TestClient(app)
    rnd = random.Random(5)
    mix = request_mix(args.store)
    readers = app.state.readers
    client.get(mix[6][1][0])  # the first request loads what every later one uses (an article)
    start_cpu = time.process_time()
    client.get(mix[1][1][0])  # a search builds what is kept until the store changes
    once = 1000 * (time.process_time() - start_cpu)
    print(
        f"{args.store}: CPU ms (median / max), wall ms (median), {args.requests} requests each;"
        " then CPU ms of the same again, the rankings kept (a query asked before)"
    )
    print(f"   (once per state of the store, with the first search: {once:.0f} ms)")
    for kind, paths in mix:
        cpu, wall, again = [], [], []
        for path in rnd.sample(paths, min(args.requests, len(paths))):
            readers.cache.clear()
            getattr(readers, "rankings", readers.cache).clear()
            start_cpu, start = time.process_time(), time.perf_counter()
            status = client.get(path).status_code
            cpu.append(1000 * (time.process_time() - start_cpu))
            wall.append(1000 * (time.perf_counter() - start))
            if status != 200:
                raise SystemExit(f"{path}: status {status}")
            readers.cache.clear()  # the answer goes, what the store keeps stays
            start_cpu = time.process_time()
            client.get(path)
            again.append(1000 * (time.process_time() - start_cpu))
        print(
            f"   {kind:22} {statistics.median(cpu):6.0f} / {max(cpu):6.0f}"
            f"   {statistics.median(wall):6.0f}   {statistics.median(again):6.0f}"
        )


if __name__ == "__main__":
    main()
