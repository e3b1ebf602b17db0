"""New word types' rows in the tagger's weights, read without naming their features.

``tagger_features.word_features`` names a word's features as crfsuite was trained on them
(«w=تهران», «p2=ته», «-1cw», ...): some forty strings made and looked up for each new word
type, which a process pays the first time it meets the word (new words keep coming in a
long run of news). Here each family of features («p2=», «-1w=») is a table from the
feature's value to its row, made once from the weights' index, and the new words of a
document are read family by family, each family in one pass over them. The families come
in the order ``word_features`` gives a word's features, so that every label score is summed
in the same order and is the same float. The tables are checked against the strings on a
set of words when made: a model whose features they do not read alike (one trained with
other features) is read through the strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.extract import lexicons as lx
from khabar.extract.tagger_features import CONTEXT, clusters, shape, word_features, word_flags

if TYPE_CHECKING:
    import numpy as np

_NEAR = (-1, 1)  # the offsets a word lends its suffix and its cluster to as well
_NONE = -1  # no row: the model has no such feature
# words of every shape and list the features look at: punctuation, digits, Latin, ZWNJ,
# given names, family names, common and function words, words of the clusters or of none
_PROBES = (
    "، . « » : ( ) - / ! ؟ % 2020 ۱۳۹۸ 12 a US Trump و به از که را این در با تا می‌گوید"
    " گفت اعلام کرد تهران ایران آمریکا فارس مالی مرکزی محمد علی حسن امید نور رضایی"
    " حسن‌زاده قاسمی‌پور کولیوند ظریف ترامپ جمهوری اسلامی خبرگزاری وزارت سازمان رئیس"
    " رییس تأکید ییلدیریمز هاوکینز گروسین نعمت‌الله مجلس‌های دانشگاه شهرداری"
).split()

Rows = tuple["np.ndarray", "np.ndarray", "np.ndarray"]  # (word's index, slot, feature row)


class FeatureRows:
    """Where the features of words go: slot 0 for a word's own, 1 + the index of an offset
    in ``CONTEXT`` for those it lends that neighbour; rows of ``index`` (feature -> row)."""

    def __init__(self, index: dict[str, int]) -> None:
        self.index = index
        families: dict[str, dict[str, int]] = {}  # «p2» -> value -> row of «p2=value»
        self._plain: dict[str, int] = {}  # features with no value: flags
        for feature, row in index.items():
            name, eq, value = feature.partition("=")
            if eq:
                families.setdefault(name, {})[value] = row
            else:
                self._plain[feature] = row

        def family(name: str) -> dict[str, int]:
            return families.get(name, {})

        self._word, self._shape = family("w"), family("sh")
        self._length = [family("n").get(str(n), _NONE) for n in range(9)]
        self._prefixes = [family(f"p{n}") for n in (1, 2, 3, 4)]
        self._suffixes = [family(f"s{n}") for n in (1, 2, 3, 4)]
        self._clusters = [
            family(f"c{g}") for g in range(max(map(len, clusters().values()), default=0))
        ]
        self._lent_word = [family(f"{d}w") for d in CONTEXT]
        self._lent_suffix = {d: family(f"{d}s2") for d in _NEAR}
        self._lent_cluster = {d: family(f"{d}c") for d in _NEAR}
        self._flags: dict[str, tuple[int, ...]] = {}  # flag -> its row in each slot
        self.by_tables = self.agree(_PROBES)

    def rows(self, words: list[str]) -> Rows:
        """The features the model has of each of ``words``, in their order within a slot."""
        return self._by_tables(words) if self.by_tables else self._by_strings(words)

    def _by_strings(self, words: list[str]) -> Rows:
        import numpy as np

        at, slots, rows = [], [], []
        for n, word in enumerate(words):
            own, lend = word_features(word)
            for slot, part in enumerate((own, *(lend[d] for d in CONTEXT))):
                for f in part:
                    row = self.index.get(f)
                    if row is not None:
                        at.append(n)
                        slots.append(slot)
                        rows.append(row)
        return np.array(at, dtype=np.int64), np.array(slots), np.array(rows, dtype=np.int64)

    def _flag_rows(self, flag: str) -> tuple[int, ...]:
        rows = self._flags.get(flag)
        if rows is None:
            names = (flag, *(f"{d}{flag}" for d in CONTEXT))
            rows = self._flags[flag] = tuple(self._plain.get(f, _NONE) for f in names)
        return rows

    def _by_tables(self, words: list[str]) -> Rows:
        import numpy as np

        keys = [lx.key(w) for w in words]
        affixed = [k if len(k) > 2 else "" for k in keys]  # affixes of words of 3 letters on
        flags = [[self._flag_rows(f) for f in word_flags(k)] for k in keys]
        grains = [clusters().get(k, ()) for k in keys]
        length = self._length
        families: list[tuple[int, list[int]]] = [  # (slot, each word's row), in order
            (0, [self._word.get(k, _NONE) for k in keys]),
            (0, [self._shape.get(shape(w), _NONE) for w in words]),
            (0, [length[min(len(k), 8)] for k in keys]),
        ]
        for n, table in enumerate(self._prefixes, 1):  # of n letters, shorter than the word
            families.append(
                (0, [table.get(k[:n], _NONE) if len(k) > n else _NONE for k in affixed])
            )
        for n, table in enumerate(self._suffixes, 1):
            families.append(
                (0, [table.get(k[-n:], _NONE) if len(k) > n else _NONE for k in affixed])
            )
        most = max(map(len, flags), default=0)
        families += [(0, [f[p][0] if p < len(f) else _NONE for f in flags]) for p in range(most)]
        for g, table in enumerate(self._clusters):
            families.append((0, [table.get(c[g], _NONE) if g < len(c) else _NONE for c in grains]))
        for slot, d in enumerate(CONTEXT, 1):
            families.append((slot, [self._lent_word[slot - 1].get(k, _NONE) for k in keys]))
            families += [
                (slot, [f[p][slot] if p < len(f) else _NONE for f in flags]) for p in range(most)
            ]
            if d in _NEAR:
                table = self._lent_suffix[d]
                families.append((slot, [table.get(k[-2:], _NONE) if k else _NONE for k in affixed]))
                table = self._lent_cluster[d]
                families.append((slot, [table.get(c[-1], _NONE) if c else _NONE for c in grains]))
        found = np.array([rows for _, rows in families], dtype=np.int64).reshape(-1, len(words))
        # family by family, then word by word: within a word's slot, the features' order
        family, at = np.nonzero(found != _NONE)
        slots = np.array([slot for slot, _ in families])[family]
        return at, slots, found[family, at]

    def agree(self, words: list[str]) -> bool:
        """Whether the tables give each word's features in each slot as the strings do."""
        import numpy as np

        def per_slot(rows: Rows) -> list[tuple[int, int, int]]:
            at, slots, found = rows
            order = np.lexsort((slots, at))  # stable: each slot's features stay in order
            columns = (at[order].tolist(), slots[order].tolist(), found[order].tolist())
            return list(zip(*columns, strict=True))

        return per_slot(self._by_tables(words)) == per_slot(self._by_strings(words))
