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
out both; ``posts_judged_4.jsonl`` with seed 68 and ``--n 100``, leaving out all three;
``posts_judged_6.jsonl`` with seed 69 and ``--n 100``, leaving out all five;
``posts_judged_7.jsonl`` with seed 70 and ``--n 100``, leaving out all six;
``posts_judged_8.jsonl`` with seed 80 and ``--n 100``, leaving out all seven;
``posts_judged_9.jsonl`` with seed 90 and ``--n 100``, leaving out all eight;
``posts_judged_10.jsonl`` with seed 100 and ``--n 100``, leaving out all nine;
``posts_judged_11.jsonl`` with seed 110 and ``--n 100``, leaving out all ten;
``posts_judged_12.jsonl`` with seed 120 and ``--n 100``, leaving out all eleven;
``posts_judged_13.jsonl`` with seed 130 and ``--n 100``, leaving out all twelve;
``posts_judged_14.jsonl`` with seed 140 and ``--n 100``, leaving out all thirteen;
``posts_judged_15.jsonl`` with seed 150 and ``--n 100``, leaving out all fourteen;
``posts_judged_16.jsonl`` with seed 160 and ``--n 100``, leaving out all fifteen;
``posts_judged_17.jsonl`` with seed 170 and ``--n 100``, leaving out all sixteen;
``posts_judged_18.jsonl`` with seed 180 and ``--n 100``, leaving out all seventeen;
``posts_judged_19.jsonl`` with seed 190 and ``--n 100``, leaving out all eighteen;
``posts_judged_20.jsonl`` with seed 200 and ``--n 100``, leaving out all nineteen;
``posts_judged_21.jsonl`` with seed 210 and ``--n 100``, leaving out all twenty, whose pool of
215 articles held 76 persons; ``posts_judged_22.jsonl``, the band spent, with seed 220,
``--n 100`` and ``--chars 4500 12000``, from the 461 articles of 4,500-12,000 characters
outside the gold and all twenty-one; ``posts_judged_23.jsonl`` likewise with seed 230, from the
414 outside the gold and all twenty-two; ``posts_judged_24.jsonl`` likewise with seed 240,
outside the gold and all twenty-three; ``posts_judged_25.jsonl`` likewise with seed 250, from
the 330 outside the gold and all twenty-four; ``posts_judged_26.jsonl`` likewise with seed 260,
from the 285 outside the gold and all twenty-five; ``posts_judged_27.jsonl`` likewise with seed
270, from the 243 outside the gold and all twenty-six; ``posts_judged_28.jsonl`` with seed 280,
``--n 100`` and ``--chars 3000 4500``, the shorter bands spent (the 83 articles of 1,200-3,000
characters and the 87 of 800-1,200 outside the gold and all twenty-six hold no person the
extractor finds), from the 252 of 3,000-4,500 characters; ``posts_judged_29.jsonl`` with seed
290 from the same 252, drawn beside it); ``posts_judged_30.jsonl`` with seed 300 and ``--chars
3000 4500``, from the 170 of that band outside the gold and all earlier samples, the twenty-eighth
and twenty-ninth too); ``posts_judged_31.jsonl`` with seed 310 and ``--chars 4500 12000``, as the
twenty-seventh, from the 204 of that band outside the gold and all thirty);
``posts_judged_32.jsonl`` with seed 320 and ``--chars 3000 4500``, as the thirtieth, from the
125 of that band outside the gold and all thirty-one); ``posts_judged_33.jsonl`` with seed 330
and ``--chars 4500 12000``, as the thirty-first, from the 167 of that band outside the gold and
all thirty-two); ``posts_judged_34.jsonl`` with seed 340 and ``--chars 3000 4500``, as the
thirty-second, from the 80 of that band outside the gold and all thirty-three, whose 37 with a
person gave 99); ``posts_judged_35.jsonl`` with seed 350 and ``--chars 4500 12000``, as the
thirty-third, from the 125 of that band outside the gold and all thirty-four);
``posts_judged_36.jsonl`` with seed 360 and ``--chars 4500 12000``, as the thirty-fifth, from
the 85 of that band outside the gold and all thirty-five); ``posts_judged_37.jsonl`` with seed
370 and ``--chars 4500 12000``, as the thirty-sixth, from the 47 of that band outside the gold
and all thirty-six, whose 27 with a person gave 72); ``person``,
``roles`` and ``why`` are then set by reading each text (``--chars MIN MAX`` draws from articles
of that length instead of 800-3,000; without it a draw is the one it always was):

    python benchmarks/posts_accuracy.py --draw ../shared/data/news [--seed 0] [--chars MIN MAX] \
        > sample.jsonl

``--arman`` draws from ARMAN's news of another decade instead: its folds 1 and 2 (fold 3 is
held out: never drawn from) cut into articles of 10 sentences and extracted as
``scripts/draw_arman_speakers.py`` takes them, leaving out every article (by ``fold`` and
``article``) a fixture under ``tests/fixtures`` already holds; each item names its ``fold``,
``article`` and ``source``, and holds the article's text, so scoring needs no corpus.
``posts_judged_5.jsonl`` was drawn so with ``--seed 70 --n 100`` by the extractor of 5da594c:
only 48 of the folds' 513 articles were held by no fixture, 20 of them with a person, so all 34
persons of those (as drawn 0.846: 22 of 26 real persons right, 1 wrong, 3 missed); the folds
are spent for a posts draw:

    python benchmarks/posts_accuracy.py --arman ../shared/data/ner --seed 70 --n 100 > sample.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from speakers_precision import gold_articles

from khabar.evaluate import fold
from khabar.evaluate_posts import draw, read_judged, score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"


JUDGED = sorted(FIXTURES.glob("posts_judged*.jsonl"))


def _script(name: str) -> ModuleType:
    """A module of ``scripts/``, loaded by its path (its sibling modules importable)."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.append(str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / f"scripts/{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def shared_articles(news: Path, chars: tuple[int, int] | None = None) -> list[tuple[str, str]]:
    """(stem, text) of the shared news of 800-3,000 characters (or ``chars``) not in the gold
    nor in a judged posts sample, nor a copy of one of their articles."""
    module = _script("draw_gold_articles")
    band = chars or (module.MIN_CHARS, module.MAX_CHARS)
    stems, lines = gold_articles()
    for path in JUDGED:
        for item in read_judged(path):
            stems.add(item["stem"])
            lines |= {fold(line) for line in item["text"].split("\n")[:2]} - {""}
    out = []
    for a in module.pool(news, chars=band):
        head = {fold(line) for line in a.text.split("\n")[:2]}
        if a.stem not in stems and not head & lines:
            out.append((a.stem, a.text))
    return out


def arman_articles(ner_dir: Path) -> list[tuple[str, str]]:
    """(stem, text) of ARMAN's folds 1 and 2 as ``draw_arman_speakers`` cuts them, but the
    articles any fixture already holds."""
    arman = _script("draw_arman_speakers")
    held = {
        arman._where(item)
        for path in sorted(FIXTURES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and (item := json.loads(line)).get("fold") is not None
    }
    return [
        (f"arman-{fold}_{k}", text)
        for fold, k, text in arman._pieces(ner_dir, peyma=False)
        if (fold, k) not in held
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judged", nargs="?", default=FIXTURES / "posts_judged.jsonl")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--draw", type=Path, help="the shared news folder")
    parser.add_argument("--arman", type=Path, help="the NER folder: draw from ARMAN's folds 1-2")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument(
        "--chars", type=int, nargs=2, metavar=("MIN", "MAX"), help="draw from articles this long"
    )
    args = parser.parse_args(argv)
    if args.arman:
        from ner_data import ARMAN_SOURCE

        for item in draw(arman_articles(args.arman), args.n, args.seed):
            part, k = item["stem"].removeprefix("arman-").split("_")
            where = {"fold": int(part), "article": int(k), "source": ARMAN_SOURCE}
            print(json.dumps({"stem": item.pop("stem"), **where, **item}, ensure_ascii=False))
        return 0
    if args.draw:
        chars = (args.chars[0], args.chars[1]) if args.chars else None
        for item in draw(shared_articles(args.draw, chars), args.n, args.seed):
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
