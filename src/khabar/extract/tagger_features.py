"""What the learned tagger reads of a token: its word type, its neighbours, the marks on it.

A word type gives its folded form, affixes, shape, what khabar's lexicons say of it and its
clusters (``data/ner_clusters.tsv``: words used alike in news text); it lends its neighbours
at ±1 and ±2 its form and flags. Marks come from the lexicons (titles, posts, reporting verbs,
foreign figures, outlets, organizations, places), from the names of PEYMA's training part
(``data/ner_names.tsv``) and from the rules' findings (``rule_marks``); each gives its token
and the tokens either side a feature. Features are strings, as crfsuite trains on them.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from itertools import compress, count

from khabar.extract import lexicons as lx
from khabar.extract.namewords import RARE, word_rank
from khabar.extract.people import Mention, tagger_stopwords
from khabar.lexicon import rows
from khabar.model import Organization, Place
from khabar.text.segment import TokenColumns

CONTEXT = (-2, -1, 1, 2)
CLUSTERS_FILE = "ner_clusters.tsv"
NAMES_FILE = "ner_names.tsv"
_SURNAME_ENDS = ("ی", "زاده", "پور", "فر", "نیا", "نژاد", "وند", "لو", "یان", "راد")


def shape(word: str) -> str:
    c = word[0]
    if c.isdigit():
        return "d"
    if "a" <= c.lower() <= "z":
        return "l"
    if c.isalpha():
        return "f" if "\u200c" not in word else "fz"
    return "p:" + word if len(word) == 1 else "p"


@cache
def clusters() -> dict[str, tuple[str, ...]]:
    """Word key -> its cluster at each grain, as feature values."""
    return {r[0]: r[1:] for r in rows(CLUSTERS_FILE)}


_RANK_BANDS = (1000, 5000, 20000)


def _rank_band(key: str) -> str:
    """How common the word is in news text (``namewords.word_rank``): a name unseen in
    training is mostly a rare word or one no word list knows («گروسین», «منوشین»)."""
    r = word_rank(key)
    if r >= RARE:
        return "x"
    return str(sum(r >= b for b in _RANK_BANDS))


def word_flags(k: str) -> list[str]:
    """What khabar's lists and the word's shape say of the word whose key is ``k``."""
    flags = []
    names = lx.first_names()
    if k in names:
        flags.append("fn" + ("?" if names[k] else ""))
    if k in lx.common_words():
        flags.append("cw")
    if k.endswith(_SURNAME_ENDS) and len(k) > 3:
        flags.append("sn")
    if k in tagger_stopwords():
        flags.append("sw")
    if k in lx.family_name_words():
        flags.append("fam")
    flags.append("r" + _rank_band(k))
    return flags


def word_features(word: str) -> tuple[list[str], dict[int, list[str]]]:
    """(features of the token itself, features it lends to a neighbour at each offset)."""
    k = lx.key(word)
    own = ["w=" + k, "sh=" + shape(word), "n=" + str(min(len(k), 8))]
    if len(k) > 2:
        own += [f"p{n}=" + k[:n] for n in (1, 2, 3, 4) if len(k) > n]
        own += [f"s{n}=" + k[-n:] for n in (1, 2, 3, 4) if len(k) > n]
    flags = word_flags(k)
    own += flags
    grains = clusters().get(k, ())
    own += [f"c{g}={c}" for g, c in enumerate(grains)]
    lend = {d: [f"{d}w=" + k, *(f"{d}{f}" for f in flags)] for d in CONTEXT}
    if len(k) > 2:
        for d in (-1, 1):
            lend[d].append(f"{d}s2=" + k[-2:])
    if grains:
        for d in (-1, 1):
            lend[d].append(f"{d}c={grains[-1]}")
    return own, lend


def names_trie(names: list[tuple[str, str]]) -> lx.Trie[lx.Entry]:
    """(name, PER/LOC/ORG) pairs as a trie of entries whose kind is the type."""
    trie: lx.Trie[lx.Entry] = lx.Trie()
    for name, kind in names:
        trie.add(name, lx.Entry(name, kind))
    return trie


NO_NAMES: lx.Trie[lx.Entry] = lx.Trie()  # for a model that gives known names no weight
_names: lx.Trie[lx.Entry] | None = None  # other names than the shipped ones (training, measuring)


def use_names(names: list[tuple[str, str]] | None) -> None:
    """Mark these (name, type) pairs from now on (``None``: the shipped ones)."""
    global _names
    _names = None if names is None else names_trie(names)


def known_names() -> lx.Trie[lx.Entry]:
    """The names of PEYMA's training part with their commonest type."""
    return _names or _shipped_names()


@cache
def _shipped_names() -> lx.Trie[lx.Entry]:
    return names_trie([(r[0], r[1]) for r in rows(NAMES_FILE)])


Gazetteer = lx.Trie[lx.Entry] | lx.Trie[lx.Verb]


@cache
def _gazetteers() -> tuple[tuple[str, Gazetteer], ...]:
    return (
        ("H", lx.honorifics()),
        ("R", lx.post_heads()),
        ("V", lx.reporting_verbs(inflected=False)),  # the forms the model was trained with
        ("F", lx.foreign_figures()),
        ("A", lx.agencies()),
        ("O", lx.organizations()),
        ("L", lx.places()),
    )


Marks = dict[int, list[str]]  # token index -> its marks, for the few tokens that have any


@lru_cache(maxsize=4)
def _openers(names: lx.Trie[lx.Entry]) -> dict[str | None, list[tuple[str, Gazetteer]]]:
    """Word key -> the gazetteers that have an entry starting with it (one pass finds all)."""
    out: dict[str | None, list[tuple[str, Gazetteer]]] = {}
    for name, trie in (*_gazetteers(), ("N", names)):
        for k in trie.root:
            out.setdefault(k, []).append((name, trie))
    return out


@cache
def gazetteer_openers() -> frozenset[str]:
    """The keys that open an entry of a gazetteer (known names aside)."""
    return frozenset(k for _, trie in _gazetteers() for k in trie.first_keys())


def lexicon_marks(
    keys: list[str], names: lx.Trie[lx.Entry] | None = None, opening: list[int] | None = None
) -> Marks:
    """The lexicon entries that cover each token: «LB:city» opens a city ...; ``names``: the
    known names to mark (training marks each article with the names of the others only,
    so that the model does not learn to trust a name list that knows every name it sees);
    ``opening``: the tokens whose keys open a gazetteer's entry (``gazetteer_openers``), when
    already found (``triggers.GAZETTEER``), for a ``names`` that has no entry."""
    marks: Marks = {}
    names = known_names() if names is None else names
    openers = _openers(names)
    if opening is None or names.root:
        opening = list(compress(range(len(keys)), map(openers.__contains__, keys)))  # in C
    for i in opening:
        for name, trie in openers[keys[i]]:
            m = trie.match(keys, i)
            if not m:
                continue
            kind = getattr(m[1], "kind", "") if name in "LON" else ""
            marks.setdefault(i, []).append(f"{name}B{kind}")
            for t in range(i + 1, m[0]):
                marks.setdefault(t, []).append(f"{name}I{kind}")
    return marks


LIST_MARK = "Z"  # a token of an item in a list set off by commas
COMMAS = frozenset({"،", ",", "؛", ";"})
_LIST_ITEM = 4  # tokens at most in an item of a list: «پاتریسیا لوپز، نایا دا لا رابیا»


def list_items(
    words: list[str], a: int, b: int, cuts: list[int] | None = None
) -> list[tuple[int, int]]:
    """The items of a comma list in the sentence ``[a, b)`` (three at least, each of a few
    tokens, the one before «و» included), or none. ``cuts``: the sentence's tokens that are
    a comma (``COMMAS``), in order, when already found."""
    if cuts is None:
        sentence = words[a:b]
        if sum(map(sentence.count, COMMAS)) < 2:  # most sentences: counted in C, no list
            return []
        cuts = list(compress(count(a), map(COMMAS.__contains__, sentence)))
    elif len(cuts) < 2:
        return []
    edges = [a - 1, *cuts, b]
    items: list[tuple[int, int]] = []
    for s, e in zip(edges, edges[1:], strict=False):
        if 0 < e - s - 1 <= _LIST_ITEM:
            items.append((s + 1, e))
        elif items and items[-1][1] == s:  # the last item: up to «و» and its item
            tail = [k for k in range(s + 1, min(e, s + 2 * _LIST_ITEM + 2)) if words[k] == "و"]
            if tail:
                items.append((s + 1, tail[0]))
    return items if len(items) > 2 else []


def list_marks(
    words: list[str], ranges: list[tuple[int, int]], commas: list[int] | None = None
) -> Marks:
    """The tokens of the items of comma lists (``list_items``): a list of names is names
    side by side, never one name, whatever its items are called in the training text.
    ``commas``: the tokens that are one (``COMMAS``), sorted, when already found: a sentence
    with fewer than two holds no list, and its words are not looked at."""
    marks: Marks = {}
    for a, b in ranges:
        cuts = None
        if commas is not None:  # the sentence's commas, cut from the article's
            cuts = commas[bisect_left(commas, a) : bisect_left(commas, b)]
            if len(cuts) < 2:
                continue
        for s, e in list_items(words, a, b, cuts):
            for k in range(s, e):
                marks.setdefault(k, []).append(LIST_MARK)
    return marks


def merged(a: Marks, b: Marks) -> Marks:
    out = dict(a)
    for t, ms in b.items():
        out[t] = [*out[t], *ms] if t in out else ms
    return out


def mark_features(mark: str) -> tuple[str, str, str]:
    """The features a lexicon or rule mark gives its token, the token after it (which sees
    it at -1) and the token before it (at +1)."""
    return "g" + mark, "-1g" + mark, "1g" + mark


EDGE_BEFORE, EDGE_AFTER = "-1edge", "1edge"


def sentence_features(words: list[str], marks: Marks, a: int, b: int) -> list[list[str]]:
    """Features of tokens ``[a, b)``, one sentence; neighbours stop at its edges."""
    types = [word_features(w) for w in words[a:b]]
    out = [list(t[0]) for t in types]
    n = b - a
    for t in range(n):
        for d in CONTEXT:
            if 0 <= t + d < n:
                out[t] += types[t + d][1][d]
        for m in marks.get(a + t, ()):
            own, to_next, to_previous = mark_features(m)
            out[t].append(own)
            if t + 1 < n:
                out[t + 1].append(to_next)
            if t:
                out[t - 1].append(to_previous)
    out[0].append(EDGE_BEFORE)
    out[-1].append(EDGE_AFTER)
    return out


def rule_marks(
    tokens: TokenColumns,
    mentions: list[Mention],
    organizations: list[Organization],
    places: list[Place],
) -> Marks:
    """The rules' findings as marks of the tokens they cover: the model learns how far to
    trust each (a listed organization more than one guessed from its head word)."""
    marks: Marks = {}

    def token_at(offsets: list[int], x: int) -> int | None:
        k = bisect_left(offsets, x)  # the offsets of tokens rise: no index of them is built
        return k if k < len(offsets) and offsets[k] == x else None

    def mark(i: int, j: int, name: str) -> None:
        marks.setdefault(i, []).append(name + "B")
        for k in range(i + 1, j):
            marks.setdefault(k, []).append(name + "I")

    for m in mentions:
        if m.ti < m.i:
            mark(m.ti, m.i, "rT")
        mark(m.i, m.j, "rP" + ("1" if m.j - m.i == 1 else ""))
    for kind, found in (("rO", organizations), ("rL", places)):
        for fact in found:
            for span in fact.mentions:
                i, j = token_at(tokens.starts, span.start), token_at(tokens.ends, span.end)
                if i is not None and j is not None:
                    mark(i, j + 1, kind)
    return marks
