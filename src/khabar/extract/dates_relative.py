"""Days a future act is set for in words only a reader of the article's day can place: a
weekday («روز جمعه», «شنبه هفته آینده»), this week after a preposition («طی هفته جاری»,
«ظرف همین هفته»; not «جلسه این هفته»), the next week or month («هفته آینده», «ماه آینده»),
this month («تا پایان ماه جاری», «طی همین ماه»), or a month with no year after «تا» or
«ابتدای» («تا خرداد ماه», «از ابتدای دی ماه»; not after «در», which as often looks back in the
same sentence: «در اسفندماه ... واریز شد»). In a translated report of the foreign press, and
with «میلادی», the month is the Western one («ماه آینده» of an Indian paper's report of 1
September is October).

These are no date mentions (``extract/dates.py``): «جمعه» or «خرداد» alone says nothing of
which one, and in a past sentence they look back. Said of an act announced for later, they
mean the next one: a weekday the next such day (the article's own when it is that day), a
week or month its last day (a Persian week runs from Saturday to Friday), a month after «تا»
its last day and after «ابتدای» its first, this year's when it is still to come.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import jdatetime

from khabar.extract.dates import JALALI_MONTHS

# datetime's weekday(): Monday is 0; «سه‌شنبه» before «شنبه» so that the longer word wins
WEEKDAYS = {
    "یکشنبه": 6, "یک‌شنبه": 6, "دوشنبه": 0, "سه‌شنبه": 1, "سه شنبه": 1, "چهارشنبه": 2,
    "پنجشنبه": 3, "پنج‌شنبه": 3, "پنج شنبه": 3, "جمعه": 4, "شنبه": 5,
}  # fmt: skip
_SATURDAY = 5


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_B, _E = r"(?<![\w\u200c])", r"(?![\w\u200c])"
_NEXT = r"[\s\u200c]+(?:آینده|آتی|بعد|پیش رو)"
# «امشب», «عصر امروز», «تا ساعات آینده»: the article's day, a time of it named (where «امروز»
# alone is as often «nowadays»)
_DAY_PARTS = _alt(("صبح", "ظهر", "عصر", "بعدازظهر", "بعد از ظهر", "شب"))
# «در ماه ژوئن»: a Western month («مه», «می» are left out: as often a word or a prefix)
_WESTERN_NUMBERS = {
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "ژوئن": 6, "ژوئیه": 7, "جولای": 7,
    "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}  # fmt: skip
# «امام جمعه», «نماز جمعه» are no Friday; «روزهای پنجشنبه» is every Thursday
_NOT_A_DAY = "".join(
    rf"(?<!{w} )" for w in ("امام", "نماز", "خطیب", "ائمه", "روزهای", "روز\u200cهای")
)
_DAY_RE = re.compile(
    rf"{_B}{_NOT_A_DAY}(?P<weekday>{_alt(WEEKDAYS)})"
    rf"(?:(?P<next_week>[\s\u200c]+هفته{_NEXT})|(?P<next>{_NEXT}))?"
    rf"(?![\s\u200c]+(?:گذشته|قبل|پیش){_E}){_E}"
    rf"|{_B}(?P<unit>هفته|ماه){_NEXT}{_E}"
    rf"|{_B}(?:طی|در|ظرف|از|تا|تا[\s\u200c]+پایان|تا[\s\u200c]+آخر)[\s\u200c]+"
    rf"(?P<this_week>هفته[\s\u200c]+جاری|همین[\s\u200c]+هفته|این[\s\u200c]+هفته){_E}"
    rf"|{_B}(?:طی|در|ظرف|تا|تا[\s\u200c]+پایان|تا[\s\u200c]+آخر)[\s\u200c]+"
    rf"(?P<this_month>ماه[\s\u200c]+جاری|همین[\s\u200c]+ماه)(?P<western>[\s\u200c]+میلادی)?{_E}"
    rf"|{_B}(?P<edge>تا|ابتدای|اول)[\s\u200c]+(?P<month>{_alt(JALALI_MONTHS)})"
    rf"(?:[\u200c ]?ماه)?(?![\s\u200c]*(?:سال|امسال|گذشته|\d|[۰-۹]))(?![\w\u200c])"
    rf"|{_B}(?P<tonight>امشب|(?:{_DAY_PARTS})[\s\u200c]+امروز|امروز[\s\u200c]+(?:{_DAY_PARTS})"
    rf"|(?:تا|طی|در|ظرف)[\s\u200c]+ساعات[\s\u200c]+(?:آینده|آتی)){_E}"
    rf"|{_B}(?:در|تا|طی)[\s\u200c]+(?:ماه[\s\u200c]+)?(?P<western_month>{_alt(_WESTERN_NUMBERS)})"
    rf"(?![\s\u200c]*(?:سال|گذشته|\d|[۰-۹])){_E}"
)
# «دو سه ماه آینده», «چند هفته آینده»: a span of weeks or months, not the next one
# (a word of its own: «کارخانه ماه آینده» ends in no «نه»)
_COUNT_BEFORE = re.compile(
    r"(?:\d|(?<![\w\u200c])(?:چند|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده))[\s\u200c]*$"
)


# A report of the foreign press, translated: it names a Western month, or an international
# desk relays it («به گزارش گروه اقتصاد بین‌الملل فارس به نقل از ...»); its «ماه آینده» is the
# Western calendar's next month («مه», «می» are left out: as often a word or a prefix)
_WESTERN_MONTHS = tuple(_WESTERN_NUMBERS)
_FOREIGN_RE = re.compile(
    rf"{_B}(?:{_alt(_WESTERN_MONTHS)}){_E}|گروه[^،.\n]{{0,30}}بین[\s\u200c]?الملل(?!ی)"
)


def next_day(text: str, start: int, end: int, published: dt.date) -> str | None:
    """The ISO day of the first such phrase in ``text[start:end]`` (see the module doc)."""
    for m in _DAY_RE.finditer(text, start, end):
        if m.group("unit") and _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if (m.group("unit") == "ماه" or m.group("this_month")) and (
            m.group("western") or _FOREIGN_RE.search(text)
        ):
            return _western_month_end(published, 1 if m.group("unit") else 0)
        return _day_of(m, published)
    return None


def _western_month_end(published: dt.date, ahead: int) -> str:
    """The last day of the Western month ``ahead`` months after that of ``published``."""
    year, month = divmod(published.year * 12 + published.month - 1 + ahead + 1, 12)
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).isoformat()


def _day_of(m: re.Match[str], published: dt.date) -> str:
    if m.group("tonight"):
        return published.isoformat()
    if m.group("western_month"):  # the next such month, this one while it runs
        month = _WESTERN_NUMBERS[m.group("western_month")]
        year = published.year + (month < published.month)
        return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
    saturday = published + dt.timedelta(days=(_SATURDAY - published.weekday()) % 7 or 7)
    if m.group("weekday"):
        weekday = WEEKDAYS[m.group("weekday")]
        if m.group("next_week"):
            return (saturday + dt.timedelta(days=(weekday - _SATURDAY) % 7)).isoformat()
        # the next such day: the article's own, unless «آینده» says a later one
        ahead = (weekday - published.weekday()) % 7 or (7 if m.group("next") else 0)
        return (published + dt.timedelta(days=ahead)).isoformat()
    if m.group("this_week"):  # «طی هفته جاری», «ظرف همین هفته»: by this week's Friday
        return (saturday - dt.timedelta(days=1)).isoformat()
    if m.group("unit") == "هفته":
        return (saturday + dt.timedelta(days=6)).isoformat()
    today = jdatetime.date.fromgregorian(date=published)
    if m.group("this_month"):  # «تا پایان ماه جاری»: by this month's last day
        return jalali_month_end(today.year, today.month)
    if m.group("unit") == "ماه":
        return jalali_month_end(today.year + today.month // 12, today.month % 12 + 1)
    month = JALALI_MONTHS[m.group("month")]
    year = today.year if month >= today.month else today.year + 1
    if m.group("edge") == "تا":
        return jalali_month_end(year, month)
    return jdatetime.date(year, month, 1).togregorian().isoformat()


def jalali_month_end(year: int, month: int) -> str:
    """The ISO day of the last day of the Jalali ``month`` of ``year``."""
    first_of_next = jdatetime.date(year + month // 12, month % 12 + 1, 1)
    return (first_of_next.togregorian() - dt.timedelta(days=1)).isoformat()
