"""``finditer`` that tries a pattern only where a cheap trigger pattern matches.

``re`` scans fast only for a pattern that starts with a literal or a character class: it
then jumps from one candidate character to the next. The date and number patterns start
with a lookbehind (a word boundary), so ``re`` would run the whole pattern at every
position. Here triggers (a digit, a month name ...) find the candidates, all in one scan
for the words, and a pattern is matched there only. The matches are exactly those of
``pattern.finditer``, provided every match of the pattern starts where one of its
triggers matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


def spelled_out(test: Callable[[str], bool], *blocks: range) -> str:
    """The characters of ``blocks`` that pass ``test``, as the body of a class (ranges)."""
    chars = [c for block in blocks for c in block if test(chr(c))]
    runs: list[list[int]] = []
    for c in chars:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)


# A scan tests its first class at every character, and ``re`` answers ``\d`` and ``\w``
# through Unicode's tables, several calls a character. Listed first in a class, the Latin,
# Arabic and punctuation blocks' characters are answered from one bitmap; the category after
# them answers the rest, so the class is the same set: «[^…\D]» is ``\d``, «[^…\w\u200c]»
# is «[^\w\u200c]».
NO_DIGIT = spelled_out(lambda c: not c.isdecimal(), range(0x700), range(0x2000, 0x2070))
WORD_CHARS = spelled_out(lambda c: c.isalnum() or c == "_", range(0x80), range(0x600, 0x700))

# The first digit of a run of digits, whatever stands before it.
RUN_DIGIT = re.compile(rf"[^{NO_DIGIT}\D](?<!\d\d)")
# A digit that starts a word: the first digit of «۱۴۰۴» but not of «F16» or «کووید۱۹».
WORD_DIGIT = re.compile(r"\d(?<![\w\u200c]\d)")
_BOUNDARY = r"(?<![\w\u200c]{c})"  # no letter, digit or ZWNJ before the letter ``c``

# Every word trigger made (see ``word_start``) with its words' rests by first letter, as
# written: ``_trigger_positions`` escapes them for its union and tests them by ``startswith``.
_WORD_TRIGGERS: list[tuple[re.Pattern[str], dict[str, tuple[str, ...]]]] = []
_any_word: list[re.Pattern[str]] = []  # their union (two forms), made on first use
# Letter -> the triggers it opens, each with the rests of its words as written (made with
# ``_any_word``): at a word start a trigger matches where one of its letter's rests follows
_by_letter: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # (index in _WORD_TRIGGERS, rests)


def word_start(words: Iterable[str]) -> re.Pattern[str]:
    """A trigger for any of ``words`` where a word starts (no letter, digit or ZWNJ before).

    Alternatives are grouped by first letter and check the boundary right after it (most
    occurrences of a letter are inside a word and fail there at once); a match is that one
    letter, so that no trigger hides another («یکم» inside «بیست و یکم»).
    """
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    pattern = re.compile(_alternatives(by_first))
    _WORD_TRIGGERS.append((pattern, words_by_first(words)))
    _any_word.clear()
    return pattern


def words_by_first(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """First letter -> the rests of the words it opens."""
    rests: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        rests.setdefault(w[0], []).append(w[1:])
    return {c: tuple(r) for c, r in rests.items()}


def _alternatives(by_first: dict[str, list[str]]) -> str:
    return "|".join(
        f"{re.escape(c)}{_BOUNDARY.format(c=re.escape(c))}(?={'|'.join(rests)})"
        for c, rests in by_first.items()
    )


def _trigger_positions(text: str) -> dict[int, list[int]]:
    """Every position where each trigger matches, from one digit and one word scan, by the
    trigger's ``id``: a pattern hashes its whole compiled code at every look-up (up to some
    15,000 instructions for a date's)."""
    if not _any_word:
        union: dict[str, list[str]] = {}
        for _, by_first in _WORD_TRIGGERS:
            for c, rests in by_first.items():
                union.setdefault(c, []).extend(map(re.escape, rests))
        any_of = "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in union.items())
        # the character before a word start, then the word: spaces and marks are far rarer
        # than the words' first letters, so ``re`` jumps between far fewer candidates
        _any_word.extend((re.compile(rf"[^{WORD_CHARS}\w\u200c](?={any_of})"), re.compile(any_of)))
        _by_letter.clear()
        for k, (_, by_letter) in enumerate(_WORD_TRIGGERS):
            for c, after_c in by_letter.items():
                _by_letter.setdefault(c, []).append((k, after_c))
    runs = [m.start() for m in RUN_DIGIT.finditer(text)]
    out = {id(RUN_DIGIT): runs, id(WORD_DIGIT): [p for p in runs if WORD_DIGIT.match(text, p)]}
    after, at_start = _any_word
    words = [m.start() + 1 for m in after.finditer(text)]
    if at_start.match(text):
        words.insert(0, 0)
    # every position found starts a word, so a trigger's boundary holds there: it matches
    # where its letter stands and one of the letter's rests follows (``str.startswith`` of a
    # tuple), which each position tells with one look-up, not a regex match of every trigger
    found: list[list[int]] = [[] for _ in _WORD_TRIGGERS]
    for p in words:
        for k, word_rests in _by_letter.get(text[p], ()):
            if text.startswith(word_rests, p + 1):
                found[k].append(p)
    for (pattern, _), at in zip(_WORD_TRIGGERS, found, strict=True):
        out[id(pattern)] = at
    return out


# Dates and numbers scan the same text one after the other: its positions are kept.
_last: tuple[str, dict[int, list[int]]] | None = None


def finditer_at(
    pattern: re.Pattern[str], triggers: tuple[re.Pattern[str], ...], text: str
) -> Iterator[re.Match[str]]:
    """The non-empty matches of ``pattern.finditer(text)``, tried only at trigger matches."""
    global _last
    last = _last
    if last is None or last[0] is not text:
        last = _last = (text, _trigger_positions(text))
    lists = [last[1][id(t)] for t in triggers]
    starts = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
    pos = 0
    for at in starts:
        if at < pos:
            continue
        m = pattern.match(text, at)  # lookbehinds still see the text before ``at``
        if m is not None and m.end() > at:
            yield m
            pos = m.end()
