"""Draw quotes the extraction leaves with neither a speaker nor an organization, to judge.

Usage:
    python scripts/draw_null_speakers.py news.jsonl --seed 8080 --n 150 > sample.jsonl

``news.jsonl`` is a ``khabar extract --jsonl`` output of the shared news. Every quote with
neither ``speaker`` nor ``speaker_organization`` is a candidate, but those of the gold's
articles (a gold file's stem, a stem of ``gold/drawn*.tsv``, or a title or first line of those
texts, folded); ``--n`` of them are drawn with ``random.sample`` and ``--seed``, quotes and not
articles, so an article with many such quotes may give more than one. Each item keeps the
article's text up to the paragraph after the quote (``evaluate_speakers.to_judge``), with no
limit of length, and the quote's offsets in the extracted text (``start``, ``end``) and its
words (``quote``); ``verdict``, ``speaker``, ``speaker_organization``, ``class`` and ``why`` are
then set by reading the article. ``tests/fixtures/null_speakers_judged.jsonl`` was drawn so,
with the command above, from the extraction of all the shared news at 825bc05. ``--but`` leaves
out the articles of an earlier draw (its items' stems); ``null_speakers_judged_2.jsonl`` was
drawn with ``--seed 8282 --n 60 --but tests/fixtures/null_speakers_judged.jsonl`` from the
extraction at a61e49c, ``null_speakers_judged_3.jsonl`` with ``--seed 8484 --n 100`` and
both earlier draws after ``--but``, from the extraction at 5da594c, and
``null_speakers_judged_4.jsonl`` with ``--seed 8686 --n 100`` and the three earlier draws after
``--but``, from the extraction at f2935cd, and ``null_speakers_judged_5.jsonl`` with ``--seed
8888 --n 100`` and the four earlier draws after ``--but``, from the extraction at 1b8d7e6;
``null_speakers_judged_6.jsonl`` with ``--seed 9090 --n 100`` and the five earlier draws after
``--but``, from the extraction at 2a97ad8, and ``null_speakers_judged_7.jsonl`` with ``--seed
9292 --n 100`` and the six earlier draws after ``--but``, from the extraction at e5ab962;
``null_speakers_judged_8.jsonl`` with ``--seed 9494 --n 100`` and the seven earlier draws
after ``--but``, from the extraction at 0b069e7, and ``null_speakers_judged_9.jsonl`` with
``--seed 1010 --n 100`` and the eight earlier draws after ``--but``, from the extraction at
8054f616; ``null_speakers_judged_10.jsonl`` with ``--seed 1111 --n 100`` and the nine earlier
draws after ``--but``, from the extraction at c1338023, and ``null_speakers_judged_11.jsonl``
with ``--seed 1212 --n 100`` and the ten earlier draws after ``--but``, from the extraction at
fc521034, and ``null_speakers_judged_12.jsonl`` with ``--seed 1313 --n 100`` and the eleven
earlier draws after ``--but``, from the extraction at 82934099;
``null_speakers_judged_13.jsonl`` with ``--seed 1414 --n 100`` and the twelve earlier draws
after ``--but``, from the extraction at 7a06a4cf, and ``null_speakers_judged_14.jsonl`` with
``--seed 1515 --n 100`` and the thirteen earlier draws after ``--but``, from the extraction at
6dc4bd32; ``null_speakers_judged_15.jsonl`` with ``--seed 1616 --n 100`` and the fourteen
earlier draws after ``--but``, from the extraction at 3bced779, and
``null_speakers_judged_16.jsonl`` with ``--seed 1717 --n 100`` and the fifteen earlier draws
after ``--but``, from the extraction at bcc39ee4, and ``null_speakers_judged_17.jsonl`` with
``--seed 1818 --n 100`` and the sixteen earlier draws after ``--but``, from the extraction at
4a8c69ed, and ``null_speakers_judged_18.jsonl`` with ``--seed 1919 --n 100`` and the seventeen
earlier draws after ``--but``, from the extraction at f212a3ee;
``null_speakers_judged_19.jsonl`` with ``--seed 2020 --n 8`` and the eighteen earlier draws
after ``--but``, from the extraction at 285f458f (8 such quotes were left: all of them).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from khabar.evaluate import fold
from khabar.evaluate_speakers import stem_of, to_judge

GOLD = Path(__file__).resolve().parents[1] / "tests/fixtures/gold"
NEWS = GOLD.parent / "news"


def gold_articles() -> tuple[set[str], set[str]]:
    """The gold's stems, and the folded titles and first lines of their texts."""
    stems = {p.stem for p in GOLD.glob("*.json")}
    for tsv in GOLD.glob("drawn*.tsv"):
        stems |= {line.split("\t")[1] for line in tsv.read_text(encoding="utf-8").splitlines()[1:]}
    lines: set[str] = set()
    for stem in stems:
        p = NEWS / f"{stem}.txt"
        if p.exists():
            lines |= {fold(line) for line in p.read_text(encoding="utf-8").split("\n")[:2]}
    return stems, lines - {""}


def item(record: dict[str, Any], q: dict[str, Any]) -> dict[str, Any]:
    text = record["text"]
    end = text.find("\n", q["end"])
    end = text.find("\n", end + 1) if end >= 0 else -1
    text = text[: end + 1] if end >= 0 else text
    head = {"stem": stem_of(record), "path": record["path"], "locator": record.get("locator")}
    out = to_judge(q, text, **head, title=record.get("title"), published=record.get("published"))
    return out | {"end": q["end"], "quote": q["text"], "class": None}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=8080)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--but", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    stems, lines = gold_articles()
    for drawn in args.but:
        with drawn.open(encoding="utf-8") as f:
            stems |= {json.loads(line)["stem"] for line in f if line.strip()}
    pool: list[tuple[dict[str, Any], dict[str, Any]]] = []
    with args.extracted.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            if stem_of(r) in stems:
                continue
            if {fold(r.get("title")), fold(r["text"].split("\n", 1)[0])} & lines:
                continue
            pool += [(r, q) for q in r["quotes"] if not (q["speaker"] or q["speaker_organization"])]
    print(f"{len(pool)} quotes with no speaker outside the gold", file=sys.stderr)
    for r, q in random.Random(args.seed).sample(pool, args.n):
        print(json.dumps(item(r, q), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
