"""Post accuracy on a judged sample of the shared news that the gold does not use.

Score the judged sample against the current extractor (right / wrong / missed as on the gold;
--misses lists the persons whose posts differ from the judged ones):

    python benchmarks/posts_accuracy.py [tests/fixtures/posts_judged.jsonl] [--misses]

Draw a new sample to judge (the fixture was drawn so: 150 persons, seed 0, at most 3 of each
article, from the articles of 800-3,000 characters of the shared news as
``scripts/draw_gold_articles.py`` pools them, shuffled with the seed, leaving out every
article of the gold, its ``drawn.tsv``, and any article with the same title or first line as
one of the gold's; ``posts_judged_2.jsonl`` likewise with seed 61, leaving out the first
sample's articles and their titles and first lines too, as every judged posts sample in
``tests/fixtures`` is left out of a later draw; ``posts_judged_3.jsonl`` with seed 67, leaving
out both; ``posts_judged_4.jsonl`` with seed 68 and ``--n 100``, leaving out all three);
``person``, ``roles`` and ``why`` are then set by reading each text:

    python benchmarks/posts_accuracy.py --draw ../shared/data/news [--seed 0] > sample.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from speakers_precision import gold_articles

from khabar.evaluate import fold
from khabar.evaluate_posts import draw, read_judged, score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"


JUDGED = sorted(FIXTURES.glob("posts_judged*.jsonl"))


def shared_articles(news: Path) -> list[tuple[str, str]]:
    """(stem, text) of the shared news not in the gold nor in a judged posts sample, nor a copy
    of one of their articles."""
    spec = importlib.util.spec_from_file_location(
        "draw_gold", ROOT / "scripts/draw_gold_articles.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    stems, lines = gold_articles()
    for path in JUDGED:
        for item in read_judged(path):
            stems.add(item["stem"])
            lines |= {fold(line) for line in item["text"].split("\n")[:2]} - {""}
    out = []
    for a in module.pool(news):
        head = {fold(line) for line in a.text.split("\n")[:2]}
        if a.stem not in stems and not head & lines:
            out.append((a.stem, a.text))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judged", nargs="?", default=FIXTURES / "posts_judged.jsonl")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--draw", type=Path, help="the shared news folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n", type=int, default=150)
    args = parser.parse_args(argv)
    if args.draw:
        for item in draw(shared_articles(args.draw), args.n, args.seed):
            print(json.dumps(item, ensure_ascii=False))
        return 0
    items = list(read_judged(Path(args.judged)))
    persons = [p for i in items for p in i["persons"]]
    real = [p for p in persons if p["person"]]
    result = score(items, use_model=not args.no_model)
    t = result.posts
    print(
        f"judged: {len(persons)} persons in {len(items)} articles, {len(real)} real "
        f"({sum(1 for p in real if p['roles'])} holding a post); {result.lost} not found now"
    )
    print(
        f"post accuracy {t.accuracy:.3f}  (right {t.right}, wrong {t.wrong}, "
        f"missed {t.missed} of {t.total})"
    )
    if args.misses:
        print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
