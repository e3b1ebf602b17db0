"""Restore the zero-width non-joiner (ZWNJ, U+200C) that scraped Persian loses.

Two losses are repaired: *glued* (``میشود`` for ``می‌شود``) and *spaced* (``می شود``).
A word is looked up in a lexicon built from corpora (``data/zwnj_words.txt``, written by
``benchmarks/build_zwnj_lexicon.py``); an unknown word is analysed as prefix + stem +
suffixes (می/نمی + verb, -ها/-ای/-ترین..., compound right parts such as -رسانی), and the
split whose stem is the most frequent known word wins. A known whole word is never split, and
an unknown one only between known parts: a known stem and a known affix, or two known words
(a name or a foreign word stays whole: مینه‌سوتا، دکترین).
Everything is dict/set look-ups on whole words, memoised per word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.letters import WORD_LETTERS, ZWNJ
from khabar.text.offsets import Edit
from khabar.text.zwnj_lexicon import Lexicon, default_lexicon, given_name_keys, solid_names

_WORD = re.compile(f"[{WORD_LETTERS}]+")
# A word with the non-word characters before it (see ``Restorer.edits``); possessive: no
# backtracking
_SPACED_WORD = re.compile(f"([^{WORD_LETTERS}]*+)([{WORD_LETTERS}]++)")
_LAST_WORD_END = re.compile(f"[{WORD_LETTERS}][^{WORD_LETTERS}]*+\\Z")
_CHUNK = 1 << 16  # characters scanned at once: the (gap, word) pairs of a chunk are a list
# Longer runs of letters are no word (the longest in the shared news has 28): splitting one
# tries every cut, each a copy, which is quadratic in its length. They stay as written.
_LONGEST_WORD = 64
_MEMO_MAX = 50_000  # words remembered before the memo starts afresh (about 15 MB)
# Letters that never join the next letter: a ZWNJ after them is invisible, so it is never
# inserted into glued text (but a space after them may still become one: «کار ها»).
_NON_JOINING = frozenset("آأإاؤدذرزژوۀةء")
# Inflectional suffixes with a cost (natural log; lower = more likely), from how often each
# follows a stem in news. Plural ها and comparative تر/ترین follow any joining letter.
_ALWAYS = {"ها": 0.0, "های": 0.0, "هایی": 0.5, "هایش": 1.0, "هایم": 1.5, "هایت": 2.0}
_ALWAYS |= {"هایمان": 1.5, "هایتان": 1.5, "هایشان": 1.0, "هاست": 1.5}
_ALWAYS |= {"ترین": 0.5, "تر": 1.0, "تری": 1.5}
# Indefinite ای and the clitics/copula follow a final silent ه or ی (خانه‌ای، زندگی‌اش).
_AFTER_VOWEL = {"ای": 0.0, "ام": 1.5, "ات": 2.0, "اش": 1.0, "ایم": 1.5, "اید": 1.5, "اند": 1.0}
# Possessive clitics take a ZWNJ after a silent ه (علاقه‌تان) but are glued after ی (زندگیشان);
# so does ی after a silent ه (برنامه‌ی), not after a sounded one (راهی: see _sounded_he).
_AFTER_HE = {"شان": 1.5, "تان": 2.0, "مان": 2.0, "ی": 1.5}
# A known word + glued ی or plural ان (کمتری، دفتری، حقوقدانان) keeps its own spelling.
_GLUED_ENDS = ("ی", "ان")
_GLUED_END_COST = 1.0
_COMMON = 5000  # frequency rank under which a stem is common
_DEMONSTRATIVES = frozenset(("همان", "همین"))  # function words that take a plural (همان‌ها)
_SUFFIXES = sorted(_ALWAYS | _AFTER_VOWEL | _AFTER_HE, key=len, reverse=True)
_PERFECT = {"ام", "ای", "ایم", "اید", "اند"}  # after a participle (خریده‌اند): a verb
_PERFECT_ONLY = {"اند", "اید", "ام"}  # after ه these endings are (nearly) always the perfect
NAME_PARTS = frozenset("پور زاده فر نیا نژاد راد منش".split())  # family-name right parts
_NAME_JOINS = NAME_PARTS | {"الله"}  # joined to the word before in any text (see edits)
# Words that no Ezafe joins to the word before them: conjunctions, prepositions, verbs.
_NO_EZAFE_BEFORE = frozenset(
    "و در به از که را با برای تا بر یا اما ولی نیز اگر پس چون است هست نیست بود شد کرد باید"
    " نباید می نمی گفت افزود داد دارد".split()
)
_PHRASE_ENDS = frozenset(".,،;؛:?؟!)]»\n")  # no Ezafe before these
# A bound left part that a space wrongly separates from the next word (بی کار، بی انصافی),
# a @stop word (never joined by the other rules);
# نیمه is left out: news writes «نیمه اول»، «نیمه خرداد» apart.
_JOIN_LEFT = frozenset(("بی",))
# «X شده» before a noun is an adjective written with ZWNJ (اعلام‌شده در)...
_ADJ_PARTICIPLES = frozenset(("شده",))
# ...but a passive verb before an auxiliary or at a clause boundary (اعلام شده است).
_AUX_STARTS = ("است", "بود", "باش", "شد", "شو", "خواه", "گرد")
_CLAUSE_ENDS = frozenset("و که تا یا نیز هم اما ولی می نمی اند ای ام ایم اید".split())
_VERBAL_COST = math.log(30000)
_NOUN, _VERB, _PARTICIPLE = 0, 1, 2
_VERB_NOUN = 1.5  # extra cost of a plural on a past stem used as a noun (داشت‌های)
_PREFIXES = ("نمی", "می")  # verbal prefixes, only before a known verb form
_VERB_END = ("ند", "ید", "یم", "د", "م")
_PREVERBS = ("", "بر", "باز", "فرو", "فرا", "در", "ور", "وا")
_VERB_PREFIXES = frozenset(pre + p for pre in _PREVERBS for p in _PREFIXES)
# Prefixes and suffixes whose ZWNJ, spaced or glued, shows how a text lost its ZWNJs
# (see ``Restorer.edits``).
_INFLECTIONS = frozenset(_ALWAYS) | frozenset(_AFTER_VOWEL)
_SPACED_LEFT = _VERB_PREFIXES | _JOIN_LEFT
_RARE = math.log(3000)  # cost of a stem known only as a verb form or a lexicon compound
_GUESS = math.log(30000)  # cost of a verb known only by its shape
_UNKNOWN = math.log(10**6)  # cost of a plural resting on an unknown stem (ترکمن‌ها)


def _verbal_left(left: str, right: str, lex: Lexicon) -> bool:
    """``left`` can open a compound on a verb stem (اطلاع‌رسانی): a known word of three letters
    or more, no demonstrative (ایندران); and -ستان after it is the place suffix, written
    glued (کوهستان، بنگستان)."""
    return left in lex.rank and len(left) > 2 and right != "ستان" and left not in ("این", "آن")


def _sounded_he(stem: str) -> bool:
    """A final ه that is a consonant (راه، شکوه، الله): a ی after it is glued (راهی)."""
    return stem[-2] in "اوآ" or stem.endswith("الله")


def _kind(s: str, verbs: frozenset[str]) -> int:
    if s not in verbs:
        # a negated participle (نداشته، نتوانسته) takes the perfect endings too
        return _PARTICIPLE if s[-1] == "ه" and s[0] == "ن" and s[1:] in verbs else _NOUN
    return _PARTICIPLE if s[-1] == "ه" else _VERB


def _suffix_cost(s: str, suf: str) -> float | None:
    """The cost of the suffix ``suf`` ending ``s``, by the letter its stem ends with; None
    where that letter does not take it (a clitic after a letter other than ه...)."""
    stem = s[: -len(suf)]
    if suf in _AFTER_HE:
        if stem[-1] != "ه" or len(stem) < 3 or (suf == "ی" and _sounded_he(stem)):
            return None
        return _AFTER_HE[suf]
    if suf in _ALWAYS:
        return _ALWAYS[suf]
    if stem[-1] not in "هی":
        return None
    return _AFTER_VOWEL[suf] + (1.0 if stem[-1] == "ی" else 0.0)


# A reading of a stem: where its ZWNJs go, its cost, its kind (_NOUN, _VERB, _PARTICIPLE).
Split = tuple[tuple[int, ...], float, int]

# What ``Restorer.edits`` needs to know about a word, split at its ZWNJs into pieces: its first
# and last piece; whether it has no ZWNJ inside; the ZWNJ insertions, relative to the word;
# whether morphology may join its first piece to the word before, its last piece to the word
# after; whether a listed join pair may end with its first piece, begin with its last one;
# whether an insertion goes after می/نمی or before a suffix (میشود، کتابها); whether a ZWNJ
# stands there already (می‌شود، کتاب‌ها); where a final ی after ه, an Ezafe if the next
# word allows it (see ``_ezafe``), would take a ZWNJ (-1: nowhere). A plain tuple: it unpacks
# faster than a NamedTuple. Then the insertions kept where the word stands after a given
# name (see ``_certain``), and whether the word is a given name.
WordInfo = tuple[
    str, str, bool, tuple[int, ...], bool, bool, bool, bool, bool, bool, int, tuple[int, ...], bool
]


# The WordInfo before the first word of a text: nothing joins it.
_NO_WORD: WordInfo = ("", "", False, (), False, False, False, False, False, False, -1, (), False)


@dataclass
class _Scan:
    """The ZWNJ edits a text may take, by kind, and the signs of how it lost its ZWNJs."""

    joins: list[Edit]  # spaces that become ZWNJs (می شود، کتاب ها)
    names: list[Edit]  # spaces inside family names (احمدی نژاد): joined in every text
    inserts: list[Edit]  # ZWNJs inserted into glued words (میشود، کتابها)
    spaced: bool = False  # an inflection is written apart (می شود)
    glued: bool = False  # an inflection is written glued (میشود)
    intact: bool = False  # an inflection is written with its ZWNJ (می‌شود)

    def by_loss(self) -> list[Edit]:
        """The edits that repair how the text lost its ZWNJs (see ``Restorer.edits``)."""
        if self.spaced and not self.glued:
            return self.joins
        if self.glued and not self.spaced:
            return self.inserts
        if self.intact and not self.spaced:  # (nor glued) the text keeps its ZWNJs: as written
            return []
        if not self.joins or not self.inserts:
            return self.joins or self.inserts
        return sorted(self.joins + self.inserts)  # two sorted runs: about linear


class Restorer:
    """Word-level decisions over one lexicon, memoised (news repeats its words)."""

    def __init__(
        self, lex: Lexicon, whole: frozenset[str] = frozenset(), given: frozenset[str] = frozenset()
    ) -> None:
        self.lex = lex
        self.whole = whole  # words never split, whatever their parts (see ``solid_names``)
        self.given = given  # given names (see ``given_name_keys``): a family name follows one
        self.split = lru_cache(maxsize=200_000)(self._split)
        self._words: dict[str, WordInfo] = {}
        # Words that morphology may join to the word before or after them (see ``join``):
        # a pair with neither joins only when ``lex.join_pairs`` lists it.
        self._joins_before = frozenset(
            {*_ALWAYS, *_AFTER_VOWEL, *_AFTER_HE, *NAME_PARTS, *lex.right, *_ADJ_PARTICIPLES}
        )
        self._joins_after = _VERB_PREFIXES | _JOIN_LEFT
        self._no_plural = lex.stop - _DEMONSTRATIVES
        # the two sides of the pairs the lexicon joins, so that most pairs need no look-up
        self._listed_before = frozenset(a for a, _ in lex.join_pairs)
        self._listed_after = frozenset(b for _, b in lex.join_pairs)

    def _core(self, s: str, whole: bool = True) -> Split | None:
        """(ZWNJ offsets, cost, kind) if ``s`` can be a stem, else None.

        kind: _NOUN (takes any suffix), _VERB (takes none), _PARTICIPLE (takes the perfect).
        """
        lex = self.lex
        kind = _kind(s, lex.verbs)
        if whole and s in lex.zwnj:
            return lex.zwnj[s], _RARE, kind
        if whole and s in lex.rank:  # a known word that is also a verb form is a noun too (سوخت)
            return (), math.log(lex.rank[s] + 10), kind if kind == _PARTICIPLE else _NOUN
        if kind != _NOUN:
            return (), _RARE, kind
        return self._prefixed_verb(s) or self._compound(s)

    def _prefixed_verb(self, s: str) -> Split | None:
        """می/نمی before a known verb form, also after a preverb (برمی‌گردد), or before what
        has the shape of a verb (an unknown verb: می + ... + ending)."""
        after_mi = self.lex.after_mi
        for p in _PREFIXES:
            for pre in _PREVERBS:
                rest = s[len(pre) + len(p) :]
                if s.startswith(pre + p) and rest in after_mi:
                    return (len(pre) + len(p),), _RARE, _kind(rest, self.lex.verbs) or _VERB
            if (
                s.startswith(p)
                and len(s) > len(p) + 2
                and s.endswith(_VERB_END)
                and not self._two_words(s)
            ):
                return (len(p),), _GUESS, _VERB
        return None

    def _compound(self, s: str) -> Split | None:
        """The cheapest cut of ``s`` into a known left part and a productive right part."""
        best = None
        for cut in range(len(s) - 2, 1, -1):
            left, right = s[:cut], s[cut:]
            if left[-1] in _NON_JOINING:
                continue
            cost = self._compound_cost(left, right)
            if cost is not None and (best is None or cost < best[1]):
                best = ((cut,), cost, _NOUN)
        return best

    def _compound_cost(self, left: str, right: str) -> float | None:
        """The cost of ``left + right`` as a compound, or None: a known word and a
        right part (-رسانی) or an adjectival participle, a left part (نیمه-) and a known
        word, a known word and a verb stem (اطلاع‌رسانی), a family name (هاشمی‌فر)."""
        lex = self.lex
        if (right in lex.right or right in _ADJ_PARTICIPLES) and left in lex.rank:
            return _RARE + 1.0 + 0.1 * math.log(lex.rank[left] + 10)
        if left in lex.left and right in lex.rank and len(right) > 2:
            return _RARE + 1.0 + 0.1 * math.log(lex.rank[right] + 10)
        if right in lex.verbal and _verbal_left(left, right, lex):
            return _VERBAL_COST + 0.1 * math.log(lex.rank[left] + 10)
        if right in NAME_PARTS and left[-1] == "ی" and len(left) > 3:
            return _GUESS  # a family name: هاشمی‌فر، جمشیدی‌پور
        return None

    def _joined_words(self, s: str) -> bool:
        """``s`` is two known words of three letters or more after a letter that joins
        nothing, so that it needs no ZWNJ (غیرنهایی: غیر + نهایی)."""
        rank = self.lex.rank
        return any(
            s[k - 1] in _NON_JOINING and s[:k] in rank and s[k:] in rank
            for k in range(3, len(s) - 2)
        )

    def _two_words(self, s: str) -> bool:
        """``s`` is two known words of three letters or more (میرسلیم: میر + سلیم)."""
        rank = self.lex.rank
        return any(s[:k] in rank and s[k:] in rank for k in range(3, len(s) - 2))

    def _split(self, s: str) -> tuple[int, ...]:
        """Where ZWNJs go in the ZWNJ-free word ``s`` (empty: leave it alone)."""
        if s in self.whole or self._given_compound(s):
            return ()
        if s in self.lex.zwnj:
            return self.lex.zwnj[s]
        if s in self.lex.rank:
            return ()
        return self.analyse(s)

    def _given_compound(self, s: str) -> bool:
        """``s`` is a given name + a family-name part or another given name (غلامپور،
        کیانپور، علیمحمدی): a family name, which keeps the spelling it is given."""
        given = self.given
        for k in range(2, len(s) - 1):
            if s[:k] in given:
                rest = s[k:]
                if rest in NAME_PARTS or rest in given or (rest[-1] == "ی" and rest[:-1] in given):
                    return True
        return False

    def analyse(self, s: str) -> tuple[int, ...]:
        """ZWNJ offsets for ``s`` from morphology alone (``s`` itself is not looked up): the
        cheapest of ``s`` as a stem, as a stem with a glued ending, as a stem + suffix."""
        core = self._core(s, whole=False)
        best = (core[0], core[1]) if core else None
        for candidate in (
            *(self._glued_end(s, end) for end in _GLUED_ENDS if s.endswith(end)),
            *(self._suffixed(s, suf) for suf in _SUFFIXES if s.endswith(suf)),
        ):
            if candidate is not None and (best is None or candidate[1] < best[1]):
                best = candidate
        return best[0] if best else ()

    def _glued_end(self, s: str, end: str) -> tuple[tuple[int, ...], float] | None:
        """``s`` as a known noun + a glued ی or plural ان (کمتری، حقوقدانان)."""
        stem = s[: -len(end)]
        if len(stem) <= 3 or stem[-1] in "هیاو":
            return None
        core = self._core(stem)
        if core and core[2] == _NOUN:
            return core[0], core[1] + _GLUED_END_COST
        return None

    def _suffixed(self, s: str, suf: str) -> tuple[tuple[int, ...], float] | None:
        """``s`` as a stem + the suffix ``suf`` (کتاب‌ها، خانه‌ای، رفته‌اند), with its
        cost; None if ``s`` cannot be read so."""
        stem = s[: -len(suf)]
        cost = _suffix_cost(s, suf) if len(stem) >= 2 else None
        if cost is None:
            return None
        core = self._core(stem)
        if core is None:  # an unknown stem: a plural (سکانس‌ها), or a perfect
            # (برتابانده‌اند), unless the word reads as two known words (غیر + نهایی)
            if (
                len(stem) < 3
                or not (suf.startswith("ها") or suf in _PERFECT_ONLY)
                or self._joined_words(s)
            ):
                return None
            core = ((), _UNKNOWN, _NOUN)
        elif core[2] == _VERB or (suf in _ALWAYS and stem in self._no_plural):
            return None  # a function word takes no plural, no comparative (فی‌ها)
        if len(stem) < 3 and suf.startswith("تر") and self.lex.rank.get(stem, 0) >= _COMMON:
            return None  # a rare stem of two letters: a foreign word (دکترین، چستر)
        cost += self._stem_cost(stem, suf, core[2])
        pos = core[0] if stem[-1] in _NON_JOINING else (*core[0], len(stem))
        return pos, core[1] + cost

    def _stem_cost(self, stem: str, suf: str, kind: int) -> float:
        """What a stem of ``kind`` adds to the cost of ``suf``: the perfect wants a
        participle (رفته‌اند); ای after a noun is the indefinite (کلمه‌ای), as likely as a
        plural (کلم‌های); a past stem as a noun takes a plural rarely (داشت‌های)."""
        if suf in _PERFECT and stem[-1] == "ه":
            if kind == _PARTICIPLE:
                return -1.0
            return 0.0 if suf == "ای" else 2.0
        if suf in _ALWAYS and stem in self.lex.verbs:
            return _VERB_NOUN
        return 0.0

    def join(self, a: str, b: str) -> bool:
        """Should the space between words ``a`` and ``b`` be a ZWNJ?"""
        if self.join_by_morphology(a, b):
            return (a, b) not in self.lex.no_join
        return (a, b) in self.lex.join_pairs

    def join_by_morphology(self, a: str, b: str) -> bool:
        lex = self.lex
        if a in _VERB_PREFIXES:  # می/نمی, also after a preverb (برمی گردد)
            return b not in lex.stop
        if a in lex.stop:
            if a in _JOIN_LEFT:  # بی کار، بی انصافی
                return b not in lex.stop and b not in _SUFFIXES and (b in lex.rank or len(b) > 3)
            return False
        if b in _ALWAYS:
            return True
        if b in _AFTER_VOWEL:
            return a[-1] in "هی"
        if b in _AFTER_HE:
            return a[-1] == "ه" and len(a) > 2 and not (b == "ی" and _sounded_he(a))
        if b in NAME_PARTS and a[-1] == "ی":
            return True
        # a compound right part, unless it is the future auxiliary (خواهی: you will)
        return b in lex.right and not b.startswith("خواه") and a in lex.rank

    def join_participle(self, a: str, after: str) -> bool:
        """``a شده`` is one adjective (اعلام‌شده) before a noun or preposition, two words
        (a passive verb) before an auxiliary, a conjunction or the end of the clause."""
        return (
            bool(after)
            and not after.startswith(_AUX_STARTS)
            and after not in _CLAUSE_ENDS
            and not any(
                after.startswith(p) and after[len(p) :] in self.lex.verbs for p in _PREFIXES
            )
            and a in self.lex.rank
            and a not in self.lex.stop
            and a[-1] not in _NON_JOINING
        )

    def edits(self, text: str) -> list[Edit]:
        """ZWNJ edits for ``text``, restoring only the way the text shows it lost them.

        A text that writes «می شود» and «کتاب ها» but never «میشود» or «کتابها» lost its
        ZWNJs to spaces: its glued words are as the author wrote them. One that glues them
        and never spaces them lost them outright: its spaces are the author's. One that
        shows neither loss but writes «می‌شود» or «کتاب‌ها» keeps its ZWNJs: it is left as
        written. A text with both signs, or none at all, gets both repairs. A final ی after
        ه (قرهی، فقیهی) is split only where the next word lets it be an Ezafe. Family names
        are joined in every text (احمدی نژاد، رحمت الله): a fact is only as findable as its
        names.
        """
        scan = self._scan(text)
        kept = scan.by_loss()
        return sorted(scan.names + kept) if scan.names else kept

    def _scan(self, text: str) -> _Scan:
        """Every ZWNJ edit ``text`` may take, and the signs of how it lost its ZWNJs."""
        joins: list[Edit] = []
        names: list[Edit] = []
        inserts_out: list[Edit] = []
        spaced = glued = intact = False
        words = self._words
        pos, prev = 0, _NO_WORD
        # consecutive (gap, word) pairs tile the text up to its last word, so offsets follow
        # from lengths (no match objects); each word's own edits are memoised
        for gap, word in self._gaps_and_words(text):
            start = pos + len(gap)
            pos = start + len(word)
            info = words.get(word) or self._word_info(word)
            (
                first,
                _,
                _,
                inserts,
                joins_before,
                _,
                listed_after,
                _,
                word_glued,
                word_intact,
                ez,
                *_,
            ) = info
            if prev[12]:  # a family name: only the certain splits (see ``_certain``)
                inserts, ez = info[11], -1
            # the cheap tests first: most pairs of words can never be joined
            if (joins_before or prev[5] or (listed_after and prev[7])) and gap == " ":
                if self._space_joins(prev, info, text, pos):
                    edit = Edit(start - 1, start, ZWNJ)
                    (names if first in _NAME_JOINS else joins).append(edit)
                    spaced = spaced or _inflectional(prev[1], first)
            if inserts:
                inserts_out.extend(Edit(start + k, start + k, ZWNJ) for k in inserts)
                glued = glued or word_glued
            if ez >= 0 and self._ezafe(text, pos):
                inserts_out.append(Edit(start + ez, start + ez, ZWNJ))
            intact = intact or word_intact
            prev = info
        return _Scan(joins, names, inserts_out, spaced, glued, intact)

    def _space_joins(self, prev: WordInfo, info: WordInfo, text: str, end: int) -> bool:
        """Does the space between the words of ``prev`` and ``info`` (which ends at ``end``)
        become a ZWNJ? Where morphology may join them (``join_by_morphology``), or the
        lexicon lists the pair."""
        first, _, whole, _, joins_before, *_ = info
        prev_last = prev[1]
        if not (first and prev_last):
            return False
        if not (joins_before or prev[5]) and (prev_last, first) not in self.lex.join_pairs:
            return False
        return self.join(prev_last, first) or (
            whole
            and first in _ADJ_PARTICIPLES
            and self.join_participle(prev_last, _next_word(text, end))
        )

    def _gaps_and_words(self, text: str) -> Iterator[tuple[str, str]]:
        """``_SPACED_WORD.findall(text)``, a chunk at a time, each cut after a word: a large
        document never holds all its pairs at once. The scan stops at the last word: a run
        of other characters that no word follows (a Latin text) is searched again from each
        of its positions, which was quadratic in its length."""
        # the last word is near the end, unless the text ends with something else
        last = _LAST_WORD_END.search(text, max(0, len(text) - 256)) or _LAST_WORD_END.search(text)
        end = last.start() + 1 if last else 0
        pos = 0
        while pos < end:
            more = _WORD.search(text, pos + _CHUNK, end)
            cut = more.end() if more else end
            yield from _SPACED_WORD.findall(text, pos, cut)
            pos = cut
            if len(self._words) > _MEMO_MAX:  # bound the memory; news repeats its words
                self._words.clear()

    def _word_info(self, word: str) -> WordInfo:
        pieces = word.split(ZWNJ)
        inserts: list[int] = []
        certain: list[int] = []  # the insertions made even in a family name
        ezafe = -1
        restored: list[str] = []  # the pieces of the word once its ZWNJs are in
        glued = intact = False
        pos = 0
        for piece in pieces:
            cuts = self._cuts(piece) if 3 < len(piece) <= _LONGEST_WORD else ()
            if cuts:
                parts = [piece[a:b] for a, b in zip((0, *cuts), (*cuts, len(piece)), strict=True)]
                for k, left, right in zip(cuts, parts, parts[1:], strict=False):
                    if right == "ی" and left[-1] == "ه" and pos + k == len(word) - 1:
                        ezafe = pos + k
                    else:
                        inserts.append(pos + k)
                        if self._certain(left, right):
                            certain.append(pos + k)
                glued = glued or _any_inflectional(parts)
            else:
                parts = [piece]
            # a ZWNJ written before an inflection counts as the text keeping its ZWNJs even
            # where the inflection begins a longer piece: «رضا‌هایساز», whose space a first
            # repair joined because its second word begins with «های»
            intact = intact or bool(restored) and _inflectional(restored[-1], parts[0])
            restored.extend(parts)
            pos += len(piece) + 1
        # decisions about the neighbours look at the restored pieces, as they will be seen
        # when the repaired text is repaired again (so that a second repair changes nothing)
        first, last = restored[0], restored[-1]
        info = (
            first,
            last,
            len(restored) == 1,
            tuple(inserts),
            first in self._joins_before,
            last in self._joins_after,
            first in self._listed_after,
            last in self._listed_before,
            glued,
            intact or _any_inflectional(pieces),
            ezafe,
            tuple(certain),
            ZWNJ not in word and word in self.given,
        )
        self._words[word] = info
        return info

    def _certain(self, left: str, right: str) -> bool:
        """A ZWNJ between ``left`` and ``right`` is made even in a family name: می/نمی before
        a verb form (علی میگوید), an inflection on a known word (کتابها), a family-name part
        after ی (هاشمی‌پور), and what is never written glued: a part after a silent ه
        (عهده‌دار), before آ (نجم‌آبادی) or the Arabic article (علیه‌السلام). Not an
        inflection on an unknown word (یوسف شریها), nor two words (علی پاکدامن، فاطمه غلامپور).
        """
        if left in _VERB_PREFIXES:
            return right in self.lex.after_mi
        if right in _SUFFIXES:
            return left in self.lex.rank or left in self.lex.zwnj
        if right in NAME_PARTS:
            return left[-1] == "ی"
        silent_he = left[-1] == "ه" and len(left) > 1 and not _sounded_he(left)
        return silent_he or right.startswith(("آ", "ال"))

    def _ezafe(self, text: str, end: int) -> bool:
        """A final ی after ه, ending at ``end``, is an Ezafe (سده‌ی بیستم) that joins the word
        to what follows: not at the end of the text or a phrase, nor before a conjunction,
        preposition, auxiliary or a verb with می (a name written whole: «فقیهی گفت»،
        «قرهی در»، «فقیهی میگوید»)."""
        after = end + 1 if text.startswith(" ", end) else end  # «ناگهی ، یلدا»: tokenized text
        if after >= len(text) or text[after] in _PHRASE_ENDS:
            return False
        first = _next_word(text, end).partition(ZWNJ)[0]
        verb = self.lex.after_mi  # after می/نمی only: bare, many are nouns too (مردم)
        return first not in _NO_EZAFE_BEFORE and not any(
            first.startswith(p) and first[len(p) :] in verb for p in _PREFIXES
        )

    def _cuts(self, piece: str) -> tuple[int, ...]:
        """Where ZWNJs go in ``piece``, until no part it is cut into would be cut again."""
        cuts = self.split(piece)
        while cuts:
            bounds = (0, *cuts, len(piece))
            more = {
                a + k
                for a, b in zip(bounds, bounds[1:], strict=False)
                if b - a > 3
                for k in self.split(piece[a:b])
            }
            if not more:
                break
            cuts = tuple(sorted({*cuts, *more}))
        return cuts


def _inflectional(left: str, right: str) -> bool:
    """A ZWNJ between ``left`` and ``right`` marks a verbal prefix or a suffix (می‌شود،
    کتاب‌ها، بی‌تردید): how a text writes these shows how it lost its ZWNJs."""
    return left in _SPACED_LEFT or right in _INFLECTIONS


def _any_inflectional(pieces: list[str]) -> bool:
    return any(_inflectional(a, b) for a, b in zip(pieces, pieces[1:], strict=False))


def _next_word(text: str, end: int) -> str:
    """The word after one space at ``end``, or '' (punctuation, end of text)."""
    if end >= len(text) or text[end] != " ":
        return ""
    m = _WORD.match(text, end + 1)
    return m.group() if m else ""


@cache
def _default() -> Restorer:
    return Restorer(default_lexicon(), solid_names(), given_name_keys())


def zwnj_edits(text: str) -> list[Edit]:
    """Sorted, non-overlapping edits that insert ZWNJs or turn spaces into ZWNJs."""
    return _default().edits(text)
