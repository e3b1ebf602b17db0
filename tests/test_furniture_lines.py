"""Furniture lines are tried only against the patterns that may open with their first
character (``layout._Lines``): the same lines match as with one alternation of them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.lexicon import rows
from khabar.text import layout

FIXTURES = Path(__file__).parent / "fixtures"

# furniture as the shared news writes it, and lines that open like it and are content
LINES = [
    "انتهای پیام",
    "/ انتهای پیام",
    "/انتهای پیام/",
    "پایان پیام / ۱۲",
    "تعداد بازدید : ۱۲۳",
    "بازدید: ۱۲",
    "کد خبر: ۴۵۶۷۸",
    "لینک کوتاه",
    "کپی شد",
    "۱۲ نظر",
    "این خبر تبلیغاتی است و محتوای آن توسط سفارش‌دهنده تهیه شده است",
    "کلیه حقوق این سایت محفوظ است",
    "© 2020 خبرگزاری",
    "برچسب ها: اقتصاد، بورس",
    "عکس: علی رضایی",
    "منبع: ایرنا",
    "---",
    "-",
    "چکیده:",
    "ما را در تلگرام دنبال کنید",
    "/ گروه سیاسی",
    "ادامه دارد...",
    "انتهای جلسه مجلس با حضور وزیر برگزار شد",
    "بازدید رئیس جمهور از استان",
    "عکس‌های این مراسم منتشر شد",
]


def _one_alternation(kinds: set[str]) -> re.Pattern[str]:
    patterns = [r[0] for r in rows("boilerplate.tsv") if (r[1] if len(r) > 1 else "line") in kinds]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "news").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
    found = {line.strip() for text in texts for line in text.splitlines()}
    return sorted({*LINES, *(x for x in found if len(x) <= 200)})


@pytest.mark.parametrize("kinds", [{"line"}, {"line", "edge"}])
def test_lines_match_as_with_one_alternation(kinds: set[str]) -> None:
    line_re, edge_re, _ = layout._boilerplate()
    every = _one_alternation(kinds)
    matched = 0
    for line in _lines():
        expected = every.fullmatch(line) is not None
        got = line_re.fullmatch(line) or ("edge" in kinds and edge_re.fullmatch(line))
        assert got == expected, line
        matched += expected
    assert matched >= 15  # the furniture above is found


def test_first_characters() -> None:
    first = layout._first_characters
    assert first("/?\\s*انتها[یي]") == {"/", "ا"}
    assert first("([کك]د|شناسه)[\\u200c ]?خبر") == {"ک", "ك", "ش"}
    assert first("(تعداد\\s*)?بازد[یي]د") == {"ت", "ب"}
    assert first(".{0,40}استفاده") is None  # any character
    assert first("[0-9۰-۹]+\\s*نظر") is None  # a range: in doubt
    assert first("(?=.*حقوق).{0,60}") is None  # a lookahead: in doubt
    assert first("(?i)copyright") is None  # flags: in doubt
    assert first("(خانه|)") is None  # an empty alternative matches nothing
