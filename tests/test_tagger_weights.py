"""The tagger's own decoding of a CRF's exported weights labels as crfsuite itself does."""

from pathlib import Path

import pycrfsuite
import pytest

from khabar.extract import tagger, tagger_input
from khabar.extract.tagger_features import lexicon_marks, merged, sentence_features
from khabar.text import repair

# the news articles by name, leaving out the ARMAN runs (arman3_*), which would sort first
NEWS = [
    p
    for p in sorted((Path(__file__).parent / "fixtures/news").glob("*.txt"))
    if not p.stem.startswith("arman")
]


def sentences(path: Path):
    """(tokens, keys, sentence ranges, features of each sentence) of a news fixture."""
    doc = repair(path.read_text(encoding="utf-8"))
    tokens = doc.token_columns
    keys, ranges, rules = tagger_input(doc)
    marks = merged(lexicon_marks(keys), rules)
    ranges = [(a, b) for a, b in ranges if b > a]
    return (
        tokens,
        keys,
        ranges,
        rules,
        [sentence_features(tokens.words, marks, a, b) for a, b in ranges],
    )


def spans(labels: list[str], a: int) -> list[tuple[str, int, int]]:
    """A sentence's BIO labels as (type, first, end) spans; an I- label after another type
    opens a name, as the tagger reads it."""
    out: list[tuple[str, int, int]] = []
    for t, label in enumerate(labels, a):
        if label[0] == "I" and out and out[-1][2] == t and out[-1][0] == label[2:] and t > a:
            out[-1] = (label[2:], out[-1][1], t + 1)
        elif label != "O":
            out.append((label[2:], t, t + 1))
    return out


@pytest.fixture
def small_model(tmp_path):
    """A CRF trained on three articles, labelled by the shipped tagger, and its weights."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for path in NEWS[:3]:
        tokens, keys, ranges, rules, features = sentences(path)
        labels = ["O"] * len(tokens)
        for kind, i, j in tagger.tag_tokens(tokens, keys, ranges, rules):
            labels[i:j] = ["B-" + kind] + ["I-" + kind] * (j - i - 1)
        for (a, b), xseq in zip(ranges, features, strict=True):
            trainer.append(xseq, labels[a:b])
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 40})
    model = tmp_path / "small.crfsuite"
    trainer.train(str(model))
    weights = tmp_path / "small.weights"
    tagger.write_weights(model, weights)
    yield model, weights
    tagger.use_model_file(None)


def test_weights_decode_as_crfsuite_tags(small_model):
    model, weights = small_model
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    tagger.use_model_file(weights)
    compared = names = 0
    for path in NEWS[3:]:
        tokens, keys, ranges, rules, features = sentences(path)
        expected = []
        for (a, _), xseq in zip(ranges, features, strict=True):
            expected += spans(crf.tag(xseq), a)
        found = tagger.tag_tokens(tokens, keys, ranges, rules, constrained=False)
        assert found == expected, path.name
        compared += sum(b - a for a, b in ranges)
        names += len(found)
    assert compared > 2000 and names > 20  # the comparison covered real text and names
