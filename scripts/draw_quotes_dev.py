"""Draw the quotes-recall development sample: 30 shared news articles outside the gold and
outside the persons-recall sample.

Usage:
    python scripts/draw_quotes_dev.py ../shared/data/news [--count 30]

The pool, the slots (international, other, international, other, other) and the outlets in
turn are those of scripts/draw_recall_dev.py; the seed is another, and the articles of
tests/fixtures/recall_dev are excluded besides the gold's. An outlet the pool has no article
left of (Mashregh: 2 of 800-3,000 characters, both read already) gets one of up to
4,000 characters, in place of the last article drawn for its slot. The texts are copied to
tests/fixtures/quotes_dev/ and their origin rows printed for its SOURCES.md.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import draw_gold_articles  # noqa: E402
import draw_recall_dev  # noqa: E402
from draw_gold_articles import FIXTURES, OUTLETS, Article, pool  # noqa: E402

SEED = 20261204
WIDER_MAX_CHARS = 4000


def every_outlet(news: Path, drawn: list[tuple[Article, str]]) -> list[tuple[Article, str]]:
    """``drawn`` with an article of each outlet it lacks, from the pool widened to
    ``WIDER_MAX_CHARS``, in place of the last article of the same slot."""
    excluded = draw_recall_dev.gold_stems() | {a.stem for a, _ in drawn}
    draw_gold_articles.MAX_CHARS = WIDER_MAX_CHARS
    wider = [a for a in pool(news) if a.stem not in excluded]
    random.Random(SEED).shuffle(wider)
    for outlet in OUTLETS:
        if any(a.outlet == outlet for a, _ in drawn):
            continue
        pick = next((a for a in wider if a.outlet == outlet), None)
        if pick is None:
            continue
        slot = "international" if pick.international else "other"
        last = max(n for n, (_, s) in enumerate(drawn) if s == slot)
        drawn[last] = (pick, slot)
    return drawn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("news", type=Path, help="the shared news folder (ir_news_dataset, farsnews)")
    ap.add_argument("--count", type=int, default=30)
    args = ap.parse_args()
    persons_sample = {p.stem for p in (FIXTURES / "recall_dev").glob("*.txt")}
    gold_stems = draw_recall_dev.gold_stems
    draw_recall_dev.gold_stems = lambda: gold_stems() | persons_sample
    draw_recall_dev.SEED = SEED
    target = FIXTURES / "quotes_dev"
    target.mkdir(exist_ok=True)
    drawn = every_outlet(args.news, draw_recall_dev.draw(pool(args.news), args.count))
    for a, slot in drawn:
        (target / f"{a.stem}.txt").write_text(a.text, encoding="utf-8")
        print(f"{a.source_row} {slot} |")


if __name__ == "__main__":
    main()
