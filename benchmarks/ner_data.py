"""PEYMA as khabar sees it: sentences, the ParsBERT test split, articles of 10 sentences.

PEYMA (``../shared/data/ner/peyma``) is one ``token<TAB>TAG`` a line, a blank line after each
sentence; a token holding a space held a ZWNJ in its source, and gets it back here. An
article is 10 consecutive sentences of one part (test or training) joined by spaces: the
text khabar repairs, tokenizes and extracts from, as it does a news report. Gold entities
are kept as character spans of that text, so any tagger is scored on the same ground.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("PER", "LOC", "ORG")
ARTICLE_SENTENCES = 10


@dataclass
class Sentence:
    index: int  # 0-based block number in persian_NER_300K.txt
    tokens: list[str]
    tags: list[str]  # B_PER, I_LOC, O ...


@dataclass
class Article:
    text: str
    sentences: list[Sentence]
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    token_spans: list[list[tuple[int, int]]] = field(default_factory=list)  # per sentence
    gold: set[tuple[str, int, int]] = field(default_factory=set)  # (type, start, end) chars


def read_peyma(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                out.append(Sentence(len(out), tokens, tags))
                tokens, tags = [], []
            continue
        word, _, tag = line.rpartition("\t")
        tokens.append(word.strip().replace(" ", "\u200c"))
        tags.append(tag.strip() or "O")
    return out


def test_ids(path: Path) -> set[int]:
    return {int(x) for x in path.read_text(encoding="utf-8").split()}


def split(peyma_dir: Path) -> tuple[list[Sentence], list[Sentence]]:
    """(training part, test part) of PEYMA; the test part is ParsBERT's split."""
    sentences = read_peyma(peyma_dir / "persian_NER_300K.txt")
    test = test_ids(peyma_dir / "test_sentence_ids.txt")
    return [s for s in sentences if s.index not in test], [s for s in sentences if s.index in test]


def entities(tags: list[str]) -> Iterator[tuple[str, int, int]]:
    """(type, first token, end token) of the PER/LOC/ORG runs of a BIO sequence."""
    kind, start = None, 0
    for k, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("_")
        if kind and (prefix != "I" or t != kind):
            yield kind, start, k
            kind = None
        if prefix == "B" or (prefix == "I" and kind is None):
            kind, start = (t if t in TYPES else None), k
    return


def held_out(n: int, every: int, block: int = 1) -> bool:
    """Article ``n`` of the training part is a dev article: every ``every``-th article, or with
    ``block`` > 1 every ``every``-th run of ``block`` articles («--dev 10 --block 10»: 100
    sentences in a row), so that fewer of its stories go on in the articles trained on."""
    return bool(every) and (n // block) % every == every - 1


def articles(sentences: list[Sentence], size: int = ARTICLE_SENTENCES) -> list[Article]:
    out = []
    for a in range(0, len(sentences), size):
        part = sentences[a : a + size]
        pieces: list[str] = []
        art = Article("", part)
        pos = 0
        for s in part:
            spans = []
            first = pos
            for w in s.tokens:
                spans.append((pos, pos + len(w)))
                pieces.append(w)
                pos += len(w) + 1
            art.sentence_spans.append((first, pos - 1))
            art.token_spans.append(spans)
            for kind, i, j in entities(s.tags):
                art.gold.add((kind, spans[i][0], spans[j - 1][1]))
        art.text = " ".join(pieces)
        out.append(art)
    return out


ARMAN_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC"}  # facility, event, product: none


def read_arman(
    zip_path: Path, folds: Iterable[int] = (1, 2, 3), kinds: Mapping[str, str] = ARMAN_TYPES
) -> list[Sentence]:
    """ARMAN's sentences of ``folds`` (its three test folds are the whole corpus), tags as
    PEYMA's: its tags that ``kinds`` names as that kind (by default its persons,
    organizations and locations; its facilities, events and products untagged)."""
    import zipfile

    out: list[Sentence] = []
    with zipfile.ZipFile(zip_path) as z:
        for n in folds:
            tokens: list[str] = []
            tags: list[str] = []
            for line in [*z.read(f"test_fold{n}.txt").decode("utf-8").splitlines(), ""]:
                if not line.strip():
                    if tokens:
                        out.append(Sentence(-1, tokens, tags))
                        tokens, tags = [], []
                    continue
                word, _, tag = line.rpartition(" ")
                prefix, _, kind = tag.partition("-")
                tokens.append(word)
                tags.append(f"{prefix}_{kinds[kind]}" if kind in kinds else "O")
    return out
