"""The learned tagger: a CRF that marks people, places and organizations the lexicons miss.

The model is a linear-chain CRF trained by crfsuite (``benchmarks/train_ner.py``) and shipped
as its weights (``data/ner_crf.weights``: a weight per label for each feature, and the label
transitions), read once per process. A token's label scores are the sums of its features'
weights (``tagger_features``); those of a word type, as a token and as each neighbour, are
summed once and cached, so a token costs a few row additions, and the best labels of all a
document's sentences are found at once (Viterbi over the sentences side by side).
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import chain, compress, count
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.extract import lexicons as lx
from khabar.extract.tagger_features import (
    COMMAS,
    CONTEXT,
    EDGE_AFTER,
    EDGE_BEFORE,
    LIST_MARK,
    NO_NAMES,
    Marks,
    lexicon_marks,
    list_marks,
    mark_features,
    merged,
    rule_marks,
)
from khabar.extract.tagger_kinds import of_one_kind
from khabar.extract.tagger_margins import gate, layout
from khabar.extract.tagger_rows import FeatureRows
from khabar.text.segment import TokenColumns

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "loaded_weights",
    "rule_marks",
    "tag_tokens",
    "use_model_file",
    "WEIGHTS_FILE",
]

WEIGHTS_FILE = "ner_crf.weights"
_CACHED_TYPES = 200_000  # a long-running process meets endless rare words: start afresh past it
_EDGE = 0  # the row of the word-type table that a token past its sentence's edge reads
_REACH = max(map(abs, CONTEXT))
_EDGE_ROWS = _EDGE.to_bytes(8, sys.byteorder, signed=True) * _REACH  # as ``type_rows`` joins
# a mark's own row, the one it lends the next token and the one it lends the previous (of
# the mark's three), and the offsets of those tokens: as ``emissions`` adds them, in turn
_MARK_ROWS = (0, 1, 2)
_NEIGHBOURS = (0, 1, -1)
_MANY = 6  # Viterbi's steps with at least this many sentences running: laid labels first


class Weights:
    """A CRF's labels, transition scores (``trans[a, b]``: label a then b) and feature rows."""

    def __init__(self, labels: list[str], trans: np.ndarray, index: dict[str, int], rows):
        import numpy as np

        self.labels = labels
        self.trans = trans
        self.index = index  # feature -> its row of ``rows`` (features × labels)
        self.rows = rows
        self.edges = (self.score([EDGE_BEFORE]), self.score([EDGE_AFTER]))
        # a model trained without the known-names marks gives them no weight: not looked up
        opens_a_name = (f for t in ("PER", "LOC", "ORG") for f in mark_features(f"NB{t}"))
        self.names = None if any(f in index for f in opens_a_name) else NO_NAMES
        self.lists = any(f in index for f in mark_features(LIST_MARK))  # comma lists
        self.features = FeatureRows(index)
        # word -> its row of the table below, as the 8 bytes of an int64: a document's rows are
        # then joined in C and read by ``np.frombuffer``, not converted one Python int at a time
        self._types: dict[str, bytes] = {}
        self._table = np.zeros((4096, 1 + len(CONTEXT), len(labels)))  # own, lent at -2..2
        # row 0 stands for no neighbour: it lends nothing, but the sentence's edge at ±1
        self._table[_EDGE, 1 + CONTEXT.index(-1)] = self.edges[0]
        self._table[_EDGE, 1 + CONTEXT.index(1)] = self.edges[1]
        self._marks: dict[str, int] = {}  # mark -> row of the table below
        self._mark_table = np.zeros((64, 3, len(labels)))  # own, to next, to previous

    def score(self, features: list[str]) -> np.ndarray:
        return self.rows[[self.index[f] for f in features if f in self.index]].sum(axis=0)

    def type_rows(self, words: list[str]) -> bytes:
        """Each word's row in the table of word-type scores, as int64s joined (native byte
        order), made for new types at once."""
        import numpy as np

        types = self._types
        if len(types) > _CACHED_TYPES:
            types.clear()
        try:  # most documents, once a process has read a few: no new word type
            return b"".join(lx.values(types, words))
        except KeyError:
            pass
        new = list(set(words).difference(types))
        if new:
            fresh = np.arange(len(types) + 1, len(types) + 1 + len(new), dtype=np.int64)
            packed = fresh.tobytes()  # after the edge's row
            rows = [packed[k : k + 8] for k in range(0, len(packed), 8)]
            types.update(zip(new, rows, strict=True))
            while len(types) >= len(self._table):
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._table[fresh] = 0.0  # rows of a cleared cache are used again
            at, slots, features = self.features.rows(new)
            np.add.at(self._table, (fresh[at], slots), self.rows[features])
        return b"".join(lx.values(types, words))

    def mark_row(self, mark: str) -> int:
        """The row of ``mark`` in the table of mark scores (own, to next, to previous)."""
        r = self._marks.get(mark)
        if r is None:
            import numpy as np

            r = self._marks[mark] = len(self._marks)
            if r >= len(self._mark_table):
                self._mark_table = np.concatenate([self._mark_table, self._mark_table * 0])
            self._mark_table[r] = [self.score([f]) for f in mark_features(mark)]
        return r

    def emissions(
        self,
        words: list[str],
        marks: Marks,
        first: int,
        sentence: list[int],
        ranges: list[tuple[int, int]] | None = None,
    ):
        """Label scores of every token (n × labels): ``words`` are the tokens from ``first``
        on, ``marks`` are keyed by token index, ``sentence`` holds each word's sentence
        number, since neighbours count only within a sentence; ``ranges``, when given, are
        the sentences ``[a, b)`` that numbered them (indices from ``first``)."""
        import numpy as np

        n = len(words)
        # each token's neighbour at each offset, or the edge's row outside its sentence
        padded = n + 2 * _REACH
        padded_ids = np.frombuffer(_EDGE_ROWS + self.type_rows(words) + _EDGE_ROWS, np.int64)
        if ranges is None:  # ``fromiter`` of a known length: ``np.array`` would first look
            # at every item's type
            away = [-2] * _REACH  # sentence -1: between sentences
            padded_sid = np.fromiter(away + sentence + away, np.int64, padded)
        else:  # a slice per sentence, not a Python int per token
            padded_sid = np.full(padded, -1, np.int64)
            padded_sid[:_REACH] = padded_sid[_REACH + n :] = -2
            for s, (a, b) in enumerate(ranges):
                padded_sid[_REACH + a : _REACH + b] = s
        ids, sid = padded_ids[_REACH : _REACH + n], padded_sid[_REACH : _REACH + n]
        at = np.array([_REACH + d for d in CONTEXT])[:, None] + np.arange(n)
        near = np.where(padded_sid[at] == sid, padded_ids[at], _EDGE)
        # rows taken from the table flattened (type × slot, labels): ``take`` of one index
        # array is several times faster than indexing by a type array and a slot array
        width = 1 + len(CONTEXT)
        table = self._table.reshape(-1, self._table.shape[2])
        lent = table.take(near * width + np.arange(1, width)[:, None], axis=0)
        out = table.take(ids * width, axis=0)
        for part in lent:  # in CONTEXT's order, so that every score is the same float
            out += part
        # each mark's rows (own, to next, to previous: 3 r, 3 r + 1, 3 r + 2 of the table
        # flattened), added in the order of the marks, so that every score is the same float
        if not marks:
            return out
        rows = list(map(self._marks.get, chain.from_iterable(marks.values())))
        if None not in rows and first <= min(marks) and max(marks) < first + n:
            # every mark known and on a token (all but a process's first articles): the
            # rows and the tokens they go to laid out in numpy, a mark's own, next and
            # previous in turn; a neighbour lends only within the token's sentence (the
            # edges' padding is in none, and tokens between sentences are in -1 alike)
            at = np.repeat(np.fromiter(marks, np.int64, len(marks)), list(map(len, marks.values())))
            at += _REACH - first  # into the padded columns
            steps = at[:, None] + _NEIGHBOURS
            lent = padded_sid[steps] == padded_sid[at][:, None]  # the own row always
            to = (steps - _REACH)[lent]
            cells = (3 * np.array(rows, np.int64)[:, None] + _MARK_ROWS)[lent]
            marks_table = self._mark_table.reshape(-1, self._mark_table.shape[2])
            # added to the scores flattened, a cell per label: ``add.at`` over one axis runs
            # in C without a step per row, each cell's additions in the same order
            width = out.shape[1]
            cells_of = (to[:, None] * width + np.arange(width)).ravel()
            np.add.at(out.reshape(-1), cells_of, marks_table.take(cells, axis=0).ravel())
            return out
        to, cells = [], []
        known = self._marks
        for t, ms in marks.items():
            t -= first
            if not 0 <= t < n:
                continue
            own = sentence[t]
            lends_next = t + 1 < n and sentence[t + 1] == own
            lends_previous = t > 0 and sentence[t - 1] == own
            for m in ms:
                r = known.get(m)
                r = 3 * (self.mark_row(m) if r is None else r)
                to.append(t)
                cells.append(r)
                if lends_next:
                    to.append(t + 1)
                    cells.append(r + 1)
                if lends_previous:
                    to.append(t - 1)
                    cells.append(r + 2)
        if to:
            marks_table = self._mark_table.reshape(-1, self._mark_table.shape[2])
            np.add.at(out, to, marks_table.take(cells, axis=0))
        return out


def best_labels(weights: Weights, scores: np.ndarray, ranges: list[tuple[int, int]]) -> list[int]:
    """The best label index of each token of the sentences ``[a, b)`` of ``scores``, in
    order (``best_columns``, joined)."""
    return [x for column in best_columns(weights, scores, ranges) for x in column]


def best_columns(
    weights: Weights, scores: np.ndarray, ranges: list[tuple[int, int]]
) -> list[list[int]]:
    """Viterbi over every sentence ``[a, b)`` of ``scores`` side by side: the best label
    index of each token, a list per sentence. The best score of each label is kept per
    token and the path read back from each sentence's end, choosing a token's best
    predecessor only for the label it ends up with. The sentences go longest first, so that
    a step works on those still running, a prefix of them, and no sentence is padded."""
    import numpy as np

    order, lengths, starts, running = layout(ranges)
    longest, count = lengths[0], len(ranges)
    # the rows past a sentence's end (about three in four) are never read: left unset; a
    # sentence's rows are copied as one slice (a mask over every step and sentence, and
    # an index array of their rows, cost more)
    kept = np.empty((longest, count, scores.shape[1]))
    for s, (a, n) in enumerate(zip(starts, lengths, strict=True)):
        kept[:n, s] = scores[a : a + n]
    trans, reduce = weights.trans, np.maximum.reduce
    # while at least _MANY sentences run (the steps before the _MANY-th longest's end), a
    # step costs less laid labels first, sentences last: its sums and maxima then run over
    # each label's row of sentences, where a step laid sentences × labels runs a short loop
    # per sentence (a copy each way; the same sums and maxima, so every score is the same)
    wide = lengths[_MANY - 1] if count >= _MANY else 0
    if wide > 1:
        across = kept[:wide].transpose(0, 2, 1).copy()  # steps × labels × sentences
        from_each = trans[:, :, None]
        for t in range(1, wide):
            n = running[t]
            now = across[t, :, :n]  # a view: added to in place
            now += reduce(across[t - 1, :, None, :n] + from_each, axis=0)
        kept[:wide] = across.transpose(0, 2, 1)
    before = kept[:, :, :, None]  # each step's rows as predecessors, the view made once
    for t in range(max(1, wide), longest):
        n = running[t]
        now = kept[t, :n]  # a view: added to in place
        now += reduce(before[t - 1, :n] + trans, axis=1)
    # read back: most tokens are followed by an O, and the best predecessor of an O is
    # found for every token at once; the few before another label are found one by one
    into = trans.T
    outside = weights.labels.index("O")
    # only at the tokens before each sentence's last, a slice of each sentence's rows: past
    # them stand the rows no sentence has
    before_last = [kept[: n - 1, s] for s, n in enumerate(lengths)]
    best_before_o = (np.concatenate(before_last) + into[outside]).argmax(axis=1)
    # the few entries whose O is best after another label, found in C
    not_o = np.flatnonzero(best_before_o != outside).tolist()
    before_o = best_before_o.tolist()
    ends = kept[np.subtract(lengths, 1), np.arange(count)].argmax(axis=1).tolist()
    in_order: list[list[int]] = [[] for _ in ranges]
    first = 0  # the first of the sentence's entries in ``before_o``
    for s, (at, n, label) in enumerate(zip(order, lengths, ends, strict=True)):
        # each token's label as if the next were an O, then the last's: right wherever the
        # next is an O, so only the tokens before another label are looked at again
        column, rows = before_o[first : first + n - 1], kept[:, s]
        column.append(label)
        # the entries of the sentence not an O, last first: where a run of O's ends
        lo, k = bisect_left(not_o, first), bisect_left(not_o, first + n - 1) - 1
        t = n - 1
        while t > 0:
            label = column[t]
            if label != outside:
                column[t - 1] = int((rows[t - 1] + into[label]).argmax())
                t -= 1
                continue
            # an O: the labels before it are right down to the next that is not an O
            while k >= lo and not_o[k] - first >= t:
                k -= 1
            if k < lo:
                break
            t = not_o[k] - first
        first += n - 1
        in_order[at] = column
    return in_order


def _no_names_across_commas(weights: Weights, at: list[int], scores: np.ndarray) -> None:
    """A comma, a bracket, a colon, a quotation mark or the word of a match (the tokens
    ``at``, rows of ``scores``) opens no name and is inside no person's or place's:
    «پاتریسیا لوپز، نایا دا لا رابیا» are two people, «آقا جواد [آذری جهرمی]» one, «قم برابر
    کرمان» two places (an organization's name may hold them: «وزارت صنعت، معدن و تجارت»)."""
    import numpy as np

    if at:
        banned = [n for n, x in enumerate(weights.labels) if x != "O" and x != "I-ORG"]
        scores[np.ix_(at, banned)] = -1e9


_MARKS = frozenset("[]:؟?!«»")
# the words of a match between two names, inside no person's or place's: «قم برابر کرمان»
# (PEYMA's training part holds «برابر» and «مقابل» 203 times, never inside a name)
_BETWEEN_NAMES = frozenset({"برابر", "مقابل"})
NO_NAME_INSIDE = COMMAS | _MARKS | _BETWEEN_NAMES


def read_weights(path: Path) -> Weights:
    """``#labels`` line, then a line per label ``>label`` of transition scores to each label,
    then ``feature<TAB>label index:weight ...`` lines."""
    import numpy as np

    lines = path.read_text(encoding="utf-8").splitlines()
    labels = lines[0].split("\t")[1:]
    k = len(labels)
    trans = np.array([[float(x) for x in ln.split("\t")[1:]] for ln in lines[1 : 1 + k]])
    features = lines[1 + k :]
    index: dict[str, int] = {}
    rows = np.zeros((len(features), k))
    for n, ln in enumerate(features):
        name, _, cells = ln.partition("\t")
        index[name] = n
        for cell in cells.split(" "):
            i, _, w = cell.partition(":")
            rows[n, int(i)] = float(w)
    return Weights(labels, trans, index, rows)


def write_weights(model: Path, out: Path) -> None:
    """The weights of a crfsuite model file, as ``read_weights`` reads them."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    info = tagger.info()
    labels = sorted(tagger.labels(), key=lambda x: (x != "O", x))
    at = {x: n for n, x in enumerate(labels)}
    lines = ["#labels\t" + "\t".join(labels)]
    for a in labels:
        cells = [f"{info.transitions.get((a, b), 0.0):.6g}" for b in labels]
        lines.append(f">{a}\t" + "\t".join(cells))
    features: dict[str, list[str]] = {}
    for (name, label), w in sorted(info.state_features.items()):
        features.setdefault(name, []).append(f"{at[label]}:{w:.6g}")
    lines += [f"{name}\t" + " ".join(cells) for name, cells in features.items()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


_weights_path: Path | None = None  # another model than the shipped one (training, measuring)


def use_model_file(path: Path | None) -> None:
    """Tag with the weights at ``path`` (``None``: the shipped ones) from now on."""
    global _weights_path
    _weights_path = path
    loaded_weights.cache_clear()


@cache
def loaded_weights() -> Weights:
    """The tagger's weights (the shipped ones, or those of ``use_model_file``), read once."""
    if _weights_path is not None:
        return read_weights(_weights_path)
    with resources.as_file(resources.files("khabar").joinpath("data", WEIGHTS_FILE)) as path:
        return read_weights(path)


def tag_tokens(
    tokens: TokenColumns,
    keys: list[str],
    ranges: list[tuple[int, int]],
    rules: Marks,
    *,
    constrained: bool = True,
    opening: list[int] | None = None,
    stops: list[int] | None = None,
) -> list[tuple[str, int, int]]:
    """(type, first token, end token) of every PER/LOC/ORG the model finds; ``rules``: the
    rules' marks (``rule_marks``). ``constrained=False``: the CRF's labels as crfsuite
    gives them, without the decoder's constraints and consistency (``of_one_kind``).
    ``opening``, ``stops``: the tokens that open a gazetteer's entry and the commas and marks
    no name holds (``NO_NAME_INSIDE``), when already found (``triggers.GAZETTEER``, ``STOP``)."""
    ranges = [(a, b) for a, b in ranges if b > a]
    if not ranges:
        return []
    weights = loaded_weights()
    marks = merged(lexicon_marks(keys, weights.names, opening), rules)
    first, end = ranges[0][0], ranges[-1][1]
    if stops is None:
        stops = [t for t, w in enumerate(tokens.words[first:end], first) if w in NO_NAME_INSIDE]
    commas = [t for t in stops if tokens.words[t] in COMMAS]
    if weights.lists:
        marks = merged(marks, list_marks(tokens.words, ranges, commas))
    sentence = [-1] * (end - first)  # a token between sentences: in none
    for n, (a, b) in enumerate(ranges):
        sentence[a - first : b - first] = [n] * (b - a)
    local = [(a - first, b - first) for a, b in ranges]
    scores = weights.emissions(tokens.words[first:end], marks, first, sentence, local)
    if constrained:
        _no_names_across_commas(weights, [t - first for t in stops if first <= t < end], scores)
    columns = best_columns(weights, scores, local)
    names = weights.labels
    out: list[tuple[str, int, int]] = []
    for (a, _), column in zip(ranges, columns, strict=True):
        out += names_of_labels(names, column, a)
    if not constrained:
        return out
    found = of_one_kind(out, tokens.words, keys, ranges, commas)
    return gate(names, weights.trans, scores, ranges, out, found, marks)


def names_of_labels(names: list[str], row: list[int], a: int) -> list[tuple[str, int, int]]:
    """(type, first token, end token) of the names in one sentence's label indices ``row``,
    its first token ``a``: B- opens a name, and I- after no name of its kind."""
    outside = names.index("O")
    out = []
    kind, start, last = None, a, a
    # only the tokens labelled something else than O are read: a name ends at the
    # first O after it, which is the token after the last one read (O first, as the
    # weights list their labels: the nonzero ones, picked in C)
    if outside == 0:
        others: Iterable[int] = compress(count(a), row)
    else:
        others = [t for t, index in enumerate(row, a) if index != outside]
    for t in others:
        label = names[row[t - a]]
        if kind and (t != last + 1 or label != "I-" + kind):
            out.append((kind, start, last + 1))
            kind = None
        if label[0] == "B" or (label[0] == "I" and kind is None):
            kind, start = label[2:], t
        last = t
    if kind:
        out.append((kind, start, last + 1))
    return out
