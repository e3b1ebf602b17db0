"""When a commitment is due: the deadline a cue gives («ظرف مدت ۲ ماه», «تا پایان خرداد
امسال»: the month's last day, «تا پایان سال جاری»: the Jalali year's), else the day the
sentence sets for the act («قرار است سه‌شنبه سوم مرداد ... افتتاح شود»), and its ISO day
(``deadline_date``: a duration counted from the article's day). ``extract/commitments.py``
asks; the days named in words only are read in ``extract/dates_relative.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import jdatetime

from khabar.extract import dates as date_words
from khabar.extract import lexicons as lx
from khabar.extract.dates_relative import jalali_month_end
from khabar.extract.numbers import find_numbers
from khabar.letters import TO_LATIN_DIGITS
from khabar.model import DateMention
from khabar.text.fold import fold
from khabar.text.offsets import Span


def by_start(facts: list[Any]) -> dict[int, tuple[int, Any]]:
    """Start offset -> (index, fact): the first fact of ``facts`` starting there."""
    out: dict[int, tuple[int, Any]] = {}
    for n, f in enumerate(facts):
        out.setdefault(f.span.start, (n, f))
    return out


def _first(at: dict[int, tuple[int, Any]], starts: range) -> Any:
    """The earliest fact (in the order of the list ``at`` was made from) at any of ``starts``."""
    found = [at[s] for s in starts if s in at]
    return min(found, key=lambda nf: nf[0])[1] if found else None


# «ظرف یک هفته گذشته»: a duration that looks back
_LOOKING_BACK = frozenset(map(lx.key, ("گذشته", "اخیر", "قبل", "پیش")))
# «تا پایان», «تا آخر»: the deadline is the end of the month or year named, not its first day
_TO_THE_END = frozenset(map(lx.key, ("پایان", "آخر", "انتهای", "تاپایان")))
_YEAR, _THIS_YEAR = lx.key("سال"), lx.key("امسال")
_YEAR_AFTER = {lx.key("جاری"): 0, lx.key("آینده"): 1}
# a year that is no Jalali one: «تا پایان سال تحصیلی», «سال میلادی», «سال زراعی»
_OTHER_YEARS = frozenset(map(lx.key, ("تحصیلی", "میلادی", "زراعی", "آبی", "مالی")))


def deadline_of(found, tokens, text, keys, quantity_at, date_at, published) -> str | None:
    """A duration or a date at most two characters after a deadline cue («ظرف مدت ۲ ماه»,
    «تا پایان خرداد امسال»: the month's last day), or the year a cue ends with («تا پایان سال
    جاری»: its last day); ``quantity_at`` and ``date_at``: durations and dates by start offset
    (``by_start``)."""
    for start, end, kind in found:
        if kind != "deadline":
            continue
        to_the_end = any(k in _TO_THE_END for k in keys[start:end])
        cue_end = tokens.ends[end - 1]
        near = range(cue_end, cue_end + 3)
        if q := _first(quantity_at, near):
            after = text[q.span.end : q.span.end + 12].split()
            if after and lx.key(after[0].strip("،,.")) in _LOOKING_BACK:
                continue  # «ظرف یک هفته گذشته»: a past period, no deadline
            return text[tokens.starts[start] : q.span.end]
        if d := _first(date_at, near):
            if d.iso and d.precision == "month" and to_the_end:
                return _month_end(d.iso)
            return d.iso or d.text
        nxt = text[tokens.starts[end] : tokens.ends[end]] if end < len(keys) else ""
        if to_the_end and keys[end - 1] in (_YEAR, _THIS_YEAR):
            if year_end := _year_end(keys[end - 1], nxt, published):
                return year_end
        glued = nxt.split("\u200c")
        if to_the_end and len(glued) == 2 and lx.key(glued[0]) == _YEAR:
            # «تا پایان سال‌جاری»: the year and its word joined by a ZWNJ, one token
            if year_end := _year_end(_YEAR, glued[1], published):
                return year_end
    return None


def _month_end(iso: str) -> str:
    """The last day of the Jalali month of ``iso``."""
    day = jdatetime.date.fromgregorian(date=dt.date.fromisoformat(iso))
    return jalali_month_end(day.year, day.month)


def _year_end(year_word: str, nxt: str, published: dt.date | None) -> str | None:
    """The last day of the year «تا پایان سال» names by ``nxt``, the word after it: a year
    («۱۳۹۹», «۹۹», «۲۰۲۱»), «جاری» or «آینده» (from the Jalali year of ``published``), none."""
    digits = nxt.translate(TO_LATIN_DIGITS)
    if year_word == _YEAR and digits.isdigit() and len(digits) in (2, 4):
        year = int(digits)
        if year >= 1900:
            return dt.date(year, 12, 31).isoformat()
        jalali = year if year > 1000 else year + (1300 if year >= 40 else 1400)
    elif published is None or (year_word == _YEAR and lx.key(nxt) in _OTHER_YEARS):
        return None
    else:
        shift = _YEAR_AFTER.get(lx.key(nxt), 0) if year_word == _YEAR else 0
        jalali = jdatetime.date.fromgregorian(date=published).year + shift
    return jalali_month_end(jalali, 12)


# «امروز» is as often «nowadays» or the day a thing was said as the day of the act
_TODAY, _NEAR = "امروز", 12  # «قرار است امروز», «قرار است از امروز»: right after the cue
# «از ابتدای مرداد»: a month's first day, where the month alone is due by its last
_MONTH_START_RE = re.compile(r"(?:ابتدای|اوایل|اول|از)\s*$")


# A relative day with the date written after it («فردا دهم مارس»), and a range's end («از ۷
# تیر تا ۱۲ تیر», «۷ - ۱۲ تیر» is one mention): a range is due by its last day, the day by
# which what it holds is done, as «تا پایان خرداد» is due by the month's last.
_RELATIVE_DAYS = frozenset(("امروز", "فردا", "پس‌فردا"))
_NAMED_RE = re.compile(r"[\s\u200c(،,]*")
_RANGE_RE = re.compile(r"[\s\u200c]*(?:تا|الی|لغایت)[\s\u200c]*")


def _right_after(
    text: str, d: DateMention, at: dict[int, DateMention], between: re.Pattern[str]
) -> DateMention | None:
    """The dated mention that starts right after ``d`` past ``between``, if any."""
    gap = between.match(text, d.span.end)
    return at.get(gap.end()) if gap else None


def scheduled(
    text: str, dates: list[DateMention], span: Span, published: dt.date, today: bool = False
) -> str | None:
    """With no deadline cue, the day ``span`` sets for the action («قرار است سه‌شنبه سوم مرداد
    ... افتتاح شود»; «در شهریور ۱۳۹۹ برگزار خواهد شد»: the month's last day), when it is
    later than the article's day or that day written out; «امروز» only when ``today`` (the
    span follows a decision's cue) and right after the cue («قرار است امروز نتیجه ... اعلام
    شود»)."""
    at = {d.span.start: d for d in dates if d.iso}
    for d in dates:
        if not (span.start <= d.span.start < span.end and d.iso):
            continue
        named = _right_after(text, d, at, _NAMED_RE) if d.text in _RELATIVE_DAYS else None
        if named and named.precision == "day":
            d = named  # «فردا دهم مارس» in a statement of the day before: the day named
        if d.text == _TODAY and not (today and d.span.start - span.start <= _NEAR):
            continue  # in a later clause «امروز» is as often «nowadays»
        iso = d.iso
        if not iso or iso < published.isoformat():
            continue
        last = _right_after(text, d, at, _RANGE_RE)
        if last and last.iso and last.iso >= iso:
            d, iso = last, last.iso  # «از ۷ تیر تا ۱۲ تیر»: done by the range's last day
        if d.precision == "month" and not _MONTH_START_RE.search(
            text, max(0, d.span.start - 8), d.span.start
        ):
            return _month_end(iso)
        return iso
    return None


# «در سال 2017», «در فوریه 2017», «طی سال ۱۳۹۹»: a year, or a Western month of a year, named
# without a day (a Jalali month and year is a date mention already: «در مرداد ۱۳۹۶»)
# («مه», «می» are left out: as often a word or a prefix)
_WESTERN = {
    m: n
    for m, n in date_words.GREGORIAN_MONTHS.items()
    if m not in ("مه", "می") and not m.isascii()
}
_NAMED_YEAR_RE = re.compile(
    r"(?<![\w\u200c])(?:در|طی)[\s\u200c]+(?:ماه[\s\u200c]+)?"
    rf"(?:(?P<month>{'|'.join(sorted(_WESTERN, key=len, reverse=True))})|سال)[\s\u200c]+"
    r"(?P<year>(?:19|20)\d\d|1[34]\d\d)(?![\d\w\u200c])"
)


def year_named(text: str, span: Span, published: dt.date | None) -> str | None:
    """The last day of the first year or Western month of a year that ``span`` names with
    «در» or «طی» («قرار است ریاض در سال 2017 ... اعمال کند»: 2017-12-31; «در فوریه 2017 آغاز
    شود»: 2017-02-28; «در سال ۱۳۹۹»: the last of Esfand 1399), unless it is past on the
    article's day."""
    digits = text[span.start : span.end].translate(TO_LATIN_DIGITS)
    for m in _NAMED_YEAR_RE.finditer(digits):
        year = int(m.group("year"))
        if m.group("month"):
            if year < 1900:
                continue
            month = _WESTERN[m.group("month")]
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            iso = end.isoformat()
        else:
            iso = dt.date(year, 12, 31).isoformat() if year >= 1900 else jalali_month_end(year, 12)
        if published is None or iso >= published.isoformat():
            return iso
    return None


# «قرار است شش هفته دیگر ... برگزار شود», «تا ۱۴ ماه آینده»: a duration counted ahead from
# the article's day (not «دو هفته گذشته», nor «سه روز دیگر تمدید خواهد کرد»: three more days)
_AHEAD = frozenset(map(lx.key, ("دیگر", "آینده", "آتی")))
_EXTENDED = tuple(map(lx.key, ("تمدید", "افزایش", "ادامه")))


def counted_ahead(text: str, durations: list[Any], span: Span) -> str | None:
    """The first duration in ``span`` followed by «دیگر» or «آینده» («شش هفته دیگر»), as
    written: a deadline counted from the article's day (``deadline_date``)."""
    for q in durations:
        if span.start <= q.span.start and q.span.end <= span.end:
            after = [w.strip("،,.") for w in text[q.span.end : q.span.end + 40].split()]
            if not after or lx.key(after[0]) not in _AHEAD:
                continue
            if any(lx.key(w).startswith(_EXTENDED) for w in after[1:3]):
                continue  # «... را سه روز دیگر تمدید خواهد کرد»: a length added, no day
            return f"{text[q.span.start : q.span.end]} {after[0]}"
    return None


_UNIT_DAYS = {"ساعت": 1 / 24, "روز": 1, "هفته": 7, "ماه": 30, "سال": 365}
_UNIT_RE = re.compile(r"\s*(ساعت|روز|هفته|ماه|سال)")


def deadline_date(deadline: str | None, published: dt.date | None) -> str | None:
    """ISO date of a deadline: as given, or a duration («ظرف مدت ۲ ماه») after publication."""
    if not deadline:
        return None
    try:
        return dt.date.fromisoformat(deadline[:10]).isoformat()
    except ValueError:
        pass
    if published is None:
        return None
    text = fold(deadline)
    for _, end, value in find_numbers(text):
        unit = _UNIT_RE.match(text, end)
        if unit:
            days = round(value * _UNIT_DAYS[unit.group(1)])
            return (published + dt.timedelta(days=days)).isoformat()
    return None
