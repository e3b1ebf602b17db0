"""Quantities: a number (or a range) with the unit or counted noun right after it.

``۷۹۰ موسسه``, ``۷۰ تا ۸۰ درصد``, ``۲۲۴ میلیارد ریال`` (value 224e9, unit ریال), ``ظرف مدت ۲ ماه``.
Precision over recall: a number is skipped when it names a thing (``ماده ۱۳``: a label noun
before it, from units.tsv), is part of a date (``۲۲ بهمن``, ``سال ۱۴۰۴``, ``۱۴۰۴/۰۹/۰۵``) or
has no plausible noun after it. Ordinals (``دومین``, ``۲۰م``) are never numbers to begin with.
Durations after «ظرف مدت»/«طی»/«تا» are kept as plain duration quantities: the commitments
stage reads the words before ``Quantity.span`` to see a deadline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.dates import MONTH_NAMES, ORDINAL_DAYS
from khabar.extract.numbers import SCALES, WORDS, find_numbers, fold_letters
from khabar.lexicon import rows
from khabar.model import Quantity
from khabar.text.offsets import Span

UNIT_KINDS = {"count", "percent", "money", "duration", "measure"}


@cache
def money_words() -> frozenset[str]:
    """The keys of the currencies of ``units.tsv`` («دلار», «ین», «فرانک»)."""
    return frozenset(lx.key(w) for w, (kind, _) in _lexicon()[0].items() if kind == "money")


@cache
def _lexicon() -> tuple[
    dict[str, tuple[str, str]], frozenset[str], frozenset[str], re.Pattern[str]
]:
    """units.tsv -> (unit -> (kind, canonical)), stop words, label words, unit regex."""
    units: dict[str, tuple[str, str]] = {}
    stop: set[str] = set()
    label: set[str] = set()
    for word, kind, *rest in rows("units.tsv"):
        if kind in UNIT_KINDS:
            units[word] = (kind, rest[0] if rest else word)
        elif kind == "stop":
            stop.add(word)
        elif kind == "label":
            label.add(word)
    # Multiword units first (longest wins): «متر مربع» before «متر». Stop words join the
    # alternation so that «برابر با» (stop) beats «برابر» (unit).
    alt = "|".join(sorted(map(re.escape, [*units, *stop]), key=len, reverse=True))
    unit_re = re.compile(rf"[ \u00a0]*(?:(?P<pct>[%٪])|(?P<u>{alt})(?![\w\u200c]))")
    # Month words end dates, not counts: «۵ آذرماه», «۱۲ ربیع الاول» (first word only).
    months = {*MONTH_NAMES, *(m.split()[0] for m in MONTH_NAMES)}
    months |= {m + j + "ماه" for m in MONTH_NAMES for j in ("", "\u200c")}
    return units, frozenset(stop | months), frozenset(label | months), unit_re


# A range joiner between two numbers: «۷۰ تا ۸۰», «۱۰-۲۰», «۱۰ الی ۲۰»; «و» only after «بین».
_RANGE_RE = re.compile(r"[ \u00a0]*(?:تا|الی|لغایت|-|–)[ \u00a0]*")
_AND_RE = re.compile(r"[ \u00a0]+و[ \u00a0]+")
# The next word when it is not a known unit: Persian letters (ZWNJ-joined parts allowed).
_L = "[\u0621-\u063a\u0641-\u0652\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc]"  # no digits, ٪
_NOUN_RE = re.compile(rf"[ \u00a0]+(?P<w>{_L}+(?:\u200c{_L}+)*)(?![\w\u200c])")
_PREV_RE = re.compile(r"([^\W\d_]+(?:\u200c[^\W\d_]+)*)[ \u00a0]*$")  # the word before a number
_SCALE_TAIL_RE = re.compile(rf"(?:(?:^|\s)(?:{'|'.join(SCALES)}))+$")
# «یک» is also the indefinite article, «نه» also "no", «سی» also a letter name (سی ان ان):
# alone, these count only before a listed unit.
_WEAK = {"یک", "نه", "نیم", "سی"}
_VERB = ("می\u200c", "نمی\u200c")  # «۳ می‌شود»
# A light verb after the noun makes it part of a compound verb: «۸۶ خبر داد» is no count.
_LIGHT_VERB_RE = re.compile(
    r" (?:(?:کرد|شد|داد|یافت|گرفت|زد|خورد)(?:ه|ند|یم)?|کند|کنند|شود|شوند|دهد|دارد)(?![\w\u200c])"
)
_YEAR_RE = re.compile(r"\d{4}")  # 13xx/14xx/19xx/20xx with no known unit: a year


def _unit_at(text: str, pos: int) -> tuple[int, str, str, bool] | None:
    """(end, unit, kind, known) of the unit starting after ``pos``, or None."""
    units, stop, _, unit_re = _lexicon()
    m = unit_re.match(text, pos)
    if m and m.group("pct"):
        return m.end(), "درصد", "percent", True
    if m:
        word = m.group("u")
        if word in stop:
            return None
        kind, canon = units[word]
        if canon == "تن" and text.startswith(" از ", m.end()):  # «پنج تن از مسئولان»: persons
            kind = "count"
        return m.end(), canon, kind, True
    m = _NOUN_RE.match(text, pos)
    if m is None or _LIGHT_VERB_RE.match(text, m.end()) or m.group("w").startswith(_VERB):
        return None
    word = m.group("w")
    # Suffixes: indefinite «۳۳ ساله‌ای», adjectival «دو ساعتی», ezafe after a vowel «روستای»
    # (not in short words: «رای», «جای» end in «ای» themselves).
    if word.endswith("\u200cای"):
        word = word[:-3]
    elif word.endswith("\u200cی"):
        word = word[:-2]
    elif (len(word) > 4 and word.endswith(("ای", "وی"))) or (
        word[-1] == "ی" and word[:-1] in units
    ):
        word = word[:-1]
    if word in units:
        return m.end(), units[word][1], units[word][0], True
    if len(word) < 2 or word in stop or word in WORDS or word in SCALES or word in ORDINAL_DAYS:
        return None  # «دو سه ماه», «دو سوم»: another number, not a noun
    return m.end(), word, "count", False


def _word_before(text: str, end: int) -> int:
    """Where to search ``_PREV_RE`` for the word before ``end``: within 40 characters, and
    not before the last space ahead of that word (the word holds none), which spares the
    search a try at every position of the window."""
    lo = max(0, end - 40)
    if end and text[end - 1] == "\n":  # «$» also matches before a final newline
        return lo
    j = end
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    return max(lo, text.rfind(" ", lo, j) + 1, text.rfind("\u00a0", lo, j) + 1)


def _is_year(raw: str, value: float) -> bool:
    return bool(_YEAR_RE.fullmatch(raw)) and (1300 <= value < 1500 or 1900 <= value < 2100)


def find_quantities(text: str, sentences: list[Span]) -> list[Quantity]:
    """Quantities in ``text``; ``sentences`` (sorted, non-overlapping) give each one's sentence."""
    _, _, labels, _ = _lexicon()
    folded = fold_letters(text)  # 1:1: offsets are those of ``text``
    numbers = find_numbers(folded)
    by_start = {s: (e, v) for s, e, v in numbers}
    starts = [s.start for s in sentences]
    whole = Span(0, len(text))
    out: list[Quantity] = []
    consumed = -1  # end of the last range's second number, so it is not read again
    for start, end, value in numbers:
        if start < consumed:
            continue
        raw = folded[start:end]
        prev = _PREV_RE.search(folded, _word_before(folded, start), start)
        prev_word = prev.group(1) if prev else ""
        joiner = _RANGE_RE.match(folded, end) or (
            _AND_RE.match(folded, end) if prev_word == "بین" else None
        )
        if joiner and joiner.end() not in by_start:
            joiner = None
        # «ماده ۱۳», «سال ۹۵», «آذر ۱۴۰۴», «سال ۴۱ تا ۵۷»; leading 0: codes, phone numbers.
        if prev_word in labels or (raw[0] in "0۰٠" and len(raw) > 1 and raw[1].isdigit()):
            consumed = by_start[joiner.end()][0] if joiner else consumed
            continue
        low = high = None
        last_end = end
        if joiner:  # a range: «۷۰ تا ۸۰ درصد»
            hi_end, high = by_start[joiner.end()]
            hi_raw = folded[joiner.end() : hi_end]
            tail = _SCALE_TAIL_RE.search(hi_raw)
            low = value
            if tail and not _SCALE_TAIL_RE.search(raw):  # «۳ تا ۴ هزار تومان»: 3000..4000
                scale = 1.0
                for w in tail.group().split():
                    scale *= SCALES[w]
                if value * scale <= high:
                    low = value * scale
            last_end = hi_end
        unit = _unit_at(folded, last_end)
        if unit is None:
            continue
        u_end, u_word, kind, known = unit
        if not known and (raw in _WEAK or _is_year(raw, value)):
            continue  # «یک برنامه», «۱۴۰۳ مصوب»
        if low is not None and high is not None and low < high:
            q_val, q_min, q_max = None, low, high
            consumed = last_end
        elif low is not None:  # «۲۰ تا ۱۰ نفر» is no range: keep only the second number
            continue
        else:
            q_val, q_min, q_max = value, None, None
        i = bisect_right(starts, start) - 1
        sent = sentences[i] if i >= 0 and start < sentences[i].end else whole
        out.append(Quantity(Span(start, u_end), sent, q_val, q_min, q_max, u_word, kind))
    return out
