"""People, posts, quotes and their speakers against hand-annotated gold files.

Prints precision and recall of persons, quotes (found by their first words and kind),
speakers (persons) and speaker organizations; post accuracy (of the gold persons found, those
whose posts match the gold's) and speaker accuracy (of the gold quotes said by a person or an
organization, those given that speaker; a wrong one is an error, none a miss). Definitions:
``khabar.evaluate``.

Usage: python benchmarks/evaluate_extraction.py [GOLD_DIR [FIXTURES_DIR]] [--misses] [--no-model]
       [--by-draw]
Defaults: tests/fixtures/gold and tests/fixtures (format: tests/fixtures/gold/README.md).

The gold is split (GOLD_DIR/split.json): `tune` is what extraction may be tuned on, `heldout`
is only scored when reporting. Both parts are printed, then the total. `--misses` lists the
tune part's misses only, so that the held-out articles stay unseen. `--by-draw` also prints
the held-out part by draw: the articles of the second draw (GOLD_DIR/drawn_2.tsv), of the third
(GOLD_DIR/drawn_3.tsv, ARMAN's fold 3) and the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.evaluate import Report, drawn_stems, evaluate, gold_split

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    gold = Path(args[0]) if args else ROOT / "tests/fixtures/gold"
    fixtures = Path(args[1]) if len(args) > 1 else ROOT / "tests/fixtures"
    split = gold_split(gold)
    total = Report()
    for part in ("tune", "heldout"):
        report = evaluate(gold, fixtures, part, use_model="--no-model" not in argv)
        if part == "tune" and "--misses" in argv:
            print("\n".join(report.misses))
        total.add(report)
        show(f"{part} ({len(split[part])} articles)", report)
    if "--by-draw" in argv:
        model = "--no-model" not in argv
        second = drawn_stems(gold, "drawn_2.tsv") & set(split["heldout"])
        third = drawn_stems(gold, "drawn_3.tsv") & set(split["heldout"])
        first = set(split["heldout"]) - second - third
        draws = (("earlier", first), ("second draw", second), ("third draw", third))
        for title, stems in draws:
            report = evaluate(gold, fixtures, "heldout", use_model=model, only=stems)
            show(f"heldout, {title} ({len(stems)} articles)", report)
    show(f"total ({len(split['tune']) + len(split['heldout'])} articles)", total)


def show(title: str, report: Report) -> None:
    print(title)
    scores = (
        ("persons", report.persons),
        ("quotes", report.quotes),
        ("speakers", report.speakers),
        ("orgs", report.organizations),
    )
    for name, s in scores:
        print(
            f"  {name:9} precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"(tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    for name, t in (("posts", report.posts), ("speaker", report.speaker_accuracy)):
        print(
            f"  {name:9} accuracy  {t.accuracy:.3f}  "
            f"(right {t.right}, wrong {t.wrong}, missed {t.missed} of {t.total})"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
