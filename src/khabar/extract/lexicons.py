"""The extractor's lexicons, built once from the data files, matched over token keys.

Matching is on *keys*: tokens with ZWNJ removed and hamza/Arabic variants folded, so
«رئیس»/«رییس», «تأکید»/«تاکید» and «نعمت‌الله»/«نعمتالله» meet; multiword entries are
also indexed in their spaced and glued forms («نعمت الله»).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any, Generic, TypeVar

from khabar.letters import KEY_LETTERS
from khabar.lexicon import (
    county_names,
    given_names,
    named,
    place_names,
    rows,
    split_values,
    words,
)

V = TypeVar("V")
K = TypeVar("K")
_WORD_RE = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)


_KEY_FOLDS = [(chr(a), b or "") for a, b in KEY_LETTERS.items()]


@lru_cache(maxsize=1 << 16)  # names and words are keyed again in every article
def key(token: str) -> str:
    return _folded(token)


def _folded(token: str) -> str:
    # ``str.replace`` per variant present is far cheaper than ``translate`` with a dict
    for a, b in _KEY_FOLDS:
        if a in token:
            token = token.replace(a, b)
    return token


def keys_of(words: list[str]) -> list[str]:
    """``key`` of every word, in one pass over the words joined (no word holds a newline)."""
    return _folded("\n".join(words)).split("\n") if words else []


def values(table: Mapping[K, V], items: Sequence[K]) -> Sequence[V]:
    """``[table[k] for k in items]`` (a ``KeyError`` for an item it lacks), looked up in C by
    ``itemgetter``: ``map(table.__getitem__, items)`` calls the method once an item, which
    costs more than the look-up (about 115 instructions an item on this interpreter)."""
    if len(items) > 1:
        return itemgetter(*items)(table)
    return [table[k] for k in items]  # itemgetter of one item gives its value, not a tuple


# A code (one character) for every key or word a list read has held, given once a process:
# the lists of a process's articles are written in the same codes, most of their items
# having one already (news repeats its words); made afresh past ``_CODES_MAX``
_CODES: dict[str, str] = {}
_CODES_MAX = 200_000  # codes given before they are made afresh (memory)
# how many times the codes were made afresh: a list written in older codes is written again
_CODES_MADE = [0]


class _Read:
    """A list of keys (or words) read once: the set of its items and, when first sought in,
    the items written one character each (their codes, ``_CODES``), so that ``str.find``
    seeks an item in C at the speed of a search for one character, and where it finds one is
    the item's index (``list.index`` compares it with every item in turn; the items joined
    between newlines, searched for one and the newlines before it counted, scanned the whole
    text twice). The list is not to be changed."""

    __slots__ = ("codes_made", "found", "items", "keys", "written")

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = keys
        self.items = set(keys)
        self.written = ""  # the keys in their codes, once sought in
        self.codes_made = 0  # ``_CODES_MADE`` when ``written`` was
        self.found: dict[str, list[int]] = {}  # an item sought -> its indices

    def every(self, k: str) -> list[int]:
        """The indices of ``k``, sought once (``seek``)."""
        at = self.found.get(k)
        if at is None:
            at = self.found[k] = self.seek(k) if k in self.items else []
        return at

    def seek(self, k: str) -> list[int]:
        """The indices of the item ``k``, in order."""
        if not self.written or self.codes_made != _CODES_MADE[0]:
            # not yet, or in codes another list's made afresh since (the other list read,
            # an article's words beside its keys, would find another item's code here)
            self.written = _written(self.keys, self.items)
            self.codes_made = _CODES_MADE[0]
            if not self.written:  # more items than characters: compared one by one
                return [i for i, x in enumerate(self.keys) if x == k]
        written, code = self.written, _CODES[k]
        out = []
        p = written.find(code)
        while p >= 0:
            out.append(p)
            p = written.find(code, p + 1)
        return out


def _written(keys: Sequence[str], items: set[str]) -> str:
    """``keys`` in their codes, new items given theirs."""
    try:
        return "".join(values(_CODES, keys))
    except KeyError:
        pass
    new = items.difference(_CODES)
    if len(_CODES) + len(new) > _CODES_MAX:
        _CODES.clear()
        _CODES_MADE[0] += 1
        new = items
        if len(new) >= sys.maxunicode:
            return ""
    start = len(_CODES) + 1
    _CODES.update(zip(new, map(chr, range(start, start + len(new))), strict=True))
    return "".join(values(_CODES, keys))


_read: list[_Read] = []  # the last lists read (an article's keys, its words)
_FEW = 12  # keys sought one by one at most; more, and one pass over the tokens costs less


def _reading(keys: Sequence[str]) -> _Read:
    for r in _read:
        if r.keys is keys:
            return r
    if len(_read) > 1:
        del _read[0]
    _read.append(_Read(keys))
    return _read[-1]


def distinct(keys: Sequence[str]) -> set[str]:
    """The set of ``keys``, made once for the list (not to be changed)."""
    return _reading(keys).items


def positions(keys: Sequence[str], wanted: Collection[str]) -> list[int]:
    """The indices of the keys that ``wanted`` holds, in order, as ``[i for i, k in
    enumerate(keys) if k in wanted]``. Most of an article's keys are in no such set: the
    article's distinct keys (made once for a list of keys) are met with ``wanted``, and each
    of the few keys found is sought in the keys joined (``_Read``), not every token tested
    in a loop."""
    read = _reading(keys)
    found = read.items.intersection(wanted)
    if not found:
        return []
    if len(found) > _FEW:  # the tokens tested in C
        return list(compress(range(len(keys)), map(found.__contains__, keys)))
    if len(found) == 1:
        return list(read.every(next(iter(found))))
    return sorted(i for k in found for i in read.every(k))


def occurrences(keys: Sequence[str], k: str, a: int = 0, b: int | None = None) -> list[int]:
    """The indices of ``k`` in ``keys[a:b]`` (``a`` and ``b`` as a slice's), in order: those
    of the whole list, sought once for it (``_Read.every``), cut by bisection."""
    for read in _read:  # ``_reading``'s look-up, inline: a call less at each of many uses
        if read.keys is keys:
            break
    else:
        read = _reading(keys)
    at = read.found.get(k)  # sought before (``_Read.every``, its call saved)
    if at is None:
        at = read.every(k)
    if not at:
        return []  # most words sought: not in the article
    a, b, _ = slice(a, b).indices(len(keys))
    return at[bisect_left(at, a) : bisect_left(at, b)]


@lru_cache(maxsize=16384)  # names and posts are keyed again at every mention
def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(key(t) for t in _WORD_RE.findall(phrase))


def starts_of(part: tuple[str, ...], words: tuple[str, ...]) -> list[int]:
    """Where the words ``part`` stand together, in order, in ``words`` (none for no ``part``)."""
    n = len(part)
    return [k for k in range(len(words) - n + 1) if part and words[k : k + n] == part]


def runs_in(part: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the words ``part`` stand together, in order, in ``words``: «در پایان» in «... در
    مجلس دهم در پایان»."""
    return bool(starts_of(part, words))


class Trie(Generic[V]):
    """Token-sequence dictionary with leftmost-longest lookup; ``V`` is what an entry holds."""

    def __init__(self) -> None:
        self.root: dict[str | None, Any] = {}  # key -> child node; None -> the entry's value

    def add(self, phrase: str, value: V) -> None:
        variants = {phrase, phrase.replace("\u200c", " "), phrase.replace("\u200c", "")}
        for v in variants:
            keys = phrase_keys(v)
            if not keys:
                continue
            node = self.root
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(None, value)

    def first_keys(self) -> set[str]:
        """The keys its entries start with."""
        return {k for k in self.root if k is not None}

    def match(self, keys: list[str], i: int) -> tuple[int, V] | None:
        """Longest entry starting at ``keys[i]``: (end index, value)."""
        # most calls find no entry opening at ``keys[i]``, and most of the rest no entry going
        # on with ``keys[i + 1]``: both answered before the walk is set up (an index past the
        # end, the rarest, costs an exception: no length taken for the rest)
        try:
            node = self.root.get(keys[i])
        except IndexError:
            return None
        if node is None:
            return None
        i += 1
        try:
            child = node.get(keys[i])
        except IndexError:
            child = None
        best: tuple[int, V] | None = (i, node[None]) if None in node else None
        if child is None:
            return best
        n = len(keys)
        while child is not None:
            node = child
            i += 1
            if None in node:
                best = (i, node[None])
            child = node.get(keys[i]) if i < n else None
        return best


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str


def _trie(name: str, value_of: Callable[[tuple[str, ...]], list[tuple[str, V]]]) -> Trie[V]:
    t: Trie[V] = Trie()
    for row in rows(name):
        for phrase, value in value_of(row):
            t.add(phrase, value)
    return t


@cache
def honorifics() -> Trie[Entry]:
    return _trie("honorifics.tsv", lambda r: [(r[0], Entry(r[0], r[1] if len(r) > 1 else ""))])


@dataclass(frozen=True)
class TitledFigure:
    name: str
    given: frozenset[str]  # the keys of the given names the figure is named with, run together


@cache
def titled_figures() -> dict[tuple[str, str], TitledFigure]:
    """(family name, title) -> the figure ``titled_figures.tsv`` says they name, each as its
    keys run together («آیت‌الله» and «آیت الله» alike)."""
    out: dict[tuple[str, str], TitledFigure] = {}
    for r in rows("titled_figures.tsv"):
        given = frozenset(joined_keys(g) for g in split_values(r[1]))
        figure = TitledFigure(r[0], given)
        for surname in split_values(r[2]):
            for title in split_values(r[3]):
                out[(joined_keys(surname), joined_keys(title))] = figure
    return out


def joined_keys(phrase: str) -> str:
    """The keys of ``phrase``'s words run together: «سید علی» ~ «سیدعلی»."""
    return "".join(phrase_keys(phrase))


# Figures named by a surname or a single name alone: today's foreign public figures and
# those of history, philosophy, science and letters («ارسطو», «نیوتن»), one format
FIGURE_FILES = ("foreign_figures.tsv", "historic_figures.tsv", "national_figures.tsv")


def figure_rows() -> list[tuple[str, ...]]:
    """The rows of ``FIGURE_FILES``."""
    return [r for f in FIGURE_FILES for r in rows(f)]


@cache
def foreign_figures() -> Trie[Entry]:
    """Full names and surnames of ``FIGURE_FILES`` -> Entry(full name, "figure")."""
    t: Trie[Entry] = Trie()
    for r in figure_rows():
        entry = Entry(r[0], "figure")
        spellings = [r[0], *(split_values(r[1]) if len(r) > 1 else [])]
        spellings += split_values(r[2]) if len(r) > 2 else []
        for p in spellings:
            t.add(p, entry)
    return t


@cache
def post_heads() -> Trie[Entry]:
    return _trie("post_heads.tsv", lambda r: [(r[0], Entry(r[0], r[1] if len(r) > 1 else ""))])


@cache
def plural_heads() -> dict[str, str]:
    """Post heads in the plural (``plural_heads.tsv``) by their joined keys, with the head in
    the singular as written: «روسای» -> «رئیس», «نخست وزیران» -> «نخست‌وزیر»."""
    return {"".join(phrase_keys(r[0])): r[1] for r in rows("plural_heads.tsv")}


@cache
def plural_head_openers() -> frozenset[str]:
    """The first keys of the post heads in the plural («روسای», «نخست» of «نخست وزیران»)."""
    return frozenset(phrase_keys(r[0])[0] for r in rows("plural_heads.tsv"))


@cache
def post_anaphors() -> Trie[Entry]:
    return _trie("post_anaphors.tsv", lambda r: [(r[0], Entry(r[0], r[1] if len(r) > 1 else ""))])


@cache
def post_bodies() -> dict[str, tuple[str, ...]]:
    """Bodies a post names in two wordings (``post_bodies.tsv``), by the joined keys of either
    wording: the keys of the one written in the file's second field («کرملین» and
    «ریاست جمهوری روسیه» -> «ریاست جمهوری روسیه»)."""
    out = {}
    for r in rows("post_bodies.tsv"):
        same = phrase_keys(r[1])
        out["".join(phrase_keys(r[0]))] = same
        out["".join(same)] = same
    return out


@dataclass(frozen=True)
class Verb:
    form: str
    kind: str  # direct | indirect | both
    lemma: str


# The past verbs a listed reporting verb ends in, and the persons and tenses news writes them
# in besides the one listed: «ادعا کرد» -> «ادعا کردند», «ادعا کرده», «ادعا کرده‌اند» ...
_PAST_VERBS = {"کرد", "داد", "داشت", "شد", "نمود", "ساخت", "برد", "گفت", "نوشت", "خواست"}
_INFLECTIONS = ("ند", "ه", "ه است", "ه‌اند", "ه بود", "ه بودند")
# the present stems of the light verbs, after «می‌» («اعلام کرد» -> «اعلام می‌کند»)
_PRESENTS = {"کرد": "کند", "داد": "دهد", "داشت": "دارد", "نمود": "نماید", "شد": "شود"}
# verbs whose present is as often followed by a relative «که» as by what was said: «از شهیدی
# یاد می‌کند که ...», «... را فردی معرفی می‌کند که ...», «به گونه‌ای توصیف / تعبیر می‌کند
# که ...»; a view held («... تلقی می‌کنند»); what figures or signs tell («آمار خبر می‌دهد که»)
_NO_PRESENT = {"یاد کردن", "معرفی کردن", "توصیف کردن", "تعبیر کردن", "تلقی کردن", "خبر دادن"}


def _inflected(verb: Verb) -> list[Verb]:
    """``verb`` in the plural and the perfect tenses, where it ends in a simple past and can
    report what comes before it (not a «direct» one, which the file lists as written), or in
    the plural of its present if it is of two words. A bare perfect of one word («گفته»,
    «خواسته») is also a noun: it reports only what comes before it or after «که» (kind
    «indirect»)."""
    head, _, last = verb.form.rpartition(" ")
    if verb.kind == "direct":
        # a «direct» verb is often a topic's act: «... که شورا آن را رد کرده بود»; its present
        # only, told before a colon or «که» as any verb's of two words is (``told_now``)
        return _told_presents(verb, head, last)
    if head and last.startswith("می\u200c") and last.endswith("د"):
        # «اعلام می‌کند» -> «اعلام می‌کنند» (a plural gives a word no text holds); not one
        # word: «می‌دانند» is mostly «they know»
        return [Verb(f"{verb.form[:-1]}ند", verb.kind, verb.lemma)]
    if last not in _PAST_VERBS:
        return []
    out = []
    for ending in _INFLECTIONS:
        kind = "indirect" if ending == "ه" and not head else verb.kind
        out.append(Verb(f"{verb.form}{ending}", kind, verb.lemma))
    return out + _told_presents(verb, head, last)


def _listed_verb(row: tuple[str, ...]) -> Verb:
    """A row of ``reporting_verbs.tsv``: the form, its kind («both» unless given), its lemma."""
    return Verb(row[0], row[1] if len(row) > 1 else "both", row[2] if len(row) > 2 else row[0])


def _says_itself(verb: Verb, last: str) -> bool:
    """A verb of saying itself, not «شدن»'s: its singular present is told too, and a comma
    after it may open what was said (``told_after_comma``)."""
    return verb.kind == "both" and last != "شد"


def _told_presents(verb: Verb, head: str, last: str) -> list[Verb]:
    """The present of a verb of saying of two words, as essays, interviews and reports tell
    what someone says («امام پاسخ می‌دهد: ...», «تهیه‌کنندگان گزارش ... هشدار می‌دهند که ...»,
    «آن‌ها یادآور می‌شوند که ...», «بر این ضرورت تاکید دارند که ...»), and its plural, of
    every kind: «direct», a quote only before a colon, «که» or the statement (``told_now``),
    as the present is mostly what is done or held («... را بیان می‌کند»)."""
    if not head or last not in _PRESENTS or verb.lemma in _NO_PRESENT:
        return []
    present = f"{head} می\u200c{_PRESENTS[last]}"
    plural = Verb(f"{present[:-1]}ند", "direct", verb.lemma)
    if _says_itself(verb, last):
        return [Verb(present, "direct", verb.lemma), plural]
    # of the other verbs, the plural only: what a group holds or tells («کارشناسان ... هشدار
    # می‌دهند که», «آن‌ها یادآور می‌شوند که»); their singular is mostly a story told in the
    # present whose subject is carried from sentences before («تایید می‌کند که ...», «او
    # همچنین پیشنهاد می‌کند که»), or the writer's formula («در پایان یادآور می‌شود، ...»)
    out = [plural]
    if last == "داشت":
        out.append(Verb(f"{head} دارند", "direct", verb.lemma))  # «تاکید دارند»: no «می‌»
    return out


def _own_forms() -> set[str]:
    """The forms the file lists, and the plurals of its presents («اعلام می‌کنند» of «اعلام
    می‌کند»): a form made of a past of the same verb does not take their place."""
    listed = {r[0] for r in rows("reporting_verbs.tsv")}
    return listed | {f"{f[:-1]}ند" for f in listed if " می\u200c" in f and f.endswith("د")}


@cache
def told_now() -> frozenset[str]:
    """The presents ``_inflected`` makes of the pasts of the verbs of saying of two words
    («تصریح می‌کند», «پاسخ می‌دهند», «تاکید دارند»): what someone says only before a colon or
    «که», with no object before them, as they are mostly what is done or held («... را مطرح
    می‌کنند», «تا زمانی محدود پاسخ می‌دهد»)."""
    own = _own_forms()
    out: set[str] = set()
    for r in rows("reporting_verbs.tsv"):
        verb = _listed_verb(r)
        head, _, last = verb.form.rpartition(" ")
        out.update(v.form for v in _told_presents(verb, head, last) if v.form not in own)
    return frozenset(out)


@cache
def told_after_comma() -> frozenset[str]:
    """The presents of ``told_now`` of the verbs of saying themselves (kind «both»: «تصریح
    می‌کند», «خاطرنشان می‌کنند»), which a comma after them may also open what was said with,
    as a colon does. The others' («هشدار می‌دهند», «اشاره می‌کنند», «تاکید دارند») tell it
    only before a colon or «که»: a comma after them ends a clause on their topic («به شواهدی
    ... اشاره می‌کنند، موضوعی که ...»)."""
    out: set[str] = set()
    for r in rows("reporting_verbs.tsv"):
        verb = _listed_verb(r)
        head, _, last = verb.form.rpartition(" ")
        if _says_itself(verb, last):
            out.update(v.form for v in _told_presents(verb, head, last))
    return frozenset(out) & told_now()


@cache
def told_by_many() -> frozenset[str]:
    """The presents of ``told_now`` made in the plural only («هشدار می‌دهند», «تاکید
    دارند»): a group's, whom one person spoken of before is not."""
    return told_now() - told_after_comma()


@cache
def reporting_verbs(inflected: bool = True) -> Trie[Verb]:
    """The verbs of ``reporting_verbs.tsv``; ``inflected``: and their other persons and tenses
    (a form the file lists keeps its own row)."""
    listed = {r[0] for r in rows("reporting_verbs.tsv")}
    own = _own_forms()

    def values(r: tuple[str, ...]) -> list[tuple[str, Verb]]:
        v = _listed_verb(r)
        made = _inflected(v) if inflected else []
        # a listed present gives its plural; a past, no form another row lists or gives
        skip = listed if " می\u200c" in r[0] else own
        more = [w for w in made if w.form not in skip]
        return [(w.form, w) for w in (v, *more)]

    return _trie("reporting_verbs.tsv", values)


def _named_trie(name: str) -> Trie[Entry]:
    """Each name of a list of names and each of its aliases -> Entry(name, kind)."""
    t: Trie[Entry] = Trie()
    for n in named(name):
        entry = Entry(n.name, n.kind)
        for p in (n.name, *n.aliases):
            t.add(p, entry)
            for dotted in _dotted_forms(p):  # «بی.بی.سی» of «بی‌بی‌سی»
                t.add(dotted, entry)
    return t


# the names of the Latin letters as Persian spells them (``spelled_letters`` keys them)
_LATIN_LETTERS = frozenset(
    "ای اِی بی سی دی اف جی اچ آی کی ال ام ان او پی کیو آر اس تی یو وی دبلیو ایکس وای زد زی".split()
)


def _dotted_forms(phrase: str) -> list[str]:
    """``phrase`` with its run of two or more spelled Latin letters («بی‌بی‌سی», «سی ان ان»)
    written as a dotted acronym, as news of about 2000 writes them («بی.بی.سی»; the repair
    drops the ZWNJ of «بی‌.‌بی‌.‌سی»); none where it holds no such run."""
    words = phrase.replace("\u200c", " ").split()
    run = [w in _LATIN_LETTERS for w in words]
    if sum(run) < 2:
        return []
    a = run.index(True)
    b = a
    while b < len(words) and run[b]:
        b += 1
    if b - a < 2:
        return []
    head, tail = " ".join(words[:a]), " ".join(words[b:])
    return [" ".join(filter(None, (head, ".".join(words[a:b]), tail)))]


@cache
def agencies() -> Trie[Entry]:
    return _named_trie("agencies.tsv")


@cache
def organizations() -> Trie[Entry]:
    return _named_trie("organizations.tsv")


@cache
def bare_aliases() -> dict[tuple[str, ...], frozenset[str]]:
    """The keys of each alias of ``bare_aliases.txt`` -> the words its own body's longer names
    go on with after it («فرمان» of «ستاد اجرایی فرمان امام»)."""
    out: dict[tuple[str, ...], frozenset[str]] = {}
    for w in words("bare_aliases.txt"):
        alias = phrase_keys(w)
        hit = organizations().match(list(alias), 0)
        forms = [n for n in named("organizations.tsv") if hit and n.name == hit[1].name]
        longer = [phrase_keys(f) for n in forms for f in (n.name, *n.aliases)]
        out[alias] = frozenset(
            f[len(alias)] for f in longer if len(f) > len(alias) and f[: len(alias)] == alias
        )
    return out


# Words that say the next one is a place: «شهر مرکزی» is no adjective, «کشور مالی» no money.
PLACE_LEADS = ("شهر", "شهرستان", "استان", "کشور", "بندر", "جزیره", "پایتخت")
# Provinces and Iranian cities are also listed after these, whatever their names.
_KIND_LEADS = {"province": ("استان ",), "city": ("شهر ", "شهرستان "), "county": ("شهرستان ",)}


@cache
def places() -> Trie[Entry]:
    """Countries, provinces, Iranian cities (``lexicon.place_names``), Iran's counties
    (``lexicon.county_names``) and the world's places (``world_places.tsv``, and
    ``world_places_news.tsv`` for the regions, waters and cities the news name beyond it).

    A one-word name that is also an ordinary word or a given name (``place_words.txt``:
    «مالی», «مرکزی», «فارس») is listed only after a word of ``PLACE_LEADS``; provinces are
    also listed as «استان X», cities as «شهر X»."""
    t: Trie[Entry] = Trie()
    words = place_words()

    def add(name: str, entry: Entry) -> None:
        if _needs_lead(name, words):
            for lead in PLACE_LEADS:
                t.add(f"{lead} {name}", entry)
        else:
            t.add(name, entry)

    # a county named after its seat stays that city («شهرستان دزفول» is «دزفول», a city)
    for name, kind, spellings in (*place_names(), *county_names()):
        e = Entry(name, kind)
        for p in {*spellings, *map(_joined, spellings)}:
            for g in (p, *_glued(p)):
                add(g, e)
            for lead in _KIND_LEADS.get(kind, ()):
                t.add(lead + p, e)
    for r in (*rows("world_places_news.tsv"), *rows("world_places.tsv")):  # the news spelling wins
        e = Entry(r[0], r[1])
        for p in [r[0], *(split_values(r[3]) if len(r) > 3 else [])]:
            for g in (p, *_glued(p)):
                add(g, e)
    return t


@cache
def lead_only_places() -> dict[str, Entry]:
    """The one-word places ``places`` lists only after a lead, as they are also words or
    given names («فارس», «میانه», «نجف», «ری»): key -> the place."""
    out: dict[str, Entry] = {}
    words = place_words()
    for lead in PLACE_LEADS:
        for k, node in places().root.get(lead, {}).items():
            if k is not None and None in node and _needs_lead(k, words):
                out.setdefault(k, node[None])
    return out


_GLUED_MOST = 4  # words of a name whose parts the news may write joined by a ZWNJ


def _glued(name: str) -> list[str]:
    """``name`` of two to four words with some or all of its spaces written as a ZWNJ, as
    the news writes it («بیله‌سوار», «تربت‌جام», «علی‌آباد کتول», «امارات‌عربی‌متحده»); the
    lexicons' keys drop the ZWNJ, so a name so written is one key the spaced one is not. A
    part so joined that is a given name is left («علی‌اکبر», a town and a given name)."""
    parts = name.split(" ")
    if not 1 < len(parts) <= _GLUED_MOST:
        return []
    out = []
    for mask in range(1, 2 ** (len(parts) - 1)):
        joined = parts[0]
        for n, part in enumerate(parts[1:]):
            joined += ("\u200c" if mask >> n & 1 else " ") + part
        if not any(key(w) in first_names() for w in joined.split(" ") if "\u200c" in w):
            out.append(joined)  # not «علی‌اکبر», «دوست‌محمد»: given names, towns too
    return out


@cache
def iranian_places() -> frozenset[str]:
    """The names of Iran's provinces, cities and counties (``place_names``, ``county_names``,
    the world lists' rows of Iran), as ``places`` names them."""
    out = {name for name, kind, _ in (*place_names(), *county_names()) if kind != "country"}
    for r in (*rows("world_places_news.tsv"), *rows("world_places.tsv")):
        if len(r) > 2 and r[2] == "IR":
            out.add(r[0])
    return frozenset(out)


def foreign_place(entry: Entry) -> bool:
    """A place of another country than Iran: a country, or a city or region none of Iran's
    («رمادی», «لندن»)."""
    return entry.kind == "country" or entry.name not in iranian_places()


# the second parts of Iranian place names that the news join with a ZWNJ where the lists
# write a space («خرم آباد» is written «خرم‌آباد», «قائم شهر» «قائم‌شهر»)
_JOINED_PARTS = ("آباد", "شهر", "دشت", "رود")


def _joined(name: str) -> str:
    """``name`` with its last part joined by a ZWNJ where it is a part of ``_JOINED_PARTS``."""
    head, _, last = name.rpartition(" ")
    return f"{head}\u200c{last}" if head and " " not in head and last in _JOINED_PARTS else name


# two-letter places that are no word of the news: «قم» (PEYMA's training part tags it a place
# or part of a name 118 times, leaves it untagged never; ARMAN's folds 1-2 the same, 15 to 0),
# «بم» (8 to 0 in PEYMA's; the city in the shared news, of its earthquake, nearly always)
_TWO_LETTER_PLACES = frozenset({"قم", "بم"})


def _needs_lead(name: str, words: frozenset[str]) -> bool:
    """A place name that alone may be a word: listed in ``place_words.txt``, or of two
    letters («ری» is also a note, «رم» a computer's memory and a football club) but
    ``_TWO_LETTER_PLACES``."""
    keys = phrase_keys(name)
    if len(keys) != 1:
        return False
    return keys[0] in words or (len(keys[0]) <= 2 and keys[0] not in _TWO_LETTER_PLACES)


@cache
def keyed_words(name: str) -> frozenset[str]:
    """The words of the data file ``name``, keyed (see ``key``), read once."""
    return frozenset(key(w) for w in words(name))


@cache
def outlet_words() -> frozenset[str]:
    """One-word outlet names that are also words («مهر», «شرق»): outlets where cited only."""
    return frozenset(key(w) for w in words("outlet_words.txt"))


@cache
def paper_name_ends() -> frozenset[str]:
    """Words that end papers' names and name one alone («تایمز», «پست», «ژورنال»)."""
    return frozenset(key(w) for w in words("paper_name_ends.txt"))


@cache
def disease_words() -> frozenset[str]:
    return frozenset(key(w) for w in words("disease_words.txt"))


@cache
def _disease_heads() -> tuple[str, ...]:
    """The disease words long enough to open another word with (one ``startswith`` test)."""
    return tuple(d for d in disease_words() if len(d) > 4)


def disease(word_key: str) -> bool:
    """A disease or its cause («کرونا», «ویروس»), or a word opening with one («کروناست»)."""
    return word_key in disease_words() or word_key.startswith(_disease_heads())


@cache
def place_words() -> frozenset[str]:
    return frozenset(key(w) for w in words("place_words.txt"))


@cache
def first_names() -> dict[str, bool]:
    """First-name key (spaces removed) -> ambiguous (also an ordinary word: «امید», «نور»)."""
    out: dict[str, bool] = {}
    for given in given_names():
        if not given.name:
            continue
        for n in (given.name, *given.variants):
            out.setdefault(key(n.replace(" ", "")), given.ambiguous)
    for khan in khan_names():
        out.setdefault(khan, False)
    for agha in agha_names():
        out.setdefault(agha, False)
    return out


@cache
def given_spellings() -> dict[str, str]:
    """A listed given name's other spellings that differ from it in letters, as keys (spaces
    removed) -> its own key: «اسداله» -> «اسدالله», «اسمعیل» -> «اسماعیل». Names that are also
    ordinary words are left out."""
    out: dict[str, str] = {}
    for given in given_names():
        if not given.name or given.ambiguous:
            continue
        own = key(given.name.replace(" ", ""))
        for n in given.variants:
            if (k := key(n.replace(" ", ""))) != own:
                out.setdefault(k, own)
    return out


@cache
def khan_names() -> frozenset[str]:
    """«خان» run into a given name no word too: one of the old given names («رضاخان»,
    «کریم‌خان», «محمدولی‌خان»), as keys; none a list holds as a word."""
    return _given_run_into("خان")


@cache
def agha_names() -> frozenset[str]:
    """«آقا» run into a given name no word too: one given name («علی‌آقا فرهادی», «حسین‌آقا
    امین الضرب»), not the courtesy title «آقا» before the next, as keys; none a list holds as
    a word."""
    return _given_run_into("آقا")


def _given_run_into(word: str) -> frozenset[str]:
    """``word`` run into each given name no word too, as keys; none a list holds as a word."""
    out = set()
    for given in given_names():
        if given.name and not given.ambiguous:
            for n in (given.name, *given.variants):
                out.add(key(n.replace(" ", "")) + word)
    return frozenset(k for k in out if k not in common_words())


@cache
def first_name_heads() -> frozenset[str]:
    """First parts of given names that are also written as two words («فتح الله»)."""
    heads = set()
    for given in given_names():
        for v in (*split_values(given.name), *given.variants):
            parts = v.replace("\u200c", " ").split()
            if len(parts) > 1:
                heads.add(key(parts[0]))
    return frozenset(heads)


@cache
def common_words() -> frozenset[str]:
    return frozenset(key(w) for w in words("common_words.txt"))


@cache
def craft_words() -> frozenset[str]:
    """Crafts a person is named by without a body's post (``craft_words.txt``), as keys."""
    return frozenset(key(w) for w in words("craft_words.txt"))


@cache
def speaking_heads() -> frozenset[tuple[str, ...]]:
    """Heads of organizations that speak as a whole (``speaking_heads.txt``), as keys."""
    return frozenset(phrase_keys(w) for w in words("speaking_heads.txt"))


@cache
def foreign_given_names() -> frozenset[str]:
    """Given names of other languages (``foreign_given_names.txt``: «مایکل», «فرانسوا»)."""
    return frozenset(key(w) for w in words("foreign_given_names.txt"))


@cache
def foreign_given_words() -> frozenset[str]:
    """Given names of other languages that are Persian words too (``foreign_given_words.txt``:
    «بیل», «بن», «جان»)."""
    return frozenset(key(w) for w in words("foreign_given_words.txt"))


@cache
def more_given_names() -> frozenset[str]:
    """Given names beyond ``first_names.tsv``, which a person's name may open with no title:
    ``foreign_given_names.txt`` and those of farsi-faker (``more_given_names.txt``) that
    the news uses as foreign given names, but for ordinary words, places, function words or
    titles. farsi-faker lists words too («ضیافت», «باری», «حریر»): one of its names counts
    when the tagger's word clusters (``ner_clusters.tsv``) put it with the foreign given
    names («ژان», «ایاد»), or when the news never writes it («حسان»)."""
    from khabar.text.zwnj import default_lexicon  # the word list the ranks come from

    clusters = {key(r[0]): r[1] for r in rows("ner_clusters.tsv") if len(r) > 1}
    foreign = foreign_given_names()
    seen = [clusters[k] for k in foreign if k in clusters]
    named = {c for c in set(seen) if 4 * seen.count(c) >= len(seen)}
    known = default_lexicon().rank
    farsi_faker = {
        k
        for k in (key(w) for w in words("more_given_names.txt"))
        if (clusters.get(k) in named or (k not in clusters and k not in known))
        and k not in family_name_words()  # «صوفی» opens no name: «علی صوفی»
    }
    return frozenset(
        k
        for k in foreign | farsi_faker
        if k not in first_names()
        and (k in foreign or k not in common_words())  # «جورج» is frequent, not a word
        and k not in first_name_heads()
        and not places().match([k], 0)
        and not honorifics().match([k], 0)
        and not post_heads().match([k], 0)
    )


@cache
def family_name_words() -> frozenset[str]:
    """The words of Persian family names (``family_names.txt``: «اسلامی», «عادل»)."""
    return frozenset(key(w) for w in words("family_names.txt"))


@cache
def other_given_names() -> frozenset[str]:
    """Words written as a person's given name: listed given names (``first_names``), those of
    other languages and the one-word persons of the tagger's training part («بیل»)."""
    out = set(first_names()) | foreign_given_names()
    out |= {key(r[0]) for r in rows("ner_names.tsv") if r[1:2] == ("PER",) and " " not in r[0]}
    return frozenset(out)


@cache
def name_words() -> frozenset[str]:
    """Words known to stand in people's names: given names, the words of family names
    (``family_names.txt``), of the persons of the tagger's training part (``ner_names.tsv``)
    and of listed figures (``FIGURE_FILES``)."""
    out = set(first_names()) | family_name_words()
    out |= {k for r in rows("ner_names.tsv") if r[1:2] == ("PER",) for k in phrase_keys(r[0])}
    for r in figure_rows():
        for name in [r[0], *(v for f in r[1:3] for v in split_values(f))]:
            out.update(phrase_keys(name))
    return frozenset(out)
