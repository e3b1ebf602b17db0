"""Time Hazm's normalizer for benchmarks/throughput.py, in an interpreter that has Hazm.

Usage: PYTHON_WITH_HAZM benchmarks/hazm_timer.py TEXTS.json [--cpu]

Reads a JSON list of texts, then for every line on stdin normalizes all of them once and
prints the seconds taken. Hazm 0.10 pins an old numpy, so it often lives in a venv of its
own; this keeps the timed loop in that interpreter while the caller alternates with its own.
``--cpu``: the CPU time of this process rather than the time on the clock.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    from hazm import Normalizer

    with open(sys.argv[1], encoding="utf-8") as f:
        texts = json.load(f)
    normalize = Normalizer().normalize
    clock = time.process_time if "--cpu" in sys.argv[2:] else time.perf_counter
    normalize(texts[0])  # load its tables before the clock starts
    print("ready", flush=True)
    for _ in sys.stdin:
        start = clock()
        for t in texts:
            normalize(t)
        print(clock() - start, flush=True)


if __name__ == "__main__":
    main()
