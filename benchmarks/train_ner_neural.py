"""A neural tagger measured against the CRF: a BiLSTM-CRF over khabar's tokens (not shipped).

Usage: python benchmarks/train_ner_neural.py ../shared/data/ner [--dev 10] [--features F]
       [--epochs E] [--onnx PATH] [--test]

Trained on PEYMA's training part only, its articles of 10 sentences repaired and tokenized by
khabar with PEYMA's tags carried onto khabar's tokens, as ``train_ner.py`` does. A token is
read as its word (an embedding learned here), its letters (a convolution over them) and, with
``--features all``, the CRF's own features of the token bagged into one vector: the word's
affixes, shape and lexicon flags, its two word clusters (learned from unlabelled news text by
``build_ner_clusters.py``) and the marks of the lexicons, the known names (jackknifed as in
``train_ner.py``) and the rules. A BiLSTM reads the sentence and a CRF layer scores the label
transitions; the labels are decoded by the shipped tagger's Viterbi with its constraints
(no person or place across a comma) and consistency (``of_one_kind``).

``--dev N`` holds out every N-th article as ``train_ner.py`` does; after each epoch the model
is scored there and the best epoch kept. The CRF of ``--crf`` (``train_ner.py --dev N
--out PATH``, trained on the same part) is scored by the same code in the same run: F1 of
each tagger alone, with ``ner.py``'s scorer (exact spans snapped to PEYMA's tokens, PEYMA's
view), and its speed in tokens/s of CPU time (one thread each) given the rules' marks.
``--test`` scores both once on PEYMA's test split, for the final choice only.

Needs torch and onnxruntime, which khabar does not depend on: a venv of its own, e.g.
``python3.11 -m venv .venv-train && .venv-train/bin/pip install torch onnxruntime onnx`` and
khabar's own dependencies. Seeded: one thread, the same data and options give the same model.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).parent))
from ner import peyma_view, scores, snap  # noqa: E402
from ner_data import Article, articles, split  # noqa: E402
from train_ner import FOLDS, gold_labels, known_names  # noqa: E402

from khabar.extract import tagger_input  # noqa: E402
from khabar.extract.lexicons import Trie  # noqa: E402
from khabar.extract.tagger import (  # noqa: E402
    _no_names_across_commas,
    best_labels,
    tag_tokens,
    use_model_file,
)
from khabar.extract.tagger_features import (  # noqa: E402
    lexicon_marks,
    list_marks,
    merged,
    names_trie,
    use_names,
    word_features,
)
from khabar.extract.tagger_kinds import of_one_kind  # noqa: E402
from khabar.text import repair  # noqa: E402

LABELS = ["O", "B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER"]  # the CRF's order
_OPENS = np.array([-1e4 if x[0] == "I" else 0.0 for x in LABELS])
CHARS = 16  # letters of a word read, the first ones
PAD, UNK = 0, 1


class Prepared:
    """An article as the tagger reads it: tokens, sentence ranges, each token's features."""

    def __init__(self, article: Article, names: Trie | None, labels: bool = True):
        self.article = article
        self.doc = repair(article.text)
        self.tokens = self.doc.token_columns
        self.keys, ranges, self.rules = tagger_input(self.doc)
        self.ranges = [(a, b) for a, b in ranges if b > a]
        self.features = token_features(self, names)
        self.labels = gold_labels(article, self.doc) if labels else []


def token_features(p: Prepared, names: Trie | None) -> list[list[str]]:
    """Each token's own CRF features and the marks on it (the LSTM reads the neighbours)."""
    words = p.tokens.words
    marks = merged(lexicon_marks(p.keys, names), p.rules)
    marks = merged(marks, list_marks(words, p.ranges))
    return [word_features(w)[0] + ["g" + m for m in marks.get(t, ())] for t, w in enumerate(words)]


def word_vectors(data: Path, cache: Path) -> dict[str, np.ndarray]:
    """A vector of each frequent word of the clusters' unlabelled text (``build_ner_clusters``:
    Fars News, PEYMA's training part, ARMAN): its PPMI with the words beside it, reduced by
    SVD to 100 dimensions, as the clusters are made before they are grouped."""
    if not cache.exists():
        from build_ner_clusters import context_vectors, texts, token_keys

        vocab, vectors = context_vectors([token_keys(t) for t in texts(data)])
        np.savez(cache, words=np.array(vocab), vectors=vectors.astype(np.float32))
    saved = np.load(cache)
    return dict(zip(saved["words"].tolist(), saved["vectors"], strict=True))


class Vocab:
    """Words, letters and features seen in training (twice, for words and features), and
    the words that have a vector from unlabelled text."""

    def __init__(self, fit: list[Prepared], use_features: bool, vectors: dict | None = None):
        words = Counter(k for p in fit for k in p.keys)
        chars = Counter(c for p in fit for w in p.tokens.words for c in w[:CHARS])
        feats = Counter(f for p in fit for fs in p.features for f in fs) if use_features else {}
        self.words = _index({w for w, c in words.items() if c >= 2} | set(vectors or ()))
        self.chars = _index(chars)
        self.feats = _index(f for f, c in feats.items() if c >= 2)

    def sentence(self, p: Prepared, a: int, b: int, features=None) -> tuple[np.ndarray, ...]:
        """Word ids, letter ids (words × CHARS) and feature ids (words × most) of ``[a, b)``."""
        words = np.array([self.words.get(k, UNK) for k in p.keys[a:b]], dtype=np.int64)
        chars = np.zeros((b - a, CHARS), dtype=np.int64)
        for t, w in enumerate(p.tokens.words[a:b]):
            chars[t, : len(w[:CHARS])] = [self.chars.get(c, UNK) for c in w[:CHARS]]
        features = p.features if features is None else features
        ids = [[self.feats[f] for f in fs if f in self.feats] for fs in features[a:b]]
        feats = np.zeros((b - a, max(1, *map(len, ids))), dtype=np.int64)
        for t, row in enumerate(ids):
            feats[t, : len(row)] = row
        return words, chars, feats


def _index(items) -> dict[str, int]:
    return {x: n for n, x in enumerate(sorted(items), 2)}  # 0: padding, 1: unknown


class BiLstmCrf(nn.Module):
    """Emission scores of each token's labels; ``trans[a, b]``: label a then b."""

    def __init__(self, vocab: Vocab, vectors=None, char_dim=24, filters=48, feat_dim=48, hidden=96):
        super().__init__()
        word_dim = 100 if vectors else 64
        self.word = nn.Embedding(len(vocab.words) + 2, word_dim, padding_idx=PAD)
        if vectors:
            with torch.no_grad():
                for w, n in vocab.words.items():
                    if w in vectors:
                        self.word.weight[n] = torch.from_numpy(vectors[w])
        self.char = nn.Embedding(len(vocab.chars) + 2, char_dim, padding_idx=PAD)
        self.conv = nn.Conv1d(char_dim, filters, 3, padding=1)
        self.feat = nn.Embedding(len(vocab.feats) + 2, feat_dim, padding_idx=PAD)
        self.use_feats = bool(vocab.feats)
        width = word_dim + filters + (feat_dim if self.use_feats else 0)
        self.drop = nn.Dropout(0.5)
        self.lstm = nn.LSTM(width, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))
        self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))

    def forward(self, words, chars, feats, lengths=None):
        b, t = words.shape
        c = self.char(chars).view(b * t, CHARS, -1).transpose(1, 2)
        letters = self.conv(c).max(dim=2).values.view(b, t, -1)
        parts = [self.word(words), letters]
        if self.use_feats:
            parts.append(self.feat(feats).sum(dim=2))
        x = self.drop(torch.cat(parts, dim=2))
        if lengths is None:  # one sentence (inference, ONNX): nothing padded
            h, _ = self.lstm(x)
        else:
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True)
            h, _ = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True)
        return self.out(self.drop(h))

    def loss(self, emissions, labels, mask):
        """Negative log-likelihood of the gold labels under the linear-chain CRF."""
        b, t, _ = emissions.shape
        at = torch.arange(b)
        gold = emissions[at, 0, labels[:, 0]]
        alpha = emissions[:, 0]
        for k in range(1, t):
            m = mask[:, k]
            step = emissions[at, k, labels[:, k]] + self.trans[labels[:, k - 1], labels[:, k]]
            gold = gold + step * m
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans, dim=1) + emissions[:, k]
            alpha = torch.where(m[:, None] > 0, nxt, alpha)
        return (torch.logsumexp(alpha, dim=1) - gold).sum()


def batches(data: list[tuple[np.ndarray, ...]], size: int, rng: random.Random):
    """Sentences of about one length together (little padding), in shuffled batches."""
    order = sorted(range(len(data)), key=lambda n: (len(data[n][0]), rng.random()))
    groups = [order[n : n + size] for n in range(0, len(order), size)]
    rng.shuffle(groups)
    for g in groups:
        g = sorted(g, key=lambda n: -len(data[n][0]))
        t = len(data[g[0]][0])
        f = max(data[n][2].shape[1] for n in g)
        w = np.zeros((len(g), t), dtype=np.int64)
        c = np.zeros((len(g), t, CHARS), dtype=np.int64)
        x = np.zeros((len(g), t, f), dtype=np.int64)
        y = np.zeros((len(g), t), dtype=np.int64)
        for r, n in enumerate(g):
            words, chars, feats, labels = data[n]
            k = len(words)
            w[r, :k], c[r, :k], x[r, :k, : feats.shape[1]], y[r, :k] = words, chars, feats, labels
        lengths = [len(data[n][0]) for n in g]
        yield tuple(map(torch.from_numpy, (w, c, x, y))), lengths


def training_data(fit: list[Prepared], vocab: Vocab) -> list[tuple[np.ndarray, ...]]:
    at = {x: n for n, x in enumerate(LABELS)}
    out = []
    for p in fit:
        for a, b in p.ranges:
            y = np.array([at[x] for x in p.labels[a:b]], dtype=np.int64)
            out.append((*vocab.sentence(p, a, b), y))
    return out


def allowed(trans: np.ndarray) -> np.ndarray:
    """The transitions with BIO's impossible ones barred (I-X only after B-X or I-X)."""
    out = trans.copy()
    for a, x in enumerate(LABELS):
        for b, y in enumerate(LABELS):
            if y[0] == "I" and x[2:] != y[2:]:
                out[a, b] = -1e4
    return out


def decode(p: Prepared, emissions: np.ndarray, trans: np.ndarray) -> list[tuple[str, int, int]]:
    """Spans of the emissions (tokens of ``p.ranges`` in order), by the CRF's decoder."""
    words = [w for a, b in p.ranges for w in p.tokens.words[a:b]]
    scores_ = emissions.astype(np.float64)
    weights = SimpleNamespace(labels=LABELS, trans=trans)
    _no_names_across_commas(weights, words, scores_)  # type: ignore[arg-type]
    spans, done = [], 0
    local = []
    for a, b in p.ranges:
        local.append((done, done + b - a))
        scores_[done] += _OPENS  # no sentence opens inside a name
        done += b - a
    labels = best_labels(weights, scores_, local)  # type: ignore[arg-type]
    done = 0
    for a, b in p.ranges:
        kind, start = None, a
        for t, index in enumerate([*labels[done : done + b - a], 0], a):
            label = LABELS[index] if t < b else "O"
            if kind and label != "I-" + kind:
                spans.append((kind, start, t))
                kind = None
            if label[0] == "B" or (label[0] == "I" and kind is None):
                kind, start = label[2:], t
        done += b - a
    return of_one_kind(spans, p.tokens.words, p.keys, p.ranges)


def neural_spans(p: Prepared, vocab: Vocab, run) -> list[tuple[str, int, int]]:
    """``run(words, chars, feats)`` gives one sentence's emissions (torch or ONNX Runtime)."""
    if not p.ranges:
        return []
    feats = token_features(p, None)  # made again: its time is the tagger's
    emissions = [run(*(x[None] for x in vocab.sentence(p, a, b, feats)))[0] for a, b in p.ranges]
    return decode(p, np.concatenate(emissions), run.trans)


def found_spans(p: Prepared, spans: list[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
    """As ``ner.tagger_spans``: mapped back to the article and snapped to PEYMA's tokens."""
    out = set()
    for kind, i, j in spans:
        o = p.doc.original_span(p.tokens.span(i, j))
        out.add((kind, *snap(p.article, o.start, o.end)))
    return out


def measure(prepared: list[Prepared], tag) -> tuple[dict, float]:
    """F1 and the like of each type (PEYMA's view) and tokens/s of CPU time of ``tag``."""
    start = time.process_time()
    spans = [tag(p) for p in prepared]
    took = time.process_time() - start
    found = [peyma_view(found_spans(p, s)) for p, s in zip(prepared, spans, strict=True)]
    tokens = sum(len(p.tokens) for p in prepared)
    return scores([p.article.gold for p in prepared], found), tokens / took


def line(name: str, result: tuple[dict, float]) -> str:
    s, speed = result
    cells = "  ".join(f"{t} {f:.3f} ({p:.2f}/{r:.2f})" for t, (p, r, f) in s.items())
    return f"{name:10} {cells}  {speed:,.0f} tok/s"


class TorchRun:
    def __init__(self, model: BiLstmCrf):
        self.model = model.eval()
        self.trans = allowed(model.trans.detach().numpy().astype(np.float64))

    def __call__(self, words, chars, feats):
        with torch.no_grad():
            out = self.model(*(torch.from_numpy(x) for x in (words, chars, feats)))
        return out.numpy()


class OnnxRun:
    def __init__(self, path: Path, trans: np.ndarray):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.trans = trans

    def __call__(self, words, chars, feats):
        return self.session.run(None, {"words": words, "chars": chars, "feats": feats})[0]


def export(model: BiLstmCrf, vocab: Vocab, p: Prepared, path: Path) -> None:
    model.eval()
    example = tuple(torch.from_numpy(x[None]) for x in vocab.sentence(p, *p.ranges[0]))
    torch.onnx.export(
        model,
        example,
        str(path),
        input_names=["words", "chars", "feats"],
        output_names=["emissions"],
        dynamic_axes={
            "words": {1: "tokens"},
            "chars": {1: "tokens"},
            "feats": {1: "tokens", 2: "features"},
            "emissions": {1: "tokens"},
        },
        dynamo=False,
    )


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("--dev", type=int, default=10, help="hold out every N-th article")
    ap.add_argument("--features", choices=("words", "all"), default="all")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--hidden", type=int, default=96)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="train on the first N articles only")
    ap.add_argument("--vectors", type=Path, help="word vectors (.npz, made from --data if missing)")
    ap.add_argument("--data", type=Path, help="../shared/data, for --vectors")
    ap.add_argument("--crf", type=Path, help="the CRF trained on the same part, to compare")
    ap.add_argument("--onnx", type=Path, help="export the chosen model here, and time it")
    ap.add_argument("--test", action="store_true", help="score once on PEYMA's test split")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)  # the machine is shared
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    train, test = split(args.ner_dir / "peyma")
    arts = articles(train)
    held = [a for n, a in enumerate(arts) if n % args.dev == args.dev - 1]
    fit_arts = [a for n, a in enumerate(arts) if n % args.dev != args.dev - 1]
    if args.limit:
        fit_arts, held = fit_arts[: args.limit], held[: max(2, args.limit // 10)]
    start = time.perf_counter()
    folds = [
        names_trie(known_names([a for n, a in enumerate(fit_arts) if n % FOLDS != f]))
        for f in range(FOLDS)
    ]
    fit = [Prepared(a, folds[n % FOLDS]) for n, a in enumerate(fit_arts)]
    use_names(known_names(fit_arts))  # the held-out articles see every training name
    dev = [Prepared(a, None) for a in held]
    vectors = word_vectors(args.data, args.vectors) if args.vectors else None
    vocab = Vocab(fit, args.features == "all", vectors)
    data = training_data(fit, vocab)
    print(
        f"{len(fit)} articles, {len(data)} sentences; {len(vocab.words)} words, "
        f"{len(vocab.chars)} letters, {len(vocab.feats)} features; "
        f"prepared in {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    model = BiLstmCrf(vocab, vectors, hidden=args.hidden)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    best, best_state, trained = -1.0, None, time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        model.train()
        total = 0.0
        for (w, c, x, y), lengths in batches(data, 32, rng):
            mask = torch.arange(w.shape[1])[None] < torch.tensor(lengths)[:, None]
            # an unknown word now and then, so that the unknown row learns
            w = torch.where((torch.rand(w.shape) < 0.05) & mask, torch.full_like(w, UNK), w)
            mask = mask.float()
            optimizer.zero_grad()
            loss = model.loss(model(w, c, x, lengths), y, mask)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
        result = measure(dev, lambda p: neural_spans(p, vocab, TorchRun(model)))
        all_f1 = result[0]["all"][2]
        print(
            f"epoch {epoch}: loss {total / len(data):.3f}; {time.perf_counter() - trained:.0f} s; "
            + line("dev", result),
            flush=True,
        )
        if all_f1 > best:
            best, best_state, best_epoch = (
                all_f1,
                {k: v.clone() for k, v in model.state_dict().items()},
                epoch,
            )
    model.load_state_dict(best_state)
    print(
        f"chosen: epoch {best_epoch} (dev F1 of all three {best:.3f}); "
        f"training {(time.perf_counter() - trained) / 60:.1f} min",
        flush=True,
    )
    runs = {"bilstm-crf": TorchRun(model)}
    if args.onnx:
        export(model, vocab, fit[0], args.onnx)
        runs["onnx"] = OnnxRun(args.onnx, runs["bilstm-crf"].trans)
        example = [x[None] for x in vocab.sentence(dev[0], *dev[0].ranges[0])]
        gap = np.abs(runs["onnx"](*example) - runs["bilstm-crf"](*example)).max()
        print(f"ONNX Runtime and torch differ by {gap:.1e} at most on a sentence")
        print(f"{args.onnx}: {args.onnx.stat().st_size / 1e6:.1f} MB", flush=True)
    parts = [("dev", dev)]
    if args.test:
        parts.append(("test", [Prepared(a, None, labels=False) for a in articles(test)]))
    for part, prepared in parts:
        print(f"{part}: {len(prepared)} articles, {sum(len(p.tokens) for p in prepared)} tokens")
        if args.crf:
            use_model_file(args.crf)
            crf = measure(prepared, lambda p: tag_tokens(p.tokens, p.keys, p.ranges, p.rules))
            print(line("crf", crf), flush=True)
        for name, run in runs.items():
            print(
                line(name, measure(prepared, lambda p, r=run: neural_spans(p, vocab, r))),
                flush=True,
            )


if __name__ == "__main__":
    main(sys.argv[1:])
