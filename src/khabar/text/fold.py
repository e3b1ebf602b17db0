"""Search folding: one spelling per word, applied identically to indexed text and to queries.

``fold`` maps every way a Persian word is commonly typed to one form, so that a plain
full-text index (SQLite FTS5, ``unicode61``) matches them all:

* Arabic letter forms and hamza seats: ي ى ے ئ -> ی, ك ڪ -> ک, ة ۀ ە ھ ہ -> ه,
  أ إ آ ٱ -> ا, ؤ -> و (a decomposed «ا + ٓ» loses the mark and ends up the same);
* marks, format characters and kashida are deleted: harakat, tanwin, ZWNJ, ZWJ, bidi
  controls, BOM, soft hyphen (``unicode61`` would otherwise split a word at each of them);
* Persian and Arabic-Indic digits -> Latin, ٫ ٬ -> . ,
* presentation forms are read through NFKC;
* the inflectional pieces that are written joined, with a ZWNJ or with a space (``می‌شود``,
  ``می شود``, ``میشود``; ``کتاب‌ها``, ``کتاب ها``) are *glued*: the space after a detached
  ``می``/``نمی`` and before a detached ``ها``/``های``/``تر``/``ترین`` is removed.

Case is left alone (``unicode61`` folds it) so that ``AND``/``OR``/``NOT`` survive in queries.

``fold_parts`` is the other reading of a word: a ZWNJ becomes a space and nothing is glued,
so «می‌شود» yields «می» and «شود». The store indexes both, so «شود» also finds «می‌شود».
``fold_map``/``fold_parts_map`` also return, for every folded character, the offset of the
character of the input it came from (to map search hits back to the unfolded text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from khabar.letters import SEARCH_LETTERS, ZWNJ


def _base(c: str) -> str:
    if unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return ""
    return SEARCH_LETTERS.get(c, c)


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x10000):  # the BMP holds every character we fold; building it is ~30 ms
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE:
            out = "".join(_base(x) for x in unicodedata.normalize("NFKC", c))
        else:
            out = _base(c)
        if out != c:
            table[cp] = out
    return table


def _runs_of(table: dict[int, str]) -> re.Pattern[str]:
    """Runs of the characters ``table`` changes, as one class of code point ranges."""
    points = sorted(table)
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    spans = (re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(f"[{''.join(spans)}]+")


_TABLE = _build_table()
_PARTS_TABLE = {**_TABLE, ord(ZWNJ): " "}
# ``str.translate`` with a dict looks up every character; most characters of Persian text
# are left alone, so translating only the runs that change is ~3x faster, same result. The
# few that repaired text is full of (ZWNJ, آ, ئ, أ, ؤ) are replaced first, one C scan each.
_TABLE_RUNS = _runs_of(_TABLE)
_PARTS_TABLE_RUNS = _runs_of(_PARTS_TABLE)
_FREQUENT = "\u200cآئأؤ"


def _translate(
    text: str, table: dict[int, str], runs: re.Pattern[str], frequent: str = _FREQUENT
) -> str:
    for c in frequent:
        text = text.replace(c, table[ord(c)])
    return runs.sub(lambda m: m.group().translate(table), text)


# The only regex: it matches the horizontal space to delete, so the map stays simple. It
# starts with that space (the lookbehinds include it), so the scan jumps from one space to
# the next instead of trying the pattern at every character; at most spaces a one-letter
# test fails first (a suffix starts with ه or ت, a detached prefix ends with ی).
_SUFFIX = r"(?:ها(?:ی(?:ی|م|ت|ش|مان|تان|شان)?)?|ترین|تر)"
_GLUE_RE = re.compile(
    rf"[^\S\n](?:(?=[^\S\n]*[هت])(?<=[^\W_][^\S\n])[^\S\n]*(?={_SUFFIX}(?![^\W_]))"
    r"|(?<=ی[^\S\n])(?:(?<=(?<![^\W_])می[^\S\n])|(?<=(?<![^\W_])نمی[^\S\n]))[^\S\n]*(?=[^\W\d_]))"
)
WORD_RE = re.compile(r"[^\W_]+")  # what unicode61 calls a token, on folded text


def fold(text: str) -> str:
    """The search form of ``text`` (idempotent)."""
    return _GLUE_RE.sub("", _translate(text, _TABLE, _TABLE_RUNS))


def fold_parts(text: str) -> str:
    """Like ``fold`` but a ZWNJ splits the word and nothing is glued."""
    return _translate(text, _PARTS_TABLE, _PARTS_TABLE_RUNS)


def _translate_map(
    text: str, table: dict[int, str], runs: re.Pattern[str]
) -> tuple[str, list[int]]:
    # only the runs of characters the table changes are looked at one by one: the rest is
    # copied whole, its offsets a range (a search page maps every hit's whole text)
    out: list[str] = []
    src: list[int] = []
    last = 0
    for m in runs.finditer(text):
        start, end = m.span()
        out.append(text[last:start])
        src.extend(range(last, start))
        for i in range(start, end):
            rep = table[ord(text[i])]
            out.append(rep)
            src.extend([i] * len(rep))
        last = end
    out.append(text[last:])
    src.extend(range(last, len(text)))
    return "".join(out), src


def fold_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the offset in ``text`` it comes from."""
    s, src = _translate_map(text, _TABLE, _TABLE_RUNS)
    pieces, keep, last = [], [], 0
    for m in _GLUE_RE.finditer(s):
        pieces.append(s[last : m.start()])
        keep.extend(src[last : m.start()])
        last = m.end()
    pieces.append(s[last:])
    keep.extend(src[last:])
    return "".join(pieces), keep


def fold_parts_map(text: str) -> tuple[str, list[int]]:
    return _translate_map(text, _PARTS_TABLE, _PARTS_TABLE_RUNS)


Sources = Callable[[list[int]], list[int]]


def readings_with_sources(text: str) -> tuple[tuple[str, Sources], tuple[str, Sources]]:
    """``fold(text)`` and ``fold_parts(text)``, each with a function giving, for some
    ascending positions ``p`` of it, ``fold_map(text)[1][p]`` (``fold_parts_map``'s) without
    the whole map: a search page maps a few matches of each hit, and mapping every character
    of its text cost more than finding them. Both readings are translated at once: they
    differ only in what a ZWNJ becomes, and in ``fold``'s glue."""
    both = _translate(text, _BOTH_TABLE, _BOTH_TABLE_RUNS, _FREQUENT[1:])
    translated = both.replace(ZWNJ, "")
    glued = [m.span() for m in _GLUE_RE.finditer(translated)]  # the spaces fold deletes
    pieces, last = [], 0
    for start, end in glued:
        pieces.append(translated[last:start])
        last = end
    pieces.append(translated[last:])

    def sources(positions: list[int]) -> list[int]:
        before_glue: list[int] = []  # the positions in ``translated``
        k, removed = 0, 0
        for start, end in glued:
            while k < len(positions) and positions[k] + removed < start:
                before_glue.append(positions[k] + removed)
                k += 1
            removed += end - start
        before_glue += [p + removed for p in positions[k:]]
        return _sources(text, _TABLE, _TABLE_SHIFTS, before_glue)

    def parts_sources(positions: list[int]) -> list[int]:
        return _sources(text, _PARTS_TABLE, _PARTS_TABLE_SHIFTS, positions)

    return ("".join(pieces), sources), (both.replace(ZWNJ, " "), parts_sources)


# both readings but the ZWNJ, which no other character becomes
_BOTH_TABLE = {cp: c for cp, c in _TABLE.items() if cp != ord(ZWNJ)}
_BOTH_TABLE_RUNS = _runs_of(_BOTH_TABLE)
# the characters a table deletes or turns into several: only they move the offsets after them
# (repaired text has few but ZWNJs, which only ``fold`` deletes)
_TABLE_SHIFTS = _runs_of({cp: c for cp, c in _TABLE.items() if len(c) != 1})
_PARTS_TABLE_SHIFTS = _runs_of({cp: c for cp, c in _PARTS_TABLE.items() if len(c) != 1})


def _sources(
    text: str, table: dict[int, str], shifts: re.Pattern[str], positions: list[int]
) -> list[int]:
    """``_translate_map(text, table, ...)[1][p]`` for each of ``positions`` (ascending),
    walking only the runs of characters that ``shifts`` finds, up to the last position."""
    out: list[int] = []
    k, n, shift = 0, len(positions), 0  # shift: output offset minus input offset
    for m in shifts.finditer(text):
        if k == n:
            break
        start, end = m.span()
        at = start + shift  # where the run starts in the output
        while k < n and positions[k] < at:
            out.append(positions[k] - shift)
            k += 1
        for i in range(start, end):
            step = len(table[ord(text[i])])
            while k < n and positions[k] < at + step:
                out.append(i)
                k += 1
            at += step
        shift = at - end
    out += [p - shift for p in positions[k:]]
    return out


@lru_cache(maxsize=16384)  # names and posts recur across articles
def fold_key(text: str) -> str:
    """A name's lookup key: folded, with every space removed («محمد رضا» = «محمدرضا»)."""
    return "".join(fold(text).split())
