"""Precision of persons on a judged sample of the shared news.

Score the judged sample against the current extractor (prints precision; --misses lists the
judged-false names still reported and the judged-true ones lost), on the context kept with
each judged name, or with --articles-from on whole articles, those of a new extraction:

    python benchmarks/persons_precision.py [tests/fixtures/persons_judged.jsonl] [--misses]
    khabar extract --jsonl /work/shared/data/news > news.jsonl
    python benchmarks/persons_precision.py FIXTURE --articles-from news.jsonl

Draw a new sample to judge (the fixture was drawn so: 300 persons, seed 0, from 600 articles
drawn with the same seed from ``khabar extract --jsonl /work/shared/data/news``); every
``verdict`` (and ``why`` when false) is then set by reading the sentence and its context:

    khabar extract --jsonl /work/shared/data/news > news.jsonl
    python benchmarks/persons_precision.py --draw news.jsonl [--seed 0] > sample.jsonl

The gold's articles (``gold/drawn.tsv``, ``news/SOURCES.md``) are never drawn, nor those of
the judged samples given with ``--exclude`` (the third sample was drawn so: ``--seed 2
--exclude tests/fixtures/persons_judged.jsonl --exclude tests/fixtures/persons_judged_2.jsonl``).
With ``--extract-again`` the drawn articles are read from their files and extracted with
today's code before the persons are drawn (the fifth sample: ``--seed 4``, the first four
samples excluded, from ``news_8176db7.jsonl``, an extraction of all the shared news at 8176db7;
the sixth: ``--seed 5``, the first five excluded, from ``news_7b650b7.jsonl``, at 7b650b7).
With ``--exclude-fixtures`` no article any fixture under ``tests/fixtures`` holds is drawn, of
whatever kind (by its stem, or its title or first line folded, as
``scripts/draw_speakers_sample.py`` reckons them, but those given with ``--but``; the seventh:
``--seed 6 --exclude-fixtures --but tests/fixtures/persons_judged_7.jsonl --extract-again`` from
``news_fe19d43.jsonl``, at fe19d43; the eighth: ``--seed 7 --exclude-fixtures --but
tests/fixtures/persons_judged_8.jsonl --extract-again`` from the lines of ``news_36db643.jsonl``,
at 36db643, of 495 articles no fixture held then; the ninth: ``--seed 9 --exclude-fixtures
--but tests/fixtures/persons_judged_9.jsonl --extract-again`` from the lines of
``news_56fc4e7.jsonl``, at 56fc4e7, of 341 articles no fixture held then, nor any other sample
drawn beside it; the tenth: ``--seed 10 --exclude-fixtures --but
tests/fixtures/persons_judged_10.jsonl --extract-again`` from the lines of ``news_58c4fb9.jsonl``,
at 58c4fb9, of 249 articles no fixture held then and no other sample drawn beside it drew from;
the eleventh: ``--seed 11 --exclude-fixtures --but tests/fixtures/persons_judged_11.jsonl
--extract-again`` from ``news_a0ed287.jsonl``, all the shared news at a0ed287, of whose 758
articles no fixture held then 600 were drawn; the twelfth: ``--seed 12 --exclude-fixtures
--but tests/fixtures/persons_judged_12.jsonl --extract-again`` from the same file, of whose 541
articles no fixture held after the eleventh all were drawn, 211 persons in all; the thirteenth,
the articles no fixture held holding no person any more: ``--seed 13 --extract-again`` and
``--exclude`` each of the first twelve, from ``news_d589cc3.jsonl``, all the shared news at
d589cc3; the fourteenth: ``--seed 14 --extract-again`` and ``--exclude`` each of the first
thirteen, from ``news_df783a0.jsonl``, all the shared news at df783a0; the fifteenth: ``--seed
15 --extract-again`` and ``--exclude`` each of the first fourteen, from ``news_b97f2e3.jsonl``,
all the shared news at b97f2e3; the sixteenth: ``--seed 16 --extract-again`` and ``--exclude``
each of the first fifteen, from ``news_23a2580.jsonl``, all the shared news at 23a2580; the
seventeenth: ``--seed 17 --extract-again`` and ``--exclude`` each of the first sixteen, from
``news_81e4e19.jsonl``, all the shared news at 81e4e19; the eighteenth: ``--seed 18
--extract-again`` and ``--exclude`` each of the first seventeen, from ``news_a57768f.jsonl``,
all the shared news at a57768f; the nineteenth: ``--seed 19 --extract-again`` and ``--exclude``
each of the first eighteen, from ``news_2ad35a3.jsonl``, all the shared news at 2ad35a3; the
twentieth: ``--seed 20 --extract-again`` and ``--exclude`` each of the first nineteen, from
``news_8ba840a.jsonl``, all the shared news at 8ba840a; the twenty-first: ``--seed 21
--extract-again`` and ``--exclude`` each of the first twenty, from ``news_715e12f.jsonl``, all
the shared news at 715e12f, whose 600 articles drawn of the 995 left gave 189 persons, all drawn;
the store sample, ``persons_judged_store.jsonl``: ``--seed 2424`` and no ``--exclude`` from
``news_47a5463.jsonl``, all the shared news at 47a5463, the gold alone left out; the second,
``persons_judged_store_2.jsonl``: ``--seed 2525 --exclude
tests/fixtures/persons_judged_store.jsonl`` from an extraction of all the shared news at 825bc05;
the third, ``persons_judged_store_3.jsonl``: ``--seed 2626`` and ``--exclude`` each of the two
store samples, from an extraction of all the shared news at 5da594c; the fourth,
``persons_judged_store_4.jsonl``: ``--seed 2727`` and ``--exclude`` each of the three, from the
same extraction at 5da594c; the fifth, ``persons_judged_store_5.jsonl``: ``--seed 2828`` and
``--exclude`` each of the four, from an extraction of all the shared news at f2935cd; the sixth,
``persons_judged_store_6.jsonl``: ``--seed 2929`` and ``--exclude`` each of the five, from the
same extraction at f2935cd; the seventh, ``persons_judged_store_7.jsonl``: ``--seed 3030`` and
``--exclude`` each of the six, from an extraction of all the shared news at 1b8d7e6; the eighth,
``persons_judged_store_8.jsonl``: ``--seed 3131`` and ``--exclude`` each of the seven, from an
extraction of all the shared news at 2a97ad8; the ninth, ``persons_judged_store_9.jsonl``:
``--seed 3232`` and ``--exclude`` each of the eight, from an extraction of all the shared news at
e5ab962; the tenth, ``persons_judged_store_10.jsonl``: ``--seed 4343`` and ``--exclude`` each of
the nine, from an extraction of all the shared news at 0b069e7; the eleventh,
``persons_judged_store_11.jsonl``: ``--seed 5454`` and ``--exclude`` each of the ten, from an
extraction of all the shared news at 8054f61; the twelfth, ``persons_judged_store_12.jsonl``:
``--seed 6565`` and ``--exclude`` each of the eleven, from an extraction of all the shared news at
c133802; the thirteenth, ``persons_judged_store_13.jsonl``: ``--seed 7676`` and ``--exclude`` each
of the twelve, from an extraction of all the shared news at fc52103; the fourteenth,
``persons_judged_store_14.jsonl``: ``--seed 8787`` and ``--exclude`` each of the thirteen, from
an extraction of all the shared news at 82934099; the fifteenth,
``persons_judged_store_15.jsonl``: ``--seed 9898`` and ``--exclude`` each of the fourteen, from
an extraction of all the shared news at 7a06a4cf; the sixteenth,
``persons_judged_store_16.jsonl``: ``--seed 10101`` and ``--exclude`` each of the fifteen, from
an extraction of all the shared news at 6dc4bd32; the seventeenth,
``persons_judged_store_17.jsonl``: ``--seed 11111`` and ``--exclude`` each of the sixteen, from
an extraction of all the shared news at 3bced779; the eighteenth,
``persons_judged_store_18.jsonl``: ``--seed 12121`` and ``--exclude`` each of the seventeen, from
an extraction of all the shared news at bcc39ee4, whose 600 articles drawn gave 293 persons, all
drawn; the nineteenth, ``persons_judged_store_19.jsonl``: ``--seed 13131`` and ``--exclude`` each
of the eighteen, from an extraction of all the shared news at 4a8c69ed, whose 600 articles drawn
of the 1,048 left gave 212 persons, all drawn). With ``--unjudged`` the articles of the samples
given with ``--exclude`` may be drawn again, but none of the persons they hold (same article, same
name as ``person_key`` folds it): the twentieth store sample, ``persons_judged_store_20.jsonl``:
``--seed 14141 --unjudged`` and ``--exclude`` each of the nineteen, from an extraction of all the
shared news at 285f458f, whose 600 articles drawn gave 1,271 persons no store sample held, 300
drawn; the twenty-first, ``persons_judged_store_21.jsonl``: ``--seed 15151 --unjudged`` and
``--exclude`` each of the twenty, from an extraction of all the shared news at fecde5f2, whose
600 articles drawn gave 1,100 persons no store sample held, 300 drawn; the twenty-second,
``persons_judged_store_22.jsonl``: ``--seed 16161 --unjudged`` and ``--exclude`` each of the
twenty-one, from an extraction of all the shared news at e42b7716, whose 600 articles drawn
gave 1,030 persons no store sample held, 300 drawn; the twenty-third,
``persons_judged_store_23.jsonl``: ``--seed 17171 --unjudged`` and ``--exclude`` each of the
twenty-two, from an extraction of all the shared news at 5cad1a24, whose 600 articles drawn gave
1,154 persons no store sample held, 300 drawn; the twenty-fourth,
``persons_judged_store_24.jsonl``: ``--seed 18181 --unjudged`` and ``--exclude`` each of the
twenty-three, from an extraction of all the shared news at 6345936a, whose 600 articles drawn
gave 933 persons no store sample held, 300 drawn; the twenty-fifth,
``persons_judged_store_25.jsonl``: ``--seed 19191 --unjudged`` and ``--exclude`` each of the
twenty-four, from an extraction of all the shared news at 8b42fb92, whose 600 articles drawn
gave 923 persons no store sample held, 300 drawn; the twenty-sixth,
``persons_judged_store_26.jsonl``: ``--seed 20202 --unjudged`` and ``--exclude`` each of the
twenty-five, from an extraction of all the shared news at 8e3c515e, whose 600 articles drawn
gave 791 persons no store sample held, 300 drawn; the twenty-seventh,
``persons_judged_store_27.jsonl``: ``--seed 21212 --unjudged`` and ``--exclude`` each of the
twenty-six, from an extraction of all the shared news at 952c111d, whose 600 articles drawn
gave 848 persons no store sample held, 300 drawn; the twenty-eighth,
``persons_judged_store_28.jsonl``: ``--seed 22222 --unjudged`` and ``--exclude`` each of the
twenty-seven, from an extraction of all the shared news at 88eb0a33, whose 600 articles drawn
gave 890 persons no store sample held, 300 drawn; the twenty-ninth,
``persons_judged_store_29.jsonl``: ``--seed 23232 --unjudged`` and ``--exclude`` each of the
twenty-eight, from an extraction of all the shared news at 55a130c9, whose 600 articles drawn
gave 810 persons no store sample held, 300 drawn; the thirtieth,
``persons_judged_store_30.jsonl``: ``--seed 24242 --unjudged`` and ``--exclude`` each of the
twenty-nine, from an extraction of all the shared news at af404f4c, whose 600 articles drawn
gave 658 persons no store sample held, 300 drawn; the thirty-first,
``persons_judged_store_31.jsonl``: ``--seed 25252 --unjudged`` and ``--exclude`` each of the
thirty, from an extraction of all the shared news at d1e34afe, whose 600 articles drawn gave 681
persons no store sample held, 300 drawn; the thirty-second, ``persons_judged_store_32.jsonl``:
``--seed 26262 --unjudged`` and ``--exclude`` each of the thirty-one, from an extraction of all
the shared news at a59fbeae; the thirty-third, ``persons_judged_store_33.jsonl``: ``--seed 27272
--unjudged`` and ``--exclude`` each of the thirty-two, from an extraction of all the shared news
at 5a373866, whose 600 articles drawn gave 465 persons no store sample held, 300 drawn.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_persons import (
    article_key,
    draw,
    gold_articles,
    judged_articles,
    judged_persons,
    score,
    score_articles,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judged", nargs="?", default=ROOT / "tests/fixtures/persons_judged.jsonl")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--draw", type=Path, help="a khabar extract --jsonl output")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="judged")
    parser.add_argument("--articles-from", type=Path, help="score on this extract's articles")
    parser.add_argument("--extract-again", action="store_true", help="with --draw")
    parser.add_argument("--exclude-fixtures", action="store_true", help="with --draw")
    parser.add_argument("--but", type=Path, action="append", default=[], help="a fixture")
    parser.add_argument("--unjudged", action="store_true", help="with --draw and --exclude")
    args = parser.parse_args(argv)
    if args.draw:
        gold = [ROOT / "tests/fixtures/gold/drawn.tsv", ROOT / "tests/fixtures/news/SOURCES.md"]
        # --unjudged: the excluded samples' articles may be drawn again, but not their persons
        judged = judged_persons(args.exclude) if args.unjudged else set()
        articles = set() if args.unjudged else judged_articles(args.exclude)
        exclude = frozenset(gold_articles(gold) | articles)
        source = args.draw
        with tempfile.TemporaryDirectory() as tmp:
            if args.exclude_fixtures:
                source = Path(tmp) / "outside.jsonl"
                outside_fixtures(args.draw, source, {p.resolve() for p in args.but})
            if args.extract_again:
                again = Path(tmp) / "again.jsonl"
                extract_again(source, again, args.seed, args.articles, exclude)
                drawn = draw(again, args.n, args.seed, args.articles, judged=judged)
            else:
                drawn = draw(source, args.n, args.seed, args.articles, exclude, judged)
        for item in drawn:
            print(json.dumps(item, ensure_ascii=False))
        return 0
    items = list(read_judged(Path(args.judged)))
    result = score_articles(items, args.articles_from) if args.articles_from else score(items)
    false = Counter(i["why"] for i in items if not i["verdict"])
    print(f"judged: {len(items)} ({len(items) - sum(false.values())} true persons)")
    print("judged false: " + ", ".join(f"{why} {n}" for why, n in false.most_common()))
    print(f"still extracted: {result.kept_true} true, {result.kept_false} false")
    print(f"precision: {result.precision:.3f}")
    if args.misses:
        for i in result.kept_false_items:
            print(f"false, still taken: {i['name']} ({i['why']})\t{i['sentence']}")
        for i in result.lost_true:
            print(f"true, lost: {i['name']}\t{i['sentence']}")
    return 0


def outside_fixtures(extracted: Path, out: Path, but: set[Path]) -> None:
    """The records of ``extracted`` whose article no fixture but ``but`` holds, into ``out``."""
    from draw_speakers_sample import held

    from khabar.evaluate import fold
    from khabar.evaluate_speakers import stem_of

    stems, lines = held(but)
    with extracted.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            r = json.loads(line)
            first = (r.get("text") or "").split("\n", 1)[0]
            if stem_of(r) not in stems and not {fold(r.get("title")), fold(first)} & lines:
                w.write(line)


def extract_again(extracted: Path, out: Path, seed: int, articles: int, exclude: frozenset) -> None:
    """The ``articles`` articles ``draw`` would choose from ``extracted``, read from their
    files again and extracted with today's code into ``out``."""
    from khabar.extract import extract
    from khabar.ingest.base import RawArticle, ReaderOptions
    from khabar.ingest.prepare import prepared
    from khabar.ingest.readers import read_paths
    from khabar.model import Document
    from khabar.serialize import document_to_dict

    records = [json.loads(line) for line in extracted.open(encoding="utf-8")]
    records = [r for r in records if article_key(r.get("path"), r.get("locator")) not in exclude]
    chosen = random.Random(seed).sample(records, min(articles, len(records)))
    wanted = {article_key(r["path"], r.get("locator")) for r in chosen}
    with out.open("w", encoding="utf-8") as f:
        for raw in read_paths(sorted({r["path"] for r in chosen}), ReaderOptions()):
            if not isinstance(raw, RawArticle):
                continue
            if article_key(raw.source, raw.locator or None) not in wanted:
                continue
            doc = prepared(raw)
            if not isinstance(doc, Document):
                continue
            record = document_to_dict(extract(doc))
            if doc.meta.get("locator"):
                record["locator"] = doc.meta["locator"]
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
