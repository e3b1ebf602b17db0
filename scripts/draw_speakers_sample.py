"""Draw a speakers sample to judge from articles extracted again with today's rules.

Usage:
    python scripts/draw_speakers_sample.py news.jsonl --seed 5 \
        --but tests/fixtures/speakers_judged_5.jsonl > sample.jsonl

``news.jsonl`` is a ``khabar extract --jsonl`` output of the shared news (its texts are taken,
its facts not). The articles outside every file under ``tests/fixtures`` (but those given with
``--but``) are shuffled with ``--seed``; the first ``--pool`` are extracted again with the
extractor of the checkout, and ``evaluate_speakers.draw`` draws ``--n`` quotes from them with
the same seed, one an article, quotes with no speaker included. An article is held by a
fixture when its stem is (a gold file, ``gold/drawn.tsv``, a judged item's ``stem`` or
``path``, a sample's ``file``, a text's name) or its title or first line is, folded. The fifth
judged sample (``tests/fixtures/speakers_judged_5.jsonl``) was drawn so, with the command
above, from the extraction of all the shared news at 8176db7 by the extractor of 3f9d04e.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from khabar.evaluate import fold
from khabar.evaluate_speakers import draw, stem_of
from khabar.extract import extract_text
from khabar.serialize import document_to_dict

FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"


def held(but: set[Path]) -> tuple[set[str], set[str]]:
    """The stems and the folded titles and first lines of the articles the fixtures hold."""
    stems: set[str] = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    lines: set[str] = set()
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    stems |= {line.split("\t")[1] for line in drawn}
    for p in FIXTURES.rglob("*.txt"):
        if p.resolve() not in but and p.parent.resolve() not in but:
            stems.add(p.stem)
            lines |= {fold(line) for line in p.read_text(encoding="utf-8").split("\n")[:2]}
    for p in FIXTURES.glob("*.jsonl"):
        if p.resolve() in but:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if "stem" in item:
                stems.add(item["stem"])
            if "path" in item:
                stems.add(stem_of(item))
            if "file" in item:
                stems.add(Path(item["file"]).stem)
            lines |= {fold(item.get("title")), fold((item.get("text") or "").split("\n", 1)[0])}
    return stems, lines - {""}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--pool", type=int, default=330)
    parser.add_argument("--but", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    stems, lines = held({p.resolve() for p in args.but})
    with args.extracted.open(encoding="utf-8") as f:
        records = [r for r in map(json.loads, f) if stem_of(r) not in stems]
    random.Random(args.seed).shuffle(records)
    with tempfile.TemporaryDirectory() as tmp:
        pool = Path(tmp) / "pool.jsonl"
        with pool.open("w", encoding="utf-8") as out:
            for r in records[: args.pool]:
                meta = {k: r[k] for k in ("title", "published") if r.get(k)}
                now = document_to_dict(extract_text(r["text"], meta))
                keep = {k: r.get(k) for k in ("path", "locator", "title", "published")}
                out.write(json.dumps(keep | {"text": now["text"], "quotes": now["quotes"]}) + "\n")
        for item in draw(pool, args.n, args.seed, stems, lines):
            print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
