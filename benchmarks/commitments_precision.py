"""Precision of commitments on a judged sample of the shared news.

Score the judged sample against the current extractor (prints precision; --misses lists the
judged-false sentences still taken and the judged-true ones lost):

    python benchmarks/commitments_precision.py [tests/fixtures/commitments_judged.jsonl] [--misses]

Draw a new sample to judge (the fixture was drawn so: 100 commitments, seed 2026, from the
first 4000 articles of ``khabar extract --jsonl /work/shared/data/news``); every ``verdict``
is then set by reading the sentence:

    khabar extract --jsonl /work/shared/data/news > news.jsonl
    python benchmarks/commitments_precision.py --draw news.jsonl [--seed 2026] > sample.jsonl

The second sample (``commitments_judged_2.jsonl``) was drawn from all the shared news at
f949d55 with ``--seed 4617 --articles 100000``; its true commitments also hold the deadline
day read from the sentence (``judged_deadline_date``), which is scored too. The third
(``commitments_judged_3.jsonl``, never tuned on) is the first 100 of ``--seed 1404 --n 200
--articles 100000`` whose sentence is in neither of the first two and which the rules of
e66b3b0 still take on their context (``evaluate_commitments.extracted_sentences``). The
fourth (``commitments_judged_4.jsonl``, never tuned on) is the first 100 of ``--seed 8176 --n
500 --articles 100000`` drawn from ``khabar extract --jsonl /work/shared/data/news`` at the
rules that read the verb of a future cue, whose article is in no sample under
``tests/fixtures`` (``scripts/draw_commitments_sample.py``). The fifth
(``commitments_judged_5.jsonl``, never tuned on) is the first 100 of ``--seed 4527 --n 793``
(every commitment found, in the seed's order) whose article is in no sample under
``tests/fixtures``, drawn the same way after the rules were tuned on the fourth. The sixth
(``commitments_judged_6.jsonl``, never tuned on) is the first 100 of ``--seed 1203 --n 839``
(every commitment found at ce21a04, with commitments announced by a body or a post) whose
article is in neither the gold nor a commitments sample (``--but`` every other fixture). The
seventh (``commitments_judged_7.jsonl``, never tuned on) is the first 100 of ``--seed 7`` (every
commitment found after the rules were tuned on the sixth) outside the gold's articles and the
sentences the commitments samples hold (``scripts/draw_commitments_sample.py
--sentence-only``). The eighth (``commitments_judged_8.jsonl``, never tuned on) is the first
100 of ``--seed 8`` drawn so after the rules were tuned on the seventh. The ninth
(``commitments_judged_9.jsonl``, never tuned on) is all that ``--seed 9`` draws so after the
rules were tuned on the eighth: the 4 commitments of the shared news no sample had read. The
tenth (``commitments_judged_unseen.jsonl``) is 100 of the 203 commitments found in news no
commitment rule was written on, ARMAN's folds 1 and 2 and PEYMA's training part
(``scripts/draw_unseen_commitments.py --seed 10``); the eleventh
(``commitments_judged_unseen_2.jsonl``, never tuned on) 50 drawn so with ``--seed 11 --n 50
--but tests/fixtures/commitments_judged_unseen.jsonl`` after the rules were tuned on the tenth;
the twelfth (``commitments_judged_unseen_3.jsonl``) all 27 left outside the articles of both,
drawn so with ``--seed 12``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from khabar.evaluate_commitments import draw, read_judged, score

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "judged", nargs="?", default=ROOT / "tests/fixtures/commitments_judged.jsonl"
    )
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--draw", type=Path, help="a khabar extract --jsonl output")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--articles", type=int, default=4000)
    args = parser.parse_args(argv)
    if args.draw:
        for item in draw(args.draw, args.n, args.seed, args.articles):
            print(json.dumps(item, ensure_ascii=False))
        return 0
    items = list(read_judged(Path(args.judged)))
    result = score(items)
    judged_true = sum(1 for i in items if i["verdict"])
    print(f"judged: {len(items)} ({judged_true} true commitments)")
    print(f"still extracted: {result.kept_true} true, {result.kept_false} false")
    print(f"precision: {result.precision:.2f}")
    if result.deadline_judged:
        right, judged = result.deadline_right, result.deadline_judged
        print(f"deadline day as judged: {right} of {judged} true kept")
    if args.misses:
        for i in result.kept_false_items:
            print("false, still taken:", i["sentence"])
        for i in result.lost_true:
            print("true, lost:", i["sentence"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
