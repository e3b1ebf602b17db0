"""Words of time that open a clause, up to their comma, before the person who speaks with no
colon after the verb: «اما بالاخره شب گذشته، محمد شریعتمداری وزیر کار ... اعلام کرد، در
اجرای ...», «همزمان با افزایش نرخ سوخت ... از بامداد جمعه ۲۴ آبان ۹۸، نوبخت رئیس سازمان
برنامه و بودجه اعلام کرد مبلغ ...». The person opens the clause past them, as past a phrase
with «در» (``quotes._past_in_phrase``)."""

from __future__ import annotations

from khabar.calendars import JALALI_MONTH_NAMES
from khabar.extract import dates
from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import finite_verb
from khabar.extract.clause_words import COMMAS, WHEN

# words that may open the clause before the time: «اما بالاخره شب گذشته، ...»
_LEAD = frozenset(map(lx.key, ("اما", "ولی", "و", "بالاخره", "سرانجام", "همچنین", "نیز")))
_MONTHS = frozenset(map(lx.key, JALALI_MONTH_NAMES))
# a month written with «ماه» as one word: «دی‌ماه سال جاری X ... گفته بود»
_MONTHS_GLUED = frozenset(m + "ماه" for m in _MONTHS)
_CALENDAR = _MONTHS_GLUED | frozenset(map(lx.key, dates.GREGORIAN_MONTHS))  # «در ماه مه سال گذشته»
_TIME = (WHEN - {"،"}) | _MONTHS | frozenset(map(lx.key, ("سال", "ساعت", "اخیر", "جاری")))
_AT_ONCE = ("همزمان", "با")  # «همزمان با ...،»: at the time of an event
_REACH = 25  # tokens of the phrase at most
_BARE_REACH = 5  # words of time with no comma at most: «دی‌ماه سال جاری», «ماه مه سال گذشته»
# a time told by no date, opening the clause with no comma: «چندی پیش ترامپ ... اعلام کرد
# «...»», «اکنون عبدالناصر همتی، رئیس کل بانک مرکزی خبر داد که ...»; not the spoken «الان»,
# mostly inside someone's words
_AGO = ("چندی", "پیش")
_NOW = frozenset(map(lx.key, ("اکنون", "هم‌اکنون", "هم‌اینک")))
# a time told by no date before the comma: «پیش‌تر، روون ریولین، رئیس ... از ... خواست»
_EARLIER = frozenset(map(lx.key, ("پیش‌تر", "پیشتر", "قبلا", "قبلاً", "اخیرا", "اخیراً")))


def past_time_opener(keys, s: int, verb_at: int) -> int:
    """The token past the comma of words of time, of «پیش‌تر» or «اخیرا», or of «همزمان با
    ...», that open the clause at ``s`` (past «اما», «بالاخره» ...), when nothing there
    reports, ends a clause or says «که»; else ``s``."""
    k = s
    while k < verb_at and keys[k] in _LEAD:
        k += 1
    at_once = tuple(keys[k : k + 2]) == _AT_ONCE
    start = k + 2 if at_once else k
    verbs = lx.reporting_verbs()
    for t in range(start, min(verb_at, s + _REACH)):
        key = keys[t]
        if key in COMMAS:
            return t + 1 if t > start else s
        if key == "که" or finite_verb(key) or verbs.match(keys, t) is not None:
            return s
        if not at_once and not (key in _TIME or key in _EARLIER or key.isdigit()):
            return s
    return s


_YEAR_DIGITS = 4


def past_dated_entry(keys, s: int, b: int) -> int:
    """Past a date with its year in digits and its comma opening the sentence at ``s`` (an
    almanac's entry: «18 بهمن 1393، عضو کمیسیون ... گفت:»), or ``s``."""
    if s >= b or not keys[s].isdigit():
        return s  # most sentences open with a word, looked for in C
    past = past_time_opener(keys, s, b)
    dated = any(len(key) == _YEAR_DIGITS and key.isdigit() for key in keys[s:past])
    return past if dated else s


# the words ``past_bare_time`` may find where a clause opens, besides words in digits: what
# opens with none of them is left as it is
BARE_TIME_FIRST = _LEAD | _TIME | _CALENDAR | _NOW | {"در", _AGO[0]}


def past_bare_time(keys, s: int, verb_at: int) -> int:
    """The token past words of time alone, with no comma, that open the clause at ``s``
    («دی‌ماه سال جاری سید محمد صدر ... گفته بود «...»»), past «اما», «بالاخره» ...; else ``s``.
    Whoever stands there is only the subject if the caller finds a person opening there."""
    k = s
    while k < verb_at and keys[k] in _LEAD:
        k += 1
    k += keys[k : k + 1] == ["در"]  # «در ماه مه سال گذشته ترامپ ...»
    if tuple(keys[k : k + 2]) == _AGO:
        return k + 2
    if keys[k : k + 1] and keys[k] in _NOW:
        return k + 1
    t = k
    while t < min(verb_at, k + _BARE_REACH) and (
        keys[t] in _TIME or keys[t] in _CALENDAR or keys[t].isdigit()
    ):
        if keys[t] in COMMAS:
            return s
        t += 1
    return t if t > k else s
