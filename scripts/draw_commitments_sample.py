"""Draw a commitments sample to judge, outside every article the fixtures already hold.

Usage:
    khabar extract --jsonl /work/shared/data/news > news.jsonl
    python scripts/draw_commitments_sample.py news.jsonl --seed 8176 --n 500 --keep 100 \
        --but tests/fixtures/commitments_judged_4.jsonl > sample.jsonl

Draws ``--n`` commitments with ``--seed`` (``evaluate_commitments.draw``, over all the
articles), then prints the first ``--keep`` whose article is in no file under
``tests/fixtures`` (but those given with ``--but``): an article is held there when its title,
the commitment's sentence or one of its first three lines (of more than 30 letters) is in the
text of some fixture, spaces, punctuation and joiners aside. The fourth judged sample
(``tests/fixtures/commitments_judged_4.jsonl``) was drawn so from the extraction of all the
shared news with the rules of a18cb25 on 040ecb8 (821 commitments), with the fixtures of
1aede24: the command above with ``--but tests/fixtures/recall_dev_3 --but
tests/fixtures/persons_recall_dev_3.jsonl`` (added since) draws it again. The fifth
(``commitments_judged_5.jsonl``) was drawn with ``--seed 4527 --n 793 --keep 100`` from the
extraction with the rules of 4527f8a (793 commitments; 500 drawn held only 55 outside the
fixtures), with the fixtures of that commit. The sixth (``commitments_judged_6.jsonl``) was
drawn from the extraction at ce21a04 (839 commitments, those announced by a body or a post
among them; 28 only were in articles no fixture holds), outside the gold and the commitments
samples alone, since the commitment rules were never tuned on the other fixtures' articles::

    python scripts/draw_commitments_sample.py news.jsonl --seed 1203 --n 839 --keep 100 \
        $(ls -d tests/fixtures/* | grep -v -e /gold$ -e /commitments_judged | sed 's/^/--but /')

With ``--sentence-only`` a fixture holds the sentences its text holds, not their articles: a
commitment is drawn when its sentence is in no such fixture (neither judged nor read in a
judged one's context), though another of its article's was judged. The seventh
(``commitments_judged_7.jsonl``) was drawn so from the extraction at bfe3038 (826
commitments), with the fixtures before it was added, outside the gold's articles and the
commitments samples' sentences, since after the sixth only 77 commitments were left in
articles no commitments sample holds::

    python scripts/draw_commitments_sample.py news.jsonl --seed 7 --n 100000 --keep 100 \
        $(ls -d tests/fixtures/* | grep -v -e /gold$ -e /commitments_judged | sed 's/^/--but /') \
        $(ls -d tests/fixtures/commitments_judged* | sed 's/^/--sentence-only /')

The eighth (``commitments_judged_8.jsonl``) was drawn the same way with ``--seed 8`` from the
extraction with the rules tuned on the seventh, on 6a3cd6c (816 commitments), with the
fixtures before it was added. The ninth (``commitments_judged_9.jsonl``) was drawn the same
way with ``--seed 9`` from the extraction with the rules tuned on the eighth (809
commitments): only 4 were left, all kept.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from khabar.evaluate_commitments import draw

FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"
_IGNORED = re.compile(r"[\s\u200c\u200e\u200f«»\"'،,.:؛]+")


def _norm(text: str) -> str:
    return _IGNORED.sub("", text)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def fixture_text(but: set[Path]) -> str:
    """Every text under tests/fixtures but the files and folders ``but``, as one normalized
    string."""
    parts: list[str] = []
    for path in sorted(FIXTURES.rglob("*")):
        if not path.is_file() or any(b == path.resolve() or b in path.parents for b in but):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        lines = text.splitlines() if path.suffix == ".jsonl" else [text]
        for line in lines:
            try:
                parts += (
                    _strings(json.loads(line)) if path.suffix in (".json", ".jsonl") else [line]
                )
            except json.JSONDecodeError:
                parts.append(line)
    return _norm("\n".join(parts))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extracted", type=Path, help="a khabar extract --jsonl output")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--keep", type=int, default=100)
    ap.add_argument("--but", type=Path, action="append", default=[], help="a fixture to skip")
    ap.add_argument(
        "--sentence-only",
        type=Path,
        action="append",
        default=[],
        help="a fixture in whose text only the commitment's sentence is looked for",
    )
    args = ap.parse_args(argv)
    only = {p.resolve() for p in args.sentence_only}
    held = fixture_text({p.resolve() for p in args.but} | only)
    every = {p.resolve() for p in FIXTURES.iterdir()}
    held_sentences = fixture_text(every - only) if only else ""
    records = {}
    with args.extracted.open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            if r.get("commitments"):
                records[(r.get("path"), r.get("locator"))] = r
    kept = 0
    for item in draw(args.extracted, args.n, args.seed, 10**9):
        r = records[(item["path"], item["locator"])]
        probes = [r.get("title") or "", item["sentence"]]
        probes += [x[:80] for x in r["text"].split("\n") if len(_norm(x)) > 30][:3]
        if any(len(_norm(p)) >= 15 and _norm(p)[:60] in held for p in probes):
            continue
        if only and _norm(item["sentence"])[:60] in held_sentences:
            continue  # judged, or read in a judged sentence's context
        print(json.dumps(item, ensure_ascii=False))
        kept += 1
        if kept == args.keep:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
