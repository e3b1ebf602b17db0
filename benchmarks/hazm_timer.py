"""Time Hazm's normalizer for benchmarks/throughput.py, in an interpreter that has Hazm.

Usage: PYTHON_WITH_HAZM benchmarks/hazm_timer.py TEXTS.json

Reads a JSON list of texts, then for every line on stdin normalizes all of them once and
prints the seconds taken. Hazm 0.10 pins an old numpy, so it often lives in a venv of its
own; this keeps the timed loop in that interpreter while the caller alternates with its own.
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
    normalize(texts[0])  # load its tables before the clock starts
    print("ready", flush=True)
    for _ in sys.stdin:
        start = time.perf_counter()
        for t in texts:
            normalize(t)
        print(time.perf_counter() - start, flush=True)


if __name__ == "__main__":
    main()
