"""Draw whole ARMAN articles (folds 1 and 2), or PEYMA's, to read for every reported statement.

Usage:
    python scripts/draw_arman_quotes.py ../shared/data/ner --seed 25 --n 25 \
        --but tests/fixtures/arman_speakers_judged.jsonl ... > records.jsonl
    python scripts/draw_arman_quotes.py ../shared/data/ner --peyma --seed 42 --n 25 \
        --out peyma_quotes > records.jsonl

ARMAN (``arman/ArmanPersoNERCorpus.zip``) is news of another decade than the shared news,
text no quote rule was written on. Each of its folds 1 and 2 (fold 3 is held out: never read)
is cut into articles of 10 sentences as ``benchmarks/ner.py --arman`` cuts it
(``ner_data.articles``) and repaired as ``khabar extract`` repairs it; no quote is extracted.
``--but FIXTURE`` leaves out the articles (by ``fold`` and ``article``) a sample already holds:
the judged speakers samples were drawn from the quotes the extractor found, so their articles
are the ones rules were tuned on. The articles left are shuffled with ``--seed`` and the first
``--n`` are drawn, statements or none. Each one's repaired text is written to
``tests/fixtures/arman_quotes/arman-FOLD_ARTICLE.txt`` (``--out``) and a record in the
``quotes_recall_dev`` format (``khabar.evaluate_quotes``) is printed with its ``quotes`` empty,
to be filled by reading the text: ``tests/fixtures/arman_quotes_recall.jsonl`` was drawn so,
with ``--seed 25 --n 25`` and ``--but`` the four ``arman_speakers_judged*.jsonl``. ARMAN's
terms: "only for academic research use" (its Hugging Face dataset card: CC BY 4.0); its
sentences are quoted there only as a test fixture.

``--within FIXTURE`` draws only among the articles those samples hold, and ``--cue`` only the
articles whose repaired text holds a verb of saying or a title before a name
(``draw_gold_articles.ARMAN3_CUE``, the third held-out draw's cue; no extractor is run):
``tests/fixtures/arman_posts_judged_2.jsonl`` was drawn so, with ``--seed 2612 --n 12 --out
arman_posts_2 --cue``, ``--within`` the five ``arman_quotes_recall*.jsonl`` (whole articles
drawn blind and read for quotes only) and ``--but posts_judged_5.jsonl`` (posts judged there),
folds 1-2 outside every fixture being spent for posts:
``arman_posts_judged.jsonl`` (``--seed 2612 --n 12 --out arman_posts``, ``--but`` every
``arman_*.jsonl`` and ``posts_judged_5.jsonl``) took 12 of the 18 left, with 4 persons and no post.

``--peyma`` draws from PEYMA instead (news of ISNA, IRNA, Mehr, Fars and others, another source
no quote rule was written on): its training part only (``ner_data.split``; the test split is
never read), cut into articles of 10 sentences as ``benchmarks/ner.py`` cuts it, and of those
only the articles whose index in the training part is odd: the even ones are left to a
speakers sample drawn from them in parallel, so that neither reads the other's articles. A
record names its ``article`` (that index) and no fold; its text is
``peyma_quotes/peyma_ARTICLE.txt``. ``--but`` leaves out a sample's articles by ``article``
alone (or by a ``stem`` ``peyma_ARTICLE``; a record of the shared news, with neither, holds no
article of the pool). ``tests/fixtures/peyma_quotes_recall.jsonl`` was drawn with ``--peyma
--seed 42 --n 25``; PEYMA's terms: "for free for research purposes" (its README).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from ner_data import ARMAN_SOURCE, PEYMA_SOURCE, articles, read_arman, split  # noqa: E402

from khabar.text.pipeline import repair  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_gold_articles import ARMAN3_CUE  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"
SOURCE = ARMAN_SOURCE


def held_out(fixtures: list[Path]) -> set[tuple[int | None, int]]:
    """(fold, article) of every record the samples ``fixtures`` hold (fold None: PEYMA's)."""
    held: set[tuple[int | None, int]] = set()
    for fixture in fixtures:
        for line in fixture.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if "article" in item:
                    held.add((item.get("fold"), item["article"]))
                elif str(item.get("stem", "")).startswith("peyma_"):
                    held.add((None, int(item["stem"].removeprefix("peyma_"))))
    return held


def pool_of(ner_dir: Path, peyma: bool) -> list[tuple[int | None, int, str]]:
    """(fold, article, raw text) of every article the draw may take: ARMAN's folds 1 and 2,
    or the odd articles of PEYMA's training part (fold None)."""
    if peyma:
        train, _ = split(ner_dir / "peyma")  # never the test part
        return [(None, k, a.text) for k, a in enumerate(articles(train)) if k % 2 == 1]
    zip_path = ner_dir / "arman/ArmanPersoNERCorpus.zip"
    return [
        (fold, k, article.text)
        for fold in (1, 2)  # never 3
        for k, article in enumerate(articles(read_arman(zip_path, [fold])))
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ner_dir", type=Path, help="../shared/data/ner")
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--out", default="arman_quotes", help="folder under tests/fixtures")
    parser.add_argument("--peyma", action="store_true", help="PEYMA's odd training articles")
    parser.add_argument(
        "--but", type=Path, action="append", default=[], help="leave out this sample's articles"
    )
    parser.add_argument(
        "--within", type=Path, action="append", default=[], help="draw only this sample's articles"
    )
    parser.add_argument("--cue", action="store_true", help="only articles with ARMAN3_CUE")
    args = parser.parse_args(argv)
    held = held_out(args.but)
    pool = [a for a in pool_of(args.ner_dir, args.peyma) if a[:2] not in held]
    if args.within:
        within = held_out(args.within)
        pool = [a for a in pool if a[:2] in within]
    if args.cue:  # the third held-out draw's cue, read on the text alone
        pool = [a for a in pool if ARMAN3_CUE.search(repair(a[2]).text)]
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    target = FIXTURES / args.out
    target.mkdir(exist_ok=True)
    for fold, k, raw in pool[: args.n]:
        text = repair(raw).text
        stem = f"peyma_{k}" if fold is None else f"arman-{fold}_{k}"
        (target / f"{stem}.txt").write_text(text, encoding="utf-8")
        record = {
            "file": f"{args.out}/{stem}.txt",
            **({} if fold is None else {"fold": fold}),
            "article": k,
            "source": PEYMA_SOURCE if fold is None else SOURCE,
            "international": None,
            "quotes": [],
        }
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
