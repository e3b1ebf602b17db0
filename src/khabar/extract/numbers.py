"""Numbers written in Persian news: digits in any script, number words, and mixes of both.

``parse_number`` reads one expression (``۶ هزار و ۱۲۷`` -> 6127); ``find_numbers`` finds the
longest such expressions in a text. Both share one atom regex and one small grammar:

    expression := group ("و" group)*     groups decreasing in scale (یک میلیون و ۵۲۲ هزار),
                                         or a larger scale multiplying all before it
                                         (هزار و ۶۰۰ میلیارد = 1.6e12)
    group      := small ["و نیم"] scale*  |  scale+
    small      := digits | word ("و" word)*   (صد و بیست و پنج)

so ``یک میلیون و ۵۲۲ هزار`` is one number but ``۱۰ و ۲۰`` (a list) is two. Values are floats;
ordinals (دومین, ۲۰م), plurals (ده‌ها, هزاران) and digits glued to letters are not numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from khabar.extract.scan import RUN_DIGIT, WORD_DIGIT, finditer_at, word_start
from khabar.letters import ARABIC_LETTERS


def fold_letters(text: str) -> str:
    """``text`` with Arabic ي/ى/ك as Persian ی/ک; a no-op (no copy) for repaired text."""
    if "ي" in text or "ك" in text or "ى" in text:  # substring tests are far cheaper than translate
        return text.translate(ARABIC_LETTERS)
    return text


_ONES = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9}
_TEENS = {
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15,
    "شانزده": 16, "هفده": 17, "هیفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
}  # fmt: skip
_TENS = {
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
}  # fmt: skip
_HUNDREDS = {
    "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500,
    "پونصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}  # fmt: skip
SCALES = {"هزار": 1e3, "میلیون": 1e6, "ملیون": 1e6, "میلیارد": 1e9, "ملیارد": 1e9, "تریلیون": 1e12}
_HALF = "نیم"
WORDS: dict[str, float] = {**_ONES, **_TEENS, **_TENS, **_HUNDREDS}


def in_digits(key: str) -> bool:
    """A number in digits, with a decimal point or a slash or not («۲.۵», «338», «0/5»)."""
    return key.replace(".", "").replace("/", "").isdigit()


def _alt(words: Iterable[str]) -> str:
    # Longest first: Python alternation is ordered, and «سیصد» must win over «سی».
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WORD_ALT = _alt([*WORDS, *SCALES, _HALF])
_SCALE_ALT = _alt(SCALES)
# Digits: thousands groups (1,250,000 / ۱٬۲۵۰) or a plain run with an optional decimal part
# («۴.۸», «۱۲٫۵», farsnews «5/2»). «،» is the Persian comma, never a thousands separator.
# Digits glued to letters are part of a name («کووید۱۹», «F16»), and a digit-separator pair
# before or a third part after means a date (1404/09/05), which the date mask handles.
_DIGITS = (
    r"(?<![\w\u200c])(?<!\d[.٫/,٬])"
    r"(?:\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫/]\d+)?)"
    r"(?![\w\u200c])(?![.٫/,٬]\d)"
)
# A number word, optionally glued to scale words («دوهزار», «صد‌هزار»); the boundaries keep
# «هشت» out of «بهشت», «صد» out of «صدا», «ده» out of «دهه»/«شده»/«ده‌ها», «دو» out of «دوست».
_WORD = rf"(?<![\w\u200c])(?:{_WORD_ALT})(?:\u200c?(?:{_SCALE_ALT}))*(?![\w\u200c])"
_ATOM_RE = re.compile(rf"(?P<d>{_DIGITS})|(?P<w>{_WORD})")
_SUBWORD_RE = re.compile(_WORD_ALT)
_GAP_RE = re.compile(r"[ \t\u00a0]+(?:(?P<and>و)[ \t\u00a0]+)?")
# Dates and clock times look like numbers with separators; their digits are never numbers here.
_MASK_RE = re.compile(r"(?<!\d)\d+([-/.٫])\d+\1\d+|(?<!\d)\d{1,2}:\d{2}")
# Where atoms and masks can start (see khabar.extract.scan).
_ATOM_STARTS = (WORD_DIGIT, word_start([*WORDS, *SCALES, _HALF]))
_MASK_STARTS = (RUN_DIGIT,)
_SEP_FOLD = str.maketrans({"٫": ".", "/": ".", ",": None, "٬": None})

# No real number has more tokens; bounds the work on tables of numbers («۱ ۲ ۳ ۴ ...»).
_MAX_ATOMS = 16
# An atom: (kind, value, joined_by_and). kind D = digits, W = word < 1000, S = scale, H = half.
Atom = tuple[str, float, bool]


def _atoms(m: re.Match[str], joined: bool) -> list[Atom]:
    if m.group("d") is not None:
        return [("D", float(m.group("d").translate(_SEP_FOLD)), joined)]
    out: list[Atom] = []
    for sub in _SUBWORD_RE.findall(m.group("w").replace("\u200c", "")):
        kind = "S" if sub in SCALES else "H" if sub == _HALF else "W"
        value = SCALES.get(sub) or WORDS.get(sub) or 0.5
        out.append((kind, value, joined and not out))
    return out


def _fits(last: float, v: float) -> bool:
    """Can word ``v`` follow word ``last`` after «و» in one small number (صد و بیست و پنج)?"""
    return (last >= 100 and last % 100 == 0 and v < 100) or (20 <= last < 100 and v < 10)


_INF = float("inf")


def _parse(atoms: list[Atom]) -> float | None:
    total, prev_scale, i, n = 0.0, float("inf"), 0, len(atoms)
    while i < n:
        kind, v, joined = atoms[i]
        if i and (not joined or kind == "H"):  # later groups need «و»; «میلیون و نیم» is colloquial
            return None
        small, lead = 1.0, kind == "S"
        if kind in "DH":
            small, i = v, i + 1
        elif kind == "W":
            small, last, i = v, v, i + 1
            while i < n and atoms[i][0] == "W" and atoms[i][2] and _fits(last, atoms[i][1]):
                last = atoms[i][1]
                small, i = small + last, i + 1
        if kind != "S" and small >= 1 and i < n and atoms[i][0] == "H" and atoms[i][2]:
            small, i = small + 0.5, i + 1  # یک و نیم
        scale = 1.0
        while i < n and atoms[i][0] == "S" and (lead or not atoms[i][2]):
            scale, i, lead = scale * atoms[i][1], i + 1, False
        if 1 < prev_scale < scale and small < prev_scale and total + small < scale:
            # «هزار و ۶۰۰ میلیارد» = (1000 + 600) * 1e9: a larger scale multiplies all before it
            total, prev_scale = (total + small) * scale, scale
        elif scale >= prev_scale or small * scale >= prev_scale:
            return None
        else:
            total, prev_scale = total + small * scale, scale
    return round(total, 6) if n else None  # 2.3 * 1e6 must not print as 2299999.9999


def parse_number(s: str) -> float | None:
    """Value of one number expression, or None if ``s`` is anything else (``ده‌ها``, ``دهه``)."""
    s = fold_letters(s.strip())
    atoms: list[Atom] = []
    pos = 0
    for m in _ATOM_RE.finditer(s):
        gap = _GAP_RE.fullmatch(s, pos, m.start()) if atoms else None
        if (atoms and gap is None) or (not atoms and m.start() != 0):
            return None
        atoms += _atoms(m, bool(gap and gap.group("and")))
        pos = m.end()
    return _parse(atoms) if atoms and pos == len(s) else None


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """``(start, end, value)`` of every number expression in ``text``, longest match first."""
    text = fold_letters(text)
    masked = [m.span() for m in finditer_at(_MASK_RE, _MASK_STARTS, text)]  # sorted, apart
    mask_starts = [a for a, _ in masked]
    # Runs of atoms separated only by spaces or « و »: each run is parsed greedily below.
    runs: list[list[tuple[int, int, list[Atom]]]] = []
    prev_end = -1
    for m in finditer_at(_ATOM_RE, _ATOM_STARTS, text):
        k = bisect_right(mask_starts, m.start()) - 1  # the one mask that may hold it
        if k >= 0 and m.start() < masked[k][1]:
            continue
        gap = _GAP_RE.fullmatch(text, prev_end, m.start()) if runs and prev_end >= 0 else None
        atoms = _atoms(m, bool(gap and gap.group("and")))
        if gap is None:
            runs.append([])
        runs[-1].append((m.start(), m.end(), atoms))
        prev_end = m.end()
    out: list[tuple[int, int, float]] = []
    for run in runs:
        if len(run) == 1 and len(run[0][2]) == 1 and run[0][2][0][0] == "D":
            # digits alone, most numbers: the value ``_parse`` gives one atom, with no call
            start, end, ((_, v, _),) = run[0]
            if v * 1.0 < _INF:
                out.append((start, end, round(0.0 + v * 1.0, 6)))
            continue
        s = 0
        while s < len(run):
            best: tuple[int, float] | None = None
            first = run[s][2]
            flat: list[Atom] = [(first[0][0], first[0][1], False), *first[1:]]
            for e in range(s, min(len(run), s + _MAX_ATOMS)):
                flat += run[e][2] if e > s else []
                value = _parse(flat)
                if value is not None:
                    best = (e, value)
            if best is None:  # cannot happen for a single atom, but never loop forever
                s += 1
                continue
            out.append((run[s][0], run[best[0]][1], best[1]))
            s = best[0] + 1
    return out
