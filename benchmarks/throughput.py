"""Throughput per core: khabar repair, repair + extraction (with the tagger and without), and
Hazm's normalizer alone.

Usage: python benchmarks/throughput.py PATH... [--limit N] [--rounds R] [--hazm-python PY] [--cpu]
PATH: ir_news_dataset .txt files / farsnews .json files or folders of them.

The three run over the same articles in alternating rounds (repair, repair + extract, Hazm,
then again), and each keeps its fastest round: machines here are shared and noisy, so the
figures that matter are the ratios. Hazm runs in this process when importable (pip install
hazm; on Python 3.11 that is hazm 0.10), else in the interpreter given by ``--hazm-python``
(a venv with Hazm, since Hazm 0.10 pins an old numpy) through benchmarks/hazm_timer.py.
``--cpu``: each timer counts the CPU time of its own process, not the time on the clock: on a
machine loaded past its cores, the clock counts the time other processes ran too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_zwnj_lexicon import news_articles  # noqa: E402

from khabar.extract import extract  # noqa: E402
from khabar.text import repair  # noqa: E402

Timer = Callable[[], float]
clock = time.perf_counter  # time.process_time with --cpu


def local_timer(texts: list[str], fn: Callable[[str], object]) -> Timer:
    fn(texts[0])  # load lexicons before the clock starts

    def run() -> float:
        start = clock()
        for t in texts:
            fn(t)
        return clock() - start

    return run


def hazm_timer(texts: list[str], python: str | None, tmp: Path) -> Timer | None:
    try:
        from hazm import Normalizer  # type: ignore[import-not-found]
    except ImportError:
        Normalizer = None  # noqa: N806
    if Normalizer is not None:
        return local_timer(texts, Normalizer().normalize)
    if python is None:
        return None
    data = tmp / "texts.json"
    data.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    script = Path(__file__).with_name("hazm_timer.py")
    proc = subprocess.Popen(
        [python, str(script), str(data), *(["--cpu"] if clock is time.process_time else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin and proc.stdout
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit(f"{python} {script} did not start (is hazm installed there?)")

    def run() -> float:
        proc.stdin.write("go\n")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        return float(proc.stdout.readline())  # type: ignore[union-attr]

    return run


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="at most N articles")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds; the fastest counts")
    ap.add_argument("--hazm-python", help="an interpreter with Hazm, when this one has none")
    ap.add_argument("--cpu", action="store_true", help="CPU time of each process, not the clock")
    args = ap.parse_args(argv)
    global clock
    clock = time.process_time if args.cpu else time.perf_counter
    texts = []
    for p in args.paths:
        texts.extend("\n".join(s for s in art if s) for art in news_articles(p))
    texts = [t for t in texts if t.strip()][: args.limit or None]
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars / 1e6:.1f} M characters, one core")
    with tempfile.TemporaryDirectory() as tmp:
        timers = {
            "khabar repair": local_timer(texts, repair),
            "khabar repair + extract": local_timer(texts, lambda t: extract(repair(t))),
            "  the same, --no-model": local_timer(
                texts, lambda t: extract(repair(t), use_model=False)
            ),
        }
        hazm = hazm_timer(texts, args.hazm_python, Path(tmp))
        if hazm is not None:
            timers["hazm Normalizer.normalize"] = hazm
        best = {label: float("inf") for label in timers}
        for _ in range(args.rounds):
            for label, run in timers.items():
                best[label] = min(best[label], run())
    for label, seconds in best.items():
        print(
            f"{label:28} {seconds:8.2f} s  {chars / seconds / 1e6:6.3f} M chars/s  "
            f"{len(texts) / seconds:8.1f} articles/s"
        )
    if hazm is None:
        print("hazm not importable (see --hazm-python): no comparison")
        return
    hazm_s = best["hazm Normalizer.normalize"]
    print(
        f"speed vs hazm normalizer: repair x{hazm_s / best['khabar repair']:.2f}, "
        f"repair + extract x{hazm_s / best['khabar repair + extract']:.2f}, "
        f"the same with --no-model x{hazm_s / best['  the same, --no-model']:.2f} "
        "(above 1 = faster than hazm)"
    )


if __name__ == "__main__":
    main()
