"""A number written into the word beside it: «۵۰۰هزار», «۲۲بهمن», «بهمن۱۳۹۸», «جذب714 میلیارد».

A lost space leaves the number and its word one token, and neither the number nor its unit,
scale or month is read. A number is parted from a word it is glued to only where the number
is an amount or a date: its unit, scale or month follows it (glued or after a space: «۳۰۰میلیارد
تومان», «بختیاری9 نفر») or a year's or month's word comes before it («سال۹۹», «بهمن۱۳۹۸», «سال
1399برگزار»). On the shared news most other glued numbers are a list's item numbers run
into the words around them («آنان۱۶ همراهی»), the counts of a table run into the next row's
name («فارس: ۲۹لرستان:»), a stock symbol («(خپارس1)»), a name («کووید۱۹», «رویداد۲۴») or a
note's mark («جایز است۲۴.»): parted, the item number read as a count of the word after it.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.calendars import JALALI_MONTH_NAMES
from khabar.lexicon import rows
from khabar.text.characters import LETTERS
from khabar.text.offsets import Edit

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
# a number, with the decimal or date marks inside it; spelled with the class first (not
# «[...]+»), so that ``re`` jumps from one digit to the next instead of trying the pattern at
# every position of the text
_NUMBER_RE = re.compile(f"[{_DIGIT}][{_DIGIT}]*(?:[.\u066b/][{_DIGIT}]+)*")
_MONTHS = frozenset(JALALI_MONTH_NAMES)
# the words before a number that make it a year or a day: «سال۹۹», «بهمن۱۳۹۸»
_DATE_WORDS = _MONTHS | {"سال", "ماه"}
_SCALES = frozenset({"هزار", "میلیون", "ملیون", "میلیارد", "ملیارد", "تریلیون"})
_AMOUNT_KINDS = frozenset({"count", "percent", "money", "duration", "measure"})


@cache
def _number_words() -> frozenset[str]:
    """The words after a number that make it an amount or a date: the units of
    ``units.tsv`` (their first word), the scales and the months."""
    units = {r[0].split()[0] for r in rows("units.tsv") if len(r) > 1 and r[1] in _AMOUNT_KINDS}
    return frozenset(units) | _SCALES | _MONTHS


def glued_number_edits(text: str) -> list[Edit]:
    """A space between a number and a word written into it, on either side, where the
    number is an amount or a date: «۵۰۰هزار» -> «۵۰۰ هزار», «بهمن۱۳۹۸» -> «بهمن ۱۳۹۸»."""
    edits = []
    n = len(text)
    for m in _NUMBER_RE.finditer(text):
        s, e = m.span()
        before = s > 0 and text[s - 1] in LETTERS
        after = e < n and text[e] in LETTERS
        if not (before or after):
            continue
        if _is_amount_or_date(text, s, e):
            if before and text[e : e + 1] != ")":  # not a stock symbol: «(خپارس1)»
                edits.append(Edit(s, s, " "))
            if after:
                edits.append(Edit(e, e, " "))
    return edits


def _is_amount_or_date(text: str, s: int, e: int) -> bool:
    """The word before the number (glued or after a space) is a date's, or the word after it
    (glued or after a space) is a unit, a scale or a month."""
    at = s - 1 if s > 0 and text[s - 1] == " " else s
    if _word_before(text, at) in _DATE_WORDS:
        return True
    at = e + 1 if text[e : e + 1] == " " else e
    return _word_after(text, at) in _number_words()


def _word_before(text: str, at: int) -> str:
    s = at
    while s > 0 and text[s - 1] in LETTERS:
        s -= 1
    return text[s:at]


def _word_after(text: str, at: int) -> str:
    e = at
    while e < len(text) and text[e] in LETTERS:
        e += 1
    return text[at:e]
