"""Draw commitments to judge from news no commitment rule was written on: ARMAN and PEYMA.

Usage:
    python scripts/draw_unseen_commitments.py ../shared/data/ner --seed 10 --n 100 > sample.jsonl

The shared news is spent: every commitment it holds sits in a sentence some commitments
sample judged or read. ARMAN's folds 1 and 2 (fold 3 is held out: never read) and PEYMA's
training part (its test split is held out: never read) are news of other years and outlets,
cut into articles of 10 sentences as ``benchmarks/ner.py`` cuts them (``ner_data.articles``);
each article is repaired and extracted as ``khabar extract`` does. Every commitment found is
counted (printed to stderr, by corpus), then ``--n`` are drawn with ``--seed``
(``random.Random(seed).sample``; all of them if fewer), leaving out the articles (by ``corpus``
and ``article``) of the samples given with ``--but`` and the commitments whose sentence a
commitments sample under ``tests/fixtures`` already holds. Each line is a
``commitments_judged`` item (``evaluate_commitments``): the article as ``context`` (it is one
paragraph, so the whole article), its ``sentence``, what was extracted, and ``corpus``,
``fold`` and ``article`` (its index in the fold or part) to say where it came from; the
articles have no day of publication. ``verdict``, ``why`` and ``judged_deadline_date`` are then
set by reading the article.

``tests/fixtures/commitments_judged_unseen.jsonl`` was drawn so with ``--seed 10 --n 100`` by
the extractor of 6888194 (203 commitments found), with the fixtures before it was added, and
``tests/fixtures/commitments_judged_unseen_2.jsonl`` with ``--seed 11 --n 50 --but
tests/fixtures/commitments_judged_unseen.jsonl`` by the extractor tuned on it, of ff91c16 (192
found, 78 outside the first sample's articles); ``tests/fixtures/commitments_judged_unseen_3.jsonl``
with ``--seed 12 --n 100 --but tests/fixtures/commitments_judged_unseen.jsonl --but
tests/fixtures/commitments_judged_unseen_2.jsonl`` by the extractor of 2ad35a3 (191 found, 164 in
the two samples' articles): the 27 left, all of them. The corpora's terms: ARMAN "only for
academic research use" (its Hugging Face dataset card: CC BY 4.0), PEYMA "for free for
research purposes"; their sentences are quoted there only as test fixtures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_commitments_sample import FIXTURES, _norm, fixture_text  # noqa: E402
from ner_data import ARMAN_SOURCE, PEYMA_SOURCE, articles, read_arman, split  # noqa: E402

from khabar.evaluate_commitments import _item  # noqa: E402
from khabar.extract import extract_text  # noqa: E402
from khabar.serialize import document_to_dict  # noqa: E402

SOURCES = {"arman": ARMAN_SOURCE, "peyma": PEYMA_SOURCE}


def unseen_articles(ner_dir: Path) -> list[tuple[str, int | None, int, str]]:
    """(corpus, fold, article index, text) of ARMAN's folds 1 and 2 and PEYMA's training part."""
    out: list[tuple[str, int | None, int, str]] = []
    zip_path = ner_dir / "arman/ArmanPersoNERCorpus.zip"
    for fold in (1, 2):  # never 3
        for k, article in enumerate(articles(read_arman(zip_path, [fold]))):
            out.append(("arman", fold, k, article.text))
    training, _test = split(ner_dir / "peyma")  # never the test split
    for k, article in enumerate(articles(training)):
        out.append(("peyma", None, k, article.text))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ner_dir", type=Path, help="../shared/data/ner")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument(
        "--but", type=Path, action="append", default=[], help="leave out this sample's articles"
    )
    args = parser.parse_args(argv)
    held = set()
    for fixture in args.but:
        for line in fixture.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                held.add((item["corpus"], item.get("fold"), item["article"]))
    judged = {p.resolve() for p in FIXTURES.glob("commitments_judged*")}
    others = {p.resolve() for p in FIXTURES.iterdir()} - judged
    in_samples = fixture_text(others)
    found: list[tuple[dict[str, Any], dict[str, Any]]] = []
    counts: Counter[str] = Counter()
    for corpus, fold, k, text in unseen_articles(args.ner_dir):
        doc = document_to_dict(extract_text(text))
        place = f"fold {fold}, article {k}" if fold else f"training part, article {k}"
        head = {"corpus": corpus, "fold": fold, "article": k, "source": SOURCES[corpus]}
        record = {**doc, "path": f"{corpus}: {place}", "locator": None, "published": None}
        for c in doc["commitments"]:
            counts[corpus] += 1
            if (corpus, fold, k) in held:
                counts["in the samples given"] += 1
                continue
            item = {**head, **_item(record, c)}
            if _norm(item["sentence"])[:60] in in_samples:
                counts["sentence in a commitments sample"] += 1
                continue
            found.append((head, item))
    print(f"commitments found: {dict(counts)}; left to draw from: {len(found)}", file=sys.stderr)
    drawn = random.Random(args.seed).sample(found, min(args.n, len(found)))
    for _head, item in drawn:
        print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
