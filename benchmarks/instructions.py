"""Repair and extract the first N shared articles PASSES times: a fixed workload to count
instructions under valgrind's cachegrind, which no other load on the machine disturbs.

One warm pass costs the instructions of a run with ``--passes 2`` less those of a run with
``--passes 1`` (start-up, loading the lexicons and the model, and the first pass cancel out):

    for p in 1 2; do PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null python benchmarks/instructions.py ../shared/data/news \\
        --passes $p 2>&1 | grep 'I *refs'; done

OpenBLAS runs on one thread here: its idle helper threads spin, and cachegrind counted 1.5 M to
86 M instructions of theirs in a warm pass from run to run.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before NumPy loads: see the docstring

sys.path.insert(0, str(Path(__file__).parent))
from build_zwnj_lexicon import news_articles  # noqa: E402

from khabar.extract import extract  # noqa: E402
from khabar.text import repair  # noqa: E402


def first_texts(news: Path, count: int) -> list[str]:
    """The texts of the first ``count`` shared articles that hold any."""
    texts: list[str] = []
    for article in news_articles(news):
        if (text := "\n".join(s for s in article if s)).strip():
            texts.append(text)
        if len(texts) >= count:
            break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("news", type=Path, help="the shared news folder")
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--no-model", action="store_true", help="the rules alone")
    args = ap.parse_args()
    texts = first_texts(args.news, args.articles)
    for _ in range(args.passes):
        for text in texts:
            extract(repair(text), use_model=not args.no_model)


if __name__ == "__main__":
    main()
