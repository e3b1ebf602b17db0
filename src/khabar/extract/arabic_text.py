"""Arabic text in Persian news: a verse, a prayer, a jurist's words quoted in their own
language. Persian shares Arabic's letters and many of its words, so a name's neighbours
decide whether it stands in such a passage: words Persian prose never uses («الذین»), or
two of Arabic's function words or of words in letters Persian writes otherwise (إ, ة; not
أ, which Persian writes too: «رأی», «تأکید»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx

# words of an Arabic verse that Persian prose never uses: one is enough
_VERSE = frozenset(
    "الذین الذی التی معه انهم انما انکم الینا الیکم علیهم لکم بینهم الکفار".split()
    # Arabic's verbs of «they» («کانوا لا یتناهون عن منکر فعلوه لبئس ما کانوا یفعلون»)
    + "کانوا یفعلون یعملون تعملون".split()
    # and of enjoining good and helping to it («ولتکن منکم امه یدعون الی الخیر و یامرون
    # بالمعروف و ینهون عن المنکر», «و تعاونوا علی البر و التقوی»)
    + "یدعون یامرون ینهون تعاونوا لاتعاونوا".split()
    # «منذ» (since), which Persian says «از» («مستأثرا علی منذ قبض الله نبیه»)
    + ["منذ"]
    # and of trust in God («و مالنا الا نتوکل علی الله و قد هدینا سبلنا ... و علی الله
    # فلیتوکل المتوکلون», Ibrahim 12)
    + "نتوکل فلیتوکل المتوکلون هدینا سبلنا".split()
)

# Arabic's function words: Persian uses a few in set phrases and titles («فی‌المثل»,
# «الکامل فی التاریخ»), so two of them (or of words in Arabic letters) are needed
_PARTICLES = frozenset(
    lx.key(w) for w in "فی لم لن یکن تکن إن وإن فإن فإنه أن أنه وهو وهی هذا هذه ذلک ثم إذا".split()
)


def in_verse(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The name ``keys[i:j]`` stands in Arabic text: within three words of a word of an
    Arabic verse («اشدا علی الکفار» after «الذین معه» is no one called علی; «وکانوا» with its
    «و»), or two of Arabic's function words or words in its letters are among its words and
    the six either side («ویقتضی الاجتزاء به فی صحه العقد وإن لم یکن», «وذکر الشیخ أن‌ها وإن
    لم تکن», «... إسرائیل علی لسان داوود وعیسی ابن مریم ذلک بما ...»)."""
    if verse_near(keys, i, j):
        return True
    near = range(max(0, i - 6), min(len(keys), j + 6))  # the name's own words too
    if not _arabic_letters("".join(words[near.start : near.stop])):  # most: tested in C
        return sum(map(_PARTICLES.__contains__, keys[near.start : near.stop])) >= 2
    return sum(keys[k] in _PARTICLES or _arabic_letters(words[k]) for k in near) >= 2


def verse_near(keys: list[str], i: int, j: int) -> bool:
    """A word of an Arabic verse is among ``keys[i:j]`` or within three words of them."""
    return not _VERSE_WORDS.isdisjoint(keys[max(0, i - 3) : j + 3])  # tested in C


# Arabic's conjunctions and prepositions written on the next word: «و» and, «ف» so, «ب» by
_CLITICS = ("و", "ف", "ب")
# a word of ``_VERSE``, or one with a conjunction or preposition on it («وکانوا», «بالذین»)
_VERSE_WORDS = _VERSE | {c + w for c in _CLITICS for w in _VERSE}


def _arabic_letters(word: str) -> bool:
    return "\u0625" in word or "\u0629" in word
