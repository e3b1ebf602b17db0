"""Draw the quotes-recall development sample: 30 shared news articles outside the gold and
outside the persons-recall sample.

Usage:
    python scripts/draw_quotes_dev.py ../shared/data/news [--count 30]
    python scripts/draw_quotes_dev.py ../shared/data/news --seed 20261205 --out quotes_dev_2 \
        --exclude tests/fixtures/quotes_recall_dev.jsonl ...  # see quotes_dev_2/SOURCES.md

The pool, the slots (international, other, international, other, other) and the outlets in
turn are those of scripts/draw_recall_dev.py; the seed is another, and the articles of
tests/fixtures/recall_dev are excluded besides the gold's. An outlet the pool has no article
left of (Mashregh: 2 of 800-3,000 characters, both read already) gets one of up to
4,000 characters, in place of the last article drawn for its slot. The texts are copied to
tests/fixtures/quotes_dev/ (or ``--out``) and their origin rows printed for its SOURCES.md;
``--exclude`` leaves out the articles of other samples, as in scripts/draw_recall_dev.py.
``--chars MIN MAX`` draws from articles of that length instead (the eighth sample: 4,500 to
9,000 characters, longer than any earlier sample read whole); no outlet is then filled from
a wider pool. ``--exclude-whole-samples`` leaves out every article read whole, as in
scripts/draw_recall_dev.py (the recall samples, every fixture text, the gold's draws).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import draw_recall_dev  # noqa: E402
from draw_gold_articles import FIXTURES, MAX_CHARS, MIN_CHARS, OUTLETS, Article, pool  # noqa: E402

SEED = 20261204
WIDER_MAX_CHARS = 4000


def every_outlet(
    news: Path,
    drawn: list[tuple[Article, str]],
    seed: int = SEED,
    excluded: frozenset[str] = frozenset(),
) -> list[tuple[Article, str]]:
    """``drawn`` with an article of each outlet it lacks, from the pool widened to
    ``WIDER_MAX_CHARS``, in place of the last article of the same slot."""
    excluded = draw_recall_dev.gold_stems() | excluded | {a.stem for a, _ in drawn}
    wider = [a for a in pool(news, chars=(MIN_CHARS, WIDER_MAX_CHARS)) if a.stem not in excluded]
    random.Random(seed).shuffle(wider)
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


def excluded_stems(args: argparse.Namespace) -> frozenset[str]:
    """The articles the draw leaves out besides the gold's: the first persons-recall sample's,
    the samples ``--exclude`` names, and those the ``--exclude-*`` options say."""
    excluded = frozenset({p.stem for p in (FIXTURES / "recall_dev").glob("*.txt")}).union(
        *(draw_recall_dev.record_stems(p) for p in args.exclude)
    )
    if args.exclude_fixtures:
        excluded |= draw_recall_dev.fixture_stems(args.out)
    if args.exclude_whole_samples:
        excluded |= draw_recall_dev.whole_sample_stems(args.out)
    return excluded


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("news", type=Path, help="the shared news folder (ir_news_dataset, farsnews)")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default="quotes_dev", help="folder under tests/fixtures")
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="a sample's JSONL")
    ap.add_argument("--exclude-fixtures", action="store_true", help="and every fixture text")
    ap.add_argument("--exclude-whole-samples", action="store_true", help="every article read whole")
    ap.add_argument(
        "--statements", action="store_true", help="a slot of indirect statements or interviews"
    )
    ap.add_argument(
        "--chars",
        type=int,
        nargs=2,
        metavar=("MIN", "MAX"),
        help="the pool's lengths (default 800 3000, an outlet lacking from up to 4000)",
    )
    args = ap.parse_args()
    chars = (args.chars[0], args.chars[1]) if args.chars else (MIN_CHARS, MAX_CHARS)
    excluded = excluded_stems(args)
    slots = draw_recall_dev.STATEMENT_SLOTS if args.statements else draw_recall_dev.SLOTS
    target = FIXTURES / args.out
    target.mkdir(exist_ok=True)
    drawn = draw_recall_dev.draw(
        pool(args.news, chars=chars), args.count, args.seed, excluded, slots
    )
    if not args.chars:
        drawn = every_outlet(args.news, drawn, args.seed, excluded)
    for a, slot in drawn:
        (target / f"{a.stem}.txt").write_text(a.text, encoding="utf-8")
        print(f"{a.source_row} {slot} |")


if __name__ == "__main__":
    main()
