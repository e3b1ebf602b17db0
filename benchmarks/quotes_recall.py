"""Recall and precision of quotes, and speaker accuracy, on the quotes-recall sample.

30 shared news articles outside the gold and the persons-recall sample
(``scripts/draw_quotes_dev.py``), every reported statement in them read by hand
(``tests/fixtures/quotes_recall_dev.jsonl``; definitions in ``khabar.evaluate_quotes``).
A second sample, drawn later and scored before any change made for it
(``tests/fixtures/quotes_recall_dev_2.jsonl``), and a third of 25
(``tests/fixtures/quotes_recall_dev_3.jsonl``), a fourth of 14
(``tests/fixtures/quotes_recall_dev_4.jsonl``), a fifth of 14
(``tests/fixtures/quotes_recall_dev_5.jsonl``), a sixth of 16
(``tests/fixtures/quotes_recall_dev_6.jsonl``), a seventh of 16, with no statement
(``tests/fixtures/quotes_recall_dev_7.jsonl``) and an eighth of 10 articles of 4,500 to
9,000 characters (``tests/fixtures/quotes_recall_dev_8.jsonl``), are read the same way, and
so are 25 whole articles of ARMAN's news, folds 1 and 2 (``scripts/draw_arman_quotes.py``;
``tests/fixtures/arman_quotes_recall.jsonl``; 12 more, ``arman_quotes_recall_2.jsonl``;
25 more, ``arman_quotes_recall_3.jsonl``; 25 more, ``arman_quotes_recall_4.jsonl``), and 25
whole articles of PEYMA's training part, odd ones only (``draw_arman_quotes.py --peyma``;
``peyma_quotes_recall.jsonl``; 15 more, ``peyma_quotes_recall_2.jsonl``; 15 more,
``peyma_quotes_recall_3.jsonl``; 15 more, ``peyma_quotes_recall_4.jsonl``; 15 more,
``peyma_quotes_recall_5.jsonl``; 15 more, ``peyma_quotes_recall_6.jsonl``). Prints each
article and the total; ``--misses`` lists the statements not found, the wrong speakers and
the quotes reported where no statement is; ``--no-model``: the rules alone.

    python benchmarks/quotes_recall.py [SAMPLE.jsonl] [--misses] [--no-model]
"""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.evaluate_quotes import QuoteScore, read_sample, score_sample, total

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"


def line(s: QuoteScore, title: str) -> str:
    q, a, p = s.quotes, s.accuracy, s.speakers
    return (
        f"{title:16} quotes R {q.recall:.3f} P {q.precision:.3f} (tp {q.tp}, fp {q.fp}, fn {q.fn})"
        f"  speaker accuracy {a.accuracy:.3f} ({a.right} right, {a.wrong} wrong, "
        f"{a.missed} missed)  speakers P {p.precision:.3f}"
    )


def main(argv: list[str]) -> int:
    files = [a for a in argv if not a.startswith("--")]
    sample = read_sample(Path(files[0]) if files else FIXTURES / "quotes_recall_dev.jsonl")
    scores = score_sample(sample, FIXTURES, use_model="--no-model" not in argv)
    for s in scores:
        print(line(s, Path(s.file).stem))
        if "--misses" in argv:
            print("".join(f"    missed {m.split(': ', 1)[1]}\n" for m in s.misses), end="")
            print("".join(f"    extra  {m}\n" for m in s.extra), end="")
    international = [s for s, g in zip(scores, sample, strict=True) if g["international"]]
    for title, part in (("international", international), ("total", scores)):
        print(line(total(part), f"{title} ({len(part)})"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
