"""Train the tagger of ``khabar.extract.tagger`` on PEYMA's training part (never its test split).

Usage: python benchmarks/train_ner.py ../shared/data/ner [--out PATH] [--dev N] [--iterations I]

The training sentences are cut into articles of 10 as ``benchmarks/ner.py`` cuts the test
split; each is repaired and tokenized by khabar, and PEYMA's tags are carried onto khabar's
tokens, so the model learns from the tokens it will see. ``--dev N`` holds out every N-th
article (blocks of 10 sentences, not random sentences: neighbouring sentences share names)
and scores the model on them. L-BFGS training is deterministic: the same data and options
give the same model file.

``--arman`` adds ARMAN's folds 1 and 2 (``ner_data.peyma_conventions``: retagged in PEYMA's
conventions, its facilities as ``--arman-fac`` says; with ``--arman-persons`` only its sentences
holding a person and no organization); its fold 3 is never trained on, and stays the held-out
check of ``benchmarks/ner.py --arman 3``. The known names of the training text are
written beside the weights (``ner_names.tsv``; with ``--dev``, those of the articles trained
on), where ``benchmarks/ner.py --model`` reads them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pycrfsuite  # noqa: E402
from ner_data import (  # noqa: E402
    ARMAN_ALL,
    Article,
    articles,
    held_out,
    peyma_conventions,
    read_arman,
    split,
)

from khabar.extract import lexicons as lx  # noqa: E402
from khabar.extract import (
    tagger_features,  # noqa: E402
    tagger_input,  # noqa: E402
)
from khabar.extract.tagger import (  # noqa: E402
    WEIGHTS_FILE,
    tag_tokens,
    use_model_file,
    write_weights,
)
from khabar.extract.tagger_features import (  # noqa: E402
    COMMAS,
    NAMES_FILE,
    NO_NAMES,
    lexicon_marks,
    list_marks,
    merged,
    names_trie,
    sentence_features,
    use_names,
)
from khabar.model import Document  # noqa: E402
from khabar.text import repair  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src/khabar/data" / WEIGHTS_FILE


FOLDS = 5  # the names an article is marked with are those of the other folds


def known_names(arts: list[Article]) -> list[tuple[str, str]]:
    """Each gold name of the articles with its commonest type (ties: alphabetical)."""
    seen: dict[str, Counter[str]] = {}
    for art in arts:
        for kind, s, e in art.gold:
            name = art.text[s:e]
            if len(name) > 1 and not name[0].isdigit():
                seen.setdefault(name, Counter())[kind] += 1
    return [(n, min(c, key=lambda k: (-c[k], k))) for n, c in sorted(seen.items())]


def gold_labels(article: Article, doc: Document) -> list[str]:
    """PEYMA's tags carried onto the tokens of the repaired article."""
    tokens = doc.token_columns
    origin = [
        doc.offset_map.to_original(s, e) for s, e in zip(tokens.starts, tokens.ends, strict=True)
    ]
    labels = ["O"] * len(tokens)
    for kind, s, e in article.gold:
        inside = [t for t, (a, b) in enumerate(origin) if a >= s and b <= e]
        for n, t in enumerate(inside):
            labels[t] = ("B-" if n == 0 else "I-") + kind
    for t, word in enumerate(tokens.words):  # PEYMA's «شهرستان‌های قائمشهر، سوادکوه و ...»
        if word in COMMAS and labels[t][2:] in ("PER", "LOC"):
            labels[t] = "O"  # khabar's places and people are one each, as the decoder allows
            if t + 1 < len(labels) and labels[t + 1].startswith("I-"):
                labels[t + 1] = "B-" + labels[t + 1][2:]
    return labels


def labelled(article: Article, names: lx.Trie) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of each sentence of the repaired article."""
    doc = repair(article.text)
    tokens = doc.token_columns
    keys, ranges, rules = tagger_input(doc)
    labels = gold_labels(article, doc)
    marks = merged(merged(lexicon_marks(keys, names), rules), list_marks(tokens.words, ranges))
    return [(sentence_features(tokens.words, marks, a, b), labels[a:b]) for a, b in ranges if b > a]


def dev_scores(arts: list[Article]) -> str:
    tp = fp = fn = 0
    by_type: dict[str, list[int]] = {}
    for art in arts:
        doc = repair(art.text)
        tokens = doc.token_columns
        found = set()
        for kind, i, j in tag_tokens(tokens, *tagger_input(doc)):
            found.add((kind, *doc.offset_map.to_original(tokens.starts[i], tokens.ends[j - 1])))
        for kind in ("PER", "LOC", "ORG"):
            g = {x for x in art.gold if x[0] == kind}
            f = {x for x in found if x[0] == kind}
            c = by_type.setdefault(kind, [0, 0, 0])
            c[0] += len(g & f)
            c[1] += len(f - g)
            c[2] += len(g - f)
    out = []
    for kind, (tp, fp, fn) in by_type.items():
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        out.append(f"{kind} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
    return "; ".join(out)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("--out", type=Path, help="default: the shipped weights, /tmp with --dev")
    ap.add_argument("--dev", type=int, default=0, help="hold out every N-th article")
    ap.add_argument("--block", type=int, default=1, help="with --dev: runs of B articles")
    ap.add_argument(
        "--residue", type=int, help="with --dev: which run of each N (default the last)"
    )
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--arman", action="store_true", help="train on ARMAN's folds 1, 2 as well")
    ap.add_argument(
        "--arman-fac", default="O", choices=("O", "ORG", "LOC", "drop"), help="ARMAN's facilities"
    )
    ap.add_argument(
        "--arman-persons",
        action="store_true",
        help="only ARMAN's sentences holding a person and no organization (once retagged)",
    )
    ap.add_argument(
        "--without", default="", help="features to leave out: names, clusters (comma-separated)"
    )
    args = ap.parse_args(argv)
    left_out = set(filter(None, args.without.split(",")))
    if "clusters" in left_out:
        tagger_features.clusters().clear()  # the cached table, emptied for this process
    train, _ = split(args.ner_dir / "peyma")
    arts = articles(train)
    dev = [a for n, a in enumerate(arts) if held_out(n, args.dev, args.block, args.residue)]
    fit = [a for n, a in enumerate(arts) if not held_out(n, args.dev, args.block, args.residue)]
    if args.arman:
        arman = read_arman(args.ner_dir / "arman/ArmanPersoNERCorpus.zip", (1, 2), ARMAN_ALL)
        arman = peyma_conventions(arman, args.arman_fac)
        if args.arman_persons:
            arman = [s for s in arman if "B_PER" in s.tags and "B_ORG" not in s.tags]
        fit += articles(arman)
    start = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    folds = [[a for n, a in enumerate(fit) if n % FOLDS != f] for f in range(FOLDS)]
    others = [names_trie(known_names(part)) for part in folds]
    if "names" in left_out:
        others = [NO_NAMES] * FOLDS
    for n, art in enumerate(fit):
        for xseq, yseq in labelled(art, others[n % FOLDS]):
            trainer.append(xseq, yseq)
    prepared = time.perf_counter() - start
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    dev_out = Path("/tmp") / ("dev_" + "arman_" * args.arman + WEIGHTS_FILE)
    out = args.out or (dev_out if args.dev else SHIPPED)
    out.parent.mkdir(parents=True, exist_ok=True)
    model = out.with_suffix(".crfsuite")
    trainer.train(str(model))
    write_weights(model, out)
    model.unlink()
    names = known_names(fit)
    lines = [f"{n}\t{k}" for n, k in names]
    text = "PEYMA's training part" + (", ARMAN's folds 1 and 2" if args.arman else "")
    head = f"# name\ttype: {text}; made by benchmarks/train_ner.py\n"
    (out.parent / NAMES_FILE).write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    took = time.perf_counter() - start
    print(f"{len(fit)} articles; features {prepared:.0f} s, total {took:.0f} s; {out}")
    print(f"{out.stat().st_size / 1e6:.1f} MB")
    if dev:
        use_model_file(out)
        use_names(names)
        print(f"dev ({len(dev)} articles): {dev_scores(dev)}")


if __name__ == "__main__":
    main(sys.argv[1:])
