"""Recall and precision of persons on a persons-recall sample.

30 shared news articles outside the gold (``scripts/draw_recall_dev.py``), every person named
in them and each of their mentions read by hand (``tests/fixtures/persons_recall_dev.jsonl``;
definitions in ``khabar.evaluate_recall``); a second sample of 30 others,
``tests/fixtures/persons_recall_dev_2.jsonl``, is read the same way. Prints persons and
mentions per article and in total; ``--misses`` lists the gold mentions not found and the
reported mentions that are no gold mention, in their context; ``--no-model``: the rules alone.

    python benchmarks/persons_recall.py [SAMPLE.jsonl] [--misses] [--no-model]
"""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.evaluate import Score
from khabar.evaluate_recall import read_sample, score_sample, total

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"


def line(title: str, persons: Score, mentions: Score) -> str:
    return (
        f"{title:16} persons R {persons.recall:.3f} P {persons.precision:.3f} "
        f"(tp {persons.tp}, fp {persons.fp}, fn {persons.fn})  "
        f"mentions R {mentions.recall:.3f} P {mentions.precision:.3f} "
        f"(tp {mentions.tp}, fp {mentions.fp}, fn {mentions.fn})"
    )


def main(argv: list[str]) -> int:
    files = [a for a in argv if not a.startswith("--")]
    sample = read_sample(Path(files[0]) if files else FIXTURES / "persons_recall_dev.jsonl")
    scores = score_sample(sample, FIXTURES, use_model="--no-model" not in argv)
    for s in scores:
        print(line(Path(s.file).stem, s.persons, s.mentions))
        if "--misses" in argv:
            print("".join(f"    missed {m}\n" for m in s.missed), end="")
            print("".join(f"    extra  {m}\n" for m in s.extra), end="")
    international = [s for s, g in zip(scores, sample, strict=True) if g["international"]]
    for title, part in (("international", international), ("total", scores)):
        t = total(part)
        print(line(f"{title} ({len(part)})", t.persons, t.mentions))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
