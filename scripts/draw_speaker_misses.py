"""Draw quotes the extraction leaves with no speaker, person or organization, to judge.

Usage:
    python scripts/draw_speaker_misses.py news.jsonl --seed 30 --n 60 \
        --but tests/fixtures/speaker_misses_judged_2.jsonl \
        $(for f in tests/fixtures/commitments_judged*.jsonl tests/fixtures/dates_judged.jsonl; \
          do echo --but $f; done) > sample.jsonl

``news.jsonl`` is a ``khabar extract --jsonl`` output of the shared news. Its quotes with
neither a speaker nor an organization are taken from the articles outside every fixture
(``draw_speakers_sample.held``, but those given with ``--but``); the articles are shuffled
with ``--seed``, one quote is drawn from each (``random.choice`` with the same generator), a
copy of an article drawn before (the same title or first line, folded) is left out, and so is
an article longer than ``evaluate_speakers`` keeps up to the paragraph after the quote
(6,000 characters). ``verdict``, ``speaker``, ``speaker_organization``, ``kind`` and ``why``
are then set by reading the article. ``tests/fixtures/speaker_misses_judged_2.jsonl`` was
drawn so, with the command above, from the extraction of all the shared news at d589cc3 by
the extractor of d589cc3: every article with a quote was held by some fixture then (one quote
with no speaker was left outside them all), so the articles only the judged commitments and
dates samples hold, which judge no speaker, were let in.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from draw_speakers_sample import held

from khabar.evaluate import fold
from khabar.evaluate_speakers import _item, stem_of


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--but", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    stems, lines = held({p.resolve() for p in args.but})
    records = []
    with args.extracted.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            if stem_of(r) in stems:
                continue
            if {fold(r.get("title")), fold(r["text"].split("\n", 1)[0])} & lines:
                continue
            if any(not (q["speaker"] or q["speaker_organization"]) for q in r["quotes"]):
                records.append(r)
    records.sort(key=stem_of)
    rng = random.Random(args.seed)
    rng.shuffle(records)
    seen: set[str] = set()
    drawn = 0
    for r in records:
        unnamed = [q for q in r["quotes"] if not (q["speaker"] or q["speaker_organization"])]
        q = rng.choice(unnamed)  # drawn before any test, so a record left out moves no draw
        first = {fold(r.get("title")), fold(r["text"].split("\n", 1)[0])} - {""}
        if first & seen:
            continue  # the same article under another stem
        seen |= first
        item = _item(r, q)
        if item is None:
            continue
        print(json.dumps(item | {"kind": None}, ensure_ascii=False))
        drawn += 1
        if drawn >= args.n:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
