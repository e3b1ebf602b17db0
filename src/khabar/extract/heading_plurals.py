"""A subheading's last word in the plural, run into the next paragraph's subject where the
source lost a line break: «الزام ماسک و دستکش برای کارکنان رستوران‌هاوی با بیان اینکه ...
گفت:», «ساز و کار انتخاب نامزد‌های شورای ائتلاف در استان‌هارئیس شورای ائتلاف ادامه داد:»,
«رد صلاحیت‌های اصلاح‌طلباناین کنشگر سیاسی اصلاح‌طلب افزود:». The word lists hold the
singular, and a plural written with its ZWNJ is one key («رستورانها»): the singular is read
as the heading's word (``glued_pronouns``, ``glued_posts``, ``glued_anaphors``)."""

from __future__ import annotations

from khabar.extract import lexicons as lx

_PLURAL = "ها"  # «رستوران‌ها», «استان‌ها»
_PEOPLE = "ان"  # «اصلاح‌طلبان»: of people, and of some things; a listed word only
_LEAST = 3  # letters of the singular


def singular(stem: str) -> str | None:
    """The singular of a plural in «ها» of ``stem``, of three letters or more; None if none."""
    base = stem[: -len(_PLURAL)]
    return base if stem.endswith(_PLURAL) and len(base) >= _LEAST else None


def common_plural(stem: str) -> bool:
    """Whether ``stem`` is an ordinary word's plural, in «ها» or «ان»."""
    for end in (_PLURAL, _PEOPLE):
        base = stem[: -len(end)]
        if stem.endswith(end) and len(base) >= _LEAST and base in lx.common_words():
            return True
    return False
