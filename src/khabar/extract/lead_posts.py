"""The lead's post and the one its holder is named with in the next sentence, worded apart.

News opens with a post alone («خبرگزاری فارس: یک افسر سابق اطلاعاتی آمریکا گفت:») and names
its holder in the sentence after, past the source, with the post worded again another way
(«به گزارش خبرگزاری فارس، «جان کیریاکو» افسر سابق اطلاعاتی سازمان سیا ...»). The two share
their head and a word more, a plural or a demonym aside («مدیر برنامه مهاجم سوئدی» ...
«مدیر برنامه‌های زلاتان», «تحلیلگر عراقی» ... «تحلیلگر سیاسی عراق»)."""

from __future__ import annotations

from collections.abc import Container

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import finite_verb, past_reported_from
from khabar.extract.post_countries import countries_in

# words that tell nothing of which post it is: «سابق», the «و» of two posts, «امور»
_BARE = frozenset({"سابق", "پیشین", "و", "امور", "کل", "ارشد"})
_FORMER = "سابق"
_ENDS = ("های", "ها", "ی")  # «برنامه‌های» is «برنامه», «عراقی» «عراق», «اطلاعاتی» «اطلاعات»
# a trade, no office: its country alone says whose it is («تحلیلگر عراقی», «تحلیلگر سیاسی
# عراق»); an office's country does not («وزیر کشور آلمان» is not «وزیر خارجه آلمان»)
_TRADES = frozenset({"تحلیلگر", "کارشناس", "پژوهشگر", "استاد", "فعال", "کنشگر"})


def _stem(word: str) -> str:
    for end in _ENDS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _country(word: str) -> bool:
    return bool(countries_in((word,)) or countries_in((_stem(word),)))


def restated(lead: tuple[str, ...], held: tuple[str, ...]) -> bool:
    """Whether ``held``, the post a person is named with, words again the post ``lead`` (both
    keys): the same head, both former or neither, not two countries apart, and a word more in
    both that names no country, but for a trade's."""
    if len(lead) < 2 or len(held) < 2 or lead[0] != held[0]:
        return False
    if (_FORMER in lead) != (_FORMER in held):
        return False
    lead_countries, held_countries = countries_in(lead), countries_in(held)
    if lead_countries and held_countries and not lead_countries & held_countries:
        return False
    trade = lead[0] in _TRADES
    words = {_stem(w) for w in held[1:] if w not in _BARE and (trade or not _country(w))}
    return any(_stem(w) in words for w in lead[1:] if w not in _BARE and (trade or not _country(w)))


_MARKS = frozenset({":", "؛"})  # «به گزارش روز نو :...», «به گزارش «تابناک»؛ ...»
_BEFORE_AGENCY = 4  # «به گزارش خبرنگار پارلمانی خبرگزاری فارس ...»: words before the outlet


def past_bare_source(keys: list[str], a: int, b: int, named: Container[int]) -> int | None:
    """The name that opens a sentence past its cited source when no comma closes the source:
    after a mark («به گزارش روز نو :حجت‌الاسلام والمسلمین حسن روحانی ...»), right after the
    outlet's name («به گزارش خبرنگار پارلمانی خبرگزاری فارس سید رضا زواره‌ای ...») or after
    the place it reports from («به گزارش خبرنگار خبرگزاری فارس از کرمان محمد نیازی که ...
    گفت»); ``named``, the tokens of the article's names."""
    if b - a < 4 or keys[a] != "به" or keys[a + 1] != "گزارش":
        return None
    agencies = lx.agencies()
    end = next(
        (
            hit[0]
            for k in range(a + 2, min(b, a + 3 + _BEFORE_AGENCY))
            if keys[k] in agencies.root and (hit := agencies.match(keys, k))
        ),
        None,
    )
    if end is None or end + 1 >= b:
        return None
    # past a mark, or past the place it reports from («... فارس از کرمان»)
    end = end + 1 if keys[end] in _MARKS else past_reported_from(keys, end, b)
    return end if end < b and end in named else None


_QUOTED_FROM = ("به", "نقل", "از")
_BODY_REACH = 10  # the most words of the body quoted before the name


def past_quoted_body(keys: list[str], s: int, b: int, named: Container[int]) -> int | None:
    """The name a sentence's subject opens with past the body its source quotes from, with
    no comma between («به گزارش خبرگزاری فارس از یاسوج، به نقل از اداره اطلاع‌رسانی و روابط
    عمومی آموزش و پرورش استان شاهرخ کناری در نشست ...»): ``s``, the subject's first token,
    at «به نقل از»; the body two words or more, all letters, no verb nor «که»; ``named``,
    the tokens of the article's names."""
    if tuple(keys[s : s + 3]) != _QUOTED_FROM:
        return None
    for t in range(s + 3, min(b, s + 4 + _BODY_REACH)):
        if t in named:
            return t if t - s - 3 >= 2 else None
        if not keys[t][:1].isalpha() or keys[t] == "که" or finite_verb(keys[t]):
            return None
    return None
