"""Draw quotes left with no speaker whose clause opens with a pronoun or a post alone.

Usage:
    python scripts/draw_pronoun_sample.py news.jsonl --seed 20 --n 60 \
        --but tests/fixtures/pronoun_speakers_judged.jsonl \
        --but tests/fixtures/speakers_judged_8.jsonl --but tests/fixtures/recall_dev_6 \
        --but tests/fixtures/persons_recall_dev_6.jsonl \
        --skip tests/fixtures/speakers_judged_8.jsonl --skip tests/fixtures/recall_dev_6 \
        > sample.jsonl

``news.jsonl`` is a ``khabar extract --jsonl`` output of the shared news. Its quotes with
neither a speaker nor an organization whose clause, past a source («به گزارش ...،») and a
lead-in («همچنین», «در ادامه»), opens with «وی», «او», «نامبرده», an anaphoric post («این مقام»,
«این نماینده») or a post's head («وزیر ...», «عضو ...», «سخنگوی ...») are taken from the
articles outside every fixture (``draw_speakers_sample.held``; but those given with ``--but``);
the articles are shuffled with ``--seed``, one quote is drawn from each, a copy of an article
drawn before (the same title or first line) is left out, and each is extracted again by the
checkout's extractor and kept while its quote still has no speaker. The whole article's text is
kept: a post-only lead is often named at its end. ``verdict``, ``speaker``,
``speaker_organization``, ``cause`` and ``why`` are then set by reading it. ``--skip``: the
articles of a sample drawn at the same time are passed over where the draw meets them, the order
of the others kept. ``--every``: every such quote of each article drawn, not one, for a pool of
few articles. ``tests/fixtures/pronoun_speakers_judged.jsonl`` was drawn so, with the command
above, from the extraction of all the shared news at fe19d43 by the extractor of fe19d43;
``tests/fixtures/pronoun_speakers_judged_2.jsonl`` with ``--every --seed 21`` (and ``--but``
it) from the lines of the extraction of all the shared news at 56fc4e7 for 205 articles no
fixture held and no other sample drew from, by the extractor that landed the rules tuned on the
first sample.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from draw_speakers_sample import held

from khabar.evaluate import fold
from khabar.evaluate_speakers import quote_at, stem_of
from khabar.extract import extract_text

OPENERS = ("وی", "او", "این مقام", "نامبرده", "این نماینده", "وزیر", "عضو", "نماینده", "رئیس")
OPENERS += ("رییس", "معاون", "سخنگوی", "مدیرکل", "مدیر کل", "فرمانده", "دبیر", "استاندار")
OPENERS += ("فرماندار", "سفیر", "دادستان", "این مسئول", "این عضو", "این مقام مسئول")
OPENERS += ("این کارشناس", "این فعال", "این استاد", "این چهره", "این وزیر", "این سخنگو")
OPENERS += ("رئیس‌جمهور", "رییس‌جمهور", "دبیرکل", "مشاور", "قائم مقام", "جانشین", "امام جمعه")
OPENERS += ("رئیس جمهور", "رییس جمهور", "نخست وزیر", "نخست‌وزیر", "مدیرعامل", "مدیر عامل")
OPENERS += ("بخشدار", "شهردار")
_LEADS = ("همچنین", "سپس", "اما", "ولی", "در ادامه", "در پایان")
_LEADS += ("در بخش دیگری از سخنانش", "در بخش دیگری")


def clause_opener(quote: dict) -> str | None:
    """The pronoun or post the quote's clause opens with, or None."""
    sentence = quote["sentence"]
    end = min(quote["start"], quote["cue"]["start"]) - sentence["start"]
    clause = sentence["text"][: max(end, 0)].strip().lstrip('"«» ')
    if clause.startswith("به گزارش") and "،" in clause:
        clause = clause.split("،", 1)[1].strip()
    for lead in _LEADS:
        if clause.startswith(lead):
            clause = clause[len(lead) :].lstrip("، ").strip()
    words = clause.split()
    for opener in sorted(OPENERS, key=len, reverse=True):
        if words[: len(opener.split())] == opener.split():
            return opener
    return None


def candidates(path: Path, but: set[Path]) -> tuple[dict[str, list[int]], dict[str, dict]]:
    """The quotes to draw from, by article stem, and those articles' records."""
    stems, lines = held(but)
    quotes: dict[str, list[int]] = {}
    records: dict[str, dict] = {}
    with path.open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            stem = stem_of(r)
            if stem in stems or {fold(r.get("title")), fold(r["text"].split("\n", 1)[0])} & lines:
                continue
            for n, q in enumerate(r["quotes"]):
                if not (q["speaker"] or q["speaker_organization"]) and clause_opener(q):
                    quotes.setdefault(stem, []).append(n)
                    records[stem] = r
    return quotes, records


def _stems_of(path: Path) -> set[str]:
    """The articles a fixture holds: a sample's stems, or the texts of a folder."""
    if path.is_dir():
        return {p.stem for p in path.glob("*.txt")}
    return {json.loads(line)["stem"] for line in path.open(encoding="utf-8")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extracted", type=Path)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--but", type=Path, action="append", default=[])
    parser.add_argument("--skip", type=Path, action="append", default=[])
    parser.add_argument("--every", action="store_true", help="every quote of an article")
    args = parser.parse_args(argv)
    skip = {stem for p in args.skip for stem in _stems_of(p)}
    quotes, records = candidates(args.extracted, {p.resolve() for p in args.but})
    stems = sorted(quotes)
    rng = random.Random(args.seed)
    rng.shuffle(stems)
    chosen = {stem: quotes[stem] if args.every else [rng.choice(quotes[stem])] for stem in stems}
    seen: set[str] = set()
    drawn = 0
    for stem in stems:
        if stem in skip:
            continue
        r = records[stem]
        lines = {fold(r.get("title")), fold(r["text"].split("\n", 1)[0])} - {""}
        if lines & seen:
            continue  # the same article under another stem
        seen |= lines
        meta = {k: r[k] for k in ("title", "published") if r.get(k)}
        doc = extract_text(r["text"], meta)
        for n in chosen[stem]:
            q = r["quotes"][n]
            now = quote_at(doc, q["start"])
            if now is None or now.speaker or now.speaker_organization:
                continue
            item = {
                "stem": stem,
                "title": r.get("title"),
                "published": r.get("published"),
                "text": r["text"],
                "start": q["start"],
                "starts": " ".join(q["text"].split()[:6]),
                "sentence": q["sentence"]["text"],
                "opener": clause_opener(q),
                "drawn": {"speaker": None, "speaker_organization": None},
                "verdict": None,
                "speaker": None,
                "speaker_organization": None,
                "cause": "",
                "why": "",
            }
            print(json.dumps(item, ensure_ascii=False))
            drawn += 1
            if drawn >= args.n:
                return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
