"""Restore the zero-width non-joiner (ZWNJ, U+200C) that scraped Persian loses.

Two losses are repaired: *glued* (``میشود`` for ``می‌شود``) and *spaced* (``می شود``).
A word is looked up in a lexicon built from corpora (``data/zwnj_words.txt``, written by
``benchmarks/build_zwnj_lexicon.py``); an unknown word is analysed as prefix + stem +
suffixes (می/نمی + verb, -ها/-ای/-ترین..., compound right parts such as -رسانی), and the
split whose stem is the most frequent known word wins. A known whole word is never split, and
an unknown one only between known parts: a known stem and a known affix, or two known words
(a name or a foreign word stays whole: مینه‌سوتا، دکترین).
Everything is dict/set look-ups on whole words, memoised per word. The decisions on one
word and on two neighbours are in ``zwnj_words.py``; here a text is scanned for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from khabar.letters import WORD_LETTERS, ZWNJ
from khabar.text.offsets import Edit
from khabar.text.runs import cut_runs, holds_marks
from khabar.text.zwnj_lexicon import Lexicon, default_lexicon, given_name_keys, solid_names
from khabar.text.zwnj_words import (
    ADJ_PARTICIPLES,
    AFTER_VOWEL,
    ALWAYS,
    JOIN_LEFT,
    NAME_PARTS,
    PREFIXES,
    SUFFIXES,
    VERB_PREFIXES,
    WordSplitter,
    sounded_he,
)

_WORD = re.compile(f"[{WORD_LETTERS}]+")
# A word, kept by a group: a text split by it alternates the non-word characters before each
# word and the word (see ``Restorer.edits``); possessive: no backtracking
_SPLIT_WORDS = re.compile(f"([{WORD_LETTERS}]++)")
# Words with one space between them, kept whole by a group: most of a text's words are in such
# runs, and a match costs far more than a character; each run's words and spaces are cut
# apart after in C (see ``_gaps_and_words``)
_SPLIT_RUNS = re.compile(f"([{WORD_LETTERS}]++(?: [{WORD_LETTERS}]++)*+)")
# The same runs in a text with no two spaces together: a word's letters and the single spaces
# between words are one class, scanned in one loop of ``re`` (no step per word), given back to
# the run's last letter
_SPLIT_RUNS_FLAT = re.compile(f"([{WORD_LETTERS}](?:[{WORD_LETTERS} ]*[{WORD_LETTERS}])?)")
_LAST_WORD_END = re.compile(f"[{WORD_LETTERS}][^{WORD_LETTERS}]*+\\Z")
_CHUNK = 1 << 16  # characters scanned at once: the (gap, word) pairs of a chunk are a list
# Longer runs of letters are no word (the longest in the shared news has 28): splitting one
# tries every cut, each a copy, which is quadratic in its length. They stay as written.
_LONGEST_WORD = 64
_MEMO_MAX = 50_000  # words remembered before the memo starts afresh (about 15 MB)
_NAME_JOINS = NAME_PARTS | {"الله"}  # joined to the word before in any text (see edits)
# Words that no Ezafe joins to the word before them: conjunctions, prepositions, verbs.
_NO_EZAFE_BEFORE = frozenset(
    "و در به از که را با برای تا بر یا اما ولی نیز اگر پس چون است هست نیست بود شد کرد باید"
    " نباید می نمی گفت افزود داد دارد".split()
)
_PHRASE_ENDS = frozenset(".,،;؛:?؟!)]»\n")  # no Ezafe before these
# Words that a plural's Ezafe (کتاب‌های) never precedes: there a glued «...های» whose letters
# also read as a known word ending in ه + ای is that word (نامه‌ای که، زمینه‌ای از،
# شکسته‌ای.); news writes «‌های» before them in 0.2 % of its plurals, slips.
_NO_PLURAL_EZAFE_BEFORE = frozenset("و که را یا از است بود شد نیست هست".split())
# Prefixes and suffixes whose ZWNJ, spaced or glued, shows how a text lost its ZWNJs
# (see ``Restorer.edits``).
_INFLECTIONS = frozenset(ALWAYS) | frozenset(AFTER_VOWEL)
_SPACED_LEFT = VERB_PREFIXES | JOIN_LEFT

# What ``Restorer.edits`` needs to know about a word, split at its ZWNJs into pieces: its first
# and last piece; whether it has no ZWNJ inside; the ZWNJ insertions, relative to the word;
# whether morphology may join its first piece to the word before, its last piece to the word
# after; whether a listed join pair may end with its first piece, begin with its last one;
# whether an insertion goes after می/نمی or before a suffix (میشود، کتابها); whether a ZWNJ
# stands there already (می‌شود، کتاب‌ها); where a final ی after ه, an Ezafe if the next
# word allows it (see ``_ezafe``), would take a ZWNJ (-1: nowhere). A plain tuple: it unpacks
# faster than a NamedTuple. Then the insertions kept where the word stands after a given
# name (see ``_certain``), and whether the word is a given name. Last, whether the word
# may take an edit of its own: an insertion, an Ezafe, a join to the word before by
# morphology, or a ZWNJ written (most words take none: ``Restorer._scan`` passes them by).
# Last, where a final «های» would take its ZWNJ after ه instead (نامهای: نامه‌ای), read so
# where no Ezafe can follow (see ``_no_plural_ezafe``), and that ZWNJ (-1: nowhere).
WordInfo = tuple[
    str,
    str,
    bool,
    tuple[int, ...],
    bool,
    bool,
    bool,
    bool,
    bool,
    bool,
    int,
    tuple[int, ...],
    bool,
    bool,
    int,
]


# The WordInfo before the first word of a text: nothing joins it.
_NO_WORD: WordInfo = ("", "", False, (), *(False,) * 6, -1, (), False, False, -1)


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


class Restorer(WordSplitter):
    """The ZWNJ edits of a text, from the word-level decisions of ``WordSplitter``; each
    word's own edits memoised."""

    def __init__(
        self, lex: Lexicon, whole: frozenset[str] = frozenset(), given: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(lex, whole, given)
        self._words: dict[str, WordInfo] = {}

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
        known = self._words.get  # bound once: a look-up per word
        pos, prev = 0, _NO_WORD
        # consecutive (gap, word) pairs tile the text up to its last word, so offsets follow
        # from lengths (no match objects); each word's own edits are memoised
        for pairs in self._gaps_and_words(text):
            for gap, word in pairs:
                start = pos + len(gap)
                pos = start + len(word)
                info = known(word) or self._word_info(word)
                if not (info[13] or prev[5] or (info[6] and prev[7])):
                    prev = info  # no edit of its own, joined to the word before by nothing
                    continue
                # fields read by index, not unpacked: most words take no edit, and a starred
                # unpacking makes a list at every word
                if prev[12]:  # a family name: only the certain splits (see ``_certain``)
                    inserts, ez = info[11], -1
                else:
                    inserts, ez = info[3], info[10]
                # the cheap tests first: most pairs of words can never be joined
                if (info[4] or prev[5] or (info[6] and prev[7])) and gap == " ":
                    if self._space_joins(prev, info, text, pos):
                        first = info[0]
                        edit = Edit(start - 1, start, ZWNJ)
                        (names if first in _NAME_JOINS else joins).append(edit)
                        spaced = spaced or _inflectional(prev[1], first)
                if inserts:
                    if info[14] >= 0 and self._no_plural_ezafe(text, pos):
                        plural = len(word) - 3  # نامهای before «که»: نامه‌ای
                        inserts = tuple(info[14] if k == plural else k for k in inserts)
                    inserts_out.extend(Edit(start + k, start + k, ZWNJ) for k in inserts)
                    glued = glued or info[8]
                if ez >= 0 and self._ezafe(text, pos):
                    inserts_out.append(Edit(start + ez, start + ez, ZWNJ))
                if info[9]:
                    intact = True
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
            and first in ADJ_PARTICIPLES
            and self.join_participle(prev_last, _next_word(text, end))
        )

    def _gaps_and_words(self, text: str) -> Iterator[Iterable[tuple[str, str]]]:
        """Each word with the non-word characters before it, a chunk at a time (the pairs
        of a chunk looped over by the caller: no generator step per word; a chunk split in
        one list, gap and word in turn, whose pairs ``zip`` makes in one tuple it reuses,
        where ``findall`` of the pairs made a tuple for each), each cut after a word: a large
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
            yield _pairs(text[pos:cut])
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
        joins_before = first in self._joins_before
        intact = intact or _any_inflectional(pieces)
        info = (
            first,
            last,
            len(restored) == 1,
            tuple(inserts),
            joins_before,
            last in self._joins_after,
            first in self._listed_after,
            last in self._listed_before,
            glued,
            intact,
            ezafe,
            tuple(certain),
            ZWNJ not in word and word in self.given,
            bool(inserts) or joins_before or intact or ezafe >= 0,
            self._indefinite(restored, len(word)) if inserts else -1,
        )
        self._words[word] = info
        return info

    def _indefinite(self, restored: list[str], length: int) -> int:
        """Where a word restored as a plural with its Ezafe (نام‌های) would take its ZWNJ as a
        known word ending in a silent ه + the indefinite or perfect ای (نامه‌ای، شکسته‌ای),
        or -1: its last two pieces are the stem and «های», and the stem + ه is a known
        word or a participle."""
        if len(restored) < 2 or restored[-1] != "های" or len(restored[-2]) < 2:
            return -1
        word = restored[-2] + "ه"
        if sounded_he(word) or not (word in self.lex.rank or word in self.lex.verbs):
            return -1
        return length - 2

    def _no_plural_ezafe(self, text: str, end: int) -> bool:
        """No plural's Ezafe can stand before what follows ``end``: the end of the text or of
        a phrase, a conjunction, «را», «از» or a copula (نامه‌ای که، زمینه‌ای از)."""
        after = end + 1 if text.startswith(" ", end) else end
        if after >= len(text) or text[after] in _PHRASE_ENDS:
            return True
        return _next_word(text, end).partition(ZWNJ)[0] in _NO_PLURAL_EZAFE_BEFORE

    def _certain(self, left: str, right: str) -> bool:
        """A ZWNJ between ``left`` and ``right`` is made even in a family name: می/نمی before
        a verb form (علی میگوید), an inflection on a known word (کتابها), a family-name part
        after ی (هاشمی‌پور), and what is never written glued: a part after a silent ه
        (عهده‌دار), before آ (نجم‌آبادی) or the Arabic article (علیه‌السلام). Not an
        inflection on an unknown word (یوسف شریها), nor two words (علی پاکدامن، فاطمه غلامپور).
        """
        if left in VERB_PREFIXES:
            return right in self.lex.after_mi
        if right in SUFFIXES:
            return left in self.lex.rank or left in self.lex.zwnj
        if right in NAME_PARTS:
            return left[-1] == "ی"
        silent_he = left[-1] == "ه" and len(left) > 1 and not sounded_he(left)
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
            first.startswith(p) and first[len(p) :] in verb for p in PREFIXES
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


def _pairs(chunk: str) -> Iterable[tuple[str, str]]:
    """The (gap, word) pairs of ``chunk``, which ends with a word: each word with the
    non-word characters before it, as ``_SPLIT_WORDS.split`` cuts them («», «کتاب», « »,
    «ها», ...), from one match per run of words (``_SPLIT_RUNS``, or ``_SPLIT_RUNS_FLAT``
    where no two spaces stand together: the same runs), each run's words and
    spaces cut apart in C (``runs``; a chunk that holds their marks is split word by word)."""
    if holds_marks(chunk):
        pieces = _SPLIT_WORDS.split(chunk)  # gap, word, ..., word, ""
    else:
        pieces = (_SPLIT_RUNS if "  " in chunk else _SPLIT_RUNS_FLAT).split(chunk)
        if len(pieces) < 3:  # no word
            return ()
        pieces = cut_runs(pieces)  # gap, word, ..., word, ""
    words = iter(pieces)
    return zip(words, words, strict=False)  # the last "" pairs with nothing


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
def default_restorer() -> Restorer:
    """The restorer of the shipped lexicon and name lists, made once per process."""
    return Restorer(default_lexicon(), solid_names(), given_name_keys())


def zwnj_edits(text: str) -> list[Edit]:
    """Sorted, non-overlapping edits that insert ZWNJs or turn spaces into ZWNJs."""
    return default_restorer().edits(text)
