"""The learned tagger: a CRF that marks people, places and organizations the lexicons miss.

Features of a token are those of its word type (the folded word, its affixes, its shape,
and what khabar's lexicons say of it), cached per type, plus its neighbours' words and the
lexicon entries (titles, posts, places, organizations, outlets, reporting verbs) that cover
it or them. The model (``data/ner_crf.model``, trained by ``scripts/train_ner.py``) loads
once per process; a document is tagged sentence by sentence.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention
from khabar.model import Organization, Place
from khabar.text.segment import TokenColumns

MODEL_FILE = "ner_crf.model"
_CONTEXT = (-2, -1, 1, 2)
_SURNAME_ENDS = ("ی", "زاده", "پور", "فر", "نیا", "نژاد", "وند", "لو", "یان", "راد")
_type_cache: dict[str, tuple[list[str], dict[int, list[str]]]] = {}
_mark_cache: dict[str, tuple[list[str], list[str], list[str]]] = {}


def _shape(word: str) -> str:
    c = word[0]
    if c.isdigit():
        return "d"
    if "a" <= c.lower() <= "z":
        return "l"
    if c.isalpha():
        return "f" if "\u200c" not in word else "fz"
    return "p:" + word if len(word) == 1 else "p"


def _word_features(word: str) -> tuple[list[str], dict[int, list[str]]]:
    """(features of the token itself, features it lends to a neighbour at each offset)."""
    got = _type_cache.get(word)
    if got is not None:
        return got
    k = lx.key(word)
    own = [
        "w=" + k,
        "sh=" + _shape(word),
        "n=" + str(min(len(k), 8)),
    ]
    if len(k) > 2:
        own += [f"p{n}=" + k[:n] for n in (1, 2, 3, 4) if len(k) > n]
        own += [f"s{n}=" + k[-n:] for n in (1, 2, 3, 4) if len(k) > n]
    flags = []
    names = lx.first_names()
    if k in names:
        flags.append("fn" + ("?" if names[k] else ""))
    if k in lx.common_words():
        flags.append("cw")
    if k.endswith(_SURNAME_ENDS) and len(k) > 3:
        flags.append("sn")
    from khabar.extract.people import stopwords

    if k in stopwords():
        flags.append("sw")
    own += flags
    lend = {d: [f"{d}w=" + k, *(f"{d}{f}" for f in flags)] for d in _CONTEXT}
    if len(k) > 2:
        for d in (-1, 1):
            lend[d].append(f"{d}s2=" + k[-2:])
    own = _known_only(own)
    lend = {d: _known_only(f) for d, f in lend.items()}
    if len(_type_cache) > 200_000:  # a long-running process meets endless rare words
        _type_cache.clear()
    _type_cache[word] = (own, lend)
    return own, lend


def _known_only(features: list[str]) -> list[str]:
    """Without the features the model has no weight for: crfsuite would look each up for
    nothing, and that look-up is most of the tagging time."""
    return features if _known is None else [f for f in features if f in _known]


@cache
def _gazetteers() -> tuple[tuple[str, lx.Trie], ...]:
    return (
        ("H", lx.honorifics()),
        ("R", lx.role_heads()),
        ("V", lx.reporting_verbs()),
        ("F", lx.foreign_figures()),
        ("A", lx.agencies()),
        ("O", lx.organizations()),
        ("L", lx.places()),
    )


def lexicon_marks(keys: list[str]) -> list[list[str]]:
    """For each token, the lexicon entries that cover it: «LB:city» opens a city ..."""
    marks: list[list[str]] = [[] for _ in keys]
    for name, trie in _gazetteers():
        root = trie.root
        for i in [i for i, k in enumerate(keys) if k in root]:
            m = trie.match(keys, i)
            if not m:
                continue
            kind = getattr(m[1], "kind", "") if name in "LO" else ""
            marks[i].append(f"{name}B{kind}")
            for t in range(i + 1, m[0]):
                marks[t].append(f"{name}I{kind}")
    return marks


def _mark_features(mark: str) -> tuple[list[str], list[str], list[str]]:
    """The features a lexicon or rule mark gives its token, the token after it (which sees
    it at -1) and the token before it (at +1)."""
    got = _mark_cache.get(mark)
    if got is None:
        got = _mark_cache[mark] = (
            _known_only(["g" + mark]),
            _known_only(["-1g" + mark]),
            _known_only(["1g" + mark]),
        )
    return got


def sentence_features(words: list[str], marks: list[list[str]], a: int, b: int) -> list[list[str]]:
    """Features of tokens ``[a, b)``, one sentence; neighbours stop at its edges."""
    types = [_word_features(w) for w in words[a:b]]
    # what each token's marks give itself, the token after it («-1g…») and the one before
    own_marks, to_next, to_previous = [], [], []
    for ms in marks[a:b]:
        if not ms:
            own_marks.append(_NONE)
            to_next.append(_NONE)
            to_previous.append(_NONE)
            continue
        got = [_mark_features(m) for m in ms]
        own_marks.append([f for g in got for f in g[0]])
        to_next.append([f for g in got for f in g[1]])
        to_previous.append([f for g in got for f in g[2]])
    # the neighbours' features, shifted so that index t holds what token t receives
    edge_before, edge_after = [_known_only(["-1edge"])], [_known_only(["1edge"])]
    two_before = [_NONE, _NONE, *(t[1][-2] for t in types)]
    one_before = [*edge_before, *(t[1][-1] for t in types)]
    one_after = [*(t[1][1] for t in types[1:]), *edge_after]
    two_after = [*(t[1][2] for t in types[2:]), _NONE, _NONE]
    marks_before = [_NONE, *to_next]
    marks_after = [*to_previous[1:], _NONE]
    return [
        [
            *types[t][0],
            *own_marks[t],
            *two_before[t],
            *one_before[t],
            *marks_before[t],
            *one_after[t],
            *marks_after[t],
            *two_after[t],
        ]
        for t in range(b - a)
    ]


_NONE: list[str] = []


_model_path: Path | None = None  # another model than the shipped one (training, measuring)
_known: frozenset[str] | None = None  # the model's features; None while training


def use_model_file(path: Path | None) -> None:
    global _model_path
    _model_path = path
    _tagger.cache_clear()


def known_features(path: Path) -> Path:
    """Where the list of a model's features is kept: beside it."""
    return path.with_suffix(".features")


def write_known_features(path: Path) -> None:
    """List the features the model at ``path`` gives a weight (the training script's last
    step: reading them from the model itself takes seconds, too long for every process)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    names = sorted({a for a, _ in tagger.info().state_features})
    known_features(path).write_text("\n".join(names) + "\n", encoding="utf-8")


@cache
def _tagger():  # -> pycrfsuite.Tagger, loaded once per process
    import pycrfsuite

    global _known
    tagger = pycrfsuite.Tagger()
    with resources.as_file(resources.files("khabar").joinpath("data", MODEL_FILE)) as shipped:
        path = _model_path or shipped
        tagger.open(str(path))
        names = known_features(path).read_text(encoding="utf-8").split("\n")
    _known = frozenset(names)
    _type_cache.clear()  # made before the model was known (training, another model)
    _mark_cache.clear()
    return tagger


def rule_marks(
    tokens: TokenColumns,
    mentions: list[Mention],
    organizations: list[Organization],
    places: list[Place],
) -> list[list[str]]:
    """The rules' findings as marks of the tokens they cover: the model learns how far to
    trust each (a listed organization more than one guessed from its head word)."""
    marks: list[list[str]] = [[] for _ in tokens.words]
    index = {s: k for k, s in enumerate(tokens.starts)}
    ends = {e: k + 1 for k, e in enumerate(tokens.ends)}

    def mark(i: int, j: int, name: str) -> None:
        marks[i].append(name + "B")
        for k in range(i + 1, j):
            marks[k].append(name + "I")

    for m in mentions:
        if m.ti < m.i:
            mark(m.ti, m.i, "rT")
        mark(m.i, m.j, "rP" + ("1" if m.j - m.i == 1 else ""))
    for kind, found in (("rO", organizations), ("rL", places)):
        for fact in found:
            for span in fact.mentions:
                i, j = index.get(span.start), ends.get(span.end)
                if i is not None and j is not None:
                    mark(i, j, kind)
    return marks


def tag_tokens(
    tokens: TokenColumns,
    keys: list[str],
    ranges: list[tuple[int, int]],
    rules: list[list[str]],
) -> list[tuple[str, int, int]]:
    """(type, first token, end token) of every PER/LOC/ORG the model finds; ``rules``: the
    rules' marks (``rule_marks``)."""
    tagger = _tagger()  # first: the features are filtered by the model's
    marks = [[*a, *b] for a, b in zip(lexicon_marks(keys), rules, strict=True)]
    out: list[tuple[str, int, int]] = []
    for a, b in ranges:
        if b <= a:
            continue
        labels = tagger.tag(sentence_features(tokens.words, marks, a, b))
        kind, start = None, a
        for t, label in enumerate([*labels, "O"], a):
            if kind and label != "I-" + kind:
                out.append((kind, start, t))
                kind = None
            if label[0] == "B" or (label[0] == "I" and kind is None):
                kind, start = label[2:], t
    return out
