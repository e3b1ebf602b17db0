"""Draw quotes to judge for precision: ``--n`` quotes at random (``--seed``) from all the quotes
khabar finds today in the articles of a news.jsonl that no fixture holds.

Usage:
    python scripts/draw_quotes_precision.py news_pool.jsonl --seed 20261210 --n 100 > sample.jsonl

``news_pool.jsonl`` is a ``khabar extract --jsonl`` output (its texts and titles are taken, its
facts not); each article outside every fixture (``draw_speakers_sample.held``: by stem, title
or first line) is extracted again with the checkout's extractor, every quote of every article
is listed in file order, and ``random.Random(seed).sample`` picks ``--n`` of them, printed in
the order drawn as items to judge (``khabar.evaluate_quotes.judged_item``).

With ``--store`` the quotes are the news.jsonl's own, from every article but the gold's
(``gold/drawn.tsv``, ``news/SOURCES.md``, and any article under two stems whose title or first
line a gold text shares), leaving out the quotes a judged sample given with ``--exclude`` holds
(same article, same text). The second sample, ``quotes_judged_2.jsonl``, was drawn so: ``--store
--exclude tests/fixtures/quotes_judged.jsonl --seed 20261211 --n 100`` from an extraction of all
the shared news at 5da594c.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from draw_speakers_sample import held  # noqa: E402

from khabar.evaluate import drawn_stems, fold  # noqa: E402
from khabar.evaluate_commitments import read_judged  # noqa: E402
from khabar.evaluate_persons import article_key, gold_articles  # noqa: E402
from khabar.evaluate_quotes import judged_item  # noqa: E402
from khabar.evaluate_speakers import stem_of  # noqa: E402
from khabar.extract import extract_text  # noqa: E402
from khabar.serialize import document_to_dict  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=20261210)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--store", action="store_true", help="the news.jsonl's own quotes")
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    if args.store:
        quotes = store_quotes(args.extracted, args.exclude)
    else:
        quotes = outside_fixtures(args.extracted)
    print(f"{len(quotes)} quotes", file=sys.stderr)
    for record, q in random.Random(args.seed).sample(quotes, args.n):
        print(json.dumps(judged_item(record, q), ensure_ascii=False))
    return 0


def _record(r: dict) -> dict:
    return {"stem": stem_of(r), "title": r.get("title"), "published": r.get("published")}


def store_quotes(extracted: Path, exclude: list[Path]) -> list[tuple[dict, dict]]:
    """Every quote of the news.jsonl as extracted, in file order, but the gold's articles and
    the quotes of the judged samples ``exclude``."""
    fixtures = ROOT / "tests/fixtures"
    gold = gold_articles([fixtures / "gold/drawn.tsv", fixtures / "news/SOURCES.md"])
    stems = {p.stem for p in (fixtures / "gold").glob("*.json")} | drawn_stems(fixtures / "gold")
    lines: set[str] = set()
    for p in (fixtures / "news").glob("*.txt"):
        lines |= {fold(line) for line in p.read_text(encoding="utf-8").split("\n")[:2]}
    lines -= {""}
    judged = {(i["stem"], i["quote"]) for path in exclude for i in read_judged(path)}
    quotes: list[tuple[dict, dict]] = []
    with extracted.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            first = r["text"].split("\n", 1)[0]
            if article_key(r.get("path"), r.get("locator")) in gold or stem_of(r) in stems:
                continue
            if {fold(r.get("title")), fold(first)} & lines:
                continue
            record = {**_record(r), "text": r["text"]}
            quotes += [
                (record, q) for q in r["quotes"] if (record["stem"], q["text"]) not in judged
            ]
    return quotes


def outside_fixtures(extracted: Path) -> list[tuple[dict, dict]]:
    """Every quote the checkout's extractor finds in the articles no fixture holds."""
    stems, lines = held(set())
    quotes: list[tuple[dict, dict]] = []
    with extracted.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            first = r["text"].split("\n", 1)[0]
            if stem_of(r) in stems or {fold(r.get("title")), fold(first)} & lines:
                continue
            meta = {k: r[k] for k in ("title", "published") if r.get(k)}
            now = document_to_dict(extract_text(r["text"], meta))
            record = {**_record(r), "text": now["text"]}
            quotes += [(record, q) for q in now["quotes"]]
    return quotes


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
