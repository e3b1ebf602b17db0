"""The characters of a film's story, as a film's notice tells it.

A notice opens with the film («فیلم سینمایی «قرمز 2» به کارگردانی دین پاریزو محصول سال
2013 است.»), tells its story («فرانک موزس قصد دارد با معشوقش زندگی آرام پس از بازنشستگی را
بگذراند ...»), then names its cast and crew («بروس ویلیس، ... در این فیلم مقابل دوربین ...
بازی کردند.»). The names of the story are its characters, no person of the news, but those
the cast or the crew name too, a listed figure («ناصرالدین شاه»), and a writer the story
credits («بر اساس مقاله‌ای نوشته ماری برنر»). A notice may open with the title alone, its
original after a slash («مجموعه حوادث ناگوار / A Series of Unfortunate Events» یک کمدی
سیاه‌درام است ...): a notice then if its cast is named after the story. A line of the story
that speaks of a part («... نقش بدمن را بازی می‌کند») names no new person and does not end
it, nor do the children it introduces by name («سه بچه به نام‌های ...») make a cast.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, FULL_STOPS
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
# a title in guillemets with its original after a slash, near a sentence's start
_OPEN_QUOTE, _CLOSE_QUOTE, _SLASH = "«", "»", "/"
_KIND_WORDS = 3  # words before the title: «فیلم سینمایی «...»», «انیمیشن کوتاه «...»»
_TITLE_WORDS = 30
_NAMES_OF = lx.key("نام‌های")  # «به نام‌های ...», named: the characters a story introduces


def without_film_characters(
    keys: list[str], mentions: list[Mention], spans: list[tuple[int, int]]
) -> list[Mention]:
    """``mentions`` but those of a film's story in a notice that opens with the film
    (``spans``: the sentences' token ranges), past a heading before it («سکانس‌هایی از فیلم
    عشق طاهر»)."""
    if not spans or not mentions:
        return mentions
    first = next((n for n in range(min(2, len(spans))) if _opens_notice(keys, *spans[n])), None)
    titled = first is None and _titled(keys, *spans[0])
    if titled:
        first = 0
    if first is None:
        return mentions
    start = end = spans[first][1]
    ended = False
    for a, b in spans[first + 1 :]:
        if _cast(keys, mentions, a, b) or _credits(keys, mentions, a, b, start):
            ended = True
            break
        end = b
    if end == start or (titled and not ended):
        return mentions
    named = {person_key(m.name) for m in mentions if not start <= m.ti < end}
    return [
        m
        for m in mentions
        if not start <= m.ti < end
        or person_key(m.name) in named
        or not _CREDITED.isdisjoint(_before(keys, m.ti))
        or (m.j < len(keys) and keys[m.j] in _CREDITED)
        or lx.foreign_figures().match(keys, m.i) is not None
    ]


def without_credited_titles(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` but a film's title read as a name, where a filmography gives its maker
    and year in brackets after it: «در فیلم‌های ناخدا خورشید (ناصر تقوائی، ۱۳۶۵)، سرب (...)»."""
    at = {m.ti: m for m in mentions}
    return [m for m in mentions if not _maker_and_year_after(keys, m, at)]


def _maker_and_year_after(keys: list[str], m: Mention, at: dict[int, Mention]) -> bool:
    if keys[m.j : m.j + 1] != [_OPEN_BRACKET] or (maker := at.get(m.j + 1)) is None:
        return False
    if maker.j - maker.i < 2:
        return False  # «(علیشیری و شمس، ۱۳۹۲)»: a source cited by family names
    mark, year, close = (keys[maker.j : maker.j + 3] + ["", "", ""])[:3]
    return mark in COMMAS and year.isdigit() and len(year) == _YEAR_DIGITS and close == ")"


_OPEN_BRACKET = "("
_YEAR_DIGITS = 4


def _before(keys: list[str], i: int) -> list[str]:
    """The words before ``keys[i]`` where a credit stands, in its own sentence: not «زندگی»
    that ends the one before («... در شهر گاته‌ام زندگی می‌کند. | آرتور به عنوان دلقک ...»)."""
    near = keys[max(0, i - _NEAR) : i]
    ends = [n for n, k in enumerate(near) if k in FULL_STOPS]
    return near[ends[-1] + 1 :] if ends else near


def _cast(keys: list[str], mentions: list[Mention], a: int, b: int) -> bool:
    """The sentence ``[a, b)`` lists the cast: three names or more, or two side by side with
    a comma between («فرد وارد، جوئل گری، ویلفورد بریملی، جی.»: a name's initial cut it);
    not the names of a story's characters introduced as such («به نام‌های ...»)."""
    inside = sorted((m.ti, m.j) for m in mentions if a <= m.ti < b)
    if inside and _NAMES_OF in keys[max(a, inside[0][0] - 1) : inside[0][0]]:
        return False  # «سه بچه به نام‌های ویولت بودلر، کلاوس بودلر و سانی بودلر»: the story's
    if len({person_key(m.name) for m in mentions if a <= m.ti < b}) >= _CAST_LEAST:
        return True
    return any(
        j < b and keys[j] in _ITEM_MARKS and nxt == j + 1
        for (_, j), (nxt, _) in zip(inside, inside[1:], strict=False)
    )


def _credits(keys: list[str], mentions: list[Mention], a: int, b: int, story: int) -> bool:
    """The sentence ``[a, b)`` credits the cast or the crew: a word of credits and a name the
    story from ``story`` on has not named; not a line of the story that speaks of a part
    («... شخصیت جوکر است که ... نقش بدمن را بازی می‌کند», no name) or ends its telling with
    «غیره» after a character named before («کنت الاف ... مجبور می‌کند ... و غیره»)."""
    if _CREDITS.isdisjoint(keys[a:b]):
        return False
    told = {person_key(m.name) for m in mentions if story <= m.ti < a}
    return any(a <= m.ti < b and person_key(m.name) not in told for m in mentions)


def _titled(keys: list[str], a: int, b: int) -> bool:
    """The sentence ``keys[a:b]`` opens with a work's title in guillemets, its original in
    Latin letters after a slash («مجموعه حوادث ناگوار / A Series of Unfortunate Events» یک
    کمدی سیاه‌درام است ...), perhaps after the work's kind («انیمیشن «...»»): a notice's
    opening if the cast is named after its story (a city's or a dish's notice names none)."""
    words = keys[a : min(b, a + _TITLE_WORDS)]
    if _OPEN_QUOTE not in words[:_KIND_WORDS]:
        return False
    inside = words[words.index(_OPEN_QUOTE) + 1 :]
    inside = inside[: inside.index(_CLOSE_QUOTE)] if _CLOSE_QUOTE in inside else []
    return _SLASH in inside and any(w.isascii() and w.isalpha() for w in inside)


def _opens_notice(keys: list[str], a: int, b: int) -> bool:
    """The sentence ``keys[a:b]`` opens a film's notice: a film, its director, its year."""
    words = keys[a : min(b, a + 40)]
    return not _FILM.isdisjoint(words[:3]) and _OPENING.issubset(words)
