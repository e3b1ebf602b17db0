"""Draw quotes to judge for precision: ``--n`` quotes at random (``--seed``) from all the quotes
khabar finds today in the articles of a news.jsonl that no fixture holds.

Usage:
    python scripts/draw_quotes_precision.py news_pool.jsonl --seed 20261210 --n 100 > sample.jsonl

``news_pool.jsonl`` is a ``khabar extract --jsonl`` output (its texts and titles are taken, its
facts not); each article outside every fixture (``draw_speakers_sample.held``: by stem, title
or first line) is extracted again with the checkout's extractor, every quote of every article
is listed in file order, and ``random.Random(seed).sample`` picks ``--n`` of them, printed in
the order drawn as items to judge (``khabar.evaluate_quotes.judged_item``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_speakers_sample import held  # noqa: E402

from khabar.evaluate import fold  # noqa: E402
from khabar.evaluate_quotes import judged_item  # noqa: E402
from khabar.evaluate_speakers import stem_of  # noqa: E402
from khabar.extract import extract_text  # noqa: E402
from khabar.serialize import document_to_dict  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=20261210)
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args(argv)
    stems, lines = held(set())
    quotes: list[tuple[dict, dict]] = []
    with args.extracted.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            first = r["text"].split("\n", 1)[0]
            if stem_of(r) in stems or {fold(r.get("title")), fold(first)} & lines:
                continue
            meta = {k: r[k] for k in ("title", "published") if r.get(k)}
            now = document_to_dict(extract_text(r["text"], meta))
            record = {"stem": stem_of(r), "title": r.get("title"), "published": r.get("published")}
            record["text"] = now["text"]
            quotes += [(record, q) for q in now["quotes"]]
    print(f"{len(quotes)} quotes", file=sys.stderr)
    for record, q in random.Random(args.seed).sample(quotes, args.n):
        print(json.dumps(judged_item(record, q), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
