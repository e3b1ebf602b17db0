"""The characters of a film's story, as a film's notice tells it.

A notice opens with the film («فیلم سینمایی «قرمز 2» به کارگردانی دین پاریزو محصول سال
2013 است.»), tells its story («فرانک موزس قصد دارد با معشوقش زندگی آرام پس از بازنشستگی را
بگذراند ...»), then names its cast and crew («بروس ویلیس، ... در این فیلم مقابل دوربین ...
بازی کردند.»). The names of the story are its characters, no person of the news, but those
the cast or the crew name too, a listed figure («ناصرالدین شاه»), and a writer the story
credits («بر اساس مقاله‌ای نوشته ماری برنر»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.people import Mention, person_key

# the words of a notice's opening sentence: a film (or a series), its director, its year
_FILM = frozenset({"فیلم", "سریال"})
_OPENING = frozenset({"کارگردانی", "محصول"})
# words of a sentence that names the cast or the crew, which ends the story
_CREDITS = frozenset(
    lx.key(w) for w in "دوربین بازیگران بازیگر ایفای بازی کردند تدوین موسیقی غیره نقش".split()
)
_CAST_LEAST = 3  # names in one sentence that make it the cast's list
# words near a name that credit a writer or a maker («نوشته ماری برنر», «اثر آهنگساز روسی
# پیوتر ایلیچ چایکوفسکی») or make him the story's real subject («به زندگی فدریکو گارسیا
# لورکا شاعر و نویسنده اسپانیایی پرداخته است»)
_CREDITED = frozenset(
    lx.key(w) for w in "نوشته نویسندگی قلم کارگردانی ساخته اثر آهنگساز شاعر نویسنده زندگی".split()
)
_NEAR = 3  # words before a name where a credit stands
_ITEM_MARKS = COMMAS


def without_film_characters(
    keys: list[str], mentions: list[Mention], spans: list[tuple[int, int]]
) -> list[Mention]:
    """``mentions`` but those of a film's story in a notice that opens with the film
    (``spans``: the sentences' token ranges), past a heading before it («سکانس‌هایی از فیلم
    عشق طاهر»)."""
    if not spans or not mentions:
        return mentions
    first = next((n for n in range(min(2, len(spans))) if _opens_notice(keys, *spans[n])), None)
    if first is None:
        return mentions
    start = end = spans[first][1]
    for a, b in spans[first + 1 :]:
        if _cast(keys, mentions, a, b) or not _CREDITS.isdisjoint(keys[a:b]):
            break
        end = b
    if end == start:
        return mentions
    named = {person_key(m.name) for m in mentions if not start <= m.ti < end}
    return [
        m
        for m in mentions
        if not start <= m.ti < end
        or person_key(m.name) in named
        or not _CREDITED.isdisjoint(keys[max(0, m.ti - _NEAR) : m.ti])
        or (m.j < len(keys) and keys[m.j] in _CREDITED)
        or lx.foreign_figures().match(keys, m.i) is not None
    ]


def _cast(keys: list[str], mentions: list[Mention], a: int, b: int) -> bool:
    """The sentence ``[a, b)`` lists the cast: three names or more, or two side by side with
    a comma between («فرد وارد، جوئل گری، ویلفورد بریملی، جی.»: a name's initial cut it)."""
    inside = sorted((m.ti, m.j) for m in mentions if a <= m.ti < b)
    if len(inside) >= _CAST_LEAST:
        return True
    return any(
        j < b and keys[j] in _ITEM_MARKS and nxt == j + 1
        for (_, j), (nxt, _) in zip(inside, inside[1:], strict=False)
    )


def _opens_notice(keys: list[str], a: int, b: int) -> bool:
    """The sentence ``keys[a:b]`` opens a film's notice: a film, its director, its year."""
    words = keys[a : min(b, a + 40)]
    return not _FILM.isdisjoint(words[:3]) and _OPENING.issubset(words)
