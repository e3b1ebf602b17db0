"""Draw quotes from ARMAN's news sentences (folds 1 and 2), or PEYMA's, to judge their speakers.

Usage:
    python scripts/draw_arman_speakers.py ../shared/data/ner --seed 20 --n 100 > sample.jsonl
    python scripts/draw_arman_speakers.py ../shared/data/ner --peyma --seed 40 --n 60 > sample.jsonl

ARMAN (``arman/ArmanPersoNERCorpus.zip``) is news of another decade than the shared news,
text no speaker rule was written on. Each of its folds 1 and 2 (fold 3 is held out: never
read) is cut into articles of 10 sentences as ``benchmarks/ner.py --arman`` cuts it
(``ner_data.articles``), and each article is repaired and extracted as ``khabar extract``
does. The articles with a quote are shuffled with ``--seed`` and one quote is drawn from each
of the first ``--n`` (``random.choice`` with the same generator), quotes with no speaker
included. Each line is a ``speakers_judged`` item (``evaluate_speakers``): the repaired
article as ``text``, the quote's ``start``, what the extractor said as ``drawn``; ``fold`` and
``article`` (its index in the fold) say where it came from, and ``verdict``, ``speaker``,
``speaker_organization`` and ``why`` are then set by reading the article.
``tests/fixtures/arman_speakers_judged.jsonl`` was drawn so, with the command above, by the
extractor of df783a0. ``--but FIXTURE`` leaves out the articles (by ``fold`` and ``article``)
a sample already holds, so a second draw is of quotes no rule was tuned on:
``tests/fixtures/arman_speakers_judged_2.jsonl`` was drawn with ``--seed 21 --n 50 --but
tests/fixtures/arman_speakers_judged.jsonl`` by the extractor of 27e5798, and
``tests/fixtures/arman_speakers_judged_3.jsonl`` with ``--seed 22 --n 50`` and ``--but`` both
fixtures before it by the extractor of 8aeb982, and
``tests/fixtures/arman_speakers_judged_4.jsonl`` with ``--seed 23 --n 50`` and ``--but`` all
three by the extractor of 9d0e40a, and ``tests/fixtures/arman_speakers_judged_5.jsonl`` with
``--seed 24 --n 50`` and ``--but`` all four by the extractor of 8ccfdd1 (as drawn: 25 of the 29
statements with a speaker the text names right, 1 wrong, 3 missed, 0.862; 6 of the 18 naming
nobody credited), and ``tests/fixtures/arman_speakers_judged_6.jsonl`` with ``--seed 28 --n
50`` and ``--but`` all five and the ARMAN quotes-recall samples
(``tests/fixtures/arman_quotes_recall.jsonl``, ``arman_quotes_recall_2.jsonl``: their lines
name ``fold`` and ``article`` too) by the extractor of 5bc4980 (as drawn: 20 of the 27
statements with a speaker the text names right, 1 wrong, 6 missed, 0.741; 4 of the 18 naming
nobody credited), and ``tests/fixtures/arman_speakers_judged_7.jsonl`` with ``--seed 29 --n
50`` and ``--but`` all six and the three ARMAN quotes-recall samples (``arman_quotes_recall.jsonl``,
``_2``, ``_3``) by the extractor of 6d21d2c: only 45 articles with a quote were left, so 45
quotes (as drawn: 19 of the 27 statements with a speaker the text names right, 4 wrong, 4
missed, 0.704; 2 of the 15 naming nobody credited). ARMAN's terms:
"only for academic research use" (its Hugging Face dataset card: CC BY 4.0); its sentences
are quoted there only as a test fixture.

``--peyma`` draws from PEYMA's training part instead (``ner_data.split``: every sentence not in
ParsBERT's test split, which is never drawn from): news of ISNA, IRNA, Mehr, Fars and others,
another source no speaker rule was written on (khabar's tagger was trained on it, so its
persons are found there better than in text it never saw). It is cut into articles of 10
sentences as ``benchmarks/ner.py`` cuts it (``ner_data.articles``), and only the articles whose
index in the training part is even are drawn from: the odd ones are kept for samples of
whole-article quotes, so the two never share an article. Its items name ``part``
(``peyma-training``) and ``article`` instead of a fold. PEYMA's terms: "for free for research
purposes"; its sentences are quoted only as a test fixture.
``tests/fixtures/peyma_speakers_judged.jsonl`` was drawn with ``--peyma --seed 40 --n 60`` by
the extractor of 4daa29f (as drawn: 38 of the 52 statements with a speaker the text names
right, 3 wrong, 11 missed, 0.731; none of the 6 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_2.jsonl`` with ``--peyma --seed 41 --n 40 --but`` the
first by the extractor of 5b185ee, tuned on it (as drawn: 24 of 32 right, 1 wrong, 7 missed,
0.750; 2 of the 7 naming nobody credited), and ``tests/fixtures/peyma_speakers_judged_3.jsonl``
with ``--peyma --seed 44 --n 50 --but`` both by the extractor of cf210ce, tuned on both and on
the PEYMA quotes samples (as drawn: 37 of 45 right, 1 wrong, 7 missed, 0.822; the one naming
nobody not credited), and ``tests/fixtures/peyma_speakers_judged_4.jsonl`` with ``--peyma --seed
46 --n 50 --but`` all three by the extractor of 01a1c08, tuned on the three (as drawn: 32 of 42
right, 4 wrong, 6 missed, 0.762; 1 of the 8 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_5.jsonl`` with ``--peyma --seed 48 --n 40 --but`` all
four by the extractor of f497571, tuned on the four (as drawn: 24 of 29 right, 2 wrong, 3
missed, 0.828; 3 of the 8 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_6.jsonl`` with ``--peyma --seed 49 --n 50 --but`` all
five by the extractor of 421c18c, tuned on the five (as drawn: 31 of 42 right, 2 wrong, 9
missed, 0.738; none of the 7 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_7.jsonl`` with ``--peyma --seed 51 --n 50 --but`` all
six by the extractor of a04c4fb, tuned on the six (as drawn: 27 of 36 right, 1 wrong, 8
missed, 0.750; none of the 12 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_8.jsonl`` with ``--peyma --seed 52 --n 50 --but`` all
seven by the extractor of 594ce9b, tuned on the seven: of the 96 even articles left only 6 have
a quote, so 6 quotes, and the even articles are spent (as drawn: 5 of 6 right, 0 wrong, 1
missed, 0.833). The PEYMA quotes samples
(``tests/fixtures/peyma_quotes_recall*.jsonl``) hold odd articles only, which no ``--peyma``
draw takes, so ``--but`` need not name them.

``--bodies`` draws only among the quotes whose reporting verb's clause names a body: a body's
head, paper or listed name (``draw_body_sample.is_candidate``), or an organization the
extractor found there; ``--per N`` draws up to N quotes of each article, in the order of the
text. ``tests/fixtures/body_speakers_judged_3.jsonl`` was drawn with ``--peyma --odd --bodies
--per 99 --n 99 --seed 65 --but`` every PEYMA speakers, quotes-recall and bodies sample by the
extractor of 20cb76d, when ARMAN's folds 1-2 and PEYMA's even articles had no quote left
outside a sample: all 48 such quotes of the 17 odd articles left.

``--peyma --odd`` draws from the odd training articles instead, once the even ones were spent.
They are those of the whole-article samples, so ``--but`` must name every PEYMA sample: a
quotes-recall line names no ``part``, and its ``file`` (``peyma_quotes*/``) says it is of
the training part. ``tests/fixtures/peyma_speakers_judged_9.jsonl`` was drawn with ``--peyma
--odd --seed 55 --n 50 --but`` the eight speakers samples, the quotes-recall samples and
``peyma_bodies_judged.jsonl`` by the extractor of cb49bd2, tuned on all of them (as drawn: 32
of 38 right, 1 wrong, 5 missed, 0.842; 1 of the 10 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_10.jsonl`` with ``--peyma --odd --seed 57 --n 50 --but``
the nine speakers samples, the quotes-recall samples and ``peyma_bodies_judged.jsonl`` by the
extractor of f917e3d (as drawn: 29 of 39 right, 2 wrong, 8 missed, 0.744; none of the 8 naming
nobody credited), and ``tests/fixtures/peyma_speakers_judged_11.jsonl`` with ``--peyma --odd
--seed 64 --n 50 --but`` the ten speakers samples, the quotes-recall samples and
``peyma_bodies_judged.jsonl`` by the extractor of 69c951e (as drawn: 33 of 41 right, 1 wrong, 7
missed, 0.805; none of the 7 naming nobody credited), and
``tests/fixtures/peyma_speakers_judged_12.jsonl`` with ``--peyma --odd --seed 65 --n 50 --but``
the eleven speakers samples, the quotes-recall samples and ``peyma_bodies_judged.jsonl`` by the
extractor of 20cb76d (as drawn: 34 of 43 right, 3 wrong, 6 missed, 0.791; 2 of the 6 naming
nobody credited), and ``tests/fixtures/peyma_speakers_judged_13.jsonl`` with ``--peyma --odd
--seed 66 --n 50 --but`` the twelve speakers samples, the quotes-recall samples,
``peyma_bodies_judged.jsonl`` and ``body_speakers_judged_3.jsonl`` by the extractor of 5da594c:
only 3 odd articles left hold a quote, so 3 quotes, and the odd articles are spent too (as
drawn: 1 of 2 right, 0 wrong, 1 missed, 0.500; the one naming nobody not credited).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from draw_body_sample import cues as body_cues  # noqa: E402
from draw_body_sample import is_candidate  # noqa: E402
from ner_data import ARMAN_SOURCE, PEYMA_SOURCE, articles, read_arman, split  # noqa: E402

from khabar.evaluate_speakers import to_judge  # noqa: E402
from khabar.extract import extract_text  # noqa: E402
from khabar.serialize import document_to_dict  # noqa: E402

SOURCE = ARMAN_SOURCE
PEYMA_PART = "peyma-training"


def _where(item: dict[str, object]) -> tuple[object, object]:
    """The corpus part (an ARMAN fold, PEYMA's training part) and article a sample's item is of.

    A PEYMA quotes-recall line names no part: its ``file`` (``peyma_quotes*/peyma_K.txt``) says
    it is of the training part."""
    if "fold" in item or "part" in item:
        return item.get("fold", item.get("part")), item["article"]
    if str(item.get("file", "")).startswith("peyma_quotes"):
        return PEYMA_PART, item["article"]
    return None, item["article"]


def names_a_body(q: dict, doc: dict, cues: tuple[set[str], list[str]]) -> bool:
    """The clause of the quote's reporting verb holds a body's head, paper or listed name
    (``draw_body_sample.is_candidate``), or an organization the extractor found."""
    if is_candidate(q, *cues):
        return True
    sentence = q["sentence"]
    start = q["end"] if q["end"] <= q["cue"]["start"] else sentence["start"]
    spans = [m for o in doc["organizations"] for m in o["mentions"]]
    return any(start <= m["start"] and m["end"] <= q["cue"]["start"] for m in spans)


def _pieces(ner_dir: Path, peyma: bool, odd: bool = False) -> list[tuple[object, int, str]]:
    """(part, index in it, text) of every article a draw may take."""
    if peyma:
        train, _ = split(ner_dir / "peyma")  # never the test part
        every = articles(train)
        return [(PEYMA_PART, k, a.text) for k, a in enumerate(every) if k % 2 == int(odd)]
    zip_path = ner_dir / "arman/ArmanPersoNERCorpus.zip"
    return [
        (fold, k, article.text)
        for fold in (1, 2)  # never 3
        for k, article in enumerate(articles(read_arman(zip_path, [fold])))
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ner_dir", type=Path, help="../shared/data/ner")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument(
        "--but", type=Path, action="append", default=[], help="leave out this sample's articles"
    )
    parser.add_argument(
        "--peyma", action="store_true", help="PEYMA's training part, its even articles"
    )
    parser.add_argument(
        "--odd", action="store_true", help="with --peyma, its odd articles instead of the even"
    )
    parser.add_argument(
        "--bodies", action="store_true", help="only quotes whose clause names a body"
    )
    parser.add_argument("--per", type=int, default=1, help="quotes drawn from each article")
    args = parser.parse_args(argv)
    if args.odd and not args.peyma:
        parser.error("--odd is of --peyma")
    cues = body_cues()
    held = set()
    for fixture in args.but:
        for line in fixture.read_text(encoding="utf-8").splitlines():
            if line.strip():
                held.add(_where(json.loads(line)))
    docs = []
    for part, k, text in _pieces(args.ner_dir, args.peyma, args.odd):
        if (part, k) in held:
            continue
        doc = document_to_dict(extract_text(text))
        if args.bodies:
            doc["quotes"] = [q for q in doc["quotes"] if names_a_body(q, doc, cues)]
        if doc["quotes"]:
            docs.append((part, k, doc))
    rng = random.Random(args.seed)
    rng.shuffle(docs)
    drawn = 0
    for part, k, doc in docs:
        if drawn >= args.n:
            break
        if args.per == 1:
            chosen = [rng.choice(doc["quotes"])]
        else:
            quotes = doc["quotes"]
            chosen = rng.sample(quotes, min(args.per, len(quotes), args.n - drawn))
            chosen.sort(key=lambda q: q["start"])
        for q in chosen:
            if args.peyma:
                head = {"stem": f"peyma_{k}", "part": part, "article": k, "source": PEYMA_SOURCE}
            else:
                head = {"stem": f"arman-{part}_{k}", "fold": part, "article": k, "source": SOURCE}
            item = to_judge(q, doc["text"], **head)
            print(json.dumps(item, ensure_ascii=False))
            drawn += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
