"""Draw the persons-recall development sample: 30 shared news articles outside the gold.

Usage:
    python scripts/draw_recall_dev.py ../shared/data/news [--count 30]
    python scripts/draw_recall_dev.py ../shared/data/news --seed 20261204 --out recall_dev_2 \
        --exclude tests/fixtures/persons_recall_dev.jsonl \
        --exclude tests/fixtures/persons_judged.jsonl ...  # see recall_dev_2/SOURCES.md

The articles come from the pool the gold was drawn from (scripts/draw_gold_articles.py:
800-3,000 characters, one per title), minus every article the gold holds or drew
(tests/fixtures/gold/drawn.tsv and the fixtures already in tests/fixtures/news). Slots cycle
international, other, international, other, other (so at least a third are guessed
international; the reading decides, see tests/fixtures/persons_recall_dev.jsonl), and outlets
cycle within each slot so that every outlet is drawn. The texts are copied to
tests/fixtures/recall_dev/ (or ``--out``) and their origin rows printed for its SOURCES.md.
``--exclude`` leaves out the articles of other samples: a JSON Lines file whose records name
their article by ``file`` (a fixture path), ``stem``, or ``path`` and ``locator`` (the judged
persons: ``.../roozno_data_699.txt``, ``.../fars-news-4.json`` with ``item 42``);
``--exclude-fixtures`` also every article whose text is a fixture already (any folder of
tests/fixtures but ``--out``). ``--many-persons`` cycles international, many persons, other
instead: an article guessed to name many persons writes at least four distinct given names
of first_names.tsv (those that are no common word) or foreign_given_names.txt; when no
article of the pool fits that guess any more, its turn draws an "other" article, and so does
the international slot's when the pool holds no news from abroad any more. ``--chars 3000
4500`` draws from articles of that many characters instead (the 800-3,000 of the gold's pool
spent); ``--pool-list`` writes the stems of the articles the draw chose among (its pool, the
excluded ones left out) to ``pool.jsonl`` beside the texts. ``--exclude-whole-samples``
leaves out only the articles read whole: every persons-recall and quotes-recall sample
(``*recall*.jsonl``), every fixture text and every gold draw (``gold/drawn*.tsv``), and not
the judged samples, which judged some persons or quotes of an article but did not read it for
the ones missed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_gold_articles import (  # noqa: E402
    FIXTURES,
    MAX_CHARS,
    MIN_CHARS,
    Article,
    pick_article,
    pool,
    record_stems,
)

from khabar.lexicon import marked_rows, words  # noqa: E402

SEED = 20261203
SLOTS = ("international", "other", "international", "other", "other")
MANY_PERSONS_SLOTS = ("international", "many_persons", "other")
MANY_GIVEN_NAMES = 4
STATEMENT_SLOTS = ("international", "statements", "other")
# a slot guessed from the text (many persons, statements) or the news from abroad that no
# article is left for
FALLBACK = {"many_persons": "other", "statements": "other", "international": "other"}
# before reading: words of an indirect statement or an interview («به گفته X»، «با بیان اینکه ...
# افزود», «در گفت‌وگو با»); at least two of them, or a question line, guess the slot
STATEMENT_WORDS = re.compile(
    "به گفته|با بیان این|افزود|ادامه داد|اظهار داشت|تصریح کرد|خاطرنشان کرد"
    "|گفت[\u200c ]?و[\u200c ]?گو|مصاحبه"
)


def gold_stems() -> set[str]:
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    stems = {row.split("\t")[1] for row in drawn}
    stems |= {p.stem for p in (FIXTURES / "news").glob("*.txt")}
    stems |= {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    return stems


def whole_sample_stems(out: str) -> set[str]:
    """The articles read whole: the recall samples, the fixture texts and the gold's draws."""
    stems = fixture_stems(out)
    for sample in FIXTURES.glob("*recall*.jsonl"):
        stems |= record_stems(sample)
    for drawn in FIXTURES.glob("gold/drawn*.tsv"):
        rows = drawn.read_text(encoding="utf-8").splitlines()[1:]
        stems |= {row.split("\t")[1] for row in rows if row.strip()}
    # the sample the draw writes names its own articles, which a second run draws again
    return stems - {p.stem for p in (FIXTURES / out).glob("*.txt")}


def fixture_stems(out: str) -> set[str]:
    """The articles of every fixture folder but ``out``, which the draw writes."""
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name != out)
    return {p.stem for d in folders for p in d.rglob("*.txt")}


@cache
def given_names() -> frozenset[str]:
    names = set(words("foreign_given_names.txt"))
    for row, ambiguous in marked_rows("first_names.tsv", "# ambiguous"):
        if not ambiguous:
            names.add(row[0])
            names.update(v for v in (row[1].split("|") if len(row) > 1 else ()) if v)
    return frozenset(names)


def many_persons(article: Article) -> bool:
    """A guess before reading: the text writes several distinct listed given names."""
    tokens = set(re.findall(r"[\w\u200c]+", article.text))
    return len(tokens & given_names()) >= MANY_GIVEN_NAMES


def many_statements(article: Article) -> bool:
    """A guess before reading: indirect statements or an interview (a line asking a question)."""
    asked = any(line.rstrip().endswith(("؟", "?")) for line in article.text.splitlines()[1:])
    return asked or len(STATEMENT_WORDS.findall(article.text)) >= 2


def fits_slot(article: Article, slot: str) -> bool:
    if slot == "international":
        return article.international
    if slot == "many_persons":
        return many_persons(article)
    if slot == "statements":
        return many_statements(article)
    return not article.international


def draw(
    articles: list[Article],
    count: int,
    seed: int = SEED,
    excluded: frozenset[str] = frozenset(),
    slots: tuple[str, ...] = SLOTS,
) -> list[tuple[Article, str]]:
    excluded = gold_stems() | excluded
    articles = [a for a in articles if a.stem not in excluded]
    rng = random.Random(seed)
    rng.shuffle(articles)
    taken: set[str] = set()
    turns = dict.fromkeys(slots, 0)
    drawn = []
    for n in range(count):
        slot = slots[n % len(slots)]
        turn = turns[slot]
        turns[slot] += 1
        pick = pick_article(articles, taken, turn, lambda a, s=slot: fits_slot(a, s))
        if pick is None and slot in FALLBACK:
            # a slot the pool has run out of is drawn as an ordinary one
            slot = FALLBACK[slot]
            pick = pick_article(articles, taken, turn, lambda a, s=slot: fits_slot(a, s))
        if pick is None:
            raise SystemExit(f"no article left for slot {slot}")
        taken.add(pick.stem)
        drawn.append((pick, slot))
    return drawn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("news", type=Path, help="the shared news folder (ir_news_dataset, farsnews)")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default="recall_dev", help="folder under tests/fixtures")
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="a sample's JSONL")
    ap.add_argument("--exclude-fixtures", action="store_true", help="and every fixture text")
    ap.add_argument("--exclude-whole-samples", action="store_true", help="every article read whole")
    ap.add_argument("--many-persons", action="store_true", help="a slot of many persons")
    ap.add_argument(
        "--chars", type=int, nargs=2, default=[MIN_CHARS, MAX_CHARS], metavar=("MIN", "MAX")
    )
    ap.add_argument("--pool-list", action="store_true", help="write the pool's stems")
    args = ap.parse_args()
    excluded = frozenset().union(*(record_stems(p) for p in args.exclude))
    if args.exclude_fixtures:
        excluded |= fixture_stems(args.out)
    if args.exclude_whole_samples:
        excluded |= whole_sample_stems(args.out)
    slots = MANY_PERSONS_SLOTS if args.many_persons else SLOTS
    target = FIXTURES / args.out
    target.mkdir(exist_ok=True)
    articles = pool(args.news, chars=(args.chars[0], args.chars[1]))
    if args.pool_list:
        free = sorted(a.stem for a in articles if a.stem not in excluded | gold_stems())
        lines = "".join(json.dumps({"stem": s}) + "\n" for s in free)
        (target / "pool.jsonl").write_text(lines, encoding="utf-8")
    for a, slot in draw(articles, args.count, args.seed, excluded, slots):
        (target / f"{a.stem}.txt").write_text(a.text, encoding="utf-8")
        print(f"{a.source_row} {slot} |")


if __name__ == "__main__":
    main()
