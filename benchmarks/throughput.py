"""Throughput per core: khabar repair, repair + extraction, and Hazm's normalizer alone.

Usage: python benchmarks/throughput.py PATH... [--limit N]
PATH: ir_news_dataset .txt files / farsnews .json files or folders of them.

All three run in the same process over the same articles, one after the other, so the
figures that matter are the ratios (machines here are shared and noisy). Hazm runs only
when it is importable (pip install hazm; on Python 3.11 that is hazm 0.10).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_zwnj_lexicon import news_articles  # noqa: E402

from khabar.extract import extract  # noqa: E402
from khabar.text import repair  # noqa: E402


def timed(label: str, texts: list[str], fn: Callable[[str], object]) -> float:
    fn(texts[0])  # load lexicons before the clock starts
    start = time.perf_counter()
    for t in texts:
        fn(t)
    seconds = time.perf_counter() - start
    chars = sum(map(len, texts))
    print(
        f"{label:28} {seconds:8.2f} s  {chars / seconds / 1e6:6.3f} M chars/s  "
        f"{len(texts) / seconds:8.1f} articles/s"
    )
    return seconds


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="at most N articles")
    args = ap.parse_args(argv)
    texts = []
    for p in args.paths:
        texts.extend("\n".join(s for s in art if s) for art in news_articles(p))
    texts = [t for t in texts if t.strip()][: args.limit or None]
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.1f} M characters, one core")
    repair_s = timed("khabar repair", texts, repair)
    pipeline_s = timed("khabar repair + extract", texts, lambda t: extract(repair(t)))
    try:
        from hazm import Normalizer
    except ImportError:
        print("hazm not importable: no comparison")
        return
    normalizer = Normalizer()
    hazm_s = timed("hazm Normalizer.normalize", texts, normalizer.normalize)
    print(
        f"speed vs hazm normalizer: repair x{hazm_s / repair_s:.2f}, "
        f"repair + extract x{hazm_s / pipeline_s:.2f} (above 1 = faster than hazm)"
    )


if __name__ == "__main__":
    main()
