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
        # families read off the same value, one look-up each: a word's own row and those it
        # lends at each offset of CONTEXT; a suffix of two letters' own and those lent at ±1
        self._word_rows = _joined([self._word, *self._lent_word])
        self._s2_rows = _joined([self._suffixes[1], *self._lent_suffix.values()])
        self._flags: dict[str, tuple[int, ...]] = {}  # flag -> its row in each slot
        # a word's flags, as ``word_flags`` gives them -> the number of their set; a set's rows
        # in ``_flag_table`` (a few hundred sets at most: the lists and the rank bands)
        self._flag_sets: dict[tuple[str, ...], int] = {}
        self._flag_table: np.ndarray | None = None  # set -> position -> slot -> row
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

    def _flag_set(self, flags: tuple[str, ...]) -> int:
        """The number of the set ``flags``, its rows (position, slot) put in the table."""
        import numpy as np

        n = self._flag_sets.get(flags)
        if n is None:
            n = self._flag_sets[flags] = len(self._flag_sets)
            table = self._flag_table
            width = max(len(flags), 0 if table is None else table.shape[1])
            if table is None or n >= len(table) or width > table.shape[1]:
                grown = np.full((max(2 * n, 64), width, 1 + len(CONTEXT)), _NONE, dtype=np.int64)
                if table is not None:
                    grown[: len(table), : table.shape[1]] = table
                table = self._flag_table = grown
            table[n, : len(flags)] = [self._flag_rows(f) for f in flags] or 0
        return n

    def _by_tables(self, words: list[str]) -> Rows:
        import numpy as np

        keys = [lx.key(w) for w in words]
        affixed = [k if len(k) > 2 else "" for k in keys]  # affixes of words of 3 letters on
        sets = [self._flag_set(tuple(word_flags(k))) for k in keys]
        assert self._flag_table is not None
        # each word's flags' rows: position -> slot -> word (the words' flags in one gather
        # from their sets' rows, not a list made per position and slot)
        flags = self._flag_table[sets].transpose(1, 2, 0)
        no_word, no_s2 = (_NONE,) * (1 + len(CONTEXT)), (_NONE,) * (1 + len(_NEAR))
        lent = np.array([self._word_rows.get(k, no_word) for k in keys], dtype=np.int64).T
        s2 = np.array(
            [self._s2_rows.get(k[-2:], no_s2) if k else no_s2 for k in affixed], dtype=np.int64
        ).T  # own, then lent at each offset of _NEAR
        grains = [clusters().get(k, ()) for k in keys]
        length = self._length
        own: list[list[int]] = [  # slot 0's families after «w»: shape, length, affixes
            [self._shape.get(shape(w), _NONE) for w in words],
            [length[min(len(k), 8)] for k in keys],
        ]
        for n, table in enumerate(self._prefixes, 1):  # of n letters, shorter than the word
            own.append([table.get(k[:n], _NONE) if len(k) > n else _NONE for k in affixed])
        for n, table in enumerate(self._suffixes, 1):
            if n == 2:  # read with the ones lent: a placeholder, replaced below
                own.append([])
                continue
            own.append([table.get(k[-n:], _NONE) if len(k) > n else _NONE for k in affixed])
        at_s2 = len(own) - 3
        after: list[list[int]] = [  # slot 0's families after the flags: the clusters
            [table.get(c[g], _NONE) if g < len(c) else _NONE for c in grains]
            for g, table in enumerate(self._clusters)
        ]
        parts = [
            lent[:1],
            np.array(own[:at_s2], dtype=np.int64).reshape(-1, len(words)),
            s2[:1],
            np.array(own[at_s2 + 1 :], dtype=np.int64).reshape(-1, len(words)),
            flags[:, 0],
            np.array(after, dtype=np.int64).reshape(-1, len(words)),
        ]
        part_slots = [0] * sum(len(p) for p in parts)
        for slot, d in enumerate(CONTEXT, 1):
            parts += [lent[slot : slot + 1], flags[:, slot]]
            part_slots += [slot] * (1 + len(flags))
            if d in _NEAR:
                near = 1 + _NEAR.index(d)
                grain = self._lent_cluster[d]
                parts.append(s2[near : near + 1])
                parts.append(
                    np.array([[grain.get(c[-1], _NONE) if c else _NONE for c in grains]], np.int64)
                )
                part_slots += [slot, slot]
        found = np.concatenate(parts)
        # family by family, then word by word: within a word's slot, the features' order
        family, at = np.nonzero(found != _NONE)
        slots = np.array(part_slots)[family]
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


def _joined(tables: list[dict[str, int]]) -> dict[str, tuple[int, ...]]:
    """Each value any of ``tables`` holds -> its row in each (``_NONE`` where one has none)."""
    values: set[str] = set().union(*tables)
    return {v: tuple(t.get(v, _NONE) for t in tables) for v in values}
