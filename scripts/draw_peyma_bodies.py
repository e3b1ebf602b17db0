"""Draw sentences of PEYMA where an organization stands before a verb of saying, to judge.

Usage:
    python scripts/draw_peyma_bodies.py ../shared/data/ner --seed 54 --n 50 > sample.jsonl

A sample for the recall of bodies' statements that does not depend on what the extractor
found: the cue is PEYMA's own gold. PEYMA's training part (``ner_data.split``: every sentence
not in ParsBERT's test split, which is never read) is cut into articles of 10 sentences as
``benchmarks/ner.py`` cuts it (``ner_data.articles``). A sentence is a candidate when a gold
ORG span opens its clause (the sentence's start, a comma, «و», «همچنین», a word of time or
the body's paper, «در بیانیه وزارت خارجه آمده است», right before it; not the head of a post,
«رئیس سازمان ...», nor the outlet a credit line or a dateline names, «به گزارش ایرنا،»,
«ساری - ایرنا -») and stands before a verb of saying or announcing
(``data/reporting_verbs.tsv``) in the same clause: at most ``_GAP`` words apart, and no mark
that ends a clause (``clause_words.STOPS``), «که», «وی», «او» nor a gold PER span between
them. The articles that any ``tests/fixtures/peyma_*`` sample holds are left out (their
``article`` index, or ``peyma_N.txt``), but the one this script drew. The articles with a
candidate are shuffled with ``--seed`` and one candidate is drawn from each of the first
``--n`` (``random.choice`` with the same generator). Of the 871 articles of the training part,
425 are held by the samples before this one and only 45 of the rest hold a candidate: all 45
were drawn, one item each.

Each line is a ``speakers_judged`` item (``evaluate_speakers``) on the repaired article:
``start`` is where the quote the extractor found in that sentence starts, else the first word
of what was said (set by reading), ``drawn`` what the extractor said, ``cue`` the organization
and the verb, and ``verdict``, ``speaker``, ``speaker_organization``, ``kind`` (``body``,
``person``, ``nobody``, or ``none`` for no statement) and ``why`` are then set by reading
(two ``start`` were set anew: a quote run from «گفت وگوهای» and a list's item).
``tests/fixtures/peyma_bodies_judged.jsonl`` was drawn so, with the command above, by the
extractor of 594ce9b. PEYMA's terms: "for free for research purposes"; its sentences are
quoted only as a test fixture.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from ner_data import PEYMA_SOURCE, Article, articles, split  # noqa: E402

from khabar.extract import extract
from khabar.extract import lexicons as lx
from khabar.extract.clause_words import DASHES, STOPS, WHEN
from khabar.model import Document
from khabar.text import repair

FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"
PART = "peyma-training"
DRAWN = "peyma_bodies_judged.jsonl"  # drawn by this script: not held from its own draw
_GAP = 12  # words between the organization and its verb
# what may stand right before an organization that opens its clause: the sentence's start, a
# comma or a dateline's mark, «و», a lead-in, a word of time («روز گذشته نشریه ساندی تایمز
# ادعا کرد»), or the body's paper («در بیانیه ...»)
_OPENERS = {"،", ",", ":", "-", "–", "و", "همچنین", "نیز", "بیانیه", "اطلاعیه", "بخشنامه", "نامه"}
_OPENERS |= WHEN
_NOT_BODY = {"که", "وی", "او"}  # a relative clause, or a person the clause goes on with
_ARTICLE = re.compile(r"peyma_(\d+)\.txt$")


def held_articles(fixtures: Path = FIXTURES) -> set[int]:
    """The PEYMA articles every ``peyma_*`` fixture holds but the one this script drew."""
    out: set[int] = set()
    for path in fixtures.glob("peyma_*"):
        if path.name == DRAWN:
            continue
        if path.is_dir():
            out |= {int(m.group(1)) for f in path.iterdir() if (m := _ARTICLE.search(f.name))}
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.add(int(json.loads(line)["article"]))
    return out


def candidates(article: Article) -> list[tuple[int, int, int, int]]:
    """(sentence, organization's first token, its end token, verb's token) of each sentence
    whose gold ORG opens a clause and stands before its verb of saying: the last one that does."""
    verbs = lx.reporting_verbs()
    out = []
    for s, sentence in enumerate(article.sentences):
        keys = [lx.key(w) for w in sentence.tokens]
        orgs = sorted((i, j) for kind, i, j in _spans(sentence.tags) if kind == "ORG")
        found = None
        people = {k for kind, i, j in _spans(sentence.tags) if kind == "PER" for k in range(i, j)}
        for i, j in orgs:
            if i and keys[i - 1] not in _OPENERS:
                continue
            if j < len(keys) and keys[j] in DASHES:
                continue  # «ساری - ایرنا - ...»: the dateline's outlet
            for v in range(j, min(len(keys), j + _GAP + 1)):
                if keys[v] in STOPS or keys[v] in _NOT_BODY or v in people:
                    break
                if verbs.match(keys, v) is not None:
                    found = (s, i, j, v)
                    break
        if found:
            out.append(found)
    return out


def _spans(tags: list[str]) -> list[tuple[str, int, int]]:
    from ner_data import entities

    return list(entities(tags))


def _quote_in(doc: Document, lo: int, hi: int) -> dict[str, object] | None:
    """The extracted quote (as the item's ``start`` and ``drawn``) whose original span opens
    in the sentence ``lo``-``hi`` of the original text."""
    for q in doc.quotes:
        o = doc.original_span(q.span)
        if lo <= o.start < hi:
            return {
                "start": q.span.start,
                "speaker": q.speaker,
                "speaker_organization": q.speaker_organization,
            }
    return None


def item(k: int, article: Article, cue: tuple[int, int, int, int]) -> dict[str, object]:
    s, i, j, v = cue
    spans = article.token_spans[s]
    lo, hi = article.sentence_spans[s]
    doc = extract(repair(article.text))
    q = _quote_in(doc, lo, hi)
    tokens = article.sentences[s].tokens
    after = doc.offset_map.from_original(spans[v][1], spans[v][1])[0]
    start = q["start"] if q else after + 1
    sentence = doc.text[slice(*doc.offset_map.from_original(lo, hi))]
    return {
        "stem": f"peyma_{k}",
        "part": PART,
        "article": k,
        "source": PEYMA_SOURCE,
        "text": doc.text,
        "start": start,
        "starts": " ".join(doc.text[start:].split()[:6]),
        "sentence": sentence,
        "cue": {"organization": " ".join(tokens[i:j]), "verb": tokens[v]},
        "drawn": {
            "speaker": q["speaker"] if q else None,
            "speaker_organization": q["speaker_organization"] if q else None,
            "found": q is not None,
        },
        "verdict": None,
        "speaker": None,
        "speaker_organization": None,
        "kind": None,
        "why": "",
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ner_dir", type=Path, help="../shared/data/ner")
    parser.add_argument("--seed", type=int, default=54)
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args(argv)
    held = held_articles()
    train, _ = split(args.ner_dir / "peyma")  # never the test part
    pool = []
    for k, article in enumerate(articles(train)):
        if k not in held and (found := candidates(article)):
            pool.append((k, article, found))
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    for k, article, found in pool[: args.n]:
        print(json.dumps(item(k, article, rng.choice(found)), ensure_ascii=False))
    print(f"{len(pool)} articles with a candidate, {len(held)} held", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
