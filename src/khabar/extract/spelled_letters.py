"""Latin letters spelled out in Persian: an acronym read aloud («ای بی‌سی» for ABC, «سی ان
ان» for CNN) is an outlet's or a body's name, no person's."""

from __future__ import annotations

from khabar.extract import lexicons as lx

# the names of the Latin letters as Persian spells them
_LETTERS = frozenset(
    lx.key(w)
    for w in "ای اِی بی سی دی اف جی اچ آی کی ال ام ان او پی کیو آر اس تی یو وی دبلیو ایکس وای زد"
    " زی".split()
)


def spelled_letter(key: str) -> bool:
    """``key`` is the name of a Latin letter: «ال» of «ساموئل ال. جکسون»."""
    return key in _LETTERS


def spelled_letters(words: list[str]) -> bool:
    """``words`` (a ZWNJ parts them as a space does) are all names of Latin letters, two or
    more: an acronym («ای بی‌سی», «ان بی سی»); «تی جی میلر» holds a name."""
    parts = [lx.key(p) for w in words for p in w.split("\u200c") if p]
    return len(parts) > 1 and all(p in _LETTERS for p in parts)


def spelled_opening(words: list[str]) -> bool:
    """``words`` open with four names of Latin letters or more («اس پی دی آر گلد تراست», a
    fund's acronym and its name): more than a person's initials («جی کی رولینگ»)."""
    parts = [lx.key(p) for w in words for p in w.split("\u200c") if p]
    letters = next((n for n, p in enumerate(parts) if p not in _LETTERS), len(parts))
    return letters >= 4
