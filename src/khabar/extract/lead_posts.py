"""The lead's post and the one its holder is named with in the next sentence, worded apart.

News opens with a post alone («خبرگزاری فارس: یک افسر سابق اطلاعاتی آمریکا گفت:») and names
its holder in the sentence after, past the source, with the post worded again another way
(«به گزارش خبرگزاری فارس، «جان کیریاکو» افسر سابق اطلاعاتی سازمان سیا ...»). The two share
their head and a word more, a plural or a demonym aside («مدیر برنامه مهاجم سوئدی» ...
«مدیر برنامه‌های زلاتان», «تحلیلگر عراقی» ... «تحلیلگر سیاسی عراق»)."""

from __future__ import annotations

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
