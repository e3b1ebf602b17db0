"""The probability the tagger gives a name's span, against crfsuite's own sequence
probabilities summed over every labelling, on windows of real news text."""

from itertools import product
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from test_tagger_weights import NEWS, sentences, small_model  # noqa: F401

from khabar.extract import tagger
from khabar.extract.tagger_margins import forward_backward, span_probability

_WINDOW = 3


def windows(path: Path):
    """Windows of three tokens' features, each a sequence the CRF may label alone."""
    *_, features = sentences(path)
    for xseq in features:
        for a in range(0, len(xseq) - _WINDOW + 1, _WINDOW):
            yield xseq[a : a + _WINDOW]


def test_span_probability_is_the_sum_over_labellings(small_model):  # noqa: F811
    model, weights_file = small_model
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    weights = tagger.read_weights(weights_file)
    labels = weights.labels
    checked = sure = 0
    for xseq in [w for path in NEWS[3:5] for w in windows(path)][:60]:
        crf.set(xseq)
        scores = np.array([weights.score(x) for x in xseq])
        total: dict[tuple[str, int, int], float] = {}
        for yseq in product(range(len(labels)), repeat=len(xseq)):
            p = crf.probability([labels[y] for y in yseq])
            for span in tagger.names_of_labels(labels, list(yseq), 0):
                total[span] = total.get(span, 0.0) + p
        spans = sorted(total)
        found = span_probability(labels, weights.trans, scores, spans)
        assert found == pytest.approx([total[s] for s in spans], abs=1e-4)
        checked += len(spans)
        sure += sum(p > 0.5 for p in found)
    assert checked > 500 and sure > 5  # names the model is sure of were among them


def test_sentences_side_by_side_sum_as_one_by_one(small_model):  # noqa: F811
    _, weights_file = small_model
    weights = tagger.read_weights(weights_file)
    *_, features = sentences(NEWS[5])
    rows = [np.array([weights.score(x) for x in xseq]) for xseq in features[:12]]
    ranges, at = [], 0
    for r in rows:
        ranges.append((at, at + len(r)))
        at += len(r) + 1  # a token between sentences, in none
    scores = np.zeros((at, len(weights.labels)))
    for (a, b), r in zip(ranges, rows, strict=True):
        scores[a:b] = r
    together = forward_backward(scores, weights.trans, ranges)
    assert len({b - a for a, b in ranges}) > 3  # sentences of several lengths
    for (a, b), (alpha, beta) in zip(ranges, together, strict=True):
        one_alpha, one_beta = forward_backward(scores[a:b], weights.trans, [(0, b - a)])[0]
        assert alpha == pytest.approx(one_alpha) and beta == pytest.approx(one_beta)


def test_the_gate_drops_only_the_tagger_s_own_names_under_it():
    from khabar.extract import tagger_input
    from khabar.extract.tagger_features import lexicon_marks, merged
    from khabar.extract.tagger_margins import confirmed, use_gate
    from khabar.text import repair

    dropped = kept = 0
    try:
        for path in NEWS:
            doc = repair(path.read_text(encoding="utf-8"))
            tokens = doc.token_columns
            keys, ranges, rules = tagger_input(doc)
            use_gate({})
            plain = tagger.tag_tokens(tokens, keys, ranges, rules)
            use_gate({"ORG": 1.01})  # no probability reaches it: every own organization goes
            gated = tagger.tag_tokens(tokens, keys, ranges, rules)
            marks = merged(lexicon_marks(keys), rules)
            assert set(gated) <= set(plain)
            for kind, i, j in set(plain) - set(gated):
                assert kind == "ORG" and not confirmed(kind, i, j, marks)
                dropped += 1
            kept += sum(kind == "ORG" for kind, _, _ in gated)
    finally:
        use_gate(None)
    assert dropped > 5 and kept > 5  # the rules' organizations stood, the tagger's own went
