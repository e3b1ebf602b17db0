"""Dates in Persian news: Jalali (the default), Gregorian and Hijri-qamari, absolute or relative.

``DateMention.iso`` is a Gregorian ``YYYY-MM-DD`` or None. Precision rules, since the model has
no precision field:
- day known (``۵ آذر ۱۴۰۴``, ``۱۴۰۴/۰۹/۰۵``, ``امروز``): that day;
- month only (``آذر ۱۴۰۴``, ``آبان ماه سال گذشته``): the 1st day of that Jalali month;
- no year (``۲۲ بهمن``, ``۲ مارس``): the year, in the month's own calendar, that puts the day
  nearest ``published`` (an article of 21 Bahman 1398 on «مراسم ۲۲ بهمن» means the next day);
  with «آینده» or «گذشته» after it (``۱۵ سپتامبر آینده``, ``خرداد ماه گذشته``), the next or
  the last one;
- two digits after a day and month are its Jalali year (``۲۵ تیر ۹۸ با ...``), unless the word
  after them counts something (``۲۰ اسفند ۴۹ نفر``); a day glued to its month (``۲۲بهمن``) is read;
- relative years (``سال گذشته``) count from the Jalali year of ``published``;
- needs ``published`` but it is unknown, invalid day (``۳۱ مهر``), or Hijri: None, mention kept.
Bare ``سال گذشته``/``سال جاری`` and bare month names are too vague and are not mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import jdatetime

from khabar.extract.numbers import fold_letters
from khabar.extract.scan import WORD_DIGIT, finditer_at, word_start
from khabar.model import DateMention
from khabar.text.offsets import Span

JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
GREGORIAN_MONTHS = {
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7,
    "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}  # fmt: skip
HIJRI_MONTHS = (
    "محرم", "صفر", "ربیع‌الاول", "ربیع الاول", "ربیع‌الثانی", "ربیع الثانی", "ربیع‌الآخر",
    "جمادی‌الاول", "جمادی الاول", "جمادی‌الاولی", "جمادی الاولی", "جمادی‌الثانی",
    "جمادی الثانی", "جمادی‌الثانیه", "جمادی الثانیه", "رجب", "شعبان", "رمضان", "شوال",
    "ذی‌القعده", "ذی القعده", "ذیقعده", "ذی‌الحجه", "ذی الحجه", "ذیحجه",
)  # fmt: skip
# Every month word; quantities uses it so that «۲۲ بهمن» is never «22 of بهمن».
MONTH_NAMES = frozenset(JALALI_MONTHS) | frozenset(GREGORIAN_MONTHS) | frozenset(HIJRI_MONTHS)

_ORD_BASE = [
    "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم",
    "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
]  # fmt: skip
ORDINAL_DAYS = {w: i for i, w in enumerate(_ORD_BASE, 1)}  # پنجم آذر, بیست و دوم بهمن
ORDINAL_DAYS |= {f"بیست و {w}": 20 + i for i, w in enumerate(_ORD_BASE[:9], 1)}
ORDINAL_DAYS |= {"اول": 1, "هیجدهم": 18, "سی\u200cام": 30, "سی ام": 30, "سیم": 30, "سی و یکم": 31}


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_B, _E = r"(?<![\w\u200c])", r"(?![\w\u200c])"  # word boundaries that respect ZWNJ
_DAY = rf"(?P<day>\d{{1,2}}|{_alt(ORDINAL_DAYS)})"
_JM = rf"(?P<jm>{_alt(JALALI_MONTHS)})(?:[\u200c ]?ماه)?"  # آذر / آذرماه / آذر‌ماه / آذر ماه
# Year: explicit (۱۴۰۴, سال ۱۴۰۴; two digits «سال ۵۸» or «مردادماه ۸۲،» before punctuation)
# or relative to the year of publication.
_REL = {"سال گذشته": -1, "سال قبل": -1, "سال پیش": -1, "پارسال": -1, "سال جاری": 0,
        "امسال": 0, "سال آینده": 1, "سال بعد": 1}  # fmt: skip
# Parts may also be ZWNJ-joined («آبان‌ماه‌سال گذشته» comes out of some repairs).
_S = r"[\s\u200c]+"
_REL_ALT = _alt(_REL).replace(r"\ ", _S)  # re.escape writes the space as «\ »
_YEAR = (
    rf"(?:{_S}(?:سال{_S})?(?P<year>[1۱١][34۳۴٣٤]\d\d|(?<=سال )\d{{2}}|\d{{2}}(?=[^\w\s]|$))"
    rf"|{_S}(?P<rel>{_REL_ALT}))"
)

# After a day and month, a year of two digits before a word («۲۵ تیر ۹۸ با استعفای او»), unless
# that word counts («۲۰ اسفند ۴۹ نفر ... مراجعه کردند»).
_COUNTED = _alt(("نفر", "تن", "مورد", "درصد", "دستگاه", "فقره", "عدد"))
_YY = rf"{_S}(?P<yy>\d{{2}})(?=\s+(?!(?:{_COUNTED})(?![\w\u200c]))[^\s\d])"
# «۱۵ سپتامبر آینده», «خرداد ماه گذشته»: the next or the last one, whichever is nearer
_DIR = {"آینده": 1, "گذشته": -1}
_DIRECTION = rf"{_S}(?P<dir>{_alt(_DIR)})"
_JALALI_DAY_RE = re.compile(rf"{_B}{_DAY}[\s\u200c]*{_JM}(?:{_YEAR}|{_YY}|{_DIRECTION})?{_E}")
_JALALI_MONTH_RE = re.compile(rf"{_B}{_JM}(?:{_YEAR}|{_DIRECTION}){_E}")
_NUMERIC_RE = re.compile(
    r"(?<![\w\u200c./٫-])(?P<y>\d{4}|\d{2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?![\w\u200c]|[/.-]\d)"
)
_GM = _alt(GREGORIAN_MONTHS)
_GREG_RE = re.compile(rf"{_B}{_DAY}\s+(?P<gm>{_GM})(?:\s+(?P<y>\d{{4}})|{_DIRECTION})?{_E}")
# «مه» (fog) and «می» (the verb prefix) are Gregorian months only with a year beside them.
_GREG_NEEDS_YEAR = frozenset({"مه", "می"})
_HIJRI_RE = re.compile(rf"{_B}{_DAY}\s+(?:{_alt(HIJRI_MONTHS)})(?:\s+\d{{4}})?{_E}")
_RELDAY = {"امروز": 0, "دیروز": -1, "پریروز": -2, "فردا": 1, "پس‌فردا": 2}
_RELDAY_RE = re.compile(rf"{_B}(?P<rd>{_alt(_RELDAY)}){_E}")
# Where each pattern can start (see khabar.extract.scan): a day, a month name, a word.
_DAY_STARTS = (WORD_DIGIT, word_start(ORDINAL_DAYS))
_STARTS = {
    _JALALI_DAY_RE: _DAY_STARTS,
    _JALALI_MONTH_RE: (word_start(JALALI_MONTHS),),
    _NUMERIC_RE: (WORD_DIGIT,),
    _GREG_RE: _DAY_STARTS,
    _HIJRI_RE: _DAY_STARTS,
    _RELDAY_RE: (word_start(_RELDAY),),
}


Mention = tuple[int, int, str | None]  # start, end, ISO day


def _day(s: str) -> int:
    return int(s) if s[0].isdigit() else ORDINAL_DAYS[s]


def _full_year(y: int) -> int:
    """Two-digit Jalali years: ۵۸ -> 1358, ۰۲ -> 1402 (news rarely cites 1300-1339)."""
    return y if y >= 100 else y + (1300 if y >= 40 else 1400)


def _jalali(y: int, m: int, d: int) -> str | None:
    try:
        return jdatetime.date(y, m, d).togregorian().isoformat()
    except ValueError:  # 31 Mehr, 30 Esfand of a common year...
        return None


def _gregorian(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _nearest(candidates: list[str | None], published: dt.date) -> str | None:
    """The valid ISO day of ``candidates`` nearest ``published`` (the earlier on a tie)."""
    days = [dt.date.fromisoformat(c) for c in candidates if c is not None]
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - published).days), d)).isoformat()


def _jalali_nearest(m: int, d: int, published: dt.date) -> str | None:
    """«۲۲ بهمن» with no year: the Jalali year that puts m/d nearest the publication day."""
    y = jdatetime.date.fromgregorian(date=published).year
    return _nearest([_jalali(y + k, m, d) for k in (-1, 0, 1)], published)


def _gregorian_nearest(m: int, d: int, published: dt.date) -> str | None:
    y = published.year
    return _nearest([_gregorian(y + k, m, d) for k in (-1, 0, 1)], published)


def _jalali_match(m: re.Match[str], published: dt.date | None) -> str | None:
    month = JALALI_MONTHS[m.group("jm")]
    day = _day(m.group("day")) if "day" in m.re.groupindex and m.group("day") else None
    year_written = m.group("year") or m.groupdict().get("yy")
    if year_written:
        return _jalali(_full_year(int(year_written)), month, day or 1)
    if published is None:
        return None
    year = jdatetime.date.fromgregorian(date=published).year
    if m.group("dir"):
        today = jdatetime.date.fromgregorian(date=published)
        seen = (today.month, today.day if day else 0)
        return _jalali(year + _turn(m.group("dir"), (month, day or 0), seen), month, day or 1)
    if m.group("rel"):
        rel = " ".join(m.group("rel").replace("\u200c", " ").split())
        return _jalali(year + _REL[rel], month, day or 1)
    return _jalali_nearest(month, day, published) if day else None


def _gregorian_match(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    month, day = GREGORIAN_MONTHS[m.group("gm")], _day(m.group("day"))
    if m.group("y"):
        return [(*m.span(), _gregorian(int(m.group("y")), month, day))]
    if m.group("gm") in _GREG_NEEDS_YEAR:
        return []
    if m.group("dir") and published:
        shift = _turn(m.group("dir"), (month, day), (published.month, published.day))
        return [(*m.span(), _gregorian(published.year + shift, month, day))]
    return [(*m.span(), _gregorian_nearest(month, day, published) if published else None)]


def _turn(direction: str, day: tuple[int, int], today: tuple[int, int]) -> int:
    """The year, from the publication's (0), of the next («آینده») or the last («گذشته»)
    ``day`` (month, day) as seen on ``today``; a month alone (day 0) is next or last when it
    is not the month of ``today``."""
    if _DIR[direction] > 0:
        return 0 if day > today else 1
    return 0 if day < today else -1


def _numeric(m: re.Match[str]) -> str | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if len(m.group("y")) == 2:  # «۹۸/۱۲/۲۹»: a two-digit Jalali year, slash only
        return _jalali(_full_year(y), mo, d) if m.group("sep") == "/" else None
    if 1300 <= y < 1500:
        return _jalali(y, mo, d)
    return _gregorian(y, mo, d) if 1900 <= y < 2100 else None


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Date mentions in ``text``, non-overlapping, in text order (see the module doc for iso)."""
    folded = fold_letters(text)  # 1:1, so offsets stay those of ``text``
    found: list[Mention] = []
    month_only: set[int] = set()  # starts of mentions that name a month but no day
    for rx in (_JALALI_DAY_RE, _JALALI_MONTH_RE):
        for m in finditer_at(rx, _STARTS[rx], folded):
            found.append((*m.span(), _jalali_match(m, published)))
            if rx is _JALALI_MONTH_RE:
                month_only.add(m.start())
    for m in finditer_at(_NUMERIC_RE, _STARTS[_NUMERIC_RE], folded):
        iso = _numeric(m)
        if iso is not None or len(m.group("y")) == 4:  # «۱/۲/۳» is no date
            found.append((*m.span(), iso))
    for m in finditer_at(_GREG_RE, _STARTS[_GREG_RE], folded):
        found += _gregorian_match(m, published)
    found += [(*m.span(), None) for m in finditer_at(_HIJRI_RE, _STARTS[_HIJRI_RE], folded)]
    for m in finditer_at(_RELDAY_RE, _STARTS[_RELDAY_RE], folded):
        delta = dt.timedelta(days=_RELDAY[m.group("rd")])
        found.append((*m.span(), (published + delta).isoformat() if published else None))
    # Longest first at each start, then drop anything overlapping an earlier keeper.
    out: list[DateMention] = []
    end = -1
    for s, e, iso in sorted(found, key=lambda f: (f[0], -f[1])):
        if s >= end:
            precision = "month" if s in month_only and iso else "day"
            out.append(DateMention(Span(s, e), iso, text[s:e], precision))
            end = e
    return out
