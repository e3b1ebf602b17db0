"""Word clusters for the tagger (``data/ner_clusters.tsv``), learned from unlabelled text.

Usage: python benchmarks/build_ner_clusters.py ../shared/data [--out PATH]

Reads the Fars News articles under ``DATA/news/farsnews``, PEYMA's training part (never
its test split) and ARMAN's text, as khabar repairs and tokenizes them. Each frequent word
is described by the words seen right before and right after it (positive PMI of the
counts), reduced to 100 dimensions by SVD and grouped by k-means at two grains (64 and 512
clusters). Words that share a cluster share a use: a family name unseen in PEYMA's training
part falls with the ones seen. Seeded: the same text gives the same file. Needs numpy and
scikit-learn (``pip install -e .[train]``).
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from build_zwnj_lexicon import news_articles  # noqa: E402
from ner_data import split  # noqa: E402

from khabar.extract import lexicons as lx  # noqa: E402
from khabar.text import repair  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MIN_COUNT = 3  # a word seen fewer times has too little context to place
CONTEXTS = 4000  # the most frequent words, as contexts
GRAINS = (64, 512)


def arman_sentences(zip_path: Path) -> list[str]:
    """ARMAN's sentences (``token TAG`` a line) as text; its three test folds are the corpus."""
    out = []
    with zipfile.ZipFile(zip_path) as z:
        for n in (1, 2, 3):
            words: list[str] = []
            for line in [*z.read(f"test_fold{n}.txt").decode("utf-8").splitlines(), ""]:
                if line.strip():
                    words.append(line.rsplit(" ", 1)[0])
                elif words:
                    out.append(" ".join(words))
                    words = []
    return out


def texts(data: Path) -> list[str]:
    # farsnews only: its Apache 2.0 terms allow shipping what is learned from it
    out = ["\n".join(s for s in art if s) for art in news_articles(data / "news/farsnews")]
    train, _ = split(data / "ner/peyma")
    out += [" ".join(s.tokens) for s in train]
    out += arman_sentences(data / "ner/arman/ArmanPersoNERCorpus.zip")
    return out


def token_keys(text: str) -> list[str]:
    return lx.keys_of(repair(text).token_columns.words)


def context_vectors(docs: list[list[str]]) -> tuple[list[str], Any]:
    """The frequent words and a vector of each: its PPMI with the words beside it, reduced
    by SVD to 100 dimensions (unit length)."""
    import numpy as np
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    counts = Counter(k for d in docs for k in d)
    vocab = sorted((k for k, c in counts.items() if c >= MIN_COUNT), key=lambda k: (-counts[k], k))
    row = {k: n for n, k in enumerate(vocab)}
    col = {k: n for n, k in enumerate(vocab[:CONTEXTS])}
    pairs: Counter[tuple[int, int]] = Counter()
    for d in docs:
        for a, b in zip(d, d[1:], strict=False):
            if a in row and b in col:
                pairs[row[a], CONTEXTS + col[b]] += 1  # b follows a
            if b in row and a in col:
                pairs[row[b], col[a]] += 1  # a precedes b
    ij = np.array(list(pairs.keys()), dtype=np.int64)
    m = sparse.csr_matrix(
        (np.array(list(pairs.values()), dtype=np.float64), (ij[:, 0], ij[:, 1])),
        shape=(len(vocab), 2 * CONTEXTS),
    )
    rows = np.asarray(m.sum(axis=1)).ravel()
    cols = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # smoothed, as for word vectors
    m = m.tocoo()
    pmi = np.log(m.data * cols.sum() / (rows[m.row] * cols[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    return vocab, normalize(TruncatedSVD(100, random_state=0).fit_transform(ppmi))


def clusters(docs: list[list[str]]) -> dict[str, tuple[int, ...]]:
    from sklearn.cluster import MiniBatchKMeans

    vocab, vectors = context_vectors(docs)
    labels = [
        MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit_predict(vectors)
        for k in GRAINS
    ]
    return {k: tuple(int(lab[n]) for lab in labels) for n, k in enumerate(vocab)}


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="../shared/data (news/, ner/peyma, ner/arman)")
    ap.add_argument("--out", type=Path, default=ROOT / "src/khabar/data/ner_clusters.tsv")
    args = ap.parse_args(argv)
    docs = [token_keys(t) for t in texts(args.data)]
    found = clusters(docs)
    lines = [f"{k}\t" + "\t".join(map(str, c)) for k, c in sorted(found.items())]
    head = "# word\tcluster of 64\tcluster of 512; made by benchmarks/build_ner_clusters.py\n"
    args.out.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} texts, {sum(map(len, docs))} tokens, {len(found)} words; {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
