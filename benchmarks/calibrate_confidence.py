"""Fit the confidence table (``src/khabar/data/confidence.tsv``) and print its calibration.

Usage: python benchmarks/calibrate_confidence.py ARMAN_ZIP [--write]
(ARMAN_ZIP: ../shared/data/ner/arman/ArmanPersoNERCorpus.zip)

Fitted on: the tune part of the gold (persons, posts, quotes and their speakers), every judged
sample of persons, commitments and quotes (their speakers, on news outside the gold),
and ARMAN's first two folds (places, organizations; the shipped tagger never saw ARMAN).
Printed per kind on what it was fitted on: the bins of confidence with their facts and share
right. The held-out part of the gold and ARMAN's third fold are scored as totals only, never
fitted on. ``--write`` writes the table.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ner_data import Article, articles, read_arman  # noqa: E402

from khabar import calibration as cal  # noqa: E402
from khabar.evaluate import drawn_stems, gold_split  # noqa: E402
from khabar.extract import extract, extract_text  # noqa: E402
from khabar.extract.confidence import KINDS, score  # noqa: E402
from khabar.text import repair  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures"
TABLE = ROOT / "src/khabar/data/confidence.tsv"
# ARMAN's tags as khabar's kinds: a facility («فرودگاه مهرآباد») is an organization to khabar
ARMAN_KINDS = {"pers": "PER", "org": "ORG", "fac": "ORG", "loc": "LOC"}
# every judged sample of news outside the gold, by the facts it judges
JUDGED = {
    "persons_judged*.jsonl": cal.judged_persons,
    "commitments_judged*.jsonl": cal.judged_commitments,
    "speakers_judged*.jsonl": cal.judged_quotes,
}


def gold_labels(part: str) -> Iterator[cal.Labelled]:
    gold_dir = FIXTURES / "gold"
    drawn = drawn_stems(gold_dir)
    for stem in sorted(gold_split(gold_dir)[part]):
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        doc = extract_text((FIXTURES / gold["file"]).read_text(encoding="utf-8"))
        yield from cal.gold_facts(doc, gold, organizations=stem in drawn)


def arman_labels(
    zip_path: Path, folds: Iterable[int], skip: frozenset[int] = frozenset()
) -> Iterator[cal.Labelled]:
    for index, article in enumerate(articles(read_arman(zip_path, folds, ARMAN_KINDS))):
        if index in skip:
            continue
        doc = extract(repair(article.text))
        yield from cal.named_entities(doc, article.gold, _snapper(article))


def _snapper(article: Article):  # type: ignore[no-untyped-def]
    starts = [s for sent in article.token_spans for s, _ in sent]
    ends = [e for sent in article.token_spans for _, e in sent]

    def snap(start: int, end: int) -> tuple[int, int]:
        a = max(0, bisect_right(starts, start) - 1)
        b = max(0, bisect_right(starts, max(start, end - 1)) - 1)
        return starts[a], ends[b]

    return snap


def print_bins(title: str, scored: list[tuple[float, bool]]) -> None:
    print(f"{title}: {len(scored)} facts")
    for low, high, n, right in cal.bins(scored):
        print(f"  [{low:.1f}, {high:.1f}{']' if high >= 1 else ')'}  {n:5d}  {right / n:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("arman", type=Path, help="ArmanPersoNERCorpus.zip")
    ap.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    args = ap.parse_args()
    tune = list(gold_labels("tune"))
    for name, labels in JUDGED.items():
        for path in sorted(FIXTURES.glob(name)):
            tune += labels(cal.read_jsonl(path))
    tune += arman_labels(args.arman, (1, 2))
    rows = cal.fit(tune)
    fitted = {(k, *(e.split("/") if e else ())): c for k, e, c, _, _ in rows}
    if args.write:
        source = f"the gold's tune part, {', '.join(JUDGED)} and ARMAN folds 1-2"
        cal.write_table(rows, TABLE, source)
    print("kind\tevidence\tconfidence\tfacts\tright")
    for row in rows:
        print("\t".join(str(v) for v in row))

    def scored(facts: list[cal.Labelled]) -> list[tuple[float, bool]]:
        return [(score(f.kind, f.evidence, fitted), f.right) for f in facts]

    print("\nFitted on (tune):")
    for kind in KINDS:
        print_bins(kind, scored([f for f in tune if f.kind == kind]))
    print_bins("all", scored(tune))
    # fold 3's articles the gold's third draw annotated count once, as gold
    in_gold = frozenset(
        int(line.split("\t")[1].removeprefix("arman3_"))
        for line in (FIXTURES / "gold/drawn_3.tsv").read_text(encoding="utf-8").splitlines()[1:]
    )
    held = list(gold_labels("heldout")) + list(arman_labels(args.arman, (3,), in_gold))
    print("\nHeld out (gold held-out part, ARMAN fold 3), totals only:")
    print_bins("all", scored(held))
    for kind in ("all", *KINDS):
        top = [r for v, r in scored([f for f in held if kind in ("all", f.kind)]) if v >= 0.9]
        print(f"  {kind} at >= 0.9: {len(top)} facts, {sum(top) / max(1, len(top)):.3f} right")


if __name__ == "__main__":
    main()
