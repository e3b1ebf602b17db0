"""Speaker accuracy on a judged sample of the shared news that the gold does not use.

Score the judged samples against the current extractor (prints speaker accuracy for each as the
gold counts it, right / wrong / missed; --misses lists the quotes given another speaker or none,
and those of nobody credited to someone); by default every ``tests/fixtures/speakers_judged*``:

    python benchmarks/speakers_precision.py [tests/fixtures/speakers_judged_2.jsonl] [--misses]

Draw a new sample to judge (the fixture was drawn so: 150 quotes, seed 0, one from each of 150
articles drawn with the same seed from ``khabar extract --jsonl /work/shared/data/news``,
leaving out every article of the gold, ``tests/fixtures/gold`` and its ``drawn.tsv``, and any
article with the same title or first line; ``speakers_judged_2.jsonl`` likewise with seed 2,
leaving out the first sample's articles too); ``verdict``, ``speaker``, ``speaker_organization``
and ``why`` are then set by reading the text:

    khabar extract --jsonl /work/shared/data/news > news.jsonl
    python benchmarks/speakers_precision.py --draw news.jsonl [--seed 0] > sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from khabar.evaluate import drawn_stems, fold
from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import draw, score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"


JUDGED = sorted(FIXTURES.glob("speakers_judged*.jsonl"))


def gold_articles() -> tuple[set[str], set[str]]:
    """The stems the gold uses or drew, or a judged sample holds, and the titles and first
    lines of those articles, folded (the shared news holds some articles twice, under two
    stems)."""
    stems = {p.stem for p in (FIXTURES / "gold").glob("*.json")} | drawn_stems(FIXTURES / "gold")
    lines = set()
    for p in (FIXTURES / "news").glob("*.txt"):
        lines |= {fold(line) for line in p.read_text(encoding="utf-8").split("\n")[:2]}
    for path in JUDGED:
        for item in read_judged(path):
            stems.add(item["stem"])
            lines |= {fold(item.get("title")), fold(item["text"].split("\n", 1)[0])}
    return stems, lines - {""}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judged", nargs="*", type=Path, default=JUDGED)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--draw", type=Path, help="a khabar extract --jsonl output")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n", type=int, default=150)
    args = parser.parse_args(argv)
    if args.draw:
        stems, titles = gold_articles()
        for item in draw(args.draw, args.n, args.seed, stems, titles):
            print(json.dumps(item, ensure_ascii=False))
        return 0
    for path in args.judged:
        _report(path, use_model=not args.no_model, misses=args.misses)
    return 0


def _report(path: Path, use_model: bool, misses: bool) -> None:
    items = list(read_judged(path))
    result = score(items, use_model=use_model)
    statements = sum(1 for i in items if i["verdict"])
    orgs = sum(1 for i in items if i["verdict"] and i["speaker_organization"])
    t = result.accuracy
    print(
        f"{path.name}: {len(items)} quotes, {statements} statements ({t.total} with a speaker, "
        f"{orgs} of them organizations; {result.unnamed} naming nobody)"
    )
    print(
        f"speaker accuracy {t.accuracy:.3f}  (right {t.right}, wrong {t.wrong}, "
        f"missed {t.missed} of {t.total})"
    )
    print(f"naming nobody, credited to someone: {result.credited} of {result.unnamed}")
    if misses:
        print("\n".join(result.misses))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
