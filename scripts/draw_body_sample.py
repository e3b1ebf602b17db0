"""Draw quotes whose reporting verb a body may be the subject of, to judge by reading.

Usage:
    git show speakers:tests/fixtures/speaker_misses_judged_2.jsonl > misses_2.jsonl
    python scripts/draw_body_sample.py news.jsonl --seed 30 --n 60 \
        --held misses_2.jsonl > sample.jsonl

``news.jsonl`` is a ``khabar extract --jsonl`` output of the shared news. A quote is a
candidate when the clause of its reporting verb (the sentence up to the verb, or from the end of
the quote when the quote comes first; a source opening it, «به گزارش ...،», «به نقل از ...،»,
passed) holds a word that heads an organization's name (``data/speaking_heads.txt``), a body's
paper («بیانیه», «اطلاعیه»), or the name of a listed organization or outlet
(``data/organizations.tsv``, ``data/agencies.tsv``; a one-word outlet that is an ordinary word
too, ``data/outlet_words.txt``, left out): a cue for recall, whatever the extractor gave. The
articles outside every fixture (``draw_speakers_sample.held``) and outside the files given with
``--held`` (their items' ``stem``) are shuffled with ``--seed``; one candidate is drawn from each,
a copy of an article drawn before (the same title or first line) left out, and kept as
``evaluate_speakers`` keeps a drawn quote (the text up to the paragraph after it, at most 6,000
characters). ``verdict``, ``speaker``, ``speaker_organization``, ``kind`` and ``why`` are then
set by reading. ``tests/fixtures/body_speakers_judged.jsonl`` was drawn so, with the command
above, from the extraction of all the shared news at c804702 by the extractor of c804702.
With ``--unnamed`` only quotes given neither a speaker nor a body are candidates; ``--but``
names a fixture whose articles may still be drawn. ``tests/fixtures/body_speakers_judged_2.jsonl``
was drawn so (``--seed 62 --n 30 --unnamed``, ``--but`` each persons, posts, dates and
commitments sample, as only 11 articles with a quote are outside every fixture) from the
extraction of all the shared news at f917e3d.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from draw_speakers_sample import held

from khabar.evaluate import fold
from khabar.evaluate_speakers import _item, stem_of

DATA = Path(__file__).resolve().parents[1] / "src/khabar/data"
PAPERS = ("بیانیه", "بیانیه‌ای", "اطلاعیه", "اطلاعیه‌ای")
_BOILERPLATE = 3  # a first line that opens more articles is a column's, no copy mark
_SOURCE = re.compile(r"^\s*(?:به گزارش|به نقل از)[^،,]{0,80}[،,]\s*")


def _rows(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def cues() -> tuple[set[str], list[str]]:
    """The head words, and the names (of two words or more, or not ordinary words)."""
    heads = {h for line in _rows("speaking_heads.txt") for h in [line.strip()] if " " not in h}
    heads |= set(PAPERS)
    ordinary = {line.strip() for line in _rows("outlet_words.txt")}
    names: set[str] = set()
    for file in ("organizations.tsv", "agencies.tsv"):
        for line in _rows(file):
            cols = line.split("\t")
            for name in [cols[0], *(cols[1].split("|") if len(cols) > 1 and cols[1] else [])]:
                name = name.strip()
                if len(name) > 2 and name not in ordinary and not name.isascii():
                    names.add(name)
    return heads, sorted(names, key=len, reverse=True)


def clause(q: dict) -> str:
    """The words of the reporting verb's clause before the verb."""
    sentence = q["sentence"]
    start = q["end"] if q["end"] <= q["cue"]["start"] else sentence["start"]
    at = sentence["start"]
    text = sentence["text"][max(start - at, 0) : q["cue"]["start"] - at]
    return _SOURCE.sub("", text.strip(' "«»،'))


def is_candidate(q: dict, heads: set[str], names: list[str]) -> bool:
    text = clause(q)
    words = set(re.findall(r"[\w\u200c]+", text))
    if words & heads:
        return True
    padded = f" {text} "
    return any(f" {n} " in padded for n in names)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--held", type=Path, action="append", default=[])
    parser.add_argument(
        "--but",
        type=Path,
        action="append",
        default=[],
        help="a fixture whose articles may be drawn",
    )
    parser.add_argument(
        "--unnamed", action="store_true", help="only quotes given no speaker nor body"
    )
    args = parser.parse_args(argv)
    stems, lines = held({p.resolve() for p in args.but})
    for path in args.held:
        stems |= {json.loads(line)["stem"] for line in path.read_text("utf-8").splitlines()}
    heads, names = cues()
    records = []
    firsts: Counter[str] = Counter()
    with args.extracted.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            firsts[fold(r["text"].split("\n", 1)[0])] += 1
            if r.get("quotes") and stem_of(r) not in stems:
                records.append(r)
    records.sort(key=stem_of)
    rng = random.Random(args.seed)
    rng.shuffle(records)
    pool = []
    for r in records:
        first = fold(r["text"].split("\n", 1)[0])
        marks = {fold(r.get("title"))} | ({first} if firsts[first] <= _BOILERPLATE else set())
        if marks & lines:
            continue
        lines |= marks - {""}
        found = [(r, q) for q in r["quotes"] if is_candidate(q, heads, names)]
        if args.unnamed:
            found = [(r, q) for r, q in found if not (q["speaker"] or q["speaker_organization"])]
        pool += found
    rng.shuffle(pool)
    for r, q in pool[: args.n]:
        if (item := _item(r, q)) is not None:
            item["kind"] = None
            print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
