"""Precision and recall of people and quote speakers against hand-annotated gold files.

Usage: python benchmarks/evaluate_extraction.py [GOLD_DIR [FIXTURES_DIR]] [--misses]
Defaults: tests/fixtures/gold and tests/fixtures (format: tests/fixtures/gold/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    gold = Path(args[0]) if args else ROOT / "tests/fixtures/gold"
    fixtures = Path(args[1]) if len(args) > 1 else ROOT / "tests/fixtures"
    report = evaluate(gold, fixtures)
    if "--misses" in argv:
        print("\n".join(report.misses))
    n = len(list(gold.glob("*.json")))
    print(f"articles: {n}")
    for name, s in (("persons", report.persons), ("speakers", report.speakers)):
        print(
            f"{name:9} precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"(tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
