"""Where one Persian word takes ZWNJs, and which two words a ZWNJ joins (see ``zwnj.py``).

A known word is looked up; an unknown one is analysed as prefix + stem + suffixes, each
affix with a cost from how often it follows a stem in news, and the cheapest split wins.
"""

from __future__ import annotations

import math
from functools import lru_cache

from khabar.text.zwnj_lexicon import Lexicon

# Letters that never join the next letter: a ZWNJ after them is invisible, so it is never
# inserted into glued text (but a space after them may still become one: «کار ها»).
_NON_JOINING = frozenset("آأإاؤدذرزژوۀةء")
# Inflectional suffixes with a cost (natural log; lower = more likely), from how often each
# follows a stem in news. Plural ها and comparative تر/ترین follow any joining letter.
ALWAYS = {"ها": 0.0, "های": 0.0, "هایی": 0.5, "هایش": 1.0, "هایم": 1.5, "هایت": 2.0}
ALWAYS |= {"هایمان": 1.5, "هایتان": 1.5, "هایشان": 1.0, "هاست": 1.5}
ALWAYS |= {"ترین": 0.5, "تر": 1.0, "تری": 1.5}
# Indefinite ای and the clitics/copula follow a final silent ه or ی (خانه‌ای، زندگی‌اش).
AFTER_VOWEL = {"ای": 0.0, "ام": 1.5, "ات": 2.0, "اش": 1.0, "ایم": 1.5, "اید": 1.5, "اند": 1.0}
# Possessive clitics take a ZWNJ after a silent ه (علاقه‌تان) but are glued after ی (زندگیشان);
# so does ی after a silent ه (برنامه‌ی), not after a sounded one (راهی: see sounded_he).
_AFTER_HE = {"شان": 1.5, "تان": 2.0, "مان": 2.0, "ی": 1.5}
# A known word + glued ی or plural ان (کمتری، دفتری، حقوقدانان) keeps its own spelling.
_GLUED_ENDS = ("ی", "ان")
_GLUED_END_COST = 1.0
_COMMON = 5000  # frequency rank under which a stem is common
_DEMONSTRATIVES = frozenset(("همان", "همین"))  # function words that take a plural (همان‌ها)
SUFFIXES = sorted(ALWAYS | AFTER_VOWEL | _AFTER_HE, key=len, reverse=True)
_PERFECT = {"ام", "ای", "ایم", "اید", "اند"}  # after a participle (خریده‌اند): a verb
_PERFECT_ONLY = {"اند", "اید", "ام"}  # after ه these endings are (nearly) always the perfect
NAME_PARTS = frozenset("پور زاده فر نیا نژاد راد منش".split())  # family-name right parts
# A bound left part that a space wrongly separates from the next word (بی کار، بی انصافی),
# a @stop word (never joined by the other rules);
# نیمه is left out: news writes «نیمه اول»، «نیمه خرداد» apart.
JOIN_LEFT = frozenset(("بی",))
# «X شده» before a noun is an adjective written with ZWNJ (اعلام‌شده در)...
ADJ_PARTICIPLES = frozenset(("شده",))
# ...but a passive verb before an auxiliary or at a clause boundary (اعلام شده است).
_AUX_STARTS = ("است", "بود", "باش", "شد", "شو", "خواه", "گرد")
_CLAUSE_ENDS = frozenset("و که تا یا نیز هم اما ولی می نمی اند ای ام ایم اید".split())
_VERBAL_COST = math.log(30000)
_NOUN, _VERB, _PARTICIPLE = 0, 1, 2
_VERB_NOUN = 1.5  # extra cost of a plural on a past stem used as a noun (داشت‌های)
PREFIXES = ("نمی", "می")  # verbal prefixes, only before a known verb form
_VERB_END = ("ند", "ید", "یم", "د", "م")
_PREVERBS = ("", "بر", "باز", "فرو", "فرا", "در", "ور", "وا")
VERB_PREFIXES = frozenset(pre + p for pre in _PREVERBS for p in PREFIXES)
_RARE = math.log(3000)  # cost of a stem known only as a verb form or a lexicon compound
_GUESS = math.log(30000)  # cost of a verb known only by its shape
_UNKNOWN = math.log(10**6)  # cost of a plural resting on an unknown stem (ترکمن‌ها)


def _verbal_left(left: str, right: str, lex: Lexicon) -> bool:
    """``left`` can open a compound on a verb stem (اطلاع‌رسانی): a known word of three letters
    or more, no demonstrative (ایندران); and -ستان after it is the place suffix, written
    glued (کوهستان، بنگستان)."""
    return left in lex.rank and len(left) > 2 and right != "ستان" and left not in ("این", "آن")


def sounded_he(stem: str) -> bool:
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
        if stem[-1] != "ه" or len(stem) < 3 or (suf == "ی" and sounded_he(stem)):
            return None
        return _AFTER_HE[suf]
    if suf in ALWAYS:
        return ALWAYS[suf]
    if stem[-1] not in "هی":
        return None
    return AFTER_VOWEL[suf] + (1.0 if stem[-1] == "ی" else 0.0)


# A reading of a stem: where its ZWNJs go, its cost, its kind (_NOUN, _VERB, _PARTICIPLE).
Split = tuple[tuple[int, ...], float, int]


class WordSplitter:
    """Where one word takes ZWNJs, and which two words join, over one lexicon; memoised
    (news repeats its words)."""

    def __init__(
        self, lex: Lexicon, whole: frozenset[str] = frozenset(), given: frozenset[str] = frozenset()
    ) -> None:
        self.lex = lex
        self.whole = whole  # words never split, whatever their parts (see ``solid_names``)
        self.given = given  # given names (see ``given_name_keys``): a family name follows one
        self.split = lru_cache(maxsize=200_000)(self._split)
        # Words that morphology may join to the word before or after them (see ``join``):
        # a pair with neither joins only when ``lex.join_pairs`` lists it.
        self._joins_before = frozenset(
            {*ALWAYS, *AFTER_VOWEL, *_AFTER_HE, *NAME_PARTS, *lex.right, *ADJ_PARTICIPLES}
        )
        self._joins_after = VERB_PREFIXES | JOIN_LEFT
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
        for p in PREFIXES:
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
        if (right in lex.right or right in ADJ_PARTICIPLES) and left in lex.rank:
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
            *(self._suffixed(s, suf) for suf in SUFFIXES if s.endswith(suf)),
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
        elif core[2] == _VERB or (suf in ALWAYS and stem in self._no_plural):
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
        if suf in ALWAYS and stem in self.lex.verbs:
            return _VERB_NOUN
        return 0.0

    def join(self, a: str, b: str) -> bool:
        """Should the space between words ``a`` and ``b`` be a ZWNJ?"""
        if self.join_by_morphology(a, b):
            return (a, b) not in self.lex.no_join
        return (a, b) in self.lex.join_pairs

    def join_by_morphology(self, a: str, b: str) -> bool:
        lex = self.lex
        if a in VERB_PREFIXES:  # می/نمی, also after a preverb (برمی گردد)
            return b not in lex.stop
        if a in lex.stop:
            if a in JOIN_LEFT:  # بی کار، بی انصافی
                return b not in lex.stop and b not in SUFFIXES and (b in lex.rank or len(b) > 3)
            return False
        if b in ALWAYS:
            return True
        if b in AFTER_VOWEL:
            return a[-1] in "هی"
        if b in _AFTER_HE:
            return a[-1] == "ه" and len(a) > 2 and not (b == "ی" and sounded_he(a))
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
            and not any(after.startswith(p) and after[len(p) :] in self.lex.verbs for p in PREFIXES)
            and a in self.lex.rank
            and a not in self.lex.stop
            and a[-1] not in _NON_JOINING
        )
