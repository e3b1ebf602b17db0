"""The persons one tagger model reports and another does not, on shared news, to be judged.

Usage: python benchmarks/ner_model_diff.py news.jsonl MODEL_A MODEL_B [--n 300] [--seed 11]
       [--gate-a PER=0.5,ORG=0.7] [--gate-b ...] [--exclude earlier_diff.jsonl ...]

``news.jsonl`` is a ``khabar extract --jsonl`` output (its texts are read); ``-`` as a model
is the shipped one (another model is given the known names written beside it, if any).
Articles of the gold and the judged persons samples are never drawn, nor those of the lists
given with ``--exclude`` (earlier lists of this script, read before); ``--with-judged`` draws the
judged samples' articles too (outside them few articles hold a person any more).
Prints one JSON line per person found by one model only (by its key), with its first
mention in context; ``benchmarks/ner_model_diff.jsonl`` is such a list, each line judged
by reading it (``verdict``, ``why``): A the shipped model, B the one retrained on 2026-12-03
(``--seed 11``, the extraction at f949d55; docs/measurements.md, "Retrained on 2026-12-03"). The
judged samples of ``tests/test_persons_judged.py`` hold only names the model of their day found,
so they count what another model loses, never what it finds: this does both.
``benchmarks/ner_model_diff_8176db7.jsonl`` is the same for the model retrained at 8176db7
(``--seed 11``, the extraction at 8176db7, the rules of a9c0438 and the five changes after).
``benchmarks/ner_model_diff_arman.jsonl`` is the same for the model trained on PEYMA's training
part and ARMAN's persons (``train_ner.py --arman --arman-fac drop --arman-persons``; ``--seed
11``, the extraction at df783a0, the shipped model as A); ``ner_model_diff_arman_own.jsonl``
the same with the model trained alike on PEYMA's training part alone as A (what ARMAN's
persons alone change).
``benchmarks/ner_model_diff_4daa29f.jsonl`` is the same for the model retrained at 4daa29f with
``train_ner.py``'s default features (word clusters, known names, comma lists) as B and the
shipped one as A (``--seed 12``, the extraction at 4daa29f, the articles of every earlier list
excluded with ``--exclude``: 300 articles, 29 of them holding a person);
``ner_model_diff_4daa29f_judged.jsonl`` the same draw with ``--with-judged`` (and the first list
excluded too).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from khabar.evaluate_persons import article_key, gold_articles, judged_articles
from khabar.extract import extract
from khabar.extract.people import person_key
from khabar.extract.tagger import use_model_file
from khabar.extract.tagger_features import NAMES_FILE, use_names
from khabar.extract.tagger_margins import parse_gate, use_gate
from khabar.text import repair

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"


def names_beside(model: Path) -> list[tuple[str, str]] | None:
    """The known names ``train_ner.py`` wrote beside the weights, if any."""
    path = model.parent / NAMES_FILE
    if not path.exists():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, k) for n, _, k in (x.partition("\t") for x in lines if x[:1] != "#")]


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("news", type=Path)
    ap.add_argument("model_a")
    ap.add_argument("model_b")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--gate-a", help="model A's thresholds of its own names: PER=0.5,ORG=0.7")
    ap.add_argument("--gate-b", help="model B's, the same")
    ap.add_argument("--with-judged", action="store_true", help="draw the judged samples' articles")
    ap.add_argument(
        "--exclude", type=Path, action="append", default=[], help="an earlier list's articles"
    )
    args = ap.parse_args(argv)
    exclude = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    if not args.with_judged:
        exclude |= judged_articles(sorted(FIXTURES.glob("persons_judged*.jsonl")))
    exclude |= judged_articles(args.exclude)
    records = [json.loads(line) for line in args.news.open(encoding="utf-8")]
    records = [
        r
        for r in records
        if r.get("text") and article_key(r.get("path"), r.get("locator")) not in exclude
    ]
    random.Random(args.seed).shuffle(records)
    records = records[: args.n]
    found = []
    for model, gate in ((args.model_a, args.gate_a), (args.model_b, args.gate_b)):
        use_model_file(None if model == "-" else Path(model))
        use_names(None if model == "-" else names_beside(Path(model)))
        use_gate(None if gate is None else parse_gate(gate))
        found.append(
            [
                {
                    person_key(p.name): (p.name, p.mentions[0])
                    for p in extract(repair(r["text"])).persons
                }
                for r in records
            ]
        )
    for k, r in enumerate(records):
        text = repair(r["text"]).text
        for side, one, other in (("A", found[0][k], found[1][k]), ("B", found[1][k], found[0][k])):
            for key in sorted(set(one) - set(other)):
                name, span = one[key]
                s, e = span.start, span.end
                context = f"{text[max(0, s - 120) : s]} [{text[s:e]}] {text[e : e + 120]}"
                item = {"found_by": side, "name": name, "path": r.get("path")}
                item |= {"locator": r.get("locator"), "context": context.replace("\n", " / ")}
                print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
